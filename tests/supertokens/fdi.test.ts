// FDI wire details, deprecation headers, scheme separation and the external SuperTokens issuer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExternalSuperTokens, startExternalSuperTokens } from "../helpers/external-supertokens.js";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { json, PASSWORD, signUpToken, uniqueEmail, withSession } from "../helpers/http.js";

let gh: TestGatehouse;
let external: ExternalSuperTokens;

beforeAll(async () => {
  external = await startExternalSuperTokens();
  gh = await startTestGatehouse({
    env: { ...external.env, SUNSET_DATE: "2027-06-30", DEPRECATED_SINCE: "2026-01-01" },
  });
});
afterAll(async () => {
  await gh.close();
  await external.close();
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

  it("an unknown tenant refuses sign-up (GENERAL_ERROR, nothing created) and sign-in (like a wrong password)", async () => {
    const email = uniqueEmail();
    const res = await gh.fetch(`${BASE_URL}/auth/acme/signup`, json(form(email)));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: "GENERAL_ERROR",
      message: "Sign-up is not allowed in this tenant.",
    });
    const up = await gh.fetch(`${BASE_URL}/auth/public/signup`, json(form(email)));
    expect(((await up.json()) as { status: string }).status).toBe("OK");
    const inn = await gh.fetch(`${BASE_URL}/auth/acme/signin`, json(form(email)));
    expect(await inn.json()).toEqual({ status: "WRONG_CREDENTIALS_ERROR" });
    // `public` is the default tenant, strictly: an account that is no member of it is refused there.
    const owner = await gh.deps.accounts.signUp({ email: uniqueEmail(), password: PASSWORD });
    const t = await gh.deps.tenants.create(owner.user.id, {
      name: "Open",
      slug: `fdi-${crypto.randomUUID().slice(0, 8)}`,
      preset: "planning",
      registrationPolicy: "open",
    });
    const only = uniqueEmail();
    const joined = await gh.fetch(`${BASE_URL}/auth/${t.slug}/signup`, json(form(only)));
    expect(((await joined.json()) as { status: string }).status).toBe("OK");
    const pub = await gh.fetch(`${BASE_URL}/auth/public/signin`, json(form(only)));
    expect(await pub.json()).toEqual({ status: "WRONG_CREDENTIALS_ERROR" });
    const byId = await gh.fetch(`${BASE_URL}/auth/${t.id}/signin`, json(form(only)));
    expect(((await byId.json()) as { status: string }).status).toBe("OK");
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
  const externalToken = (sub: string, expiresIn = 600, claims: Record<string, unknown> = {}) =>
    external.accessToken(sub, { now: gh.clock.now(), expiresIn, claims });
  const me = (token: string, f = gh.fetch) =>
    f(`${BASE_URL}/me`, { headers: { authorization: `Bearer ${token}` } });
  const signOut = (token: string) =>
    gh.fetch(`${BASE_URL}/auth/signout`, { method: "POST", headers: { authorization: `Bearer ${token}` } });

  it("accepts its access tokens (verified against its JWKS) and maps the subject to the Gatehouse user", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const res = await me(await externalToken(s.userId));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }).id).toBe(s.userId);
  });

  it("refuses unknown subjects, expired tokens and other issuers", async () => {
    expect((await me(await externalToken("00000000-0000-4000-8000-000000000000"))).status).toBe(401);
    const s = await signUpToken(gh.fetch, BASE_URL);
    const expired = await me(await externalToken(s.userId, -60));
    expect(await expired.json()).toEqual({ message: "try refresh token" });
    const other = await external.accessToken(s.userId, {
      now: gh.clock.now(),
      issuer: "https://evil.example.com",
    });
    expect((await me(other)).status).toBe(401);
  });

  it("sign-out of an external token is effective: its session's tokens get 401 at /me, on every instance", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const sessionHandle = `ext-${crypto.randomUUID()}`;
    const token = await externalToken(s.userId, 600, { sessionHandle });
    // A later token of the same session, as the external core mints on refresh.
    const sibling = await externalToken(s.userId, 1800, { sessionHandle });
    const other = await externalToken(s.userId);
    expect((await me(token)).status).toBe(200);
    const out = await signOut(token);
    expect(out.status).toBe(200);
    expect(await out.json()).toEqual({ status: "OK" });
    for (const t of [token, sibling]) {
      const res = await me(t);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ message: "unauthorised" });
    }
    expect((await me(other)).status).toBe(200);
    // Past the signed-out token's expiry, the sibling seen since still holds the record open.
    gh.clock.advance(15 * 60_000);
    expect((await me(sibling)).status).toBe(401);
    // The record lives in the shared store: an instance that never saw the sign-out refuses the token too.
    const second = await startTestGatehouse({ store: gh.deps.store, clock: gh.clock, env: external.env });
    try {
      expect((await me(sibling, second.fetch)).status).toBe(401);
    } finally {
      await second.close();
    }
    // Records go once every token they cover has expired.
    gh.clock.advance(20 * 60_000);
    await gh.deps.externalSessions.purgeExpired();
    const left = await gh.deps.store.db
      .selectFrom("revoked_external_sessions")
      .select("handle")
      .where("handle", "=", sessionHandle)
      .execute();
    expect(left).toHaveLength(0);
  });

  it("a token without a session handle is revocable by its jti; one with neither is refused", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    expect((await me(await externalToken(s.userId, 600, { sessionHandle: undefined }))).status).toBe(401);
    const withJti = await externalToken(s.userId, 600, {
      sessionHandle: undefined,
      jti: crypto.randomUUID(),
    });
    expect((await me(withJti)).status).toBe(200);
    expect((await signOut(withJti)).status).toBe(200);
    expect((await me(withJti)).status).toBe(401);
  });
});
