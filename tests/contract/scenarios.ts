// SDK scenarios for every contract operation, shared by the real-server and the Prism-mock conformance runs.
import { expect } from "vitest";
import { createGatehouseClient, memoryStorage } from "../../sdk/src/index.js";

export interface ScenarioEnv {
  baseUrl: string;
  fetch: typeof fetch;
  /** False against the mock: it answers with the contract's examples, not with what was sent. */
  real: boolean;
  /** A configured SSO provider and a way to get an ID token from it (the mock accepts any token). */
  sso: { provider: string; idToken(claims: Record<string, unknown>): Promise<string> };
}

export interface Scenario {
  name: string;
  operations: string[];
  run(env: ScenarioEnv): Promise<void>;
}

let n = 0;
const email = () => `conformance.${Date.now().toString(36)}.${++n}@example.com`;
const PASSWORD = "correct horse battery staple";

const tokenClient = (env: ScenarioEnv) =>
  createGatehouseClient({ baseUrl: env.baseUrl, mode: "token", storage: memoryStorage(), fetch: env.fetch });

/** A token-mode client with a fresh account, signed in. */
async function signedIn(env: ScenarioEnv) {
  const client = tokenClient(env);
  const address = email();
  const { data, error, response } = await client.signUp({ email: address, password: PASSWORD, name: "Ada" });
  expect(error).toBeUndefined();
  expect(response.status).toBe(201);
  if (env.real) expect(data?.user.email).toBe(address);
  // The mock's sign-up example is cookie mode (no tokens); its security check only wants a cookie present.
  if (!env.real)
    await client.setTokens({ accessToken: "mock-access-token", refreshToken: "mock-refresh-token" });
  return { client, address };
}

export const scenarios: Scenario[] = [
  {
    name: "health, readiness and JWKS",
    operations: ["OpsOperations_getHealth", "OpsOperations_getReady", "OpsOperations_getJwks"],
    async run(env) {
      const client = tokenClient(env);
      expect((await client.GET("/health")).data).toEqual({ status: "ok" });
      expect((await client.GET("/ready")).data).toEqual({ status: "ok", checks: { database: "ok" } });
      const jwks = await client.GET("/.well-known/jwks.json");
      expect(jwks.data?.keys.length).toBeGreaterThan(0);
      expect(jwks.data?.keys[0]?.use).toBe("sig");
    },
  },
  {
    name: "sign-up, me, update me",
    operations: ["UserOperations_signUp", "UserOperations_getMe", "UserOperations_updateMe"],
    async run(env) {
      const { client, address } = await signedIn(env);
      const me = await client.GET("/user/me");
      expect(me.response.status).toBe(200);
      if (env.real) expect(me.data?.email).toBe(address);
      const updated = await client.PATCH("/user/me", { body: { locale: "en-GB", name: null } });
      expect(updated.response.status).toBe(200);
      if (env.real) {
        expect(updated.data?.locale).toBe("en-GB");
        expect(updated.data?.name).toBeNull();
      }
    },
  },
  {
    name: "sign-in, refresh, list sessions, revoke a session, sign out",
    operations: [
      "UserOperations_signIn",
      "UserOperations_refreshSession",
      "UserOperations_listSessions",
      "UserOperations_revokeSession",
      "UserOperations_signOut",
    ],
    async run(env) {
      const { client, address } = await signedIn(env);
      const second = tokenClient(env);
      const signIn = await second.signIn({ email: address, password: PASSWORD });
      expect(signIn.response.status).toBe(200);
      const refreshed = await second.refresh();
      expect(refreshed.response.status).toBe(200);
      const list = await client.GET("/user/sessions");
      expect(list.response.status).toBe(200);
      const other = env.real ? list.data?.sessions.find((s) => !s.current) : list.data?.sessions[0];
      expect(other).toBeDefined();
      const revoke = await client.DELETE("/user/sessions/{sessionId}", {
        params: { path: { sessionId: other?.id ?? "" } },
      });
      expect(revoke.response.status).toBe(204);
      const out = await client.signOut();
      expect(out.response.status).toBe(204);
    },
  },
  {
    name: "email verification: request a code, confirm it",
    operations: ["AccountOperations_requestEmailVerification", "AccountOperations_confirmEmailVerification"],
    async run(env) {
      const { client, address } = await signedIn(env);
      const requested = await client.POST("/user/email/verification/request");
      expect(requested.response.status).toBe(202);
      const code = requested.data?.testCode ?? "123456";
      const confirmed = await client.POST("/user/email/verification/confirm", {
        body: { email: address, code },
      });
      expect(confirmed.response.status).toBe(200);
      if (env.real) expect(confirmed.data?.emailVerified).toBe(true);
    },
  },
  {
    name: "password reset by link, password change, account deletion",
    operations: [
      "AccountOperations_requestPasswordReset",
      "AccountOperations_confirmPasswordReset",
      "AccountOperations_changePassword",
      "AccountOperations_deleteMe",
    ],
    async run(env) {
      const { address } = await signedIn(env);
      const client = tokenClient(env);
      const requested = await client.POST("/user/password/reset/request", { body: { email: address } });
      expect(requested.response.status).toBe(202);
      const token = requested.data?.testToken ?? "mock-link-token-0123456789";
      const reset = await client.POST("/user/password/reset/confirm", {
        body: { token, newPassword: "a brand new passphrase" },
      });
      expect(reset.response.status).toBe(204);
      const signIn = await client.signIn({ email: address, password: "a brand new passphrase" });
      expect(signIn.response.status).toBe(200);
      if (!env.real)
        await client.setTokens({ accessToken: "mock-access-token", refreshToken: "mock-refresh-token" });
      const changed = await client.POST("/user/password/change", {
        body: { currentPassword: "a brand new passphrase", newPassword: "yet another passphrase" },
      });
      expect(changed.response.status).toBe(204);
      const deleted = await client.DELETE("/user/me", { body: { password: "yet another passphrase" } });
      expect(deleted.response.status).toBe(204);
      if (env.real) {
        const gone = await client.signIn({ email: address, password: "yet another passphrase" });
        expect(gone.error?.error.code).toBe("AUTH_INVALID_CREDENTIALS");
      }
    },
  },
  {
    name: "SSO sign-in with an ID token",
    operations: ["SsoOperations_ssoSignIn"],
    async run(env) {
      const client = tokenClient(env);
      const address = email();
      const idToken = await env.sso.idToken({ sub: `sub-${address}`, email: address, email_verified: true });
      const res = await client.signInWithIdToken(env.sso.provider, { idToken });
      expect(res.response.status).toBe(200);
      if (env.real) {
        expect(res.data?.user.email).toBe(address);
        expect(res.data?.user.emailVerified).toBe(true);
        expect((await client.GET("/user/me")).data?.email).toBe(address);
      }
    },
  },
  {
    name: "errors come back typed with their code",
    operations: ["UserOperations_signUp", "UserOperations_signIn", "UserOperations_getMe"],
    async run(env) {
      if (!env.real) return; // the mock answers every valid request with its success example
      const { address } = await signedIn(env);
      const client = tokenClient(env);
      const dup = await client.signUp({ email: address, password: PASSWORD });
      expect(dup.response.status).toBe(409);
      expect(dup.error?.error.code).toBe("AUTH_EMAIL_EXISTS");
      const wrong = await client.signIn({ email: address, password: "not the password" });
      expect(wrong.response.status).toBe(401);
      expect(wrong.error?.error.code).toBe("AUTH_INVALID_CREDENTIALS");
      const anonymous = await client.GET("/user/me");
      expect(anonymous.response.status).toBe(401);
      expect(anonymous.error?.error.code).toBe("AUTH_UNAUTHENTICATED");
      const bad = await client.signUp({ email: "not-an-email", password: PASSWORD });
      expect(bad.response.status).toBe(400);
      expect(bad.error?.error.code).toBe("VALIDATION_FAILED");
    },
  },
];
