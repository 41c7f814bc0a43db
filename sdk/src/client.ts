// createGatehouseClient: openapi-fetch over the generated paths, plus session handling for both modes.
import createClient, { type Client, type FetchResponse } from "openapi-fetch";
import { memoryStorage, type TokenSet, type TokenStorage } from "./auth.js";
import type { components, paths } from "./schema.js";

export type GatehouseErrorCode = components["schemas"]["ErrorCode"];
export type GatehouseErrorBody = components["schemas"]["ErrorBody"];
export type SignUpRequest = components["schemas"]["Users.SignUpRequest"];
export type SignInRequest = components["schemas"]["Users.SignInRequest"];
export type SsoSignInRequest = components["schemas"]["Sso.SsoSignInRequest"];
export type CreateApiKeyRequest = components["schemas"]["ApiKeys.CreateApiKeyRequest"];

type Json = `${string}/${string}`;
type Post<P extends keyof paths, Init> = Promise<
  FetchResponse<paths[P] extends { post: infer O } ? O & Record<string, unknown> : never, Init, Json>
>;
type Get<P extends keyof paths> = Promise<
  FetchResponse<paths[P] extends { get: infer O } ? O & Record<string, unknown> : never, object, Json>
>;
type Delete<P extends keyof paths, Init> = Promise<
  FetchResponse<paths[P] extends { delete: infer O } ? O & Record<string, unknown> : never, Init, Json>
>;

/** The openapi-fetch client (GET, POST, … typed by the contract) plus session helpers. */
export interface GatehouseClient extends Client<paths> {
  /** The underlying openapi-fetch client. */
  raw: Client<paths>;
  signUp(body: SignUpRequest): Post<"/user/signup", { body: SignUpRequest }>;
  signIn(body: SignInRequest): Post<"/user/signin", { body: SignInRequest }>;
  /** Exchanges an identity provider's ID token (Apple, Google, Facebook, OIDC) for a session. */
  signInWithIdToken(
    provider: string,
    body: SsoSignInRequest,
  ): Post<"/user/sso/{provider}", { params: { path: { provider: string } }; body: SsoSignInRequest }>;
  /**
   * Revokes the session on the server and forgets the tokens (token mode) whatever the server
   * answers, a network error included; an expired access token is refreshed first so the server
   * still ends the session.
   */
  signOut(): Post<"/user/signout", object>;
  /** Refreshes the session now (normally automatic on AUTH_SESSION_EXPIRED). */
  refresh(): Post<"/user/session/refresh", object>;
  /**
   * Switches the session to another tenant the user is an active member of (`POST /user/tenant`); token
   * mode keeps the new pair. The old access token stops working at once.
   */
  switchTenant(tenantId: string): Post<"/user/tenant", { body: { tenantId: string } }>;
  /** Creates an API key in the session's active tenant; the answer's `key` is the only time the secret is shown. */
  createApiKey(body: CreateApiKeyRequest): Post<"/user/api-keys", { body: CreateApiKeyRequest }>;
  /** The signed-in user's API keys (never their secrets). */
  listApiKeys(): Get<"/user/api-keys">;
  /** Revokes one of the user's API keys (idempotent: 204 again for a revoked key). */
  revokeApiKey(keyId: string): Delete<"/user/api-keys/{keyId}", { params: { path: { keyId: string } } }>;
  getTokens(): Promise<TokenSet | null>;
  setTokens(tokens: TokenSet): Promise<void>;
  clearTokens(): Promise<void>;
}

export interface GatehouseClientOptions {
  baseUrl: string;
  /** `cookie` for browsers (HttpOnly cookies, `credentials: "include"`); `token` for Node, CLI and mobile. */
  mode: "cookie" | "token";
  /** Token mode: where tokens are kept (default: memory). */
  storage?: TokenStorage;
  /** Defaults to the global fetch, looked up at call time (so patched fetches are honoured). */
  fetch?: (request: Request) => Promise<Response>;
  headers?: Record<string, string>;
  /**
   * Authenticate every request with this API key (`gh_sk_…`, ApiKeyAuth) instead of a session: for programs
   * acting for a user. Only operations that accept ApiKeyAuth answer; nothing is refreshed or stored.
   */
  apiKey?: string;
}

// Operations that start, renew or end a session (and so carry tokens in token mode).
const SESSION_ENDPOINTS = [
  "/user/signup",
  "/user/signin",
  "/user/session/refresh",
  "/user/signout",
  "/user/legacy/exchange",
  "/user/invitations/accept",
];
// Authenticated operations that replace the caller's session (token mode: the new tokens are in the body):
// a password change, and a tenant switch.
const ROTATING_ENDPOINTS = ["/user/password/change", "/user/tenant"];
// After it succeeds the session's access token is stale (`ev: false`): refresh it right away.
const VERIFY_EMAIL = "/user/email/verification/confirm";

export function isErrorCode<C extends GatehouseErrorCode>(
  error: unknown,
  code: C,
): error is { error: { code: C; message: string; requestId: string } } {
  return (error as GatehouseErrorBody | undefined)?.error?.code === code;
}

async function errorCodeOf(res: Response): Promise<string | undefined> {
  try {
    return ((await res.clone().json()) as GatehouseErrorBody).error?.code;
  } catch {
    return undefined;
  }
}

/** Answers that say nothing about the session: rate limited, timed out, or the server failing. */
const isTransient = (status: number) => status === 408 || status === 429 || status >= 500;

/** Selects the mock's token-mode example (see askForTokens). */
const TOKEN_EXAMPLE = "example=token";

export function createGatehouseClient(options: GatehouseClientOptions): GatehouseClient {
  const { mode } = options;
  const baseUrl = options.baseUrl.replace(/\/$/, "");
  const storage = options.storage ?? memoryStorage();
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  let refreshing: Promise<boolean> | null = null;

  const endpointOf = (request: Request) => {
    const raw = request.url.startsWith(baseUrl) ? request.url.slice(baseUrl.length).split("?")[0] : "";
    // The deprecated /user_identity mirror behaves exactly like /user.
    const path = raw?.replace(/^\/user_identity\//, "/user/");
    if (path?.startsWith("/user/sso/")) return "/user/sso";
    return [...SESSION_ENDPOINTS, ...ROTATING_ENDPOINTS, VERIFY_EMAIL].find((e) => e === path);
  };

  /**
   * Token mode: ask for the session's tokens in the response body. `Prefer: example=token` makes the
   * Prism mock (`npm run mock`) answer with the contract's token-mode example; servers ignore it.
   */
  const askForTokens = (request: Request) => {
    if (mode !== "token") return request;
    const headers = new Headers(request.headers);
    headers.set("x-auth-mode", "token");
    // A caller's own Prefer (say `code=429` against the mock) wins.
    if (!headers.has("prefer")) headers.set("prefer", TOKEN_EXAMPLE);
    return new Request(request, { headers });
  };

  async function withSession(request: Request): Promise<Request> {
    if (options.apiKey !== undefined && !request.headers.has("authorization")) {
      const headers = new Headers(request.headers);
      headers.set("authorization", `Bearer ${options.apiKey}`);
      return new Request(request, { headers });
    }
    if (mode !== "token") return request;
    const tokens = await storage.get();
    if (!tokens) return request;
    const headers = new Headers(request.headers);
    // `Authorization: Bearer` (BackendBearerAuth): unlike a `Cookie` header, browsers and React Native let
    // fetch send it. A caller's own Authorization (a v1 token at /user/legacy/exchange) is kept; the session
    // then travels as the cookie, so the server still ends it on the exchange (ASVS 7.2.4).
    if (headers.has("authorization")) headers.set("cookie", `backend_session=${tokens.accessToken}`);
    else headers.set("authorization", `Bearer ${tokens.accessToken}`);
    return new Request(request, { headers });
  }

  async function keepTokens(res: Response): Promise<void> {
    if (mode !== "token" || !res.ok || res.status === 204) return;
    const body = (await res.clone().json()) as { tokens?: TokenSet };
    if (body.tokens)
      await storage.set({ accessToken: body.tokens.accessToken, refreshToken: body.tokens.refreshToken });
  }

  /** One refresh at a time, shared by every request that saw AUTH_SESSION_EXPIRED. */
  function refreshOnce(): Promise<boolean> {
    refreshing ??= (async () => {
      try {
        const tokens = mode === "token" ? await storage.get() : null;
        if (mode === "token" && !tokens) return false;
        const res = await send(
          new Request(`${baseUrl}/user/session/refresh`, {
            method: "POST",
            ...(mode === "token"
              ? {
                  headers: {
                    "content-type": "application/json",
                    "x-auth-mode": "token",
                    prefer: TOKEN_EXAMPLE,
                    ...options.headers,
                  },
                  body: JSON.stringify({ refreshToken: tokens?.refreshToken }),
                }
              : { credentials: "include" as const, headers: { ...options.headers } }),
          }),
        );
        if (!res.ok) {
          // Refused (the session is over, or the token was reused): forget it. A transient answer (429, 5xx,
          // 408) keeps the tokens, so a later refresh can still succeed and a sign-out can still revoke them.
          if (mode === "token" && !isTransient(res.status)) await storage.set(null);
          return false;
        }
        await keepTokens(res);
        return true;
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  }

  async function sessionFetch(request: Request): Promise<Response> {
    const endpoint = endpointOf(request);
    if (endpoint === VERIFY_EMAIL) {
      // The session goes along (it proves which SSO identity reads the mailbox); an expired one is
      // refreshed and the confirm retried, never sent as anonymous.
      const retry = request.clone();
      let res = await send(await withSession(request));
      if (res.status === 401 && (await errorCodeOf(res)) === "AUTH_SESSION_EXPIRED" && (await refreshOnce()))
        res = await send(await withSession(retry));
      // Pick up the verified state (`ev: true`) at once. Cookie mode cannot tell whether a session is held;
      // a refresh without one just fails.
      if (res.ok && (mode === "cookie" || (await storage.get()))) await refreshOnce();
      return res;
    }
    if (endpoint && endpoint !== "/user/signout" && !ROTATING_ENDPOINTS.includes(endpoint)) {
      // Sign-up, sign-in (password or SSO) and refresh: ask for tokens in the body (token mode) and keep
      // them. The session held so far goes along, so the server ends it when a new one starts.
      const res = await send(await withSession(askForTokens(request)));
      await keepTokens(res);
      return res;
    }
    if (endpoint === "/user/signout") {
      const retry = request.clone();
      try {
        const res = await send(await withSession(request));
        // An expired access token cannot sign out: refresh once, so the server really ends the session.
        if (res.status !== 401 || (await errorCodeOf(res)) !== "AUTH_SESSION_EXPIRED") return res;
        if (!(await refreshOnce())) return res;
        return await send(await withSession(retry));
      } finally {
        // Whatever the server answered, or if it could not be reached, this client is signed out.
        if (mode === "token") await storage.set(null);
      }
    }
    // Password change replaces the session: keep the new tokens it answers with.
    const rotating = endpoint !== undefined;
    const outgoing = rotating ? askForTokens(request) : request;
    // The body can be read once: keep a copy for the retry after a refresh.
    const retry = outgoing.clone();
    const res = await send(await withSession(outgoing));
    if (res.status !== 401 || (await errorCodeOf(res)) !== "AUTH_SESSION_EXPIRED") {
      if (rotating) await keepTokens(res);
      return res;
    }
    if (!(await refreshOnce())) return res;
    const retried = await send(await withSession(retry));
    if (rotating) await keepTokens(retried);
    return retried;
  }

  const client: Client<paths> = createClient<paths>({
    baseUrl,
    fetch: sessionFetch,
    ...(mode === "cookie" ? { credentials: "include" } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });

  return {
    ...client,
    raw: client,
    signUp: (body) => client.POST("/user/signup", { body }),
    signIn: (body) => client.POST("/user/signin", { body }),
    signInWithIdToken: (provider, body) =>
      client.POST("/user/sso/{provider}", { params: { path: { provider } }, body }),
    signOut: () => client.POST("/user/signout"),
    refresh: async () => {
      const tokens = mode === "token" ? await storage.get() : null;
      return client.POST(
        "/user/session/refresh",
        tokens ? { body: { refreshToken: tokens.refreshToken } } : {},
      );
    },
    switchTenant: (tenantId) => client.POST("/user/tenant", { body: { tenantId } }),
    createApiKey: (body) => client.POST("/user/api-keys", { body }),
    listApiKeys: () => client.GET("/user/api-keys"),
    revokeApiKey: (keyId) => client.DELETE("/user/api-keys/{keyId}", { params: { path: { keyId } } }),
    getTokens: async () => storage.get(),
    setTokens: async (tokens) => storage.set(tokens),
    clearTokens: async () => storage.set(null),
  };
}
