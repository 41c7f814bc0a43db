// /admin users and the audit log, through the SDK, on PGlite and PostgreSQL: disabling shuts every door, every action is audited with its change.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../server/store/db.js";
import type { Exchange } from "../helpers/contract.js";
import { BASE_URL, backends, startOn, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import {
  errorCode,
  json,
  PASSWORD,
  refreshToken,
  signUpToken,
  uniqueEmail,
  withSession,
} from "../helpers/http.js";
import { type LocalOidc, startLocalOidc } from "../helpers/oidc.js";
import { auditEvents, serviceClient } from "./helpers.js";

const SECRET = "users-test-service-secret-0123456789abcdef";
const SSO_AUDIENCE = "gatehouse-admin-users-test";

describe.each(backends)("admin users and the audit log on %s", (_name, open) => {
  let gh: TestGatehouse;
  let close: () => Promise<void>;
  let oidc: LocalOidc;
  const seen: Exchange[] = [];

  beforeAll(async () => {
    oidc = await startLocalOidc(SSO_AUDIENCE);
    ({ gh, close } = await startOn(open, {
      env: {
        SERVICE_AUTH_SECRETS: SECRET,
        OTP_TEST_MODE: "true",
        SSO_JWKS_COOLDOWN_SECONDS: "0",
        SSO_OIDC_PROVIDERS: JSON.stringify([
          { id: "acme", issuer: oidc.issuer, jwksUrl: oidc.jwksUrl, audience: SSO_AUDIENCE, nonce: "none" },
        ]),
      },
    }));
  });
  afterAll(async () => {
    await close();
    await oidc.close();
  });

  const admin = () => serviceClient(gh, SECRET, seen);
  const userPath = (userId: string) => ({ params: { path: { userId } } });
  const signIn = (email: string, password = PASSWORD) =>
    gh.fetch(`${BASE_URL}/user/signin`, json({ email, password }, { "x-auth-mode": "token" }));
  const fdiSignIn = async (email: string) => {
    const res = await gh.fetch(
      `${BASE_URL}/auth/signin`,
      json({
        formFields: [
          { id: "email", value: email },
          { id: "password", value: PASSWORD },
        ],
      }),
    );
    return { status: res.status, body: (await res.json()) as { status: string } };
  };
  const me = (token: string) => gh.fetch(`${BASE_URL}/user/me`, withSession(token));
  const events = (query: Record<string, string | number>) => auditEvents(admin(), query);

  it("a disabled user cannot sign in by any path, and their sessions and v1 tokens end at once", async () => {
    const email = uniqueEmail("disabled");
    const s = await signUpToken(gh.fetch, BASE_URL, email);
    const v1 = await gh.deps.legacyTokens.issue(s.userId, "test");
    // A verified address: the SSO sign-in below links to the account instead of taking it over (which
    // would remove its password).
    await gh.deps.accounts.markEmailVerified(s.userId);
    const ssoToken = await oidc.idToken({ sub: `sub-${s.userId}`, email, email_verified: true });
    const viaSso = await gh.fetch(
      `${BASE_URL}/user/sso/acme`,
      json({ idToken: ssoToken }, { "x-auth-mode": "token" }),
    );
    expect(viaSso.status).toBe(200);

    const disabled = await admin().POST("/admin/users/{userId}/disable", userPath(s.userId));
    expect(disabled.response.status).toBe(200);
    expect(disabled.data?.disabledAt).not.toBeNull();

    // The sessions it had: access token and refresh token are dead.
    const old = await me(s.accessToken);
    expect(old.status).toBe(401);
    expect(await errorCode(old)).toBe("AUTH_SESSION_REVOKED");
    const refreshed = await refreshToken(gh.fetch, BASE_URL, s.refreshToken);
    expect(refreshed.status).toBe(401);
    expect(await errorCode(refreshed)).toBe("AUTH_SESSION_REVOKED");
    // Every way in: password, the SuperTokens FDI, SSO, a v1 token (old or newly issued).
    const pw = await signIn(email);
    expect(pw.status).toBe(401);
    expect(await errorCode(pw)).toBe("AUTH_INVALID_CREDENTIALS");
    expect(await fdiSignIn(email)).toEqual({ status: 200, body: { status: "WRONG_CREDENTIALS_ERROR" } });
    const sso = await gh.fetch(
      `${BASE_URL}/user/sso/acme`,
      json({ idToken: await oidc.idToken({ sub: `sub-${s.userId}`, email, email_verified: true }) }),
    );
    expect(sso.status).toBe(401);
    expect(await errorCode(sso)).toBe("AUTH_INVALID_CREDENTIALS");
    const signInUp = await gh.fetch(
      `${BASE_URL}/auth/signinup`,
      json({
        thirdPartyId: "acme",
        oAuthTokens: {
          id_token: await oidc.idToken({ sub: `sub-${s.userId}`, email, email_verified: true }),
        },
      }),
    );
    expect(signInUp.status).toBe(200);
    expect(await signInUp.json()).toEqual({
      status: "SIGN_IN_UP_NOT_ALLOWED",
      reason: "This account is disabled.",
    });
    for (const token of [v1, await gh.deps.legacyTokens.issue(s.userId, "after")]) {
      const exchange = await gh.fetch(`${BASE_URL}/user/legacy/exchange`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
      });
      expect(exchange.status).toBe(401);
    }
    // A wrong password is refused the same way: the answer does not say the account is disabled.
    const wrong = await signIn(email, "not the password at all");
    expect(await errorCode(wrong)).toBe("AUTH_INVALID_CREDENTIALS");

    const enabled = await admin().POST("/admin/users/{userId}/enable", userPath(s.userId));
    expect(enabled.data?.disabledAt).toBeNull();
    expect((await signIn(email)).status).toBe(200);
    // Enabling does not bring revoked sessions back.
    expect((await me(s.accessToken)).status).toBe(401);

    const trail = await events({ target: s.userId });
    const actions = trail.map((e) => `${e.action}:${e.outcome}:${e.reason ?? ""}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        "user.signin:success:signup",
        "user.signin:success:sso",
        "admin.user.disable:success:",
        "user.signin:failure:account_disabled",
        "user.signin:failure:invalid_credentials",
        "admin.user.enable:success:",
        "user.signin:success:password",
      ]),
    );
    const disable = trail.find((e) => e.action === "admin.user.disable");
    expect(disable?.actor).toEqual({ type: "service", id: "service" });
    expect(disable?.userAgent).toBe("admin-test/1.0");
    expect(disable?.requestId).toBe(disabled.response.headers.get("x-request-id"));
  });

  it("40 parallel disables are idempotent: one disabledAt, every session revoked", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const results = await Promise.all(
      Array.from({ length: 40 }, () => admin().POST("/admin/users/{userId}/disable", userPath(s.userId))),
    );
    expect(results.map((r) => r.response.status)).toEqual(Array(40).fill(200));
    expect(new Set(results.map((r) => r.data?.disabledAt)).size).toBe(1);
    expect((await me(s.accessToken)).status).toBe(401);
    expect((await events({ target: s.userId, action: "admin.user.disable" })).length).toBe(40);
  });

  it("sign-ins racing a disable: once the disable has answered, no session of the user is left alive", async () => {
    const email = uniqueEmail("race");
    const s = await signUpToken(gh.fetch, BASE_URL, email);
    // Five: the per-account-and-source guess budget (spent before the password is checked) admits that many at once.
    const signIns = Array.from({ length: 5 }, () => signIn(email));
    const disabled = await admin().POST("/admin/users/{userId}/disable", userPath(s.userId));
    expect(disabled.response.status).toBe(200);
    const answers = await Promise.all(signIns);
    for (const res of answers) expect([200, 401, 429]).toContain(res.status);
    const live = await gh.deps.store.db
      .selectFrom("sessions")
      .select("id")
      .where("user_id", "=", s.userId)
      .where("revoked_at", "is", null)
      .execute();
    expect(live).toEqual([]);
    for (const res of answers.filter((r) => r.status === 200)) {
      const { tokens } = (await res.json()) as { tokens: { accessToken: string } };
      expect((await me(tokens.accessToken)).status).toBe(401);
    }
  });

  it("revoke all sessions, super-admin, delete: each audited; the events outlive the user", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    await gh.deps.legacyTokens.issue(s.userId);
    const revoked = await admin().POST("/admin/users/{userId}/sessions/revoke", userPath(s.userId));
    expect(revoked.data).toEqual({ sessions: 1, legacyTokens: 1 });
    expect((await me(s.accessToken)).status).toBe(401);
    expect(
      (await admin().PUT("/admin/users/{userId}/super-admin", userPath(s.userId))).data?.superAdmin,
    ).toBe(true);
    expect(
      (await admin().DELETE("/admin/users/{userId}/super-admin", userPath(s.userId))).data?.superAdmin,
    ).toBe(false);
    expect((await admin().DELETE("/admin/users/{userId}", userPath(s.userId))).response.status).toBe(204);
    const gone = await admin().GET("/admin/users/{userId}", userPath(s.userId));
    expect(gone.response.status).toBe(404);
    expect(gone.error?.error.code).toBe("NOT_FOUND");
    expect((await admin().DELETE("/admin/users/{userId}", userPath(s.userId))).response.status).toBe(404);
    const actions = (await events({ target: s.userId })).map((e) => e.action);
    expect(actions.slice(0, 4)).toEqual([
      "admin.user.delete",
      "admin.user.super_admin_unset",
      "admin.user.super_admin_set",
      "admin.user.revoke_sessions",
    ]);
  });

  it("unknown and malformed user ids: 404 and 400, never a 500", async () => {
    const unknown = await admin().POST("/admin/users/{userId}/disable", userPath(crypto.randomUUID()));
    expect(unknown.response.status).toBe(404);
    const bad = await admin().POST("/admin/users/{userId}/disable", userPath("not-a-uuid\u0000"));
    expect(bad.response.status).toBe(400);
    expect(bad.error?.error.code).toBe("VALIDATION_FAILED");
    const long = await admin().GET("/admin/users", { params: { query: { q: "x".repeat(300) } } });
    expect(long.response.status).toBe(400);
    const nul = await admin().GET("/admin/users", { params: { query: { q: "a\u0000b" } } });
    expect(nul.response.status).toBe(400);
    const cursor = await admin().GET("/admin/audit-events", { params: { query: { cursor: "abc" } } });
    expect(cursor.response.status).toBe(400);
    const limit = await admin().GET("/admin/audit-events", { params: { query: { limit: 1000 } } });
    expect(limit.response.status).toBe(400);
  });

  it("user search matches email or name, case-insensitively, with LIKE wildcards literal, paged by cursor", async () => {
    const tag = `srch${Date.now().toString(36)}`;
    for (let i = 0; i < 5; i++) await signUpToken(gh.fetch, BASE_URL, `${tag}.${i}@example.com`);
    const first = await admin().GET("/admin/users", {
      params: { query: { q: tag.toUpperCase(), limit: 2 } },
    });
    expect(first.data?.users.map((u) => u.email)).toEqual([`${tag}.0@example.com`, `${tag}.1@example.com`]);
    const seenEmails = [...(first.data?.users ?? []).map((u) => u.email)];
    let cursor = first.data?.nextCursor ?? null;
    while (cursor) {
      const page = await admin().GET("/admin/users", { params: { query: { q: tag, limit: 2, cursor } } });
      seenEmails.push(...(page.data?.users ?? []).map((u) => u.email));
      cursor = page.data?.nextCursor ?? null;
    }
    expect(seenEmails).toHaveLength(5);
    const wildcard = await admin().GET("/admin/users", { params: { query: { q: "%" } } });
    expect(wildcard.data?.users).toEqual([]);
  });

  it("audit queries filter by actor, action and time range, newest first, paged", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    for (let i = 0; i < 3; i++) await admin().POST("/admin/users/{userId}/enable", userPath(s.userId));
    const all = await events({ target: s.userId, action: "admin.user.enable", actor: "service" });
    expect(all).toHaveLength(3);
    const ids = all.map((e) => BigInt(e.id));
    expect([...ids].sort((a, b) => (a > b ? -1 : 1))).toEqual(ids);
    const page = await admin().GET("/admin/audit-events", {
      params: { query: { target: s.userId, action: "admin.user.enable", limit: 2 } },
    });
    expect(page.data?.events).toHaveLength(2);
    const next = await admin().GET("/admin/audit-events", {
      params: {
        query: { target: s.userId, action: "admin.user.enable", cursor: page.data?.nextCursor ?? "" },
      },
    });
    expect(next.data?.events.map((e) => e.id)).toEqual([all[2]?.id]);
    expect(next.data?.nextCursor).toBeNull();
    const future = new Date(gh.clock.now().getTime() + 60_000).toISOString();
    expect(await events({ target: s.userId, from: future })).toEqual([]);
    expect((await events({ target: s.userId, to: future })).length).toBeGreaterThanOrEqual(4);
    expect(await events({ target: s.userId, actor: "someone-else" })).toEqual([]);
  });

  it("user actions are audited: sign-out, session revocation, password change, email verification; no secret in any event", async () => {
    const email = uniqueEmail("trail");
    const s = await signUpToken(gh.fetch, BASE_URL, email);
    const second = (await (await signIn(email)).json()) as {
      session: { id: string };
      tokens: { accessToken: string };
    };
    expect(
      (
        await gh.fetch(
          `${BASE_URL}/user/sessions/${second.session.id}`,
          withSession(s.accessToken, { method: "DELETE" }),
        )
      ).status,
    ).toBe(204);
    const newPassword = "a different long passphrase";
    const changed = await gh.fetch(
      `${BASE_URL}/user/password/change`,
      json(
        { currentPassword: PASSWORD, newPassword },
        { authorization: `Bearer ${s.accessToken}`, "x-auth-mode": "token" },
      ),
    );
    expect(changed.status).toBe(200);
    const renewed = ((await changed.json()) as { tokens: { accessToken: string; refreshToken: string } })
      .tokens;
    const out = await gh.fetch(`${BASE_URL}/user/signout`, {
      method: "POST",
      headers: { authorization: `Bearer ${renewed.accessToken}` },
    });
    expect(out.status).toBe(204);
    const actions = (await events({ target: s.userId })).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["session.revoke", "user.password_change", "user.signout", "user.signin"]),
    );
    const rows = await gh.deps.store.db.selectFrom("audit_events").selectAll().execute();
    const dump = JSON.stringify(rows);
    for (const secret of [
      PASSWORD,
      newPassword,
      s.accessToken,
      s.refreshToken,
      renewed.refreshToken,
      SECRET,
    ]) {
      expect(dump).not.toContain(secret);
    }
  });

  it("email verification and password reset are audited, without their codes, links or the new password", async () => {
    const email = uniqueEmail("codes");
    const s = await signUpToken(gh.fetch, BASE_URL, email);
    const asked = await gh.fetch(
      `${BASE_URL}/user/email/verification/request`,
      withSession(s.accessToken, { method: "POST" }),
    );
    const verification = (await asked.json()) as { testCode: string; testToken: string };
    expect(
      (await gh.fetch(`${BASE_URL}/user/email/verification/confirm`, json({ token: verification.testToken })))
        .status,
    ).toBe(200);
    const reset = (await (
      await gh.fetch(`${BASE_URL}/user/password/reset/request`, json({ email }))
    ).json()) as { testCode: string; testToken: string };
    const newPassword = "yet another long passphrase";
    expect(
      (
        await gh.fetch(
          `${BASE_URL}/user/password/reset/confirm`,
          json({ token: reset.testToken, newPassword }),
        )
      ).status,
    ).toBe(204);
    const actions = (await events({ target: s.userId })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["user.email_verified", "user.password_reset"]));
    const dump = JSON.stringify(await gh.deps.store.db.selectFrom("audit_events").selectAll().execute());
    for (const secret of [verification.testToken, reset.testToken, newPassword])
      expect(dump).not.toContain(secret);
  });

  it("a refused SSO token is a failed sign-in, recorded with why and never with the token", async () => {
    const forged = await oidc.idToken({ sub: "x", email: uniqueEmail("sso") }, { audience: "someone-else" });
    const res = await gh.fetch(`${BASE_URL}/user/sso/acme`, json({ idToken: forged }));
    expect(res.status).toBe(401);
    const failed = await events({ target: "acme", action: "user.signin" });
    expect(failed[0]).toMatchObject({ outcome: "failure", reason: "sso_auth_sso_token_invalid" });
    expect(JSON.stringify(failed)).not.toContain(forged.slice(0, 40));
  });

  it("theft detection is audited with the session's revocation", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    expect((await refreshToken(gh.fetch, BASE_URL, s.refreshToken)).status).toBe(200);
    gh.clock.advance(60_000);
    expect((await refreshToken(gh.fetch, BASE_URL, s.refreshToken)).status).toBe(401);
    const theft = await events({ target: s.userId, action: "session.theft_detected" });
    expect(theft.map((e) => e.reason)).toEqual(["refresh_token_reused"]);
  });

  it("signing keys: list and rotate, the rotation audited; the new key is in the JWKS at once", async () => {
    const rotated = await admin().POST("/admin/signing-keys/rotate", { body: {} });
    expect(rotated.response.status).toBe(200);
    const kid = rotated.data?.kid ?? "";
    expect(rotated.data?.keys.find((k) => k.kid === kid)?.state).toBe("signing");
    const jwks = (await (await gh.fetch(`${BASE_URL}/.well-known/jwks.json`)).json()) as {
      keys: Array<{ kid: string }>;
    };
    expect(jwks.keys.map((k) => k.kid)).toContain(kid);
    const listed = await admin().GET("/admin/signing-keys");
    expect(listed.data?.keys.filter((k) => k.state === "signing").map((k) => k.kid)).toEqual([kid]);
    expect((await events({ target: kid })).map((e) => e.action)).toEqual(["admin.signing_key.rotate"]);
    // Private key material never leaves: the listing has public facts only.
    expect(JSON.stringify(listed.data)).not.toMatch(/"d"|private/);
  });

  it("a change and its event commit together: when either fails, neither is written", async () => {
    const db = gh.deps.store.db;
    const s = await signUpToken(gh.fetch, BASE_URL);
    // The revocation fails inside the disable's transaction: the user stays enabled and no event is written.
    await sql`CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by test'; END $$`.execute(
      db,
    );
    await sql`CREATE TRIGGER test_refuse_sessions BEFORE UPDATE ON sessions FOR EACH ROW EXECUTE FUNCTION test_refuse()`.execute(
      db,
    );
    try {
      const failed = await admin().POST("/admin/users/{userId}/disable", userPath(s.userId));
      expect(failed.response.status).toBe(500);
      expect(failed.error?.error.code).toBe("INTERNAL_SERVER_ERROR");
    } finally {
      await sql`DROP TRIGGER test_refuse_sessions ON sessions`.execute(db);
    }
    expect((await admin().GET("/admin/users/{userId}", userPath(s.userId))).data?.disabledAt).toBeNull();
    expect(await events({ target: s.userId, action: "admin.user.disable" })).toEqual([]);
    expect((await me(s.accessToken)).status).toBe(200);
    // The event cannot be written: the sign-out does not happen either.
    await sql`CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_refuse()`.execute(
      db,
    );
    try {
      const out = await gh.fetch(`${BASE_URL}/user/signout`, {
        method: "POST",
        headers: { authorization: `Bearer ${s.accessToken}` },
      });
      expect(out.status).toBe(500);
    } finally {
      await sql`DROP TRIGGER test_refuse_audit ON audit_events`.execute(db);
      await sql`DROP FUNCTION test_refuse()`.execute(db);
    }
    expect((await me(s.accessToken)).status).toBe(200);
  });

  it("the audit log is append-only in the database itself", async () => {
    const db = gh.deps.store.db;
    await expect(sql`UPDATE audit_events SET action = 'x'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_events`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_events`.execute(db)).rejects.toThrow(/append-only/);
  });

  it("every response conformed to the contract", () => {
    expect(seen.length).toBeGreaterThan(50);
  });
});

describe("SUPER_ADMIN_EMAILS", () => {
  it("makes existing users with those emails super-admins at start-up, once (idempotent)", async () => {
    const store = await openStore({ dataDir: "memory://" });
    try {
      const first = await startTestGatehouse({ store });
      const email = uniqueEmail("boss");
      const s = await signUpToken(first.fetch, BASE_URL, email);
      await first.close();
      const env = { SUPER_ADMIN_EMAILS: `nobody@example.com, ${email.toUpperCase()}` };
      for (let i = 0; i < 2; i++) {
        const gh = await startTestGatehouse({ store, env });
        const res = await gh.fetch(`${BASE_URL}/admin/users?limit=1`, {
          headers: { authorization: `Bearer ${s.accessToken}` },
        });
        expect(res.status).toBe(200);
        await gh.close();
      }
      const promoted = await store.db
        .selectFrom("audit_events")
        .select("actor_id")
        .where("action", "=", "system.super_admin_promoted")
        .where("target_id", "=", s.userId)
        .execute();
      expect(promoted).toEqual([{ actor_id: "SUPER_ADMIN_EMAILS" }]);
    } finally {
      await store.close();
    }
  });
});
