// SSO against a local OIDC provider on 127.0.0.1: JWKS fetched at runtime, key rotation, linking rules, refusals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGatehouseClient } from "../../sdk/src/index.js";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { PASSWORD, uniqueEmail } from "../helpers/http.js";
import { type LocalOidc, startLocalOidc } from "../helpers/oidc.js";

const AUDIENCE = "gatehouse-sso-test";
let gh: TestGatehouse;
let oidc: LocalOidc;
let apple: LocalOidc;

beforeAll(async () => {
  oidc = await startLocalOidc(AUDIENCE);
  apple = await startLocalOidc("com.example.app");
  gh = await startTestGatehouse({
    env: {
      SSO_JWKS_COOLDOWN_SECONDS: "0",
      SSO_APPLE_CLIENT_ID: "com.example.app",
      SSO_OIDC_PROVIDERS: JSON.stringify([
        { id: "acme", issuer: oidc.issuer, jwksUrl: oidc.jwksUrl, audience: AUDIENCE },
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
  await oidc.close();
  await apple.close();
});

const client = () => createGatehouseClient({ baseUrl: BASE_URL, mode: "token", fetch: (r) => gh.fetch(r) });

describe("SSO", () => {
  it("creates an account keyed by (issuer, subject) and signs the same person in again", async () => {
    const email = uniqueEmail("sso");
    const first = await client().signInWithIdToken("acme", {
      idToken: await oidc.idToken({ sub: "user-1", email, email_verified: true, name: "Ada" }),
    });
    expect(first.response.status).toBe(200);
    expect(first.data?.user).toMatchObject({ email, emailVerified: true, name: "Ada" });
    // Same subject, new email at the provider: still the same account.
    const again = await client().signInWithIdToken("acme", {
      idToken: await oidc.idToken({ sub: "user-1", email: uniqueEmail("changed"), email_verified: true }),
    });
    expect(again.data?.user.id).toBe(first.data?.user.id);
  });

  it("keeps working when the provider rotates its key, without a restart", async () => {
    const before = await client().signInWithIdToken("acme", {
      idToken: await oidc.idToken({ sub: "rot-1", email: uniqueEmail("rot"), email_verified: true }),
    });
    expect(before.response.status).toBe(200);
    const fetchesBefore = oidc.fetches();
    await oidc.rotate();
    const after = await client().signInWithIdToken("acme", {
      idToken: await oidc.idToken({ sub: "rot-2", email: uniqueEmail("rot"), email_verified: true }),
    });
    expect(after.response.status).toBe(200);
    expect(oidc.fetches()).toBeGreaterThan(fetchesBefore);
  });

  it("links to an existing verified account only when the provider says the email is verified", async () => {
    const email = uniqueEmail("link");
    const local = client();
    const up = await local.signUp({ email, password: PASSWORD });
    await gh.deps.accounts.markEmailVerified(up.data?.user.id ?? "");
    const unverified = await client().signInWithIdToken("acme", {
      idToken: await oidc.idToken({ sub: "link-1", email, email_verified: false }),
    });
    expect(unverified.response.status).toBe(409);
    expect(unverified.error?.error.code).toBe("AUTH_EMAIL_EXISTS");
    const verified = await client().signInWithIdToken("acme", {
      idToken: await oidc.idToken({ sub: "link-1", email, email_verified: true }),
    });
    expect(verified.response.status).toBe(200);
    expect(verified.data?.user.id).toBe(up.data?.user.id);
    // A verified owner keeps the password and the session.
    expect((await local.GET("/user/me")).response.status).toBe(200);
  });

  it("taking over an unverified password account removes that password and its sessions", async () => {
    const email = uniqueEmail("squat");
    const squatter = client();
    await squatter.signUp({ email, password: PASSWORD });
    const owner = await client().signInWithIdToken("acme", {
      idToken: await oidc.idToken({ sub: "owner-1", email, email_verified: true }),
    });
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

  it("checks Apple-style hashed nonces", async () => {
    const { createHash } = await import("node:crypto");
    const nonce = "n-0S6_WzA2Mj";
    const claims = { sub: "apple-1", email: uniqueEmail("apple"), email_verified: "true" };
    const idToken = await apple.idToken({
      ...claims,
      nonce: createHash("sha256").update(nonce).digest("hex"),
    });
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

  it("an unknown provider is 404", async () => {
    const res = await client().signInWithIdToken("nope", { idToken: await oidc.idToken({ sub: "x" }) });
    expect(res.response.status).toBe(404);
    expect(res.error?.error.code).toBe("NOT_FOUND");
  });
});
