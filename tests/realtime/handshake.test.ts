// GET /user/realtime over a real socket: who may open it (cookie + Origin, bearer sub-protocol), and every
// refusal answered before the upgrade in the error envelope; other schemes' credentials never open it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { json, PASSWORD, signUpToken, uniqueEmail, withSession } from "../helpers/http.js";
import {
  assertFrame,
  assertRefusalConforms,
  bearer,
  type ConnectOptions,
  type Listening,
  open,
  rawHandshake,
  refused as refusedRaw,
  serveRealtime,
} from "./helpers.js";

/** A refused handshake, checked against what the contract declares for it. */
async function refused(url: string, options?: ConnectOptions) {
  const r = await refusedRaw(url, options);
  await assertRefusalConforms(r);
  return r;
}

let gh: TestGatehouse;
let srv: Listening;

beforeAll(async () => {
  gh = await startTestGatehouse({ realtime: { maxPerUser: 3 } });
  srv = await serveRealtime(gh);
});
afterAll(async () => {
  await srv.close();
  await gh.close();
});

const cookie = (token: string, origin = BASE_URL) => ({
  headers: { cookie: `backend_session=${token}`, origin },
});

describe("opening the realtime socket", () => {
  it("cookie with an allowed Origin: opens with gatehouse.v1 and says ready with the user, tenant and expiry", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const c = await open(srv.wsUrl, cookie(s.accessToken));
    expect(c.ws.protocol).toBe("gatehouse.v1");
    const ready = await c.next();
    assertFrame(ready);
    expect(ready).toMatchObject({ type: "ready", userId: s.userId, tenantId: expect.any(String) });
    expect(Date.parse(String(ready.expiresAt))).toBeGreaterThan(gh.clock.now().getTime());
    c.ws.close();
  });

  it("cookie from a foreign Origin is refused before the upgrade (CSWSH): 403 in the envelope", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const r = await refused(srv.wsUrl, cookie(s.accessToken, "https://evil.example"));
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe("AUTH_INSUFFICIENT_PERMISSIONS");
    expect(r.body.error.requestId).toEqual(expect.any(String));
  });

  it("bearer sub-protocol: opens, selects gatehouse.v1 and never echoes the token", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const c = await open(srv.wsUrl, bearer(s.accessToken));
    expect(c.ws.protocol).toBe("gatehouse.v1");
    expect(await c.next()).toMatchObject({ type: "ready", userId: s.userId });
    c.ws.close();
    // Nothing logs the token.
    expect(gh.logs.join("\n")).not.toContain(s.accessToken);
  });

  it("no credential: 401 AUTH_UNAUTHENTICATED with a challenge", async () => {
    const r = await refused(srv.wsUrl);
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe("AUTH_UNAUTHENTICATED");
    expect(r.headers["www-authenticate"]).toBeDefined();
  });

  it("invalid, malformed and 300-character tokens: 401, never 500", async () => {
    for (const t of ["not-a-jwt", "a.b.c", "x".repeat(300), "eyJhbGciOiJFUzI1NiJ9.e30.AAAA"]) {
      const r = await refused(srv.wsUrl, bearer(t));
      expect(r.status, t).toBe(401);
      expect(r.body.error.code).toBe("AUTH_UNAUTHENTICATED");
    }
  });

  it("control characters, 300-char and duplicated sub-protocol headers: a 4xx, never a 500 or an upgrade", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    for (const lines of [
      ["Sec-WebSocket-Protocol: gatehouse.v1, gatehouse.bearer.a\u0001b"],
      ["Sec-WebSocket-Protocol: gatehouse.v1, gatehouse.bearer.\u0000"],
      [`Sec-WebSocket-Protocol: gatehouse.v1, gatehouse.bearer.${"é".repeat(300)}`],
      ["Sec-WebSocket-Protocol: gatehouse.v1", "Sec-WebSocket-Protocol: gatehouse.bearer.x"],
      [`Sec-WebSocket-Protocol: gatehouse.v1, gatehouse.bearer.${s.accessToken}`, "Origin: null"],
      [`Sec-WebSocket-Protocol: gatehouse.v1, gatehouse.bearer.${s.accessToken}, gatehouse.bearer.x`],
    ]) {
      const r = await rawHandshake(srv.url, lines);
      expect(r.status, lines.join(" | ")).toBeGreaterThanOrEqual(400);
      expect(r.status, lines.join(" | ")).toBeLessThan(500);
      expect(r.body).not.toContain("at ");
    }
  });

  it("an expired access token: 401 AUTH_SESSION_EXPIRED (the client refreshes)", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    gh.clock.advance(16 * 60_000);
    const r = await refused(srv.wsUrl, bearer(s.accessToken));
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe("AUTH_SESSION_EXPIRED");
  });

  it("a signed-out session: 401 AUTH_SESSION_REVOKED", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const out = await gh.fetch(`${BASE_URL}/user/signout`, withSession(s.accessToken, { method: "POST" }));
    expect(out.status).toBe(204);
    const r = await refused(srv.wsUrl, bearer(s.accessToken));
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe("AUTH_SESSION_REVOKED");
  });

  it("other schemes' credentials never open it: v1 token, SuperTokens token, API key, refresh token", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const v1 = await gh.deps.legacyTokens.issue(s.userId, "realtime-test");
    const st = await gh.fetch(
      `${BASE_URL}/auth/signup`,
      json(
        {
          formFields: [
            { id: "email", value: uniqueEmail("st") },
            { id: "password", value: PASSWORD },
          ],
        },
        { rid: "emailpassword" },
      ),
    );
    const stToken = st.headers.get("st-access-token");
    expect(stToken).toBeTruthy();
    const key = await gh.fetch(
      `${BASE_URL}/user/api-keys`,
      withSession(s.accessToken, {
        method: "POST",
        body: JSON.stringify({ name: "rt", scopes: [] }),
        headers: { "content-type": "application/json" },
      }),
    );
    expect(key.status).toBe(201);
    const apiKey = ((await key.json()) as { key: string }).key;
    for (const [name, token] of [
      ["v1", typeof v1 === "string" ? v1 : (v1 as { token: string }).token],
      ["supertokens", stToken ?? ""],
      ["api key", apiKey],
      ["refresh token", s.refreshToken],
    ] as const) {
      for (const how of [bearer(token), { headers: { authorization: `Bearer ${token}` } }, cookie(token)]) {
        const r = await refused(srv.wsUrl, how);
        expect(r.status, name).toBe(401);
        expect(r.body.error.code, name).toBe("AUTH_UNAUTHENTICATED");
      }
    }
  });

  it("a plain GET (no upgrade) is 400; a handshake without gatehouse.v1 is 400", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const plain = await fetch(`${srv.url}/user/realtime`, {
      headers: { cookie: `backend_session=${s.accessToken}` },
    });
    expect(plain.status).toBe(400);
    expect(((await plain.json()) as { error: { code: string } }).error.code).toBe("VALIDATION_FAILED");
    const r = await refused(srv.wsUrl, { protocols: [`gatehouse.bearer.${s.accessToken}`] });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("VALIDATION_FAILED");
  });

  it("at most maxPerUser sockets per user: the next handshake is 429 with Retry-After", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const open3 = await Promise.all([1, 2, 3].map(() => open(srv.wsUrl, bearer(s.accessToken))));
    const r = await refused(srv.wsUrl, bearer(s.accessToken));
    expect(r.status).toBe(429);
    expect(r.body.error.code).toBe("AUTH_RATE_LIMIT_EXCEEDED");
    expect(r.headers["retry-after"]).toBe("30");
    // Another user is not affected.
    const other = await signUpToken(gh.fetch, BASE_URL);
    (await open(srv.wsUrl, bearer(other.accessToken))).ws.close();
    for (const c of open3) c.ws.close();
  });

  it("parallel handshakes past the cap: never more than maxPerUser sockets stay open", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const { connect, isRefusal } = await import("./helpers.js");
    const results = await Promise.all(
      Array.from({ length: 8 }, () => connect(srv.wsUrl, bearer(s.accessToken))),
    );
    const clients = results.filter((r) => !isRefusal(r));
    const closes = await Promise.all(
      clients.map((c) =>
        isRefusal(c) ? undefined : Promise.race([c.closed, new Promise((r) => setTimeout(r, 300, "open"))]),
      ),
    );
    expect(closes.filter((x) => x === "open").length).toBeLessThanOrEqual(3);
    for (const c of clients) if (!isRefusal(c)) c.ws.close();
  });
});

describe("with REQUIRE_EMAIL_VERIFICATION", () => {
  it("a session whose email is not verified opens it, as GET /user/me (x-gatehouse-allow-unverified)", async () => {
    const strict = await startTestGatehouse({ env: { REQUIRE_EMAIL_VERIFICATION: "true" } });
    const strictSrv = await serveRealtime(strict);
    try {
      const s = await signUpToken(strict.fetch, BASE_URL);
      // The same session is refused elsewhere: the mark is what lets it through here.
      const sessions = await strict.fetch(`${BASE_URL}/user/sessions`, withSession(s.accessToken));
      expect(sessions.status).toBe(403);
      const c = await open(strictSrv.wsUrl, bearer(s.accessToken));
      expect(await c.next()).toMatchObject({ type: "ready", userId: s.userId });
      c.ws.close();
    } finally {
      await strictSrv.close();
      await strict.close();
    }
  });
});
