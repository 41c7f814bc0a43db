// SDK scenarios for every contract operation, shared by the real-server and the Prism-mock conformance runs.
import { expect } from "vitest";
import { createGatehouseClient, memoryStorage } from "../../sdk/src/index.js";
import { BASE_URL } from "../helpers/gatehouse.js";

export interface ScenarioEnv {
  baseUrl: string;
  fetch: typeof fetch;
  /** False against the mock: it answers with the contract's examples, not with what was sent. */
  real: boolean;
  /** A configured SSO provider and a way to get an ID token from it (the mock accepts any token). */
  sso: { provider: string; idToken(claims: Record<string, unknown>): Promise<string> };
  /** Issues a legacy v1 token for a user (an admin action, outside the API). */
  v1Token(userId: string): Promise<string>;
  /** Makes a user a member of a tenant (outside the API until invitations exist; a no-op on the mock). */
  addMember(tenantId: string, userId: string, roles: string[]): Promise<void>;
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
  // Token mode on the mock too: the SDK's `Prefer: example=token` picks the token-mode example.
  expect(data?.tokens?.accessToken).toBeDefined();
  return { client, address };
}

/** The ServiceAuth secret the conformance server is configured with (SERVICE_AUTH_SECRETS). */
export const CONFORMANCE_SERVICE_SECRET = "conformance-service-secret-0123456789abcdef";

/** A client calling as a service (X-Service-Auth), holding no user credential. */
const serviceClient = (env: ScenarioEnv) =>
  createGatehouseClient({
    baseUrl: env.baseUrl,
    mode: "token",
    storage: memoryStorage(),
    fetch: env.fetch,
    headers: { "x-service-auth": CONFORMANCE_SERVICE_SECRET },
  });

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
    name: "discovery, published contract and reference page",
    operations: ["OpsOperations_getDiscovery", "OpsOperations_getOpenApiDocument", "OpsOperations_getDocs"],
    async run(env) {
      const client = tokenClient(env);
      const discovery = await client.GET("/.well-known/openid-configuration");
      expect(discovery.response.status).toBe(200);
      expect(discovery.data?.jwks_uri).toMatch(/\/\.well-known\/jwks\.json$/);
      const doc = await client.GET("/openapi.json");
      expect(doc.data?.openapi).toBe("3.1.0");
      const page = await client.GET("/docs", { parseAs: "text" });
      expect(page.response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(page.data).toContain("Gatehouse API reference");
      if (env.real) {
        // The server's configured public URL, whichever transport the test uses.
        expect(discovery.data?.issuer).toBe(BASE_URL);
        expect(discovery.data?.id_token_signing_alg_values_supported).toEqual(["ES256"]);
        expect(Object.keys((doc.data?.paths ?? {}) as object)).toContain("/user/signin");
        // Relative: "Try it out" calls whichever origin the reference page was opened from.
        expect(doc.data?.servers).toEqual([
          { url: "/", description: "The server this document was fetched from" },
        ]);
      }
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
    name: "switch the active tenant",
    operations: ["UserOperations_switchTenant"],
    async run(env) {
      const { client } = await signedIn(env);
      const before = (await client.getTokens())?.accessToken;
      const switched = await client.switchTenant("default");
      expect(switched.response.status).toBe(200);
      expect(switched.data?.tokens?.accessToken).toBeDefined();
      if (env.real) {
        expect(switched.data?.user.tenantId).toBe("default");
        expect((await client.getTokens())?.accessToken).not.toBe(before);
        expect((await client.GET("/user/me")).response.status).toBe(200);
      }
    },
  },
  {
    name: "API keys: create (secret shown once), list, use on GET /user/me, revoke",
    operations: [
      "ApiKeyOperations_createApiKey",
      "ApiKeyOperations_listApiKeys",
      "ApiKeyOperations_revokeApiKey",
    ],
    async run(env) {
      const { client } = await signedIn(env);
      const created = await client.createApiKey({ name: "CI reports", scopes: ["tenant:read"] });
      expect(created.response.status).toBe(201);
      const key = created.data?.key ?? "";
      expect(key).toMatch(/^gh_sk_/);
      const listed = await client.listApiKeys();
      expect(listed.response.status).toBe(200);
      if (env.real) expect(listed.data?.apiKeys.map((k) => k.id)).toEqual([created.data?.id]);
      const asKey = createGatehouseClient({
        baseUrl: env.baseUrl,
        mode: "token",
        apiKey: key,
        fetch: env.fetch,
      });
      expect((await asKey.GET("/user/me")).response.status).toBe(200);
      expect((await client.revokeApiKey(created.data?.id ?? "")).response.status).toBe(204);
      if (env.real) expect((await asKey.GET("/user/me")).response.status).toBe(401);
    },
  },
  {
    name: "service: revocation feed pages a signed-out session; API key introspection",
    operations: ["ServiceOperations_listRevocations", "ServiceOperations_introspectApiKey"],
    async run(env) {
      const service = serviceClient(env);
      const { client } = await signedIn(env);
      const created = await client.createApiKey({ name: "guard", scopes: ["tenant:read"] });
      expect(created.response.status).toBe(201);
      const seen = await service.POST("/service/api-keys/introspect", {
        body: { apiKey: created.data?.key ?? "" },
      });
      expect(seen.response.status).toBe(200);
      if (env.real)
        expect(seen.data).toMatchObject({ keyId: created.data?.id, permissions: ["tenant:read"] });
      const first = await service.GET("/service/revocations", { params: { query: {} } });
      expect(first.response.status).toBe(200);
      expect(first.data?.cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect((await client.signOut()).response.status).toBe(204);
      const next = await service.GET("/service/revocations", {
        params: { query: { cursor: first.data?.cursor ?? "" } },
      });
      expect(next.response.status).toBe(200);
      if (env.real) expect(next.data?.sessionIds.length).toBeGreaterThan(0);
    },
  },
  {
    name: "tenants: create, list, get, update; members; roles",
    operations: [
      "TenantOperations_createTenant",
      "TenantOperations_listMyTenants",
      "TenantOperations_getTenant",
      "TenantOperations_updateTenant",
      "TenantOperations_listMembers",
      "TenantOperations_updateMember",
      "TenantOperations_removeMember",
      "TenantOperations_listRoles",
      "TenantOperations_createRole",
      "TenantOperations_updateRole",
    ],
    async run(env) {
      const { client } = await signedIn(env);
      const slug = `acme-${Date.now().toString(36)}-${++n}`;
      const created = await client.POST("/tenants", { body: { name: "Acme", slug, preset: "planning" } });
      expect(created.response.status).toBe(201);
      const tenantId = created.data?.id ?? "";
      if (env.real)
        expect(created.data).toMatchObject({ slug, preset: "planning", registrationPolicy: "invite" });
      const mine = await client.GET("/tenants");
      expect(mine.response.status).toBe(200);
      if (env.real) expect(mine.data?.tenants.find((t) => t.id === tenantId)?.roles).toEqual(["admin"]);
      expect((await client.switchTenant(tenantId)).response.status).toBe(200);
      const path = { params: { path: { tenantId } } };
      expect((await client.GET("/tenants/{tenantId}", path)).response.status).toBe(200);
      const patched = await client.PATCH("/tenants/{tenantId}", {
        ...path,
        body: { registrationPolicy: "closed" },
      });
      expect(patched.response.status).toBe(200);
      if (env.real) expect(patched.data?.registrationPolicy).toBe("closed");
      const other = await signedIn(env);
      const otherId = env.real ? ((await other.client.GET("/user/me")).data?.id ?? "") : crypto.randomUUID();
      await env.addMember(tenantId, otherId, ["viewer"]);
      const members = await client.GET("/tenants/{tenantId}/members", {
        params: { path: { tenantId }, query: { limit: 10 } },
      });
      expect(members.response.status).toBe(200);
      if (env.real) expect(members.data?.members).toHaveLength(2);
      const member = { params: { path: { tenantId, userId: otherId } } };
      const updated = await client.PATCH("/tenants/{tenantId}/members/{userId}", {
        ...member,
        body: { roles: ["analyst"], orgUnit: "Supply planning" },
      });
      expect(updated.response.status).toBe(200);
      if (env.real) expect(updated.data).toMatchObject({ roles: ["analyst"], orgUnit: "Supply planning" });
      expect((await client.DELETE("/tenants/{tenantId}/members/{userId}", member)).response.status).toBe(204);
      expect((await client.GET("/tenants/{tenantId}/roles", path)).response.status).toBe(200);
      const role = await client.POST("/tenants/{tenantId}/roles", {
        ...path,
        body: { name: "auditor", permissions: ["report:read"], description: "Reads reports." },
      });
      expect(role.response.status).toBe(201);
      const changed = await client.PATCH("/tenants/{tenantId}/roles/{roleName}", {
        params: { path: { tenantId, roleName: "auditor" } },
        body: { permissions: ["members:read", "report:read"] },
      });
      expect(changed.response.status).toBe(200);
      if (env.real) expect(changed.data?.permissions).toEqual(["members:read", "report:read"]);
    },
  },
  {
    name: "invitations: invite, list, revoke; accept creates the account and starts a session",
    operations: [
      "InvitationOperations_createInvitation",
      "InvitationOperations_listInvitations",
      "InvitationOperations_revokeInvitation",
      "InvitationAcceptOperations_acceptInvitation",
    ],
    async run(env) {
      const { client } = await signedIn(env);
      const slug = `inv-${Date.now().toString(36)}-${++n}`;
      const created = await client.POST("/tenants", { body: { name: "Acme", slug, preset: "planning" } });
      const tenantId = created.data?.id ?? "";
      expect((await client.switchTenant(tenantId)).response.status).toBe(200);
      const path = { params: { path: { tenantId } } };
      const email = `invitee.${Date.now().toString(36)}.${++n}@example.com`;
      const invited = await client.POST("/tenants/{tenantId}/invitations", {
        ...path,
        body: { email, roles: ["analyst"] },
      });
      expect(invited.response.status).toBe(201);
      const listed = await client.GET("/tenants/{tenantId}/invitations", path);
      expect(listed.response.status).toBe(200);
      if (env.real) expect(listed.data?.invitations.map((i) => i.email)).toEqual([email]);
      const accepted = await tokenClient(env).POST("/user/invitations/accept", {
        body: { token: invited.data?.testToken ?? "inv_mock-token", password: PASSWORD },
      });
      expect(accepted.response.status).toBe(200);
      if (env.real) expect(accepted.data?.user).toMatchObject({ email, tenantId, roles: ["analyst"] });
      const second = await client.POST("/tenants/{tenantId}/invitations", {
        ...path,
        body: { email: `other.${email}`, roles: ["viewer"] },
      });
      const revoked = await client.DELETE("/tenants/{tenantId}/invitations/{invitationId}", {
        params: { path: { tenantId, invitationId: second.data?.id ?? "" } },
      });
      expect(revoked.response.status).toBe(204);
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
      const changed = await client.POST("/user/password/change", {
        body: { currentPassword: "a brand new passphrase", newPassword: "yet another passphrase" },
      });
      // Token mode: the new session's tokens come back (and the SDK keeps them).
      expect(changed.response.status).toBe(200);
      if (env.real) expect(changed.data?.tokens?.refreshToken).toBeDefined();
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
    name: "legacy APIv1: link a Mondia customer, open the billing portal, exchange the v1 token for a session",
    operations: [
      "LegacyOperations_linkMondiaUser",
      "LegacyOperations_createPortalSession",
      "LegacyOperations_exchangeLegacyToken",
    ],
    async run(env) {
      const { client } = await signedIn(env);
      const me = await client.GET("/user/me");
      const v1 = await env.v1Token(me.data?.id ?? "");
      const legacy = createGatehouseClient({
        baseUrl: env.baseUrl,
        mode: "token",
        fetch: env.fetch,
        headers: { authorization: `Bearer ${v1}` },
      });
      const link = await legacy.POST("/monetization/mondia/link_user", {
        body: { customerId: `MND-${n}-${Date.now()}` },
      });
      expect(link.response.status).toBe(200);
      const portal = await legacy.POST("/chargebee/self_serve_portal/session");
      expect(portal.response.status).toBe(200);
      const exchanged = await legacy.POST("/user/legacy/exchange");
      expect(exchanged.response.status).toBe(200);
      if (env.real) {
        expect(link.data?.userId).toBe(me.data?.id);
        expect(portal.data?.accessUrl).toMatch(/^https:\/\//);
        expect(exchanged.data?.user.id).toBe(me.data?.id);
        // Token mode kept the new session's tokens: the migrated client is now signed in.
        const after = await legacy.GET("/user/me");
        expect(after.response.status).toBe(200);
        expect(after.data?.id).toBe(me.data?.id);
      }
    },
  },
  {
    name: "SuperTokens FDI routes and the identity /me routes",
    operations: [
      "SuperTokensOperations_signUp",
      "SuperTokensOperations_tenantSignUp",
      "SuperTokensOperations_signIn",
      "SuperTokensOperations_tenantSignIn",
      "SuperTokensOperations_emailExists",
      "SuperTokensOperations_tenantEmailExists",
      "SuperTokensOperations_signUpEmailExists",
      "SuperTokensOperations_tenantSignUpEmailExists",
      "SuperTokensOperations_passwordResetToken",
      "SuperTokensOperations_tenantPasswordResetToken",
      "SuperTokensOperations_passwordReset",
      "SuperTokensOperations_tenantPasswordReset",
      "SuperTokensOperations_signInUp",
      "SuperTokensOperations_tenantSignInUp",
      "SuperTokensOperations_emailVerifyToken",
      "SuperTokensOperations_tenantEmailVerifyToken",
      "SuperTokensOperations_emailVerify",
      "SuperTokensOperations_tenantEmailVerify",
      "SuperTokensOperations_isEmailVerified",
      "SuperTokensOperations_tenantIsEmailVerified",
      "SuperTokensOperations_refreshSession",
      "SuperTokensOperations_signOut",
      "SuperTokensOperations_jwks",
      "IdentityOperations_getIdentity",
      "IdentityOperations_updateIdentity",
    ],
    async run(env) {
      const call = (method: string, path: string, body?: unknown, bearer?: string) =>
        env.fetch(`${env.baseUrl}${path}`, {
          method,
          headers: {
            rid: "emailpassword",
            "st-auth-mode": "header",
            "fdi-version": "3.0",
            ...(body !== undefined ? { "content-type": "application/json" } : {}),
            ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
          },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        });
      const status = async (res: Response) => ((await res.clone().json()) as { status?: string }).status;
      let access = "mock-access";
      let refresh = "mock-refresh";
      for (const prefix of ["/auth", "/auth/public"]) {
        const address = email();
        const form = {
          formFields: [
            { id: "email", value: address },
            { id: "password", value: PASSWORD },
          ],
        };
        const up = await call("POST", `${prefix}/signup`, form);
        expect(up.status).toBe(200);
        if (env.real) {
          expect(await status(up)).toBe("OK");
          access = up.headers.get("st-access-token") ?? "";
        }
        const signIn = await call("POST", `${prefix}/signin`, form);
        expect(signIn.status).toBe(200);
        if (env.real) {
          expect(await status(signIn)).toBe("OK");
          access = signIn.headers.get("st-access-token") ?? "";
          refresh = signIn.headers.get("st-refresh-token") ?? "";
        }
        for (const path of ["emailpassword/email/exists", "signup/email/exists"]) {
          const exists = await call("GET", `${prefix}/${path}?email=${encodeURIComponent(address)}`);
          expect(exists.status).toBe(200);
          if (env.real) expect(await exists.json()).toEqual({ status: "OK", exists: true });
        }
        const resetToken = await call("POST", `${prefix}/user/password/reset/token`, {
          formFields: [form.formFields[0]],
        });
        expect(resetToken.status).toBe(200);
        const reset = await call("POST", `${prefix}/user/password/reset`, {
          method: "token",
          token: "not-a-real-reset-token",
          formFields: [{ id: "password", value: "another long passphrase" }],
        });
        expect(reset.status).toBe(200);
        if (env.real) expect(await status(reset)).toBe("RESET_PASSWORD_INVALID_TOKEN_ERROR");
        const idToken = await env.sso.idToken({
          sub: `st-${address}`,
          email: `sso.${address}`,
          email_verified: true,
        });
        const thirdParty = await call("POST", `${prefix}/signinup`, {
          thirdPartyId: env.sso.provider,
          oAuthTokens: { id_token: idToken },
        });
        expect(thirdParty.status).toBe(200);
        if (env.real) expect(await status(thirdParty)).toBe("OK");
        expect((await call("POST", `${prefix}/user/email/verify/token`, undefined, access)).status).toBe(200);
        const verify = await call("POST", `${prefix}/user/email/verify`, {
          method: "token",
          token: "not-a-real-token",
        });
        expect(verify.status).toBe(200);
        if (env.real) expect(await status(verify)).toBe("EMAIL_VERIFICATION_INVALID_TOKEN_ERROR");
        const isVerified = await call("GET", `${prefix}/user/email/verify`, undefined, access);
        expect(isVerified.status).toBe(200);
        if (env.real) expect(await isVerified.json()).toEqual({ status: "OK", isVerified: false });
      }
      const me = await call("GET", "/me", undefined, access);
      expect(me.status).toBe(200);
      const patched = await call("PATCH", "/me", { locale: "de-DE" }, access);
      expect(patched.status).toBe(200);
      if (env.real) expect(((await patched.json()) as { locale: string }).locale).toBe("de-DE");
      const refreshed = await call("POST", "/auth/session/refresh", undefined, refresh);
      expect(refreshed.status).toBe(200);
      if (env.real) access = refreshed.headers.get("st-access-token") ?? "";
      const out = await call("POST", "/auth/signout", undefined, access);
      expect(out.status).toBe(200);
      if (env.real) expect(out.headers.get("front-token")).toBe("remove");
      const jwks = await call("GET", "/auth/jwt/jwks.json");
      expect(jwks.status).toBe(200);
    },
  },
  {
    name: "admin: users, signing keys and the audit log (ServiceAuth)",
    operations: [
      "AdminOperations_listUsers",
      "AdminOperations_getUser",
      "AdminOperations_disableUser",
      "AdminOperations_enableUser",
      "AdminOperations_revokeUserSessions",
      "AdminOperations_setSuperAdmin",
      "AdminOperations_unsetSuperAdmin",
      "AdminOperations_listSigningKeys",
      "AdminOperations_rotateSigningKey",
      "AdminOperations_listAuditEvents",
      "AdminOperations_deleteUser",
    ],
    async run(env) {
      const { client, address } = await signedIn(env);
      const me = await client.GET("/user/me");
      const userId = env.real ? (me.data?.id ?? "") : "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10";
      const admin = serviceClient(env);
      const path = { params: { path: { userId } } };
      const found = await admin.GET("/admin/users", { params: { query: { q: address, limit: 10 } } });
      expect(found.response.status).toBe(200);
      if (env.real) expect(found.data?.users.map((u) => u.id)).toEqual([userId]);
      expect((await admin.GET("/admin/users/{userId}", path)).response.status).toBe(200);
      const disabled = await admin.POST("/admin/users/{userId}/disable", path);
      expect(disabled.response.status).toBe(200);
      if (env.real) expect(disabled.data?.disabledAt).not.toBeNull();
      const enabled = await admin.POST("/admin/users/{userId}/enable", path);
      expect(enabled.response.status).toBe(200);
      if (env.real) expect(enabled.data?.disabledAt).toBeNull();
      expect((await admin.POST("/admin/users/{userId}/sessions/revoke", path)).response.status).toBe(200);
      const promoted = await admin.PUT("/admin/users/{userId}/super-admin", path);
      expect(promoted.response.status).toBe(200);
      if (env.real) expect(promoted.data?.superAdmin).toBe(true);
      expect((await admin.DELETE("/admin/users/{userId}/super-admin", path)).response.status).toBe(200);
      expect((await admin.GET("/admin/signing-keys")).data?.keys.length).toBeGreaterThan(0);
      const rotated = await admin.POST("/admin/signing-keys/rotate", { body: { retireOld: false } });
      expect(rotated.response.status).toBe(200);
      if (env.real) expect(rotated.data?.keys[0]?.kid).toBe(rotated.data?.kid);
      const events = await admin.GET("/admin/audit-events", { params: { query: { target: userId } } });
      expect(events.response.status).toBe(200);
      if (env.real) expect(events.data?.events.map((e) => e.action)).toContain("admin.user.disable");
      expect((await admin.DELETE("/admin/users/{userId}", path)).response.status).toBe(204);
    },
  },
  {
    name: "admin: tenants and support impersonation (ServiceAuth)",
    operations: [
      "AdminTenantOperations_createTenant",
      "AdminTenantOperations_listTenants",
      "AdminTenantOperations_getTenant",
      "AdminTenantOperations_startImpersonation",
      "AdminTenantOperations_endImpersonation",
      "AdminTenantOperations_suspendTenant",
      "AdminTenantOperations_reactivateTenant",
    ],
    async run(env) {
      const { client } = await signedIn(env);
      const me = await client.GET("/user/me");
      const userId = env.real ? (me.data?.id ?? "") : "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10";
      const admin = serviceClient(env);
      const slug = env.real ? `c-${crypto.randomUUID().slice(0, 8)}` : "acme";
      const created = await admin.POST("/admin/tenants", {
        body: { name: "Conformance", slug, preset: "planning", adminUserId: userId },
      });
      expect(created.response.status).toBe(201);
      const tenantId = env.real ? (created.data?.id ?? "") : "0f8b7d1c-3c1e-4f0a-9b43-2f6f4b9a7c11";
      const listed = await admin.GET("/admin/tenants", { params: { query: { q: slug, limit: 10 } } });
      expect(listed.response.status).toBe(200);
      if (env.real) expect(listed.data?.tenants.map((t) => t.id)).toEqual([tenantId]);
      const path = { params: { path: { tenantId } } };
      expect((await admin.GET("/admin/tenants/{tenantId}", path)).response.status).toBe(200);
      const started = await admin.POST("/admin/impersonations", {
        body: { userId, tenantId, reason: "Conformance ticket 1" },
      });
      expect(started.response.status).toBe(201);
      const impersonationId = started.data?.id ?? "";
      const ended = await admin.DELETE("/admin/impersonations/{impersonationId}", {
        params: { path: { impersonationId } },
      });
      expect(ended.response.status).toBe(204);
      const suspended = await admin.POST("/admin/tenants/{tenantId}/suspend", path);
      expect(suspended.response.status).toBe(200);
      if (env.real) expect(suspended.data?.status).toBe("suspended");
      expect((await admin.POST("/admin/tenants/{tenantId}/reactivate", path)).response.status).toBe(200);
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

// Operations added after the /user_identity prefix was deprecated: the mirror does not grow.
const UNMIRRORED = new Set(["UserOperations_switchTenant"]);

/** The /user scenarios again under the deprecated /user_identity prefix, claiming the mirror operations. */
export const mirrorScenarios: Scenario[] = scenarios
  .filter((s) => !s.operations.some((op) => UNMIRRORED.has(op)))
  .filter((s) => s.operations.some((op) => /^(UserOperations|AccountOperations|SsoOperations)_/.test(op)))
  .filter((s) => s.operations.every((op) => /^(UserOperations|AccountOperations|SsoOperations)_/.test(op)))
  .map((s) => ({
    name: `/user_identity mirror: ${s.name}`,
    operations: s.operations.map((op) =>
      op.replace(/^(UserOperations|AccountOperations|SsoOperations)_/, "DeprecatedEndpoints_"),
    ),
    run: (env) => s.run({ ...env, fetch: toMirror(env.baseUrl, env.fetch) }),
  }));

function toMirror(baseUrl: string, inner: typeof fetch): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    const url = req.url.replace(`${baseUrl}/user/`, `${baseUrl}/user_identity/`);
    const body = req.method === "GET" || req.method === "HEAD" ? undefined : await req.arrayBuffer();
    return inner(url, { method: req.method, headers: req.headers, ...(body?.byteLength ? { body } : {}) });
  }) as typeof fetch;
}
