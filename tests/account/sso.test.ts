// SSO against a local OIDC provider on 127.0.0.1, on PGlite and PostgreSQL: JWKS fetched at runtime, key
// rotation, linking rules, refusals, claim validation, nonces and single-use tokens.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD, uniqueEmail } from "../helpers/http.js";
import {
  AUDIENCE,
  NONCED_AUDIENCE,
  SSO_BACKENDS,
  type SsoHarness,
  sha256hex,
  startSsoHarness,
} from "../helpers/sso.js";

describe.each(SSO_BACKENDS)("SSO on %s", (_backend, open) => {
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

  describe("sign-in and linking", () => {
    it("creates an account keyed by (issuer, subject) and signs the same person in again", async () => {
      const email = uniqueEmail("sso");
      const first = await h.sso(h.client(), { sub: "user-1", email, email_verified: true, name: "Ada" });
      expect(first.response.status).toBe(200);
      expect(first.data?.user).toMatchObject({ email, emailVerified: true, name: "Ada" });
      // Same subject, new email at the provider: still the same account.
      const again = await h.sso(h.client(), {
        sub: "user-1",
        email: uniqueEmail("changed"),
        email_verified: true,
      });
      expect(again.data?.user.id).toBe(first.data?.user.id);
    });

    it("keeps working when the provider rotates its key, without a restart", async () => {
      const before = await h.sso(h.client(), {
        sub: "rot-1",
        email: uniqueEmail("rot"),
        email_verified: true,
      });
      expect(before.response.status).toBe(200);
      const fetchesBefore = h.oidc.fetches();
      await h.oidc.rotate();
      const after = await h.sso(h.client(), {
        sub: "rot-2",
        email: uniqueEmail("rot"),
        email_verified: true,
      });
      expect(after.response.status).toBe(200);
      expect(h.oidc.fetches()).toBeGreaterThan(fetchesBefore);
    });

    it("links to an existing verified account only when the provider says the email is verified", async () => {
      const email = uniqueEmail("link");
      const local = h.client();
      const up = await local.signUp({ email, password: PASSWORD });
      await h.gh.deps.accounts.markEmailVerified(up.data?.user.id ?? "");
      const unverified = await h.sso(h.client(), { sub: "link-1", email, email_verified: false });
      expect(unverified.response.status).toBe(409);
      expect(unverified.error?.error.code).toBe("AUTH_EMAIL_EXISTS");
      const verified = await h.sso(h.client(), { sub: "link-1", email, email_verified: true });
      expect(verified.response.status).toBe(200);
      expect(verified.data?.user.id).toBe(up.data?.user.id);
      // A verified owner keeps the password and the session.
      expect((await local.GET("/user/me")).response.status).toBe(200);
    });

    it("taking over an unverified password account removes that password and its sessions", async () => {
      const email = uniqueEmail("squat");
      const squatter = h.client();
      await squatter.signUp({ email, password: PASSWORD });
      const owner = await h.sso(h.client(), { sub: "owner-1", email, email_verified: true });
      expect(owner.response.status).toBe(200);
      expect((await squatter.GET("/user/me")).error?.error.code).toBe("AUTH_SESSION_REVOKED");
      expect((await h.client().signIn({ email, password: PASSWORD })).error?.error.code).toBe(
        "AUTH_INVALID_CREDENTIALS",
      );
    });

    it.each([
      [
        "another audience",
        () => h.oidc.idToken({ sub: "x", email: "x@example.com" }, { audience: "someone-else" }),
      ],
      ["an expired token", () => h.oidc.idToken({ sub: "x", email: "x@example.com" }, { expiresIn: "-5m" })],
      ["an unknown key", () => h.oidc.idToken({ sub: "x", email: "x@example.com" }, { kid: "nope" })],
      [
        "another provider's token",
        () => h.apple.idToken({ sub: "x", email: "x@example.com" }, { audience: AUDIENCE }),
      ],
    ])("refuses %s with 401 AUTH_SSO_TOKEN_INVALID", async (_label, token) => {
      const res = await h.client().signInWithIdToken("acme", { idToken: await token() });
      expect(res.response.status).toBe(401);
      expect(res.error?.error.code).toBe("AUTH_SSO_TOKEN_INVALID");
    });

    it("an unknown provider is 404", async () => {
      const res = await h.client().signInWithIdToken("nope", { idToken: await h.oidc.idToken({ sub: "x" }) });
      expect(res.response.status).toBe(404);
      expect(res.error?.error.code).toBe("NOT_FOUND");
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
      const res = await h.sso(h.client(), {
        sub: `claims-${crypto.randomUUID()}`,
        email,
        email_verified: true,
        ...bad,
      });
      expect(res.response.status).toBe(401);
      expect(res.error?.error.code).toBe("AUTH_SSO_TOKEN_INVALID");
      expect((await h.client().signUp({ email, password: PASSWORD })).response.status).toBe(201);
    });

    it("accepts what direct input accepts: a 200-character name, emoji and joiners", async () => {
      const name = `👩‍💻 ${"é".repeat(195)}`.slice(0, 200);
      const email = uniqueEmail("claims");
      const res = await h.sso(h.client(), {
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
      const signed = (c: Record<string, unknown>) => h.oidc.idToken(c, { audience: NONCED_AUDIENCE });
      const neither = await h.client().signInWithIdToken("nonced", { idToken: await signed(claims()) });
      expect(neither.response.status).toBe(401);
      expect(neither.error?.error.code).toBe("AUTH_SSO_TOKEN_INVALID");
      const requestOnly = await h.client().signInWithIdToken("nonced", {
        idToken: await signed(claims()),
        nonce: "n",
      });
      expect(requestOnly.error?.error.code).toBe("AUTH_SSO_TOKEN_INVALID");
      const tokenOnly = await h.client().signInWithIdToken("nonced", {
        idToken: await signed({ ...claims(), nonce: "n" }),
      });
      expect(tokenOnly.error?.error.code).toBe("AUTH_SSO_TOKEN_INVALID");
      const wrong = await h.client().signInWithIdToken("nonced", {
        idToken: await signed({ ...claims(), nonce: "n" }),
        nonce: "m",
      });
      expect(wrong.error?.error.code).toBe("AUTH_SSO_TOKEN_INVALID");
      const ok = await h.client().signInWithIdToken("nonced", {
        idToken: await signed({ ...claims(), nonce: "n" }),
        nonce: "n",
      });
      expect(ok.response.status).toBe(200);
    });

    it("checks Apple-style hashed nonces", async () => {
      const nonce = "n-0S6_WzA2Mj";
      const claims = { sub: "apple-1", email: uniqueEmail("apple"), email_verified: "true" };
      const idToken = await h.apple.idToken({ ...claims, nonce: sha256hex(nonce) });
      expect(
        (await h.client().signInWithIdToken("apple", { idToken, nonce: "wrong" })).error?.error.code,
      ).toBe("AUTH_SSO_TOKEN_INVALID");
      expect((await h.client().signInWithIdToken("apple", { idToken })).error?.error.code).toBe(
        "AUTH_SSO_TOKEN_INVALID",
      );
      const ok = await h.client().signInWithIdToken("apple", { idToken, nonce });
      expect(ok.response.status).toBe(200);
      expect(ok.data?.user.emailVerified).toBe(true);
    });

    it("an ID token signs in once; presented again it is refused", async () => {
      const idToken = await h.oidc.idToken({
        sub: `once-${crypto.randomUUID()}`,
        email: uniqueEmail("once"),
      });
      expect((await h.client().signInWithIdToken("acme", { idToken })).response.status).toBe(200);
      const replay = await h.client().signInWithIdToken("acme", { idToken });
      expect(replay.response.status).toBe(401);
      expect(replay.error?.error.code).toBe("AUTH_SSO_TOKEN_INVALID");
    });

    it("the same ID token sent 40 times in parallel signs in exactly once", async () => {
      const idToken = await h.oidc.idToken({
        sub: `burst-${crypto.randomUUID()}`,
        email: uniqueEmail("burst"),
        email_verified: true,
      });
      const results = await Promise.all(
        Array.from({ length: 40 }, () => h.client().signInWithIdToken("acme", { idToken })),
      );
      const statuses = results.map((r) => r.response.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 401)).toHaveLength(39);
      expect(new Set(results.filter((r) => r.error).map((r) => r.error?.error.code))).toEqual(
        new Set(["AUTH_SSO_TOKEN_INVALID"]),
      );
    });

    it("a token without jti is recognised by its signed part, even with its signature re-encoded", async () => {
      const idToken = await h.oidc.idToken(
        { sub: `nojti-${crypto.randomUUID()}`, email: uniqueEmail("nojti") },
        {
          jti: false,
        },
      );
      expect((await h.client().signInWithIdToken("acme", { idToken })).response.status).toBe(200);
      // A 256-byte signature leaves 4 unused bits in its last base64url character: flipping them gives another
      // string that decodes to the same signature.
      const last = idToken.at(-1) ?? "";
      const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
      const twin = idToken.slice(0, -1) + alphabet[alphabet.indexOf(last) ^ 1];
      expect(twin).not.toBe(idToken);
      const replay = await h.client().signInWithIdToken("acme", { idToken: twin });
      expect(replay.response.status).toBe(401);
      expect(replay.error?.error.code).toBe("AUTH_SSO_TOKEN_INVALID");
    });

    it("spent tokens are forgotten once expired, and stay refused", async () => {
      const idToken = await h.oidc.idToken({
        sub: `purge-${crypto.randomUUID()}`,
        email: uniqueEmail("purge"),
      });
      expect((await h.client().signInWithIdToken("acme", { idToken })).response.status).toBe(200);
      const count = async () =>
        Number(
          (
            await h.gh.deps.store.db
              .selectFrom("sso_used_tokens")
              .select((eb) => eb.fn.countAll().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      h.gh.clock.advance(2 * 3_600_000); // past the token's exp (an hour) and the allowed skew
      await h.gh.deps.sso.purgeUsedTokens();
      expect(await count()).toBeLessThan(before);
      expect((await h.client().signInWithIdToken("acme", { idToken })).error?.error.code).toBe(
        "AUTH_SSO_TOKEN_INVALID",
      );
    });
  });
});
