// SSO against a local OIDC provider on 127.0.0.1, on PGlite and PostgreSQL: JWKS fetched at runtime, key
// rotation, linking rules, refusals, claim validation, nonces, single-use tokens, pre-account takeover.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGatehouseClient, type GatehouseClient } from "../../sdk/src/index.js";
import { AppError } from "../../server/errors.js";
import { findUserById } from "../../server/services/users.js";
import type { Store } from "../../server/store/db.js";
import {
  BASE_URL,
  PG_URL,
  postgresStore,
  startTestGatehouse,
  type TestGatehouse,
} from "../helpers/gatehouse.js";
import { PASSWORD, uniqueEmail } from "../helpers/http.js";
import { type LocalOidc, startLocalOidc } from "../helpers/oidc.js";

const AUDIENCE = "gatehouse-sso-test";
const NONCED_AUDIENCE = "gatehouse-sso-nonced";

const backends: Array<[string, () => Promise<{ store?: Store; drop: () => Promise<void> }>]> = [
  ["PGlite", async () => ({ drop: async () => {} })],
];
if (PG_URL) backends.push(["PostgreSQL", async () => postgresStore()]);

// Each client gets its own source address (behind one trusted proxy), so the per-address sign-up limit
// that SSO shares never decides a test here.
let addresses = 0;
const nextAddress = () => {
  addresses++;
  return `10.77.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`;
};

describe.each(backends)("SSO on %s", (_backend, open) => {
  let gh: TestGatehouse;
  let drop: () => Promise<void>;
  let oidc: LocalOidc;
  let apple: LocalOidc;

  beforeAll(async () => {
    const db = await open();
    drop = db.drop;
    oidc = await startLocalOidc(AUDIENCE);
    apple = await startLocalOidc("com.example.app");
    gh = await startTestGatehouse({
      ...(db.store ? { store: db.store } : {}),
      env: {
        OTP_TEST_MODE: "true",
        TRUST_PROXY: "1",
        SSO_JWKS_COOLDOWN_SECONDS: "0",
        SSO_APPLE_CLIENT_ID: "com.example.app",
        SSO_OIDC_PROVIDERS: JSON.stringify([
          { id: "acme", issuer: oidc.issuer, jwksUrl: oidc.jwksUrl, audience: AUDIENCE, nonce: "none" },
          // The default nonce mode ("raw"): the token must carry the nonce the client sends.
          { id: "nonced", issuer: oidc.issuer, jwksUrl: oidc.jwksUrl, audience: NONCED_AUDIENCE },
          // Apple's built-in settings, pointed at the local provider: sha256 nonces.
          {
            id: "apple",
            issuer: apple.issuer,
            jwksUrl: apple.jwksUrl,
            audience: "com.example.app",
            nonce: "sha256",
          },
        ]),
      },
    });
  });
  afterAll(async () => {
    await gh.close();
    await drop();
    await oidc.close();
    await apple.close();
  });

  const client = (): GatehouseClient =>
    createGatehouseClient({
      baseUrl: BASE_URL,
      mode: "token",
      fetch: (r) => gh.fetch(r),
      headers: { "x-forwarded-for": nextAddress() },
    });
  const sso = (c: GatehouseClient, claims: Record<string, unknown>) =>
    oidc.idToken(claims).then((idToken) => c.signInWithIdToken("acme", { idToken }));

  describe("sign-in and linking", () => {
    it("creates an account keyed by (issuer, subject) and signs the same person in again", async () => {
      const email = uniqueEmail("sso");
      const first = await sso(client(), { sub: "user-1", email, email_verified: true, name: "Ada" });
      expect(first.response.status).toBe(200);
      expect(first.data?.user).toMatchObject({ email, emailVerified: true, name: "Ada" });
      // Same subject, new email at the provider: still the same account.
      const again = await sso(client(), {
        sub: "user-1",
        email: uniqueEmail("changed"),
        email_verified: true,
      });
      expect(again.data?.user.id).toBe(first.data?.user.id);
    });

    it("keeps working when the provider rotates its key, without a restart", async () => {
      const before = await sso(client(), { sub: "rot-1", email: uniqueEmail("rot"), email_verified: true });
      expect(before.response.status).toBe(200);
      const fetchesBefore = oidc.fetches();
      await oidc.rotate();
      const after = await sso(client(), { sub: "rot-2", email: uniqueEmail("rot"), email_verified: true });
      expect(after.response.status).toBe(200);
      expect(oidc.fetches()).toBeGreaterThan(fetchesBefore);
    });

    it("links to an existing verified account only when the provider says the email is verified", async () => {
      const email = uniqueEmail("link");
      const local = client();
      const up = await local.signUp({ email, password: PASSWORD });
      await gh.deps.accounts.markEmailVerified(up.data?.user.id ?? "");
      const unverified = await sso(client(), { sub: "link-1", email, email_verified: false });
      expect(unverified.response.status).toBe(409);
      expect(unverified.error?.error.code).toBe("AUTH_EMAIL_EXISTS");
      const verified = await sso(client(), { sub: "link-1", email, email_verified: true });
      expect(verified.response.status).toBe(200);
      expect(verified.data?.user.id).toBe(up.data?.user.id);
      // A verified owner keeps the password and the session.
      expect((await local.GET("/user/me")).response.status).toBe(200);
    });

    it("taking over an unverified password account removes that password and its sessions", async () => {
      const email = uniqueEmail("squat");
      const squatter = client();
      await squatter.signUp({ email, password: PASSWORD });
      const owner = await sso(client(), { sub: "owner-1", email, email_verified: true });
      expect(owner.response.status).toBe(200);
      expect((await squatter.GET("/user/me")).error?.error.code).toBe("AUTH_SESSION_REVOKED");
      expect((await client().signIn({ email, password: PASSWORD })).error?.error.code).toBe(
        "AUTH_INVALID_CREDENTIALS",
      );
    });

    it.each([
      [
        "another audience",
        () => oidc.idToken({ sub: "x", email: "x@example.com" }, { audience: "someone-else" }),
      ],
      ["an expired token", () => oidc.idToken({ sub: "x", email: "x@example.com" }, { expiresIn: "-5m" })],
      ["an unknown key", () => oidc.idToken({ sub: "x", email: "x@example.com" }, { kid: "nope" })],
      [
        "another provider's token",
        () => apple.idToken({ sub: "x", email: "x@example.com" }, { audience: AUDIENCE }),
      ],
    ])("refuses %s with 401 AUTH_SSO_TOKEN_INVALID", async (_label, token) => {
      const res = await client().signInWithIdToken("acme", { idToken: await token() });
      expect(res.response.status).toBe(401);
      expect(res.error?.error.code).toBe("AUTH_SSO_TOKEN_INVALID");
    });

    it("an unknown provider is 404", async () => {
      const res = await client().signInWithIdToken("nope", { idToken: await oidc.idToken({ sub: "x" }) });
      expect(res.response.status).toBe(404);
      expect(res.error?.error.code).toBe("NOT_FOUND");
    });
  });

  describe("pre-account takeover through an email the provider did not vouch for", () => {
    /** The attacker signs in through their own identity with the victim's address, unverified by the provider. */
    async function squat(victim: string) {
      const attacker = client();
      const sub = `attacker-${crypto.randomUUID()}`;
      const res = await sso(attacker, { sub, email: victim, email_verified: false });
      expect(res.response.status).toBe(200);
      expect(res.data?.user.emailVerified).toBe(false);
      return { attacker, sub, userId: res.data?.user.id ?? "", sessionId: res.data?.session.id ?? "" };
    }

    it("the owner's password reset unlinks the attacker's identity and revokes its session", async () => {
      const victim = uniqueEmail("victim");
      const { attacker, sub, userId, sessionId } = await squat(victim);
      const owner = client();
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
      const again = await sso(client(), { sub, email: victim, email_verified: false });
      expect(again.response.status).toBe(409);
      expect(again.error?.error.code).toBe("AUTH_EMAIL_EXISTS");
    });

    it("a verification confirmed without the identity's session unlinks it too", async () => {
      const victim = uniqueEmail("victim");
      const { attacker, sub, userId } = await squat(victim);
      // The attacker asks for the verification mail; the owner opens its link (no session of that identity).
      // Test mode hands the token to the requester; in production it reaches only the mailbox.
      const requested = await attacker.POST("/user/email/verification/request");
      expect(requested.response.status).toBe(202);
      const confirmed = await client().POST("/user/email/verification/confirm", {
        body: { token: requested.data?.testToken ?? "" },
      });
      expect(confirmed.response.status).toBe(200);
      expect(confirmed.data).toMatchObject({ id: userId, emailVerified: true });
      expect((await attacker.GET("/user/me")).error?.error.code).toBe("AUTH_SESSION_REVOKED");
      const again = await sso(client(), { sub, email: victim, email_verified: false });
      expect(again.error?.error.code).toBe("AUTH_EMAIL_EXISTS");
    });

    it("a provider that vouches for the address takes the account over from an unvouched identity", async () => {
      const victim = uniqueEmail("victim");
      const { attacker, sub, userId } = await squat(victim);
      const owner = await apple
        .idToken({
          sub: `owner-${crypto.randomUUID()}`,
          email: victim,
          email_verified: "true",
          nonce: hex("n1"),
        })
        .then((idToken) => client().signInWithIdToken("apple", { idToken, nonce: "n1" }));
      expect(owner.response.status).toBe(200);
      expect(owner.data?.user).toMatchObject({ id: userId, emailVerified: true });
      expect((await attacker.GET("/user/me")).error?.error.code).toBe("AUTH_SESSION_REVOKED");
      const again = await sso(client(), { sub, email: victim, email_verified: false });
      expect(again.error?.error.code).toBe("AUTH_EMAIL_EXISTS");
    });

    it("the person behind the identity verifies from its own session and keeps signing in by SSO", async () => {
      const email = uniqueEmail("own");
      const { attacker: user, sub, userId } = await squat(email);
      const requested = await user.POST("/user/email/verification/request");
      const confirmed = await user.POST("/user/email/verification/confirm", {
        body: { email, code: requested.data?.testCode ?? "" },
      });
      expect(confirmed.response.status).toBe(200);
      expect(confirmed.data?.emailVerified).toBe(true);
      expect((await user.GET("/user/me")).response.status).toBe(200);
      const again = await sso(client(), { sub, email, email_verified: false });
      expect(again.response.status).toBe(200);
      expect(again.data?.user).toMatchObject({ id: userId, emailVerified: true });
      // The identity is now vouched for: a later password reset by the same person keeps it.
      const c = client();
      const reset = await c.POST("/user/password/reset/request", { body: { email } });
      await c.POST("/user/password/reset/confirm", {
        body: { token: reset.data?.testToken ?? "", newPassword: "a fresh long passphrase" },
      });
      expect((await sso(client(), { sub, email, email_verified: false })).data?.user.id).toBe(userId);
    });

    it("confirming from the identity's expired session refreshes first; it is never taken as anonymous", async () => {
      const email = uniqueEmail("late");
      const { attacker: user, sub, userId } = await squat(email);
      const requested = await user.POST("/user/email/verification/request");
      gh.clock.advance(16 * 60_000); // the access token has expired; the link lives an hour
      const raw = await gh.fetch(`${BASE_URL}/user/email/verification/confirm`, {
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
      expect((await sso(client(), { sub, email, email_verified: false })).data?.user.id).toBe(userId);
    });

    it("a session cannot start through an identity unlinked in the meantime", async () => {
      const { userId } = await squat(uniqueEmail("gone"));
      const user = await findUserById(gh.deps.store.db, userId);
      if (!user) throw new Error("no user");
      const start = gh.deps.sessions.start(user, { userAgent: null, ip: null }, "gatehouse", {
        ssoIdentity: { issuer: oidc.issuer, subject: "never-linked" },
      });
      await expect(start).rejects.toThrow(AppError);
      await expect(start).rejects.toMatchObject({ code: "AUTH_SSO_TOKEN_INVALID" });
    });
  });

  describe("claims are held to the rules of direct input", () => {
    const long = (n: number) => "x".repeat(n);
    it.each<[string, Record<string, unknown>]>([
      ["an email that is not an address", { email: `${long(300)} is not an address at all` }],
      ["an email over 254 characters", { email: `${long(64)}@${long(190)}.example.com` }],
      ["an email with NUL", { email: "nul\u0000@example.com" }],
      ["an email that is not a string", { email: 42 }],
      ["a name with NUL", { name: "Ada\u0000Lovelace" }],
      ["a name with a control character", { name: "Ada\u001bLovelace" }],
      ["a name with a lone surrogate", { name: "Ada \ud800" }],
      ["a name over 200 characters", { name: long(201) }],
      ["a subject with NUL", { sub: "sub\u0000x" }],
      ["a subject over 255 characters", { sub: long(256) }],
      ["a subject with a space", { sub: "two words" }],
    ])("refuses %s with 401 AUTH_SSO_TOKEN_INVALID, and nothing is stored", async (_label, bad) => {
      const email = uniqueEmail("claims");
      const res = await sso(client(), {
        sub: `claims-${crypto.randomUUID()}`,
        email,
        email_verified: true,
        ...bad,
      });
      expect(res.response.status).toBe(401);
      expect(res.error?.error.code).toBe("AUTH_SSO_TOKEN_INVALID");
      expect((await client().signUp({ email, password: PASSWORD })).response.status).toBe(201);
    });

    it("accepts what direct input accepts: a 200-character name, emoji and joiners", async () => {
      const name = `👩‍💻 ${"é".repeat(195)}`.slice(0, 200);
      const email = uniqueEmail("claims");
      const res = await sso(client(), {
        sub: `ok-${crypto.randomUUID()}`,
        email,
        email_verified: true,
        name,
      });
      expect(res.response.status).toBe(200);
      expect(res.data?.user).toMatchObject({ email, name });
    });
  });

  describe("nonces and single use", () => {
    it("a provider with a nonce mode refuses a token or a request without the nonce", async () => {
      const claims = () => ({
        sub: `nonce-${crypto.randomUUID()}`,
        email: uniqueEmail("nonce"),
        email_verified: true,
      });
      const signed = (c: Record<string, unknown>) => oidc.idToken(c, { audience: NONCED_AUDIENCE });
      const neither = await client().signInWithIdToken("nonced", { idToken: await signed(claims()) });
      expect(neither.response.status).toBe(401);
      expect(neither.error?.error.code).toBe("AUTH_SSO_TOKEN_INVALID");
      const requestOnly = await client().signInWithIdToken("nonced", {
        idToken: await signed(claims()),
        nonce: "n",
      });
      expect(requestOnly.error?.error.code).toBe("AUTH_SSO_TOKEN_INVALID");
      const tokenOnly = await client().signInWithIdToken("nonced", {
        idToken: await signed({ ...claims(), nonce: "n" }),
      });
      expect(tokenOnly.error?.error.code).toBe("AUTH_SSO_TOKEN_INVALID");
      const wrong = await client().signInWithIdToken("nonced", {
        idToken: await signed({ ...claims(), nonce: "n" }),
        nonce: "m",
      });
      expect(wrong.error?.error.code).toBe("AUTH_SSO_TOKEN_INVALID");
      const ok = await client().signInWithIdToken("nonced", {
        idToken: await signed({ ...claims(), nonce: "n" }),
        nonce: "n",
      });
      expect(ok.response.status).toBe(200);
    });

    it("checks Apple-style hashed nonces", async () => {
      const nonce = "n-0S6_WzA2Mj";
      const claims = { sub: "apple-1", email: uniqueEmail("apple"), email_verified: "true" };
      const idToken = await apple.idToken({ ...claims, nonce: hex(nonce) });
      expect((await client().signInWithIdToken("apple", { idToken, nonce: "wrong" })).error?.error.code).toBe(
        "AUTH_SSO_TOKEN_INVALID",
      );
      expect((await client().signInWithIdToken("apple", { idToken })).error?.error.code).toBe(
        "AUTH_SSO_TOKEN_INVALID",
      );
      const ok = await client().signInWithIdToken("apple", { idToken, nonce });
      expect(ok.response.status).toBe(200);
      expect(ok.data?.user.emailVerified).toBe(true);
    });

    it("an ID token signs in once; presented again it is refused", async () => {
      const idToken = await oidc.idToken({ sub: `once-${crypto.randomUUID()}`, email: uniqueEmail("once") });
      expect((await client().signInWithIdToken("acme", { idToken })).response.status).toBe(200);
      const replay = await client().signInWithIdToken("acme", { idToken });
      expect(replay.response.status).toBe(401);
      expect(replay.error?.error.code).toBe("AUTH_SSO_TOKEN_INVALID");
    });

    it("the same ID token sent 40 times in parallel signs in exactly once", async () => {
      const idToken = await oidc.idToken({
        sub: `burst-${crypto.randomUUID()}`,
        email: uniqueEmail("burst"),
        email_verified: true,
      });
      const results = await Promise.all(
        Array.from({ length: 40 }, () => client().signInWithIdToken("acme", { idToken })),
      );
      const statuses = results.map((r) => r.response.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 401)).toHaveLength(39);
      expect(new Set(results.filter((r) => r.error).map((r) => r.error?.error.code))).toEqual(
        new Set(["AUTH_SSO_TOKEN_INVALID"]),
      );
    });

    it("a token without jti is recognised by its signed part, even with its signature re-encoded", async () => {
      const idToken = await oidc.idToken(
        { sub: `nojti-${crypto.randomUUID()}`, email: uniqueEmail("nojti") },
        {
          jti: false,
        },
      );
      expect((await client().signInWithIdToken("acme", { idToken })).response.status).toBe(200);
      // A 256-byte signature leaves 4 unused bits in its last base64url character: flipping them gives another
      // string that decodes to the same signature.
      const last = idToken.at(-1) ?? "";
      const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
      const twin = idToken.slice(0, -1) + alphabet[alphabet.indexOf(last) ^ 1];
      expect(twin).not.toBe(idToken);
      const replay = await client().signInWithIdToken("acme", { idToken: twin });
      expect(replay.response.status).toBe(401);
      expect(replay.error?.error.code).toBe("AUTH_SSO_TOKEN_INVALID");
    });

    it("spent tokens are forgotten once expired, and stay refused", async () => {
      const idToken = await oidc.idToken({
        sub: `purge-${crypto.randomUUID()}`,
        email: uniqueEmail("purge"),
      });
      expect((await client().signInWithIdToken("acme", { idToken })).response.status).toBe(200);
      const count = async () =>
        Number(
          (
            await gh.deps.store.db
              .selectFrom("sso_used_tokens")
              .select((eb) => eb.fn.countAll().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      gh.clock.advance(2 * 3_600_000); // past the token's exp (an hour) and the allowed skew
      await gh.deps.sso.purgeUsedTokens();
      expect(await count()).toBeLessThan(before);
      expect((await client().signInWithIdToken("acme", { idToken })).error?.error.code).toBe(
        "AUTH_SSO_TOKEN_INVALID",
      );
    });
  });
});

function hex(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}
