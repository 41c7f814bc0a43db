// Cookies, CSRF, validation and secrecy: what a browser, an attacker and a log reader would see.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { errorCode, json, PASSWORD, signUpToken, uniqueEmail, withSession } from "../helpers/http.js";

let gh: TestGatehouse;
beforeAll(async () => {
  gh = await startTestGatehouse({ env: { COOKIE_SECURE: "true", CORS_ORIGINS: "https://app.example.com" } });
});
afterAll(() => gh.close());

const cookiesOf = (res: Response) => res.headers.getSetCookie();

describe("session cookies", () => {
  it("sign-in in cookie mode sets backend_session and backend_refresh with the documented attributes", async () => {
    const email = uniqueEmail();
    const up = await gh.fetch(`${BASE_URL}/user/signup`, json({ email, password: PASSWORD }));
    expect(up.status).toBe(201);
    expect(up.headers.get("cache-control")).toBe("no-store");
    const body = (await up.json()) as Record<string, unknown>;
    expect(body.tokens).toBeUndefined();
    const [session, refresh] = [
      cookiesOf(up).find((c) => c.startsWith("backend_session=")),
      cookiesOf(up).find((c) => c.startsWith("backend_refresh=")),
    ];
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; Secure/);
    expect(session).toMatch(/; SameSite=Lax/);
    expect(session).toMatch(/; Path=\/(;|$)/);
    expect(refresh).toMatch(/; HttpOnly/);
    expect(refresh).toMatch(/; Secure/);
    expect(refresh).toMatch(/; SameSite=Strict/);
    expect(refresh).toMatch(/; Path=\/user\/session(;|$)/);
  });

  it("refresh in cookie mode reads backend_refresh and rotates both cookies; sign-out clears them", async () => {
    const up = await gh.fetch(`${BASE_URL}/user/signup`, json({ email: uniqueEmail(), password: PASSWORD }));
    const jar = Object.fromEntries(cookiesOf(up).map((c) => c.split(";")[0]?.split("=") as [string, string]));
    const refreshed = await gh.fetch(`${BASE_URL}/user/session/refresh`, {
      method: "POST",
      headers: { cookie: `backend_refresh=${jar.backend_refresh}` },
    });
    expect(refreshed.status).toBe(200);
    const next = Object.fromEntries(
      cookiesOf(refreshed).map((c) => c.split(";")[0]?.split("=") as [string, string]),
    );
    expect(next.backend_refresh).toBeTruthy();
    expect(next.backend_refresh).not.toBe(jar.backend_refresh);
    const out = await gh.fetch(
      `${BASE_URL}/user/signout`,
      withSession(next.backend_session ?? "", { method: "POST" }),
    );
    expect(out.status).toBe(204);
    const cleared = cookiesOf(out);
    expect(cleared.find((c) => c.startsWith("backend_session="))).toMatch(/Max-Age=0/);
    expect(cleared.find((c) => c.startsWith("backend_refresh="))).toMatch(/Max-Age=0/);
  });

  it("token mode returns tokens in the body and sets no cookie", async () => {
    const res = await gh.fetch(
      `${BASE_URL}/user/signup`,
      json({ email: uniqueEmail(), password: PASSWORD }, { "x-auth-mode": "token" }),
    );
    expect(res.status).toBe(201);
    expect(cookiesOf(res)).toEqual([]);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as { tokens: { tokenType: string; expiresIn: number } };
    expect(body.tokens.tokenType).toBe("Bearer");
    expect(body.tokens.expiresIn).toBeGreaterThan(890);
  });
});

describe("CSRF", () => {
  it("refuses a cookie-authenticated unsafe request from a foreign origin", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const res = await gh.fetch(
      `${BASE_URL}/user/signout`,
      withSession(s.accessToken, { method: "POST", headers: { origin: "https://evil.example" } }),
    );
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe("AUTH_INSUFFICIENT_PERMISSIONS");
    expect((await gh.fetch(`${BASE_URL}/user/me`, withSession(s.accessToken))).status).toBe(200);
  });

  it("accepts the same request from an allowed origin, and from a non-browser client", async () => {
    const a = await signUpToken(gh.fetch, BASE_URL);
    const ok = await gh.fetch(
      `${BASE_URL}/user/signout`,
      withSession(a.accessToken, { method: "POST", headers: { origin: "https://app.example.com" } }),
    );
    expect(ok.status).toBe(204);
    const b = await signUpToken(gh.fetch, BASE_URL);
    expect(
      (await gh.fetch(`${BASE_URL}/user/signout`, withSession(b.accessToken, { method: "POST" }))).status,
    ).toBe(204);
  });

  it("answers CORS preflight only for allowed origins, with credentials", async () => {
    const pre = await gh.fetch(`${BASE_URL}/user/me`, {
      method: "OPTIONS",
      headers: { origin: "https://app.example.com", "access-control-request-method": "GET" },
    });
    expect(pre.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    expect(pre.headers.get("access-control-allow-credentials")).toBe("true");
    const evil = await gh.fetch(`${BASE_URL}/user/me`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "GET" },
    });
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("response headers", () => {
  it("API responses forbid being loaded or framed as a page, and are never sniffed", async () => {
    const res = await gh.fetch(`${BASE_URL}/user/me`);
    expect(res.status).toBe(401);
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("authenticated answers are never cached by a shared cache; public ones may be", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    for (const path of ["/user/me", "/user/sessions"]) {
      const res = await gh.fetch(`${BASE_URL}${path}`, withSession(s.accessToken));
      expect(res.status, path).toBe(200);
      expect(res.headers.get("cache-control"), path).toBe("no-store");
    }
    expect((await gh.fetch(`${BASE_URL}/.well-known/jwks.json`)).headers.get("cache-control")).toBe(
      "public, max-age=60",
    );
  });

  it("the docs page keeps its own script policy; its assets are served locally and unknown ones are 404", async () => {
    const page = await gh.fetch(`${BASE_URL}/docs`);
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await page.text();
    for (const src of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
      const asset = await gh.fetch(`${BASE_URL}${src[1]}`);
      expect(asset.status, src[1]).toBe(200);
      expect((await asset.arrayBuffer()).byteLength, src[1]).toBeGreaterThan(0);
    }
    const missing = await gh.fetch(`${BASE_URL}/docs/assets/..%2Fpackage.json`);
    expect(missing.status).toBe(404);
    expect(await errorCode(missing)).toBe("NOT_FOUND");
    expect((await gh.fetch(`${BASE_URL}/docs/assets/index.html`)).status).toBe(404);
  });
});

describe("bad input", () => {
  it.each([
    ["malformed JSON", { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" }],
    ["missing password", json({ email: "a@example.com" })],
    ["bad email", json({ email: "not-an-email", password: PASSWORD })],
    ["short password", json({ email: "a@example.com", password: "short" })],
    ["129-character password", json({ email: "a@example.com", password: "x".repeat(129) })],
    ["unknown field", json({ email: "a@example.com", password: PASSWORD, roles: ["admin"] })],
  ])("sign-up with %s → 400 VALIDATION_FAILED, nothing created", async (_label, init) => {
    const res = await gh.fetch(`${BASE_URL}/user/signup`, init as RequestInit);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; requestId: string; message: string } };
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.requestId).toBe(res.headers.get("x-request-id"));
    expect(JSON.stringify(body)).not.toContain(PASSWORD);
    const count = await gh.deps.store.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("email", "=", "a@example.com")
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it("refuses a body over 64 KiB before reading it, in each operation's own error shape", async () => {
    const huge = JSON.stringify({ email: "a@example.com", password: "x".repeat(1 << 20) });
    const res = await gh.fetch(`${BASE_URL}/user/signin`, json(JSON.parse(huge)));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; fields: unknown[] } };
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.fields).toEqual([{ path: "body", message: "must be at most 64 KiB" }]);
    const fdi = await gh.fetch(`${BASE_URL}/auth/signin`, json(JSON.parse(huge)));
    expect(fdi.status).toBe(400);
    expect(await fdi.json()).toEqual({ message: "The request body is too large." });
  });

  it("names the failing fields", async () => {
    const res = await gh.fetch(`${BASE_URL}/user/signup`, json({ email: "nope", password: "x" }));
    const body = (await res.json()) as { error: { fields: Array<{ path: string }> } };
    expect(body.error.fields.map((f) => f.path).sort()).toEqual(["body.email", "body.password"]);
  });

  it("PATCH /user/me refuses email, roles and verification flags and changes nothing", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    for (const patch of [
      { email: "x@example.com" },
      { roles: ["admin"] },
      { emailVerified: true },
      { tenantId: "t" },
    ]) {
      const res = await gh.fetch(
        `${BASE_URL}/user/me`,
        withSession(s.accessToken, { ...json(patch), method: "PATCH" }),
      );
      expect(res.status).toBe(400);
      expect(await errorCode(res)).toBe("VALIDATION_FAILED");
    }
    const me = (await (await gh.fetch(`${BASE_URL}/user/me`, withSession(s.accessToken))).json()) as {
      roles: string[];
      emailVerified: boolean;
    };
    expect(me.roles).toEqual(["member"]);
    expect(me.emailVerified).toBe(false);
  });

  it("an invalid path parameter is a 400, not a 500", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const res = await gh.fetch(
      `${BASE_URL}/user/sessions/not-a-uuid`,
      withSession(s.accessToken, { method: "DELETE" }),
    );
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe("VALIDATION_FAILED");
  });

  it("an unknown route is a 404 in the error shape", async () => {
    const res = await gh.fetch(`${BASE_URL}/nope`);
    expect(res.status).toBe(404);
    expect(await errorCode(res)).toBe("NOT_FOUND");
  });
});

describe("credentials", () => {
  it("unknown email and wrong password give the same 401 body", async () => {
    const email = uniqueEmail();
    await gh.fetch(`${BASE_URL}/user/signup`, json({ email, password: PASSWORD }));
    const wrong = await gh.fetch(`${BASE_URL}/user/signin`, json({ email, password: "wrong password!" }));
    const unknown = await gh.fetch(
      `${BASE_URL}/user/signin`,
      json({ email: uniqueEmail(), password: PASSWORD }),
    );
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const strip = (b: { error: { requestId?: string } }) => ({ ...b, error: { ...b.error, requestId: "" } });
    expect(strip(await wrong.json())).toEqual(strip(await unknown.json()));
  });

  it("sign-in matches the email case-insensitively; duplicate sign-up in any case is 409", async () => {
    const email = uniqueEmail("Case");
    await gh.fetch(`${BASE_URL}/user/signup`, json({ email, password: PASSWORD }));
    const res = await gh.fetch(
      `${BASE_URL}/user/signin`,
      json({ email: email.toUpperCase(), password: PASSWORD }),
    );
    expect(res.status).toBe(200);
    const dup = await gh.fetch(
      `${BASE_URL}/user/signup`,
      json({ email: email.toLowerCase(), password: PASSWORD }),
    );
    expect(dup.status).toBe(409);
    expect(await errorCode(dup)).toBe("AUTH_EMAIL_EXISTS");
  });

  it("stores argon2id hashes with the OWASP parameters, never the password", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const row = await gh.deps.store.db
      .selectFrom("credentials")
      .select("password_hash")
      .where("user_id", "=", s.userId)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it("refuses tokens that are forged, for another audience, or unsigned", async () => {
    const { SignJWT, generateKeyPair, UnsecuredJWT } = await import("jose");
    const s = await signUpToken(gh.fetch, BASE_URL);
    const header = JSON.parse(Buffer.from(s.accessToken.split(".")[0] ?? "", "base64url").toString());
    const claims = JSON.parse(Buffer.from(s.accessToken.split(".")[1] ?? "", "base64url").toString());
    const { privateKey } = await generateKeyPair("ES256");
    const forged = await new SignJWT(claims).setProtectedHeader(header).sign(privateKey);
    const unsigned = new UnsecuredJWT(claims).encode();
    const tampered = `${s.accessToken.split(".")[0]}.${Buffer.from(JSON.stringify({ ...claims, roles: ["admin"] })).toString("base64url")}.${s.accessToken.split(".")[2]}`;
    for (const token of [forged, unsigned, tampered, "garbage"]) {
      const res = await gh.fetch(`${BASE_URL}/user/me`, withSession(token));
      expect(res.status).toBe(401);
      expect(await errorCode(res)).toBe("AUTH_UNAUTHENTICATED");
    }
  });
});

describe("logs", () => {
  it("never contain passwords, tokens or cookies", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    await gh.fetch(`${BASE_URL}/user/me`, withSession(s.accessToken));
    await gh.fetch(`${BASE_URL}/user/signin`, json({ email: uniqueEmail(), password: PASSWORD }));
    const all = gh.logs.join("\n");
    expect(all.length).toBeGreaterThan(0);
    for (const secret of [PASSWORD, s.accessToken, s.refreshToken]) expect(all).not.toContain(secret);
  });
});
