// ASVS 5.0 L1, V7 (sessions), V8 (authorization) and V9 (self-contained tokens): one `it` per requirement.
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type CryptoKey, exportJWK, generateKeyPair, type JWK, SignJWT, UnsecuredJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "../../helpers/http.js";
import { type LocalOidc, startLocalOidc } from "../../helpers/oidc.js";
import {
  type Account,
  anonymousAllowed,
  BASE_URL,
  contract,
  cookieValue,
  decodeJwt,
  errorCode,
  freshIp,
  me,
  operations,
  PASSWORD,
  refresh,
  STARTUP_MS,
  setCookie,
  signIn,
  signUp,
  start,
  type TestGatehouse,
  uniqueEmail,
  withCookie,
} from "./helpers.js";

const SSO_AUDIENCE = "gatehouse-asvs";
const ST_ISSUER = "https://st.example.com/auth";

/** A local JWKS endpoint that counts its fetches. */
async function jwksServer(keys: JWK[]) {
  let fetches = 0;
  const server: Server = createServer((_req, res) => {
    fetches++;
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`,
    fetches: () => fetches,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

let gh: TestGatehouse;
/** A second deployment (same issuer and audience, its own keys), whose clock the expiry tests move. */
let clocked: TestGatehouse;
let oidc: LocalOidc;
let st: { key: CryptoKey; jwks: Awaited<ReturnType<typeof jwksServer>> };
beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: "st-1", alg: "RS256", use: "sig" };
  st = { key: pair.privateKey, jwks: await jwksServer([jwk]) };
  oidc = await startLocalOidc(SSO_AUDIENCE);
  [gh, clocked] = await Promise.all([
    start({
      SUPERTOKENS_JWKS_URL: st.jwks.url,
      SUPERTOKENS_JWT_ISSUER: ST_ISSUER,
      SSO_JWKS_COOLDOWN_SECONDS: "0",
      SSO_OIDC_PROVIDERS: JSON.stringify([
        { id: "acme", issuer: oidc.issuer, jwksUrl: oidc.jwksUrl, audience: SSO_AUDIENCE, nonce: "none" },
      ]),
    }),
    start(),
  ]);
}, STARTUP_MS);
afterAll(async () => {
  await Promise.all([gh?.close(), clocked?.close(), oidc?.close(), st?.jwks.close()]);
});

const tokensOf = async (res: Response) => {
  expect(res.status).toBe(200);
  return (
    (await res.json()) as { session: { id: string }; tokens: { accessToken: string; refreshToken: string } }
  ).tokens;
};

/** A v1 token for the account (only the admin CLI issues them). */
const v1Token = (target: TestGatehouse, a: Account) => target.deps.legacyTokens.issue(a.userId, "asvs");
const v1Call = (target: TestGatehouse, token: string) =>
  target.fetch(
    `${BASE_URL}/monetization/mondia/link_user`,
    json({ customerId: `MND-${crypto.randomUUID().slice(0, 8)}` }, { authorization: `Bearer ${token}` }),
  );

const ssoSignIn = (idToken: string) =>
  gh.fetch(
    `${BASE_URL}/user/sso/acme`,
    json({ idToken }, { "x-auth-mode": "token", "x-forwarded-for": freshIp() }),
  );

/** Re-signs a token's header and claims with another key. */
const resign = (
  jwt: string,
  key: CryptoKey,
  header: Record<string, unknown> = {},
  claims: Record<string, unknown> = {},
) => {
  const d = decodeJwt(jwt);
  return new SignJWT({ ...d.claims, ...claims })
    .setProtectedHeader({ ...d.header, ...header } as never)
    .sign(key);
};

async function expectCode(res: Response, status: number, code: string, label = "") {
  expect(res.status, label).toBe(status);
  expect(await errorCode(res), label).toBe(code);
}

describe("V7 Session Management", () => {
  it("V7.2.1 access tokens are verified by the server: one minted by another deployment is refused", async () => {
    const own = await signUp(gh);
    expect((await me(gh, own.access)).status).toBe(200);
    const foreign = await signUp(clocked, { email: own.email }); // same issuer and audience, other keys
    await expectCode(await me(gh, foreign.access), 401, "AUTH_UNAUTHENTICATED");
  });

  it("V7.2.2 every sign-in mints fresh, short-lived tokens and a new session", async () => {
    const a = await signUp(gh);
    const first = await tokensOf(await signIn(gh, a.email, a.password));
    const second = await tokensOf(await signIn(gh, a.email, a.password));
    const [c1, c2] = [decodeJwt(first.accessToken).claims, decodeJwt(second.accessToken).claims];
    expect(c1.sid).not.toBe(c2.sid);
    expect(c1.jti).not.toBe(c2.jti);
    expect(first.refreshToken).not.toBe(second.refreshToken);
    expect(Number(c1.exp) - Number(c1.iat)).toBe(900);
  });

  // depends on h8-legacy
  it("V7.2.2 legacy v1 tokens, the nearest thing to a static key, expire (within a year)", async () => {
    const a = await signUp(clocked);
    const token = await v1Token(clocked, a);
    expect((await v1Call(clocked, token)).status).toBe(200);
    clocked.clock.advance(366 * 86_400_000);
    expect((await v1Call(clocked, token)).status).toBe(401);
  });

  it("V7.2.3 refresh and v1 tokens are 256 random bits, all distinct, and stored only as SHA-256", async () => {
    const a = await signUp(gh);
    const seen = [a.refresh];
    for (let i = 0; i < 20; i++) {
      seen.push((await tokensOf(await refresh(gh, seen.at(-1) ?? ""))).refreshToken);
    }
    const v1 = [await v1Token(gh, a), await v1Token(gh, a)];
    for (const token of [...seen, ...v1]) expect(token).toMatch(/^(rt|v1)_[A-Za-z0-9_-]{43}$/);
    expect(new Set([...seen, ...v1]).size).toBe(seen.length + v1.length);
    const hashes = await gh.deps.store.db.selectFrom("refresh_tokens").select("token_hash").execute();
    const stored = hashes.map((r) => Buffer.from(r.token_hash).toString("hex"));
    expect(stored).toContain(
      createHash("sha256")
        .update(seen.at(-1) ?? "")
        .digest("hex"),
    );
    expect(JSON.stringify(hashes)).not.toContain(seen.at(-1));
  });

  it("V7.2.4 sign-in always starts a new session, never the one the client holds", async () => {
    const a = await signUp(gh);
    const again = await tokensOf(
      await signIn(gh, a.email, a.password, { headers: { cookie: `backend_session=${a.access}` } }),
    );
    expect(decodeJwt(again.accessToken).claims.sid).not.toBe(a.sessionId);
    expect(again.refreshToken).not.toBe(a.refresh);
  });

  // depends on h8-sessions
  it("V7.2.4 sign-in revokes the session whose cookie it arrived with", async () => {
    const a = await signUp(gh);
    await tokensOf(
      await signIn(gh, a.email, a.password, { headers: { cookie: `backend_session=${a.access}` } }),
    );
    await expectCode(await me(gh, a.access), 401, "AUTH_SESSION_REVOKED");
    expect((await refresh(gh, a.refresh)).status).toBe(401);
  });

  // depends on h8-sessions
  it("V7.2.4 a password change rotates the changer's session: new cookies, the old ones dead", async () => {
    const up = await gh.fetch(
      `${BASE_URL}/user/signup`,
      json({ email: uniqueEmail("rotate"), password: PASSWORD }, { "x-forwarded-for": freshIp() }),
    );
    const [oldAccess, oldRefresh] = [
      cookieValue(setCookie(up, "backend_session")),
      cookieValue(setCookie(up, "backend_refresh")),
    ];
    const changed = await gh.fetch(
      `${BASE_URL}/user/password/change`,
      withCookie(oldAccess ?? "", json({ currentPassword: PASSWORD, newPassword: "a rotated passphrase" })),
    );
    expect(changed.status).toBeLessThan(300);
    const newAccess = cookieValue(setCookie(changed, "backend_session"));
    expect(newAccess).toBeTruthy();
    expect(newAccess).not.toBe(oldAccess);
    expect((await me(gh, newAccess ?? "")).status).toBe(200);
    await expectCode(await me(gh, oldAccess ?? ""), 401, "AUTH_SESSION_REVOKED");
    expect((await refresh(gh, oldRefresh ?? "")).status).toBe(401);
  });

  it("V7.4.1 sign-out ends the session at once; expired access tokens and ended sessions are refused", async () => {
    const a = await signUp(gh);
    expect(
      (await gh.fetch(`${BASE_URL}/user/signout`, withCookie(a.access, { method: "POST" }))).status,
    ).toBe(204);
    await expectCode(await me(gh, a.access), 401, "AUTH_SESSION_REVOKED");
    await expectCode(await refresh(gh, a.refresh), 401, "AUTH_SESSION_REVOKED");
    // Expiry, on the deployment whose clock moves.
    const b = await signUp(clocked);
    clocked.clock.advance(16 * 60_000);
    await expectCode(await me(clocked, b.access), 401, "AUTH_SESSION_EXPIRED");
    const renewed = await tokensOf(await refresh(clocked, b.refresh));
    expect((await me(clocked, renewed.accessToken)).status).toBe(200);
    clocked.clock.advance(7 * 86_400_000); // past the absolute session lifetime
    expect((await refresh(clocked, renewed.refreshToken)).status).toBe(401);
    expect((await me(clocked, renewed.accessToken)).status).toBe(401);
  });

  // depends on h8-legacy
  it("V7.4.1 an external SuperTokens access token stops working once /auth/signout answers OK", async () => {
    const a = await signUp(gh);
    const token = await new SignJWT({ sessionHandle: `ext-${crypto.randomUUID()}` })
      .setProtectedHeader({ alg: "RS256", kid: "st-1", typ: "JWT" })
      .setSubject(a.userId)
      .setIssuer(ST_ISSUER)
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(st.key);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await gh.fetch(`${BASE_URL}/me`, { headers: bearer })).status).toBe(200);
    const out = await gh.fetch(`${BASE_URL}/auth/signout`, {
      method: "POST",
      headers: { ...bearer, rid: "session" },
    });
    expect(await out.json()).toEqual({ status: "OK" });
    expect((await gh.fetch(`${BASE_URL}/me`, { headers: bearer })).status).toBe(401);
  });

  // depends on h8-legacy
  it("V7.4.1 a password change ends the account's legacy v1 tokens", async () => {
    const a = await signUp(gh);
    const token = await v1Token(gh, a);
    expect((await v1Call(gh, token)).status).toBe(200);
    const changed = await gh.fetch(
      `${BASE_URL}/user/password/change`,
      withCookie(a.access, json({ currentPassword: a.password, newPassword: "a changed passphrase" })),
    );
    expect(changed.status).toBeLessThan(300);
    expect((await v1Call(gh, token)).status).toBe(401);
  });

  it("V7.4.2 deleting the account ends every session and v1 token it had", async () => {
    const a = await signUp(gh);
    const token = await v1Token(gh, a);
    const other = await tokensOf(await signIn(gh, a.email, a.password));
    const del = await gh.fetch(
      `${BASE_URL}/user/me`,
      withCookie(other.accessToken, { ...json({}), method: "DELETE" }),
    );
    expect(del.status).toBe(204);
    expect((await me(gh, a.access)).status).toBe(401);
    expect((await refresh(gh, a.refresh)).status).toBe(401);
    expect((await v1Call(gh, token)).status).toBe(401);
    expect((await signIn(gh, a.email, a.password)).status).toBe(401);
  });
});

describe("V8 Authorization", () => {
  // Anonymous by design: operations, sign-up and sign-in, refresh and SSO (which carry their own credential),
  // password reset and email verification (which carry a code), and SuperTokens' email-exists checks.
  const PUBLIC = new Set(
    ["getHealth", "getReady", "getJwks", "getDiscovery", "getOpenApiDocument", "getDocs", "jwks"]
      .concat(["signUp", "signIn", "signInUp", "refreshSession", "ssoSignIn"])
      .concat(["requestPasswordReset", "confirmPasswordReset", "passwordResetToken", "passwordReset"])
      .concat(["confirmEmailVerification", "emailVerify", "emailExists", "signUpEmailExists"])
      // The emailed single-use token is the credential (an existing account adds its password).
      .concat(["acceptInvitation"]),
  );
  const nameOf = (id: string) =>
    (id.split("_")[1] ?? "").replace(/^tenant(.)/, (_, c: string) => c.toLowerCase());

  it("V8.1.1 the contract declares who may call each operation; the anonymous ones are exactly the public kinds", () => {
    const schemes = Object.keys(contract.components.securitySchemes);
    for (const op of operations) {
      if (anonymousAllowed(op)) expect(PUBLIC.has(nameOf(op.id)), op.id).toBe(true);
      for (const requirement of op.security)
        for (const s of Object.keys(requirement)) expect(schemes, op.id).toContain(s);
    }
    const guarded = [
      "getMe",
      "updateMe",
      "deleteMe",
      "changePassword",
      "signOut",
      "listSessions",
      "revokeSession",
    ];
    for (const name of guarded) {
      const ops = operations.filter((op) => nameOf(op.id) === name);
      expect(ops.length, name).toBeGreaterThan(0);
      for (const op of ops) expect(anonymousAllowed(op), op.id).toBe(false);
    }
  });

  it("V8.2.1 every operation that declares security refuses an anonymous caller and a bogus credential", async () => {
    const secured = operations.filter((op) => !anonymousAllowed(op));
    expect(secured.length).toBeGreaterThan(15);
    for (const op of secured) {
      const url =
        BASE_URL + op.path.replace("{sessionId}", crypto.randomUUID()).replace(/\{[^}]+\}/g, "public");
      const credentials: Array<Record<string, string>> = [
        {},
        { authorization: "Bearer forged.token.value", cookie: "backend_session=forged" },
      ];
      for (const credential of credentials) {
        const headers: Record<string, string> = {
          ...credential,
          ...(op.requestBody ? { "content-type": "application/json" } : {}),
        };
        const res = await gh.fetch(url, {
          method: op.method,
          headers,
          ...(op.requestBody ? { body: "{}" } : {}),
        });
        expect(res.status, `${op.method} ${op.path}`).toBe(401);
      }
    }
  });

  it("V8.2.2 a user can neither see nor revoke another user's session, nor take another user's Mondia link", async () => {
    const [a, b] = [await signUp(gh), await signUp(gh)];
    const listed = (await (await gh.fetch(`${BASE_URL}/user/sessions`, withCookie(b.access))).json()) as {
      sessions: Array<{ id: string }>;
    };
    expect(listed.sessions.map((s) => s.id)).toEqual([b.sessionId]);
    const revoke = await gh.fetch(
      `${BASE_URL}/user/sessions/${a.sessionId}`,
      withCookie(b.access, { method: "DELETE" }),
    );
    await expectCode(revoke, 404, "NOT_FOUND");
    expect((await me(gh, a.access)).status).toBe(200);
    const customerId = `MND-${crypto.randomUUID().slice(0, 8)}`;
    const link = async (who: Account) =>
      gh.fetch(
        `${BASE_URL}/monetization/mondia/link_user`,
        json({ customerId }, { authorization: `Bearer ${await v1Token(gh, who)}` }),
      );
    expect((await link(a)).status).toBe(200);
    await expectCode(await link(b), 409, "CONFLICT");
  });

  it("V8.3.1 roles and tenant come from the server: the API will not set them and an edited token is refused", async () => {
    const a = await signUp(gh);
    for (const patch of [{ roles: ["admin"] }, { tenantId: "other" }]) {
      await expectCode(
        await gh.fetch(`${BASE_URL}/user/me`, withCookie(a.access, { ...json(patch), method: "PATCH" })),
        400,
        "VALIDATION_FAILED",
      );
    }
    const [h, , s] = a.access.split(".");
    const edited = { ...decodeJwt(a.access).claims, roles: ["admin"], tid: "other" };
    const forged = `${h}.${Buffer.from(JSON.stringify(edited)).toString("base64url")}.${s}`;
    await expectCode(await me(gh, forged), 401, "AUTH_UNAUTHENTICATED");
    expect(await (await me(gh, a.access)).json()).toMatchObject({ roles: ["member"], tenantId: "default" });
    expect(decodeJwt((await tokensOf(await refresh(gh, a.refresh))).accessToken).claims.roles).toEqual([
      "member",
    ]);
  });
});

describe("V9 Self-contained Tokens", () => {
  const providerKid = async () =>
    ((await (await fetch(oidc.jwksUrl)).json()) as { keys: JWK[] }).keys[0]?.kid ?? "";
  const ssoClaims = () => ({
    sub: `sub-${crypto.randomUUID()}`,
    email: uniqueEmail("sso"),
    email_verified: true,
  });

  it("V9.1.1 access and ID tokens are accepted only with a valid signature from the expected key", async () => {
    const a = await signUp(gh);
    const attacker = await generateKeyPair("ES256");
    await expectCode(await me(gh, await resign(a.access, attacker.privateKey)), 401, "AUTH_UNAUTHENTICATED");
    const other = await signUp(gh);
    const [h, , s] = a.access.split(".");
    const swapped = `${h}.${other.access.split(".")[1]}.${s}`;
    await expectCode(await me(gh, swapped), 401, "AUTH_UNAUTHENTICATED");
    const genuine = await oidc.idToken(ssoClaims());
    expect((await ssoSignIn(genuine)).status).toBe(200);
    const rsa = await generateKeyPair("RS256");
    await expectCode(
      await ssoSignIn(
        await resign(await oidc.idToken(ssoClaims()), rsa.privateKey, { kid: await providerKid() }),
      ),
      401,
      "AUTH_SSO_TOKEN_INVALID",
    );
  });

  it("V9.1.2 `none`, HMAC key confusion and algorithms off the allow list are refused", async () => {
    const a = await signUp(gh);
    const { header, claims } = decodeJwt(a.access);
    const publicJwk = (
      (await (await gh.fetch(`${BASE_URL}/.well-known/jwks.json`)).json()) as { keys: JWK[] }
    ).keys;
    const hmacKey = new TextEncoder().encode(JSON.stringify(publicJwk[0]));
    const unsigned = new UnsecuredJWT(claims).encode();
    const confused = await new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256", kid: String(header.kid) })
      .sign(hmacKey);
    const es512 = await resign(a.access, (await generateKeyPair("ES512")).privateKey, { alg: "ES512" });
    for (const token of [unsigned, confused, es512])
      await expectCode(await me(gh, token), 401, "AUTH_UNAUTHENTICATED");
    const discovery = (await (await gh.fetch(`${BASE_URL}/.well-known/openid-configuration`)).json()) as {
      id_token_signing_alg_values_supported: string[];
    };
    const allowed = discovery.id_token_signing_alg_values_supported;
    expect(allowed.filter((alg) => alg === "none" || alg.startsWith("HS"))).toEqual([]);
    for (const key of publicJwk) expect(allowed).toContain(key.alg);
    const idToken = await oidc.idToken(ssoClaims());
    const ssoUnsigned = new UnsecuredJWT(decodeJwt(idToken).claims).encode();
    await expectCode(await ssoSignIn(ssoUnsigned), 401, "AUTH_SSO_TOKEN_INVALID");
  });

  it("V9.1.3 keys come only from the configured JWKS: embedded `jwk` and remote `jku` headers are not trusted", async () => {
    const a = await signUp(gh);
    const attacker = await generateKeyPair("ES256");
    const attackerJwk = { ...(await exportJWK(attacker.publicKey)), kid: "attacker", alg: "ES256" };
    const trap = await jwksServer([attackerJwk]);
    try {
      const embedded = await resign(a.access, attacker.privateKey, { jwk: attackerJwk, kid: undefined });
      const remote = await resign(a.access, attacker.privateKey, { jku: trap.url, kid: "attacker" });
      for (const token of [embedded, remote])
        await expectCode(await me(gh, token), 401, "AUTH_UNAUTHENTICATED");
      const rsa = await generateKeyPair("RS256");
      const rsaJwk = { ...(await exportJWK(rsa.publicKey)), alg: "RS256" };
      const sso = await resign(await oidc.idToken(ssoClaims()), rsa.privateKey, {
        jwk: rsaJwk,
        jku: trap.url,
      });
      await expectCode(await ssoSignIn(sso), 401, "AUTH_SSO_TOKEN_INVALID");
      expect(trap.fetches()).toBe(0);
    } finally {
      await trap.close();
    }
  });

  it("V9.2.1 `exp` and `nbf` are enforced on access tokens, and `exp` on ID tokens", async () => {
    const a = await signUp(clocked);
    const { kid, alg, key } = clocked.deps.keys.signingKey();
    const now = Math.floor(clocked.clock.now().getTime() / 1000);
    const sign = (extra: Record<string, unknown>) =>
      new SignJWT({ ...decodeJwt(a.access).claims, jti: crypto.randomUUID(), ...extra })
        .setProtectedHeader({ alg, kid, typ: "JWT" })
        .sign(key);
    expect((await me(clocked, await sign({}))).status).toBe(200); // the same claims, freshly signed, are fine
    await expectCode(await me(clocked, await sign({ nbf: now + 3600 })), 401, "AUTH_UNAUTHENTICATED");
    await expectCode(await me(clocked, await sign({ exp: now - 60 })), 401, "AUTH_SESSION_EXPIRED");
    clocked.clock.advance(16 * 60_000);
    await expectCode(await me(clocked, a.access), 401, "AUTH_SESSION_EXPIRED");
    const late = await oidc.idToken(ssoClaims(), { expiresIn: "-5m" });
    await expectCode(await ssoSignIn(late), 401, "AUTH_SSO_TOKEN_INVALID");
  });
});
