// Scheme separation: every credential of every scheme (admin and service ones included), presented every way, on every scheme's routes and refresh endpoints.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../server/store/db.js";
import { type LocalAccess, startLocalAccess } from "../helpers/access.js";
import { type ExternalSuperTokens, startExternalSuperTokens } from "../helpers/external-supertokens.js";
import {
  BASE_URL,
  PG_URL,
  postgresStore,
  startTestGatehouse,
  type TestGatehouse,
} from "../helpers/gatehouse.js";
import { json, PASSWORD, refreshToken, signUpToken, uniqueEmail } from "../helpers/http.js";

let gh: TestGatehouse;
let external: ExternalSuperTokens;
let access: LocalAccess;
const SERVICE_SECRET = "schemes-test-service-secret-0123456789abcdef";

type Credential =
  | "gatehouse-access"
  | "gatehouse-refresh"
  | "st-access"
  | "st-refresh"
  | "st-external"
  | "v1"
  | "api-key"
  | "admin-access"
  | "service-secret";
let creds: Record<Credential, string>;

async function stSignUpOn(on: TestGatehouse) {
  const res = await on.fetch(
    `${BASE_URL}/auth/signup`,
    json({
      formFields: [
        { id: "email", value: uniqueEmail("st") },
        { id: "password", value: PASSWORD },
      ],
    }),
  );
  return {
    access: res.headers.get("st-access-token") ?? "",
    refresh: res.headers.get("st-refresh-token") ?? "",
  };
}

beforeAll(async () => {
  external = await startExternalSuperTokens();
  access = await startLocalAccess();
  gh = await startTestGatehouse({
    env: { ...external.env, ...access.env(), SERVICE_AUTH_SECRETS: SERVICE_SECRET },
  });
  const session = await signUpToken(gh.fetch, BASE_URL);
  const st = await stSignUpOn(gh);
  creds = {
    "gatehouse-access": session.accessToken,
    "gatehouse-refresh": session.refreshToken,
    "st-access": st.access,
    "st-refresh": st.refresh,
    "st-external": await external.accessToken(session.userId, { now: gh.clock.now() }),
    v1: await gh.deps.legacyTokens.issue(session.userId),
    // A live API key (ApiKeyAuth) of the same user: accepted only where the contract lists ApiKeyAuth.
    "api-key": (
      await gh.deps.apiKeys.create(
        session.userId,
        "default",
        { name: "schemes", scopes: ["tenant:read"] },
        { ip: null, userAgent: null },
      )
    ).key,
    // Operators and services (/admin/*): a valid Cloudflare Access JWT, a configured service secret.
    "admin-access": await access.token(),
    "service-secret": SERVICE_SECRET,
  };
});
afterAll(async () => {
  await gh.close();
  await external.close();
  await access.close();
});

type Scheme = "BackendSessionAuth" | "SessionOrApiKey" | "SuperTokensAuth" | "APIv1Auth" | "Admin";
type Presentation = "cookie" | "bearer" | "access-header" | "service-header";
const ROUTES: Array<{ method: string; path: string; scheme: Scheme; body?: unknown }> = [
  // BackendSessionAuth | BackendBearerAuth | ApiKeyAuth.
  { method: "GET", path: "/user/me", scheme: "SessionOrApiKey" },
  { method: "GET", path: "/user_identity/me", scheme: "SessionOrApiKey" },
  { method: "GET", path: "/user/sessions", scheme: "BackendSessionAuth" },
  { method: "PATCH", path: "/user/me", scheme: "BackendSessionAuth", body: { name: "Ada" } },
  { method: "GET", path: "/me", scheme: "SuperTokensAuth" },
  { method: "PATCH", path: "/me", scheme: "SuperTokensAuth", body: { name: "Ada" } },
  { method: "GET", path: "/auth/user/email/verify", scheme: "SuperTokensAuth" },
  // Sign-out only with credentials it must refuse (an accepted one would end the session the table reuses).
  { method: "POST", path: "/auth/signout", scheme: "SuperTokensAuth" },
  { method: "POST", path: "/user/signout", scheme: "BackendSessionAuth" },
  {
    method: "POST",
    path: "/monetization/mondia/link_user",
    scheme: "APIv1Auth",
    body: { customerId: "MND-77" },
  },
  { method: "POST", path: "/user/legacy/exchange", scheme: "APIv1Auth" },
  // AdminAccessAuth | ServiceAuth | SuperAdminAuth.
  { method: "GET", path: "/admin/users", scheme: "Admin" },
  { method: "GET", path: "/admin/signing-keys", scheme: "Admin" },
];

/**
 * Which credential a route's schemes accept, and how it may be presented. The /user/* routes take the Gatehouse
 * access token as the cookie or, deliberately since issue 10, as a bearer token (BackendSessionAuth |
 * BackendBearerAuth); every other credential stays refused there, either way.
 */
const ACCEPTS: Record<Scheme, Array<[Credential, Presentation]>> = {
  BackendSessionAuth: [
    ["gatehouse-access", "cookie"],
    ["gatehouse-access", "bearer"],
  ],
  SessionOrApiKey: [
    ["gatehouse-access", "cookie"],
    ["gatehouse-access", "bearer"],
    ["api-key", "bearer"],
  ],
  SuperTokensAuth: [
    ["st-access", "bearer"],
    ["st-external", "bearer"],
  ],
  APIv1Auth: [["v1", "bearer"]],
  // A Gatehouse session as a bearer is SuperAdminAuth: this user is not a super-admin (403, below).
  Admin: [
    ["admin-access", "access-header"],
    ["service-secret", "service-header"],
  ],
};

/** How a credential is sent. */
const PRESENT: Record<Presentation, (credential: string) => Record<string, string>> = {
  cookie: (v) => ({ cookie: `backend_session=${v}` }),
  bearer: (v) => ({ authorization: `Bearer ${v}` }),
  "access-header": (v) => ({ "cf-access-jwt-assertion": v }),
  "service-header": (v) => ({ "x-service-auth": v }),
};

const CREDENTIALS: Credential[] = [
  "gatehouse-access",
  "gatehouse-refresh",
  "st-access",
  "st-refresh",
  "st-external",
  "v1",
  "api-key",
  "admin-access",
  "service-secret",
];
const CASES = ROUTES.flatMap((route) =>
  CREDENTIALS.flatMap((credential) =>
    (["cookie", "bearer", "access-header", "service-header"] as const).map((as) => {
      const accepted = ACCEPTS[route.scheme].some(([c, p]) => c === credential && p === as);
      // A valid session of a user who is not a super-admin, on /admin/*: authenticated, not allowed.
      const refused =
        route.scheme === "Admin" && credential === "gatehouse-access" && as === "bearer" ? 403 : 401;
      return { ...route, credential, as, accepted, refused };
    }),
  ),
).filter((c) => !(c.accepted && c.path.endsWith("/signout")));

describe("access credentials on every scheme's routes", () => {
  it.each(CASES)("$method $path with $credential as $as → accepted: $accepted", async (c) => {
    const headers = { "content-type": "application/json", ...PRESENT[c.as](creds[c.credential]) };
    const res = await gh.fetch(`${BASE_URL}${c.path}`, {
      method: c.method,
      headers,
      ...(c.body !== undefined ? { body: JSON.stringify(c.body) } : {}),
    });
    if (c.accepted) expect(res.status).toBe(200);
    else expect(res.status).toBe(c.refused);
  });
});

const backends: Array<[string, () => Promise<{ store?: Store; drop: () => Promise<void> }>]> = [
  ["PGlite", async () => ({ drop: async () => {} })],
];
if (PG_URL) backends.push(["PostgreSQL", async () => postgresStore()]);

describe.each(
  backends,
)("refresh tokens only at their own scheme's refresh endpoint, on %s", (_name, open) => {
  let gh: TestGatehouse;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const db = await open();
    drop = db.drop;
    gh = await startTestGatehouse({ ...(db.store ? { store: db.store } : {}), env: external.env });
  });
  afterAll(async () => {
    await gh.close();
    await drop();
  });
  const stSignUp = () => stSignUpOn(gh);
  const atAuth = (token: string) =>
    gh.fetch(`${BASE_URL}/auth/session/refresh`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
    });

  it("a Gatehouse refresh token is refused at /auth/session/refresh (40 in parallel) and is not spent", async () => {
    const session = await signUpToken(gh.fetch, BASE_URL);
    const results = await Promise.all(Array.from({ length: 40 }, () => atAuth(session.refreshToken)));
    for (const res of results) {
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ message: "unauthorised" });
      expect(res.headers.get("st-access-token")).toBeNull();
    }
    // Refused without being spent, and without tripping reuse detection.
    const own = await refreshToken(gh.fetch, BASE_URL, session.refreshToken);
    expect(own.status).toBe(200);
  });

  it("a SuperTokens refresh token is refused at /user/session/refresh and /user_identity/session/refresh, and is not spent", async () => {
    const st = await stSignUp();
    for (const prefix of ["/user", "/user_identity"]) {
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          gh.fetch(
            `${BASE_URL}${prefix}/session/refresh`,
            json({ refreshToken: st.refresh }, { "x-auth-mode": "token" }),
          ),
        ),
      );
      for (const res of results) {
        expect(res.status).toBe(401);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe("AUTH_UNAUTHENTICATED");
      }
    }
    const own = await atAuth(st.refresh);
    expect(own.status).toBe(200);
    expect(own.headers.get("st-refresh-token")).toMatch(/^rt_/);
  });

  it("a session started before sessions knew their scheme is pinned to the scheme of its first refresh", async () => {
    const st = await stSignUp();
    const { sid } = JSON.parse(Buffer.from(st.access.split(".")[1] ?? "", "base64url").toString()) as {
      sid: string;
    };
    await gh.deps.store.db.updateTable("sessions").set({ profile: null }).where("id", "=", sid).execute();
    const first = await atAuth(st.refresh);
    expect(first.status).toBe(200);
    const next = first.headers.get("st-refresh-token") ?? "";
    expect((await refreshToken(gh.fetch, BASE_URL, next)).status).toBe(401);
    expect((await atAuth(next)).status).toBe(200);
  });
});

describe("access tokens, v1 tokens and API keys at the refresh endpoints", () => {
  it("access tokens, v1 tokens and API keys are not refresh tokens anywhere", async () => {
    for (const token of [
      creds["gatehouse-access"],
      creds["st-access"],
      creds["st-external"],
      creds.v1,
      creds["api-key"],
    ]) {
      expect(
        (
          await gh.fetch(`${BASE_URL}/auth/session/refresh`, {
            method: "POST",
            headers: { authorization: `Bearer ${token}` },
          })
        ).status,
      ).toBe(401);
      // /user/session/refresh refuses them at the contract's pattern for refresh tokens.
      expect([400, 401]).toContain((await refreshToken(gh.fetch, BASE_URL, token)).status);
    }
  });
});
