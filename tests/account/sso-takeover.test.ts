// SSO pre-account takeover (issue 8, item 2), on PGlite and PostgreSQL: an identity whose provider did not
// vouch for the email loses the account once someone else proves the mailbox; its own user keeps it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../server/errors.js";
import { findUserById } from "../../server/store/users.js";
import { BASE_URL } from "../helpers/gatehouse.js";
import { PASSWORD, uniqueEmail } from "../helpers/http.js";
import {
  SSO_BACKENDS,
  type SsoHarness,
  sha256hex,
  squat as squatAt,
  startSsoHarness,
} from "../helpers/sso.js";

describe.each(SSO_BACKENDS)("SSO takeover on %s", (_backend, open) => {
  let h: SsoHarness;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const db = await open();
    drop = db.drop;
    h = await startSsoHarness(db.store);
  });
  afterAll(async () => {
    await h.close();
    await drop();
  });

  describe("pre-account takeover through an email the provider did not vouch for", () => {
    const squat = (victim: string) => squatAt(h, victim);

    it("the owner's password reset unlinks the attacker's identity and revokes its session", async () => {
      const victim = uniqueEmail("victim");
      const { client: attacker, sub, userId, sessionId } = await squat(victim);
      const owner = h.client();
      const signUp = await owner.signUp({ email: victim, password: PASSWORD });
      expect(signUp.response.status).toBe(409);
      expect(signUp.error?.error.code).toBe("AUTH_EMAIL_EXISTS");
      // The owner recovers the account through the mailbox.
      const requested = await owner.POST("/user/password/reset/request", { body: { email: victim } });
      expect(requested.response.status).toBe(202);
      const reset = await owner.POST("/user/password/reset/confirm", {
        body: { token: requested.data?.testToken ?? "", newPassword: "the owner's new passphrase" },
      });
      expect(reset.response.status).toBe(204);
      const signIn = await owner.signIn({ email: victim, password: "the owner's new passphrase" });
      expect(signIn.response.status).toBe(200);
      expect(signIn.data?.user).toMatchObject({ id: userId, emailVerified: true });
      // The attacker's session is over, it is not among the owner's sessions, and the identity no longer
      // signs in to the account (an unvouched email never links to an existing one).
      const me = await attacker.GET("/user/me");
      expect(me.response.status).toBe(401);
      expect(me.error?.error.code).toBe("AUTH_SESSION_REVOKED");
      const sessions = await owner.GET("/user/sessions");
      expect(sessions.data?.sessions.map((s) => s.id)).not.toContain(sessionId);
      const again = await h.sso(h.client(), { sub, email: victim, email_verified: false });
      expect(again.response.status).toBe(409);
      expect(again.error?.error.code).toBe("AUTH_EMAIL_EXISTS");
    });

    it("a verification confirmed without the identity's session unlinks it too", async () => {
      const victim = uniqueEmail("victim");
      const { client: attacker, sub, userId } = await squat(victim);
      // The attacker asks for the verification mail; the owner opens its link (no session of that identity).
      // Test mode hands the token to the requester; in production it reaches only the mailbox.
      const requested = await attacker.POST("/user/email/verification/request");
      expect(requested.response.status).toBe(202);
      const confirmed = await h.client().POST("/user/email/verification/confirm", {
        body: { token: requested.data?.testToken ?? "" },
      });
      expect(confirmed.response.status).toBe(200);
      expect(confirmed.data).toMatchObject({ id: userId, emailVerified: true });
      expect((await attacker.GET("/user/me")).error?.error.code).toBe("AUTH_SESSION_REVOKED");
      const again = await h.sso(h.client(), { sub, email: victim, email_verified: false });
      expect(again.error?.error.code).toBe("AUTH_EMAIL_EXISTS");
    });

    it.each([
      ["password reset", "reset_password", "/auth/user/password/reset"],
      ["email verification", "verify_email", "/auth/user/email/verify"],
    ] as const)("the deprecated /auth %s unlinks the identity too", async (_label, purpose, path) => {
      const victim = uniqueEmail("victim");
      const { client: attacker, sub, userId } = await squat(victim);
      // The link as the owner's mailbox receives it.
      const { token } = await h.gh.deps.codes.issue(userId, purpose);
      const body =
        purpose === "reset_password"
          ? { method: "token", token, formFields: [{ id: "password", value: "the owner's new passphrase" }] }
          : { method: "token", token };
      const res = await h.gh.fetch(`${BASE_URL}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { status: string }).status).toBe("OK");
      expect((await attacker.GET("/user/me")).error?.error.code).toBe("AUTH_SESSION_REVOKED");
      const again = await h.sso(h.client(), { sub, email: victim, email_verified: false });
      expect(again.error?.error.code).toBe("AUTH_EMAIL_EXISTS");
    });

    it("a provider that vouches for the address takes the account over from an unvouched identity", async () => {
      const victim = uniqueEmail("victim");
      const { client: attacker, sub, userId } = await squat(victim);
      const owner = await h.apple
        .idToken({
          sub: `owner-${crypto.randomUUID()}`,
          email: victim,
          email_verified: "true",
          nonce: sha256hex("n1"),
        })
        .then((idToken) => h.client().signInWithIdToken("apple", { idToken, nonce: "n1" }));
      expect(owner.response.status).toBe(200);
      expect(owner.data?.user).toMatchObject({ id: userId, emailVerified: true });
      expect((await attacker.GET("/user/me")).error?.error.code).toBe("AUTH_SESSION_REVOKED");
      const again = await h.sso(h.client(), { sub, email: victim, email_verified: false });
      expect(again.error?.error.code).toBe("AUTH_EMAIL_EXISTS");
    });

    it("the person behind the identity verifies from its own session and keeps signing in by SSO", async () => {
      const email = uniqueEmail("own");
      const { client: user, sub, userId } = await squat(email);
      const requested = await user.POST("/user/email/verification/request");
      const confirmed = await user.POST("/user/email/verification/confirm", {
        body: { email, code: requested.data?.testCode ?? "" },
      });
      expect(confirmed.response.status).toBe(200);
      expect(confirmed.data?.emailVerified).toBe(true);
      expect((await user.GET("/user/me")).response.status).toBe(200);
      const again = await h.sso(h.client(), { sub, email, email_verified: false });
      expect(again.response.status).toBe(200);
      expect(again.data?.user).toMatchObject({ id: userId, emailVerified: true });
      // The identity is now vouched for: a later password reset by the same person keeps it.
      const c = h.client();
      const reset = await c.POST("/user/password/reset/request", { body: { email } });
      await c.POST("/user/password/reset/confirm", {
        body: { token: reset.data?.testToken ?? "", newPassword: "a fresh long passphrase" },
      });
      expect((await h.sso(h.client(), { sub, email, email_verified: false })).data?.user.id).toBe(userId);
    });

    it("confirming from the identity's expired session refreshes first; it is never taken as anonymous", async () => {
      const email = uniqueEmail("late");
      const { client: user, sub, userId } = await squat(email);
      const requested = await user.POST("/user/email/verification/request");
      h.gh.clock.advance(16 * 60_000); // the access token has expired; the link lives an hour
      const raw = await h.gh.fetch(`${BASE_URL}/user/email/verification/confirm`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          cookie: `backend_session=${(await user.getTokens())?.accessToken}`,
        },
        body: JSON.stringify({ token: requested.data?.testToken }),
      });
      expect(raw.status).toBe(401);
      expect(((await raw.json()) as { error: { code: string } }).error.code).toBe("AUTH_SESSION_EXPIRED");
      // The SDK refreshes and retries; the link was not spent by the refused attempt.
      const confirmed = await user.POST("/user/email/verification/confirm", {
        body: { token: requested.data?.testToken ?? "" },
      });
      expect(confirmed.response.status).toBe(200);
      expect((await h.sso(h.client(), { sub, email, email_verified: false })).data?.user.id).toBe(userId);
    });

    it("an account with SSO identities and their sessions can still be deleted", async () => {
      const { client: user, sub, userId } = await squat(uniqueEmail("delete"));
      const deleted = await user.DELETE("/user/me", { body: {} });
      expect(deleted.response.status).toBe(204);
      const again = await h.sso(h.client(), { sub, email: uniqueEmail("delete"), email_verified: false });
      // The identity went with the account: signing in again starts a new one.
      expect(again.response.status).toBe(200);
      expect(again.data?.user.id).not.toBe(userId);
    });

    it("a session cannot start through an identity unlinked in the meantime", async () => {
      const { userId } = await squat(uniqueEmail("gone"));
      const user = await findUserById(h.gh.deps.store.db, userId);
      if (!user) throw new Error("no user");
      const start = h.gh.deps.sessions.start(user, { userAgent: null, ip: null }, "gatehouse", {
        ssoIdentity: { issuer: h.oidc.issuer, subject: "never-linked" },
      });
      await expect(start).rejects.toThrow(AppError);
      await expect(start).rejects.toMatchObject({ code: "AUTH_SSO_TOKEN_INVALID" });
    });
  });
});
