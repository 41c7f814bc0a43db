// BackendBearerAuth: the access token as `Authorization: Bearer` on the /user/* routes, next to the cookie.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertConforms } from "../helpers/contract.js";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { errorCode, json, PASSWORD, refreshToken, signUpToken, withSession } from "../helpers/http.js";

let gh: TestGatehouse;
beforeAll(async () => {
  gh = await startTestGatehouse({ env: { CORS_ORIGINS: "https://app.example.com" } });
});
afterAll(() => gh.close());

const EVIL = "https://evil.example";
const bearer = (token: string, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
});

describe("the access token as a bearer token", () => {
  it("is accepted on /user/* and the /user_identity/* mirror, with no-store answers", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    for (const prefix of ["/user", "/user_identity"]) {
      const me = await gh.fetch(`${BASE_URL}${prefix}/me`, bearer(s.accessToken));
      expect(me.status).toBe(200);
      expect(((await me.clone().json()) as { id: string }).id).toBe(s.userId);
      expect(me.headers.get("cache-control")).toBe("no-store");
      await assertConforms("GET", `${BASE_URL}${prefix}/me`, me);
    }
    const patched = await gh.fetch(
      `${BASE_URL}/user/me`,
      bearer(s.accessToken, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "Grace" }),
      }),
    );
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as { name: string }).name).toBe("Grace");
    const list = await gh.fetch(`${BASE_URL}/user/sessions`, bearer(s.accessToken));
    const { sessions } = (await list.json()) as { sessions: Array<{ id: string; current: boolean }> };
    expect(sessions.find((x) => x.current)?.id).toBe(s.sessionId);
  });

  it("signs out the session it names: the token and its refresh token stop working", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const out = await gh.fetch(`${BASE_URL}/user/signout`, bearer(s.accessToken, { method: "POST" }));
    expect(out.status).toBe(204);
    const after = await gh.fetch(`${BASE_URL}/user/me`, bearer(s.accessToken));
    expect(after.status).toBe(401);
    expect(await errorCode(after)).toBe("AUTH_SESSION_REVOKED");
    expect(after.headers.get("www-authenticate")).toBe('Bearer realm="gatehouse", error="revoked_session"');
    expect((await refreshToken(gh.fetch, BASE_URL, s.refreshToken)).status).toBe(401);
  });

  it("an expired one is AUTH_SESSION_EXPIRED (refresh), not 'no cookie' — also where anonymous access is allowed", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    gh.clock.advance(16 * 60_000);
    try {
      const me = await gh.fetch(`${BASE_URL}/user/me`, bearer(s.accessToken));
      expect(me.status).toBe(401);
      expect(await errorCode(me)).toBe("AUTH_SESSION_EXPIRED");
      expect(me.headers.get("www-authenticate")).toBe('Bearer realm="gatehouse", error="expired_token"');
      // BackendSessionAuth | BackendBearerAuth | anonymous: an expired bearer is still reported, not ignored.
      const confirm = await gh.fetch(
        `${BASE_URL}/user/email/verification/confirm`,
        bearer(s.accessToken, json({ token: "x".repeat(32) })),
      );
      expect(confirm.status).toBe(401);
      expect(await errorCode(confirm)).toBe("AUTH_SESSION_EXPIRED");
    } finally {
      gh.clock.advance(-16 * 60_000);
    }
  });

  it("without any credential the 401 is AUTH_UNAUTHENTICATED with a challenge; a bad bearer is refused", async () => {
    const none = await gh.fetch(`${BASE_URL}/user/me`);
    expect(none.status).toBe(401);
    expect(await errorCode(none)).toBe("AUTH_UNAUTHENTICATED");
    // Every accepted scheme is offered: the cookie (browsers), the bearer token (everyone else) and, on this
    // read route, an API key.
    expect(none.headers.get("www-authenticate")).toBe(
      'Cookie realm="gatehouse", cookie-name="backend_session", error="missing_token", ' +
        'Bearer realm="gatehouse", error="missing_token", ' +
        'Bearer realm="gatehouse-api-key", error="missing_token"',
    );
    const bad = await gh.fetch(`${BASE_URL}/user/me`, bearer("not.a.jwt"));
    expect(bad.status).toBe(401);
    expect(await errorCode(bad)).toBe("AUTH_UNAUTHENTICATED");
    // Each scheme says what was wrong with it: no cookie, a bearer token that is not valid, no API key.
    expect(bad.headers.get("www-authenticate")).toBe(
      'Cookie realm="gatehouse", cookie-name="backend_session", error="missing_token", ' +
        'Bearer realm="gatehouse", error="invalid_token", ' +
        'Bearer realm="gatehouse-api-key", error="missing_token"',
    );
  });

  it("a sign-in carrying it ends that session (ASVS 7.2.4), as the cookie does", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const me = (await (await gh.fetch(`${BASE_URL}/user/me`, bearer(s.accessToken))).json()) as {
      email: string;
    };
    const again = await gh.fetch(
      `${BASE_URL}/user/signin`,
      bearer(s.accessToken, json({ email: me.email, password: PASSWORD }, { "x-auth-mode": "token" })),
    );
    expect(again.status).toBe(200);
    const old = await gh.fetch(`${BASE_URL}/user/me`, bearer(s.accessToken));
    expect(await errorCode(old)).toBe("AUTH_SESSION_REVOKED");
  });

  it("a stale cookie does not hide a valid bearer token", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const res = await gh.fetch(
      `${BASE_URL}/user/me`,
      bearer(s.accessToken, { headers: { cookie: "backend_session=stale" } }),
    );
    expect(res.status).toBe(200);
  });
});

describe("CSRF applies to the cookie, not to the bearer token", () => {
  it("a bearer request from a foreign Origin is not refused; the same request with the cookie is", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    // A bodiless POST is preflight-free for a browser — but not with an Authorization header.
    const viaCookie = await gh.fetch(
      `${BASE_URL}/user/signout`,
      withSession(s.accessToken, { method: "POST", headers: { origin: EVIL } }),
    );
    expect(viaCookie.status).toBe(403);
    expect(await errorCode(viaCookie)).toBe("AUTH_INSUFFICIENT_PERMISSIONS");
    // The cookie is ambient even next to a bearer token: still refused.
    const both = await gh.fetch(
      `${BASE_URL}/user/signout`,
      withSession(s.accessToken, bearer(s.accessToken, { method: "POST", headers: { origin: EVIL } })),
    );
    expect(both.status).toBe(403);
    const patch = await gh.fetch(
      `${BASE_URL}/user/me`,
      bearer(s.accessToken, {
        method: "PATCH",
        headers: { "content-type": "application/json", origin: EVIL, "sec-fetch-site": "cross-site" },
        body: JSON.stringify({ name: "Ada" }),
      }),
    );
    expect(patch.status).toBe(200);
    const viaBearer = await gh.fetch(
      `${BASE_URL}/user/signout`,
      bearer(s.accessToken, { method: "POST", headers: { origin: EVIL, "sec-fetch-site": "cross-site" } }),
    );
    expect(viaBearer.status).toBe(204);
  });
});
