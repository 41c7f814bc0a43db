// FDI wire details, deprecation headers, scheme separation and the external SuperTokens issuer.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { json, PASSWORD, signUpToken, uniqueEmail, withSession } from "../helpers/http.js";

let gh: TestGatehouse;
let externalKey: CryptoKey;
let jwksServer: ReturnType<typeof createServer>;
const EXTERNAL_ISSUER = "https://st.example.com/auth";

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  externalKey = privateKey as CryptoKey;
  const jwk = { ...(await exportJWK(publicKey)), kid: "st-external-1", alg: "RS256", use: "sig" };
  jwksServer = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => jwksServer.listen(0, "127.0.0.1", r));
  const port = (jwksServer.address() as AddressInfo).port;
  gh = await startTestGatehouse({
    env: {
      SUPERTOKENS_JWKS_URL: `http://127.0.0.1:${port}/jwks`,
      SUPERTOKENS_JWT_ISSUER: EXTERNAL_ISSUER,
      SUNSET_DATE: "2027-06-30",
      DEPRECATED_SINCE: "2026-01-01",
    },
  });
});
afterAll(async () => {
  await gh.close();
  await new Promise<void>((r) => jwksServer.close(() => r()));
});

const form = (email: string, password = PASSWORD) => ({
  formFields: [
    { id: "email", value: email },
    { id: "password", value: password },
  ],
});

async function stSignUp(email = uniqueEmail("fdi")) {
  const res = await gh.fetch(`${BASE_URL}/auth/signup`, json(form(email), { rid: "emailpassword" }));
  return {
    res,
    email,
    access: res.headers.get("st-access-token") ?? "",
    refresh: res.headers.get("st-refresh-token") ?? "",
  };
}

describe("FDI wire compatibility", () => {
  it("sign-up sets the header-mode tokens and a front-token with uid, ate and up", async () => {
    const { res, access, refresh } = await stSignUp();
    expect(res.status).toBe(200);
    expect(access.split(".")).toHaveLength(3);
    expect(refresh).toMatch(/^rt_/);
    const front = JSON.parse(Buffer.from(res.headers.get("front-token") ?? "", "base64").toString("utf8"));
    const body = (await res.json()) as { user: { id: string } };
    expect(front.uid).toBe(body.user.id);
    expect(front.ate).toBeGreaterThan(Date.now());
    for (const claim of [
      "sub",
      "exp",
      "iat",
      "sessionHandle",
      "refreshTokenHash1",
      "parentRefreshTokenHash1",
      "tId",
      "iss",
    ]) {
      expect(front.up, claim).toHaveProperty(claim);
    }
    expect(front.up.antiCsrfToken).toBeNull();
  });

  it("business outcomes are 200 with a status: duplicate email, weak password, wrong credentials", async () => {
    const { email } = await stSignUp();
    const dup = await gh.fetch(`${BASE_URL}/auth/signup`, json(form(email)));
    expect(dup.status).toBe(200);
    expect(await dup.json()).toEqual({
      status: "FIELD_ERROR",
      formFields: [{ id: "email", error: "This email already exists. Please sign in instead." }],
    });
    const weak = await gh.fetch(`${BASE_URL}/auth/signup`, json(form(uniqueEmail(), "password1")));
    expect(((await weak.json()) as { status: string }).status).toBe("FIELD_ERROR");
    const wrong = await gh.fetch(`${BASE_URL}/auth/signin`, json(form(email, "not the password")));
    expect(wrong.status).toBe(200);
    expect(await wrong.json()).toEqual({ status: "WRONG_CREDENTIALS_ERROR" });
    const badEmail = await gh.fetch(`${BASE_URL}/auth/signin`, json(form("nope")));
    expect(((await badEmail.json()) as { status: string }).status).toBe("FIELD_ERROR");
  });

  it("401 only for session problems, with the FDI messages; an expired token says 'try refresh token'", async () => {
    const { access } = await stSignUp();
    const none = await gh.fetch(`${BASE_URL}/me`);
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ message: "unauthorised" });
    gh.clock.advance(16 * 60_000);
    const expired = await gh.fetch(`${BASE_URL}/me`, { headers: { authorization: `Bearer ${access}` } });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ message: "try refresh token" });
  });

  it("sign-out accepts no body and no Content-Type, even with a stale Authorization on sign-in", async () => {
    const { email, access } = await stSignUp();
    const signIn = await gh.fetch(
      `${BASE_URL}/auth/signin`,
      json(form(email), { authorization: "Bearer stale.token.value" }),
    );
    expect(signIn.status).toBe(200);
    const out = await gh.fetch(`${BASE_URL}/auth/signout`, {
      method: "POST",
      headers: { authorization: `Bearer ${access}`, rid: "session" },
    });
    expect(out.status).toBe(200);
    expect(await out.json()).toEqual({ status: "OK" });
    expect(out.headers.get("st-access-token")).toBe("");
    expect(out.headers.get("front-token")).toBe("remove");
    expect(
      (await gh.fetch(`${BASE_URL}/me`, { headers: { authorization: `Bearer ${access}` } })).status,
    ).toBe(401);
  });

  it("a sign-in with the previous session's access token ends that session (ASVS 7.2.4)", async () => {
    const { email, access, refresh } = await stSignUp();
    const signIn = await gh.fetch(
      `${BASE_URL}/auth/signin`,
      json(form(email), { authorization: `Bearer ${access}` }),
    );
    expect(((await signIn.json()) as { status: string }).status).toBe("OK");
    const next = signIn.headers.get("st-access-token") ?? "";
    expect((await gh.fetch(`${BASE_URL}/me`, { headers: { authorization: `Bearer ${next}` } })).status).toBe(
      200,
    );
    expect(
      (await gh.fetch(`${BASE_URL}/me`, { headers: { authorization: `Bearer ${access}` } })).status,
    ).toBe(401);
    const old = await gh.fetch(`${BASE_URL}/auth/session/refresh`, {
      method: "POST",
      headers: { authorization: `Bearer ${refresh}` },
    });
    expect(old.status).toBe(401);
  });

  it("an unknown tenant is a 400 with a message", async () => {
    const res = await gh.fetch(`${BASE_URL}/auth/acme/signup`, json(form(uniqueEmail())));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/tenant/);
  });
});

describe("deprecation headers (from the contract)", () => {
  it("every deprecated response carries Deprecation, Sunset and a successor Link; current routes do not", async () => {
    const st = await gh.fetch(`${BASE_URL}/auth/signup`, json(form(uniqueEmail())));
    expect(st.headers.get("deprecation")).toBe(`@${Date.parse("2026-01-01T00:00:00Z") / 1000}`);
    expect(st.headers.get("sunset")).toBe("Wed, 30 Jun 2027 00:00:00 GMT");
    expect(st.headers.get("link")).toBe(`<${BASE_URL}/user/signup>; rel="successor-version"`);
    const mirror = await gh.fetch(
      `${BASE_URL}/user_identity/signup`,
      json({ email: uniqueEmail(), password: PASSWORD }),
    );
    expect(mirror.status).toBe(201);
    expect(mirror.headers.get("link")).toBe(`<${BASE_URL}/user/signup>; rel="successor-version"`);
    // Also on errors.
    const err = await gh.fetch(`${BASE_URL}/user_identity/me`);
    expect(err.status).toBe(401);
    expect(err.headers.get("deprecation")).toBeTruthy();
    const current = await gh.fetch(
      `${BASE_URL}/user/signup`,
      json({ email: uniqueEmail(), password: PASSWORD }),
    );
    expect(current.headers.get("deprecation")).toBeNull();
  });

  it("the mirror scopes its refresh cookie to its own refresh route", async () => {
    const res = await gh.fetch(
      `${BASE_URL}/user_identity/signup`,
      json({ email: uniqueEmail(), password: PASSWORD }),
    );
    expect(res.headers.getSetCookie().find((c) => c.startsWith("backend_refresh="))).toMatch(
      /Path=\/user_identity\/session/,
    );
  });
});

describe("scheme separation", () => {
  it("a token of one scheme is never accepted by another", async () => {
    const st = await stSignUp();
    const session = await signUpToken(gh.fetch, BASE_URL);
    const v1 = await gh.deps.legacyTokens.issue(session.userId);
    // SuperTokens token as a backend_session cookie, and as an APIv1 bearer.
    expect((await gh.fetch(`${BASE_URL}/user/me`, withSession(st.access))).status).toBe(401);
    expect(
      (
        await gh.fetch(`${BASE_URL}/user/legacy/exchange`, {
          method: "POST",
          headers: { authorization: `Bearer ${st.access}` },
        })
      ).status,
    ).toBe(401);
    // Gatehouse session token and v1 token as SuperTokens bearers.
    for (const token of [session.accessToken, v1]) {
      const res = await gh.fetch(`${BASE_URL}/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ message: "unauthorised" });
    }
    // v1 token as a cookie session; session token as an APIv1 bearer.
    expect((await gh.fetch(`${BASE_URL}/user/me`, withSession(v1))).status).toBe(401);
    const asV1 = await gh.fetch(`${BASE_URL}/monetization/mondia/link_user`, {
      ...json({ customerId: "X-1" }),
      headers: { "content-type": "application/json", authorization: `Bearer ${session.accessToken}` },
    });
    expect(asV1.status).toBe(401);
    expect(asV1.headers.get("www-authenticate")).toMatch(/^Bearer realm="gatehouse-v1"/);
    expect(((await asV1.json()) as { error: { code: string } }).error.code).toBe("AUTH_UNAUTHENTICATED");
  });
});

describe("external SuperTokens issuer", () => {
  const externalToken = (sub: string, exp = "10m") =>
    new SignJWT({ sessionHandle: "external-session" })
      .setProtectedHeader({ alg: "RS256", kid: "st-external-1", typ: "JWT" })
      .setSubject(sub)
      .setIssuer(EXTERNAL_ISSUER)
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign(externalKey);

  it("accepts its access tokens (verified against its JWKS) and maps the subject to the Gatehouse user", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const res = await gh.fetch(`${BASE_URL}/me`, {
      headers: { authorization: `Bearer ${await externalToken(s.userId)}` },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }).id).toBe(s.userId);
  });

  it("refuses unknown subjects, expired tokens and other issuers", async () => {
    const unknown = await gh.fetch(`${BASE_URL}/me`, {
      headers: { authorization: `Bearer ${await externalToken("00000000-0000-4000-8000-000000000000")}` },
    });
    expect(unknown.status).toBe(401);
    const s = await signUpToken(gh.fetch, BASE_URL);
    const expired = await gh.fetch(`${BASE_URL}/me`, {
      headers: { authorization: `Bearer ${await externalToken(s.userId, "-1m")}` },
    });
    expect(await expired.json()).toEqual({ message: "try refresh token" });
    const other = await new SignJWT({})
      .setProtectedHeader({ alg: "RS256", kid: "st-external-1" })
      .setSubject(s.userId)
      .setIssuer("https://evil.example.com")
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(externalKey);
    expect((await gh.fetch(`${BASE_URL}/me`, { headers: { authorization: `Bearer ${other}` } })).status).toBe(
      401,
    );
  });
});
