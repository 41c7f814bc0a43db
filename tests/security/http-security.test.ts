// Cookies, CSRF, validation and secrecy: what a browser, an attacker and a log reader would see.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertConforms, contract, operations } from "../helpers/contract.js";
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

const EVIL = "https://evil.example";
const REFUSED = "Cross-site request refused.";

/** A cookie-mode request as a browser page would send it: JSON, the session cookie, and browser headers. */
const browserJson = (
  method: string,
  accessToken: string,
  body: unknown,
  headers: Record<string, string> = {},
): RequestInit => ({
  method,
  headers: { "content-type": "application/json", cookie: `backend_session=${accessToken}`, ...headers },
  body: JSON.stringify(body),
});

async function nameOf(accessToken: string): Promise<string | null> {
  const me = await gh.fetch(`${BASE_URL}/user/me`, withSession(accessToken));
  return ((await me.json()) as { name: string | null }).name;
}

describe("CSRF", () => {
  it("refuses a cookie-authenticated unsafe request from a foreign origin", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const res = await gh.fetch(
      `${BASE_URL}/user/signout`,
      withSession(s.accessToken, { method: "POST", headers: { origin: EVIL } }),
    );
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe("AUTH_INSUFFICIENT_PERMISSIONS");
    expect((await gh.fetch(`${BASE_URL}/user/me`, withSession(s.accessToken))).status).toBe(200);
  });

  it("refuses a JSON request with cookies from a foreign origin on /user/*, and changes nothing", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const res = await gh.fetch(
      `${BASE_URL}/user/me`,
      browserJson("PATCH", s.accessToken, { name: "Mallory" }, { origin: EVIL }),
    );
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error).toEqual({
      code: "AUTH_INSUFFICIENT_PERMISSIONS",
      message: REFUSED,
      requestId: res.headers.get("x-request-id"),
    });
    expect(await nameOf(s.accessToken)).toBeNull();

    // Public operations too: a cookie-bearing sign-up from a foreign page creates nothing.
    const email = uniqueEmail();
    const up = await gh.fetch(
      `${BASE_URL}/user/signup`,
      browserJson("POST", "stale", { email, password: PASSWORD }, { origin: EVIL }),
    );
    expect(up.status).toBe(403);
    expect(await errorCode(up)).toBe("AUTH_INSUFFICIENT_PERMISSIONS");
    const users = await gh.deps.store.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", email)
      .execute();
    expect(users).toEqual([]);
  });

  it("refuses it on /auth/* and /me in the SuperTokens FDI shape", async () => {
    const email = uniqueEmail();
    const signUp = await gh.fetch(`${BASE_URL}/auth/signup`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        cookie: "sAccessToken=x",
        origin: EVIL,
        rid: "emailpassword",
      },
      body: JSON.stringify({
        formFields: [
          { id: "email", value: email },
          { id: "password", value: PASSWORD },
        ],
      }),
    });
    expect(signUp.status).toBe(403);
    expect(await signUp.json()).toEqual({ message: REFUSED });
    const users = await gh.deps.store.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", email)
      .execute();
    expect(users).toEqual([]);

    for (const [method, path, body] of [
      ["POST", "/auth/signout", undefined],
      ["POST", "/auth/public/user/password/reset/token", { formFields: [{ id: "email", value: email }] }],
      ["PATCH", "/me", { name: "Mallory" }],
    ] as const) {
      const res = await gh.fetch(`${BASE_URL}${path}`, {
        method,
        headers: {
          "content-type": "application/json",
          cookie: "sAccessToken=x",
          "sec-fetch-site": "cross-site",
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      expect(res.status, path).toBe(403);
      expect(await res.json(), path).toEqual({ message: REFUSED });
    }
  });

  it("every unsafe operation answers a refused cross-site request with the 403 its contract declares", async () => {
    const unsafe = operations.filter((op) => op.method !== "GET");
    expect(unsafe.length).toBeGreaterThan(40);
    for (const op of unsafe) {
      const url = `${BASE_URL}${op.path.replace(/\{[^}]+\}/g, "public")}`;
      const res = await gh.fetch(url, {
        method: op.method,
        headers: {
          "content-type": "application/json",
          cookie: "backend_session=x",
          authorization: "Bearer x",
          origin: EVIL,
        },
        body: "{}",
      });
      expect(res.status, op.id).toBe(403);
      await expect(assertConforms(op.method, url, res), op.id).resolves.toBeDefined();
      const body = (await res.json()) as { message?: string; error?: { message: string } };
      expect(body.message ?? body.error?.message, op.id).toBe(REFUSED);
      const declared = contract.paths[op.path]?.[op.method.toLowerCase()] as {
        responses: Record<string, { description: string }>;
      };
      expect(declared.responses["403"]?.description, op.id).toMatch(/\bCSRF\b/);
    }
  });

  it("accepts the same requests from PUBLIC_URL's origin, an allowed origin, and Sec-Fetch-Site: same-origin", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    for (const [name, headers] of [
      ["a", { origin: BASE_URL }],
      ["b", { origin: "https://app.example.com", "sec-fetch-site": "cross-site" }],
      ["c", { "sec-fetch-site": "same-origin" }],
      ["d", { origin: "http://127.0.0.1:9", "sec-fetch-site": "same-origin" }],
    ] as const) {
      const res = await gh.fetch(
        `${BASE_URL}/user/me`,
        browserJson("PATCH", s.accessToken, { name }, headers),
      );
      expect(res.status, JSON.stringify(headers)).toBe(200);
      expect(await nameOf(s.accessToken)).toBe(name);
    }
    const fdi = await gh.fetch(`${BASE_URL}/auth/signup/email/exists?email=a%40example.com`, {
      headers: { cookie: "sAccessToken=x", origin: EVIL },
    });
    expect(fdi.status).toBe(200); // safe methods are never refused
  });

  it("refuses Sec-Fetch-Site cross-site or same-site without an allowed Origin, and an opaque Origin", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    for (const headers of [
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site", origin: "https://sibling.gatehouse.test" },
      { "sec-fetch-site": "none", origin: EVIL },
      { origin: "null" },
    ] as Array<Record<string, string>>) {
      const res = await gh.fetch(
        `${BASE_URL}/user/me`,
        browserJson("PATCH", s.accessToken, { name: "x" }, headers),
      );
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(await errorCode(res)).toBe("AUTH_INSUFFICIENT_PERMISSIONS");
    }
    expect(await nameOf(s.accessToken)).toBeNull();
  });

  it("lets a non-browser client (neither Origin nor Sec-Fetch-Site) send its cookie, whatever the body", async () => {
    const a = await signUpToken(gh.fetch, BASE_URL);
    const res = await gh.fetch(`${BASE_URL}/user/me`, browserJson("PATCH", a.accessToken, { name: "cli" }));
    expect(res.status).toBe(200);
    expect(await nameOf(a.accessToken)).toBe("cli");
    const b = await signUpToken(gh.fetch, BASE_URL);
    expect(
      (await gh.fetch(`${BASE_URL}/user/signout`, withSession(b.accessToken, { method: "POST" }))).status,
    ).toBe(204);
  });

  it("does not subject requests without cookies (token mode, bearer) to it, except preflight-free bodies", async () => {
    const token = await gh.fetch(
      `${BASE_URL}/user/signup`,
      json({ email: uniqueEmail(), password: PASSWORD }, { "x-auth-mode": "token", origin: EVIL }),
    );
    expect(token.status).toBe(201);
    // A form post from a foreign page needs no preflight and no cookie to reach the server: refused.
    const form = await gh.fetch(`${BASE_URL}/user/signin`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: EVIL },
      body: "email=a%40example.com&password=x",
    });
    expect(form.status).toBe(403);
    expect(await errorCode(form)).toBe("AUTH_INSUFFICIENT_PERMISSIONS");
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
      headers: { origin: EVIL, "access-control-request-method": "GET" },
    });
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("lets a browser in token mode send the SDK's X-Auth-Mode and Prefer headers", async () => {
    const pre = await gh.fetch(`${BASE_URL}/user/signin`, {
      method: "OPTIONS",
      headers: {
        origin: "https://app.example.com",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, prefer, x-auth-mode",
      },
    });
    const allowed = (pre.headers.get("access-control-allow-headers") ?? "").toLowerCase();
    expect(allowed).toContain("x-auth-mode");
    expect(allowed).toContain("prefer");
  });
});

describe("development origin", () => {
  it("outside production, trusts every loopback spelling of the listening address (PUBLIC_URL unset)", async () => {
    const dev = await startTestGatehouse({ env: { NODE_ENV: "development", PUBLIC_URL: "", PORT: "3000" } });
    try {
      for (const origin of ["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000"]) {
        const s = await signUpToken(dev.fetch, "http://127.0.0.1:3000");
        const out = await dev.fetch(
          "http://127.0.0.1:3000/user/signout",
          withSession(s.accessToken, { method: "POST", headers: { origin } }),
        );
        expect(out.status, origin).toBe(204);
      }
      const s = await signUpToken(dev.fetch, "http://127.0.0.1:3000");
      const other = await dev.fetch(
        "http://127.0.0.1:3000/user/signout",
        withSession(s.accessToken, { method: "POST", headers: { origin: "http://127.0.0.1:8080" } }),
      );
      expect(other.status).toBe(403);
    } finally {
      await dev.close();
    }
  });
});

describe("production over https", () => {
  const PROD_URL = "https://id.example.com";
  let prod: TestGatehouse;
  beforeAll(async () => {
    prod = await startTestGatehouse({ env: { NODE_ENV: "production", PUBLIC_URL: PROD_URL, PORT: "3000" } });
  });
  afterAll(() => prod.close());

  it("trusts only PUBLIC_URL and CORS_ORIGINS, not the loopback addresses", async () => {
    const s = await signUpToken(prod.fetch, PROD_URL);
    const out = await prod.fetch(
      `${PROD_URL}/user/signout`,
      withSession(s.accessToken, { method: "POST", headers: { origin: "http://127.0.0.1:3000" } }),
    );
    expect(out.status).toBe(403);
    expect(await errorCode(out)).toBe("AUTH_INSUFFICIENT_PERMISSIONS");
  });

  it("HSTS: one year with subdomains over an https PUBLIC_URL (ASVS 3.4.1), never over plain http", async () => {
    for (const path of ["/health", "/user/me", "/docs"]) {
      const res = await prod.fetch(`${PROD_URL}${path}`);
      expect(res.headers.get("strict-transport-security"), path).toBe("max-age=31536000; includeSubDomains");
    }
    expect((await gh.fetch(`${BASE_URL}/health`)).headers.get("strict-transport-security")).toBeNull();
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
