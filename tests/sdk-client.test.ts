// The SDK's session handling against the real server: token storage, single-flight refresh, retries, errors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGatehouseClient, isErrorCode, memoryStorage } from "../sdk/src/index.js";
import { findUserById } from "../server/store/users.js";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "./helpers/gatehouse.js";
import { claimsOf, PASSWORD, uniqueEmail } from "./helpers/http.js";

let gh: TestGatehouse;
beforeAll(async () => {
  gh = await startTestGatehouse();
});
afterAll(() => gh.close());

/** Wraps the app's fetch and records every request path the SDK made. */
function recording() {
  const calls: Array<{ path: string; headers: Headers; body: string }> = [];
  const f = async (req: Request) => {
    calls.push({
      path: new URL(req.url).pathname,
      headers: new Headers(req.headers),
      body: await req.clone().text(),
    });
    return gh.fetch(req);
  };
  return { calls, fetch: f };
}

describe("token mode", () => {
  it("keeps the tokens from sign-in and sends the access token as Authorization: Bearer, never as a cookie", async () => {
    const rec = recording();
    const storage = memoryStorage();
    const client = createGatehouseClient({ baseUrl: BASE_URL, mode: "token", storage, fetch: rec.fetch });
    const up = await client.signUp({ email: uniqueEmail(), password: PASSWORD });
    expect(up.response.status).toBe(201);
    expect(rec.calls[0]?.headers.get("x-auth-mode")).toBe("token");
    const stored = await storage.get();
    expect(stored?.accessToken).toBe(up.data?.tokens?.accessToken);
    const me = await client.GET("/user/me");
    expect(me.response.status).toBe(200);
    expect(rec.calls[1]?.headers.get("authorization")).toBe(`Bearer ${stored?.accessToken}`);
    // A `Cookie` header is one fetch may not set in browsers and React Native: token mode does not rely on it.
    expect(rec.calls[1]?.headers.get("cookie")).toBeNull();
  });

  it("treats the deprecated /user_identity mirror like /user: its sign-in keeps the tokens too", async () => {
    const email = uniqueEmail();
    await createGatehouseClient({ baseUrl: BASE_URL, mode: "token", fetch: gh.fetch }).signUp({
      email,
      password: PASSWORD,
    });
    const storage = memoryStorage();
    const client = createGatehouseClient({ baseUrl: BASE_URL, mode: "token", storage, fetch: gh.fetch });
    const signIn = await client.POST("/user_identity/signin", { body: { email, password: PASSWORD } });
    expect(signIn.response.status).toBe(200);
    expect((await storage.get())?.accessToken).toBe(signIn.data?.tokens?.accessToken);
    expect((await client.GET("/user_identity/me")).response.status).toBe(200);
  });

  it("refreshes once for five concurrent expired requests and retries each once, with its body", async () => {
    const rec = recording();
    const client = createGatehouseClient({ baseUrl: BASE_URL, mode: "token", fetch: rec.fetch });
    await client.signUp({ email: uniqueEmail(), password: PASSWORD });
    const before = await client.getTokens();
    gh.clock.advance(16 * 60_000);
    const results = await Promise.all([
      client.GET("/user/me"),
      client.GET("/user/sessions"),
      client.PATCH("/user/me", { body: { locale: "fr-FR" } }),
      client.PATCH("/user/me", { body: { name: "Grace" } }),
      client.GET("/user/me"),
    ]);
    expect(results.map((r) => r.response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(rec.calls.filter((c) => c.path === "/user/session/refresh")).toHaveLength(1);
    expect(rec.calls.filter((c) => c.path === "/user/me" && c.body.includes("fr-FR"))).toHaveLength(2);
    const after = await client.getTokens();
    expect(after?.refreshToken).not.toBe(before?.refreshToken);
    const me = await client.GET("/user/me");
    expect(me.data?.locale).toBe("fr-FR");
    expect(me.data?.name).toBe("Grace");
  });

  it("a failed refresh returns the original 401, clears the tokens, and does not loop", async () => {
    const rec = recording();
    const client = createGatehouseClient({ baseUrl: BASE_URL, mode: "token", fetch: rec.fetch });
    await client.signUp({ email: uniqueEmail(), password: PASSWORD });
    const tokens = await client.getTokens();
    await client.setTokens({ accessToken: tokens?.accessToken ?? "", refreshToken: "rt_bogus" });
    gh.clock.advance(16 * 60_000);
    const me = await client.GET("/user/me");
    expect(me.response.status).toBe(401);
    expect(isErrorCode(me.error, "AUTH_SESSION_EXPIRED")).toBe(true);
    expect(await client.getTokens()).toBeNull();
    expect(rec.calls.map((c) => c.path)).toEqual(["/user/signup", "/user/me", "/user/session/refresh"]);
  });

  it.each([
    429, 503,
  ])("a refresh answered %i (transient) keeps the tokens; the next refresh succeeds", async (status) => {
    let failing = true;
    const calls: string[] = [];
    const f = (req: Request) => {
      const path = new URL(req.url).pathname;
      calls.push(path);
      if (failing && path === "/user/session/refresh")
        return Promise.resolve(
          Response.json({ error: { code: "X", message: "x", requestId: "r" } }, { status }),
        );
      return gh.fetch(req);
    };
    const client = createGatehouseClient({ baseUrl: BASE_URL, mode: "token", fetch: f });
    await client.signUp({ email: uniqueEmail(), password: PASSWORD });
    const tokens = await client.getTokens();
    gh.clock.advance(16 * 60_000);
    expect((await client.GET("/user/me")).response.status).toBe(401);
    expect(await client.getTokens()).toEqual(tokens);
    failing = false;
    expect((await client.GET("/user/me")).response.status).toBe(200);
    expect((await client.getTokens())?.refreshToken).not.toBe(tokens?.refreshToken);
    expect(calls.filter((c) => c === "/user/session/refresh")).toHaveLength(2);
  });

  it("signing in again sends the session held so far, which the server ends (ASVS 7.2.4)", async () => {
    const email = uniqueEmail();
    const client = createGatehouseClient({ baseUrl: BASE_URL, mode: "token", fetch: (r) => gh.fetch(r) });
    await client.signUp({ email, password: PASSWORD });
    const first = await client.getTokens();
    expect((await client.signIn({ email, password: PASSWORD })).response.status).toBe(200);
    expect((await client.GET("/user/me")).response.status).toBe(200);
    const stale = createGatehouseClient({
      baseUrl: BASE_URL,
      mode: "token",
      storage: memoryStorage(first),
      fetch: (r) => gh.fetch(r),
    });
    expect((await stale.GET("/user/me")).error?.error.code).toBe("AUTH_SESSION_REVOKED");
  });

  it("password change asks for the new session's tokens and keeps them", async () => {
    const rec = recording();
    const client = createGatehouseClient({ baseUrl: BASE_URL, mode: "token", fetch: rec.fetch });
    await client.signUp({ email: uniqueEmail(), password: PASSWORD });
    const before = await client.getTokens();
    const changed = await client.POST("/user/password/change", {
      body: { currentPassword: PASSWORD, newPassword: "another long passphrase" },
    });
    expect(changed.response.status).toBe(200);
    expect(rec.calls.at(-1)?.headers.get("x-auth-mode")).toBe("token");
    expect((await client.getTokens())?.accessToken).toBe(changed.data?.tokens?.accessToken);
    expect((await client.getTokens())?.accessToken).not.toBe(before?.accessToken);
    expect((await client.GET("/user/me")).response.status).toBe(200);
  });

  it("a confirmed email verification refreshes the held session, so its access token says ev: true", async () => {
    const client = createGatehouseClient({ baseUrl: BASE_URL, mode: "token", fetch: (r) => gh.fetch(r) });
    const up = await client.signUp({ email: uniqueEmail(), password: PASSWORD });
    const user = await findUserById(gh.deps.store.db, up.data?.user.id ?? "");
    if (!user) throw new Error("no user");
    const { token } = await gh.deps.accountMail.sendVerification(undefined, user);
    const confirmed = await client.POST("/user/email/verification/confirm", { body: { token } });
    expect(confirmed.response.status).toBe(200);
    expect(claimsOf((await client.getTokens())?.accessToken ?? "").ev).toBe(true);
  });

  it("signOut revokes the session and forgets the tokens", async () => {
    const client = createGatehouseClient({ baseUrl: BASE_URL, mode: "token", fetch: (r) => gh.fetch(r) });
    await client.signUp({ email: uniqueEmail(), password: PASSWORD });
    const tokens = await client.getTokens();
    expect((await client.signOut()).response.status).toBe(204);
    expect(await client.getTokens()).toBeNull();
    const res = await gh.fetch(`${BASE_URL}/user/me`, {
      headers: { cookie: `backend_session=${tokens?.accessToken}` },
    });
    expect(res.status).toBe(401);
  });

  it.each([
    ["a network error", () => Promise.reject(new TypeError("fetch failed"))],
    [
      "a 503",
      () => Promise.resolve(Response.json({ error: { code: "SERVICE_UNAVAILABLE" } }, { status: 503 })),
    ],
    ["a 500", () => Promise.resolve(new Response("", { status: 500 }))],
  ] as const)("signOut forgets the tokens whatever the server answers: %s", async (_what, answer) => {
    const storage = memoryStorage();
    let down = false;
    const f = (req: Request) => (down ? answer() : gh.fetch(req));
    const client = createGatehouseClient({ baseUrl: BASE_URL, mode: "token", storage, fetch: f });
    await client.signUp({ email: uniqueEmail(), password: PASSWORD });
    expect(await storage.get()).not.toBeNull();
    down = true;
    const out = client.signOut();
    if (_what === "a network error") await expect(out).rejects.toThrow("fetch failed");
    else expect((await out).response.ok).toBe(false);
    expect(await storage.get()).toBeNull();
    expect(await client.getTokens()).toBeNull();
  });

  it("signOut with an expired access token refreshes first, so the server really ends the session", async () => {
    const rec = recording();
    const client = createGatehouseClient({ baseUrl: BASE_URL, mode: "token", fetch: rec.fetch });
    await client.signUp({ email: uniqueEmail(), password: PASSWORD });
    const before = await client.getTokens();
    gh.clock.advance(16 * 60_000);
    expect((await client.signOut()).response.status).toBe(204);
    expect(await client.getTokens()).toBeNull();
    expect(rec.calls.map((c) => c.path)).toEqual([
      "/user/signup",
      "/user/signout",
      "/user/session/refresh",
      "/user/signout",
    ]);
    // The session is gone on the server: the refresh token it started with no longer works.
    const again = await gh.fetch(`${BASE_URL}/user/session/refresh`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-auth-mode": "token" },
      body: JSON.stringify({ refreshToken: before?.refreshToken }),
    });
    expect(again.status).toBe(401);
  });

  it("errors are typed by code", async () => {
    const client = createGatehouseClient({ baseUrl: BASE_URL, mode: "token", fetch: (r) => gh.fetch(r) });
    const res = await client.signIn({ email: uniqueEmail(), password: "wrong password" });
    expect(res.error?.error.code).toBe("AUTH_INVALID_CREDENTIALS");
    // @ts-expect-error — codes outside the contract's enum do not type-check
    expect(isErrorCode(res.error, "NOT_A_CODE")).toBe(false);
  });
});

describe("cookie mode", () => {
  it("sends credentials: include and never X-Auth-Mode; refreshes through the cookie", async () => {
    const seen: Request[] = [];
    let jar = "";
    // A tiny cookie jar standing in for the browser.
    const browser = async (req: Request) => {
      seen.push(req.clone());
      const headers = new Headers(req.headers);
      if (jar) headers.set("cookie", jar);
      const res = await gh.fetch(new Request(req, { headers }));
      const set = res.headers.getSetCookie().map((c) => c.split(";")[0] ?? "");
      if (set.length) {
        const cookies = new Map(jar ? jar.split("; ").map((c) => c.split("=") as [string, string]) : []);
        for (const c of set) cookies.set(c.split("=")[0] ?? "", c.slice(c.indexOf("=") + 1));
        jar = [...cookies]
          .filter(([, v]) => v)
          .map(([k, v]) => `${k}=${v}`)
          .join("; ");
      }
      return res;
    };
    const client = createGatehouseClient({ baseUrl: BASE_URL, mode: "cookie", fetch: browser });
    const up = await client.signUp({ email: uniqueEmail(), password: PASSWORD });
    expect(up.response.status).toBe(201);
    expect(up.data?.tokens).toBeUndefined();
    gh.clock.advance(16 * 60_000);
    const me = await client.GET("/user/me");
    expect(me.response.status).toBe(200);
    expect(seen.every((r) => r.credentials === "include")).toBe(true);
    expect(seen.some((r) => r.headers.has("x-auth-mode"))).toBe(false);
    expect(seen.map((r) => new URL(r.url).pathname)).toEqual([
      "/user/signup",
      "/user/me",
      "/user/session/refresh",
      "/user/me",
    ]);
  });
});
