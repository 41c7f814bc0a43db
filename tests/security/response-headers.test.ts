// The response-headers middleware answers with exactly the headers hono's requestId + cors + secureHeaders
// gave, served in-process and over a socket (where it writes them onto Node's response directly).
import { type Context, Hono } from "hono";
import { cors } from "hono/cors";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppEnv } from "../../server/context.js";
import { defaultHeader, responseHeaders } from "../../server/http/headers.js";
import { BASE_URL, listen, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";

const ORIGINS = ["https://app.example.com", "https://other.example.com"];
const ALLOW_HEADERS = ["Content-Type", "X-Auth-Mode", "X-Request-Id", "Authorization"];
const EXPOSE_HEADERS = ["X-Request-Id", "Retry-After", "WWW-Authenticate"];
const SECURITY: Parameters<typeof secureHeaders>[0] = {
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  strictTransportSecurity: "max-age=31536000; includeSubDomains",
  overwrite: false,
};

/** The same routes behind either stack: a JSON answer, a 401 with a challenge, a handler's own headers, a cookie. */
function routes(app: Hono<AppEnv>, challenge: (c: Context<AppEnv>) => void) {
  app.get("/ok", (c) => c.json({ ok: true }, 200));
  app.post("/ok", (c) => c.json({ ok: true }, 201));
  app.get("/denied", (c) => {
    challenge(c);
    return c.json({ error: { code: "AUTH_UNAUTHENTICATED" } }, 401);
  });
  app.get("/page", (c) => {
    c.header("Content-Security-Policy", "default-src 'self'");
    c.header("Cache-Control", "public, max-age=300");
    return c.html("<p>page</p>");
  });
  app.get("/cookie", (c) => {
    c.header("Set-Cookie", "a=1; Path=/; HttpOnly", { append: true });
    c.header("Set-Cookie", "b=2; Path=/; HttpOnly", { append: true });
    return c.body(null, 204);
  });
  app.get("/raw", () => new Response("raw", { status: 200, headers: { "Content-Type": "text/plain" } }));
  return app;
}

function honoStack(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(secureHeaders(SECURITY));
  app.use(
    cors({
      origin: ORIGINS,
      credentials: true,
      allowHeaders: ALLOW_HEADERS,
      exposeHeaders: EXPOSE_HEADERS,
      maxAge: 600,
    }),
  );
  return routes(app, (c) => c.header("WWW-Authenticate", 'Cookie realm="gatehouse"'));
}

function gatehouseStack(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(
    responseHeaders({
      cors: { origins: ORIGINS, allowHeaders: ALLOW_HEADERS, exposeHeaders: EXPOSE_HEADERS, maxAge: 600 },
      securityHeaders: secureHeaders(SECURITY),
    }),
  );
  return routes(app, (c) => defaultHeader(c, "WWW-Authenticate", 'Cookie realm="gatehouse"'));
}

const REQUESTS: Array<[string, string, Record<string, string>]> = [
  ["GET", "/ok", {}],
  ["GET", "/ok", { origin: "https://app.example.com" }],
  ["GET", "/ok", { origin: "https://evil.example" }],
  ["POST", "/ok", { origin: "https://other.example.com", "content-type": "application/json" }],
  ["GET", "/denied", {}],
  ["GET", "/denied", { origin: "https://app.example.com" }],
  ["GET", "/page", {}],
  ["GET", "/cookie", { origin: "https://app.example.com" }],
  ["GET", "/raw", {}],
  ["GET", "/nowhere", {}],
  ["OPTIONS", "/ok", { origin: "https://app.example.com", "access-control-request-method": "POST" }],
  [
    "OPTIONS",
    "/ok",
    {
      origin: "https://app.example.com",
      "access-control-request-method": "POST",
      "access-control-request-headers": "content-type, x-auth-mode",
    },
  ],
  ["OPTIONS", "/ok", { origin: "https://evil.example", "access-control-request-method": "GET" }],
  ["OPTIONS", "/ok", {}],
];

// What the transport adds (Date, Connection, lengths) is not the middleware's; request ids are compared by shape.
const TRANSPORT = new Set(["date", "connection", "keep-alive", "content-length", "transfer-encoding"]);
// The one difference, by design: without an Origin (no browser), no credentials/exposed-headers CORS headers.
const BROWSER_ONLY = new Set(["access-control-allow-credentials", "access-control-expose-headers"]);
function comparable(res: Response, withoutBrowserOnly = false) {
  const out: Record<string, string> = {};
  for (const [name, value] of res.headers) {
    if (TRANSPORT.has(name) || (withoutBrowserOnly && BROWSER_ONLY.has(name))) continue;
    out[name] = name === "x-request-id" ? (value.length > 0 ? "<id>" : "") : value;
  }
  return { status: res.status, headers: out, cookies: res.headers.getSetCookie() };
}

describe("response headers: the same as hono's requestId + cors + secureHeaders (CORS ones only for browsers)", () => {
  let old: { url: string; close: () => Promise<void> };
  let now: { url: string; close: () => Promise<void> };
  // Served with Node's own response class (setHeader defaults), as another embedder would.
  let plain: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    old = await listen(honoStack(), 0, { plain: true });
    now = await listen(gatehouseStack());
    plain = await listen(gatehouseStack(), 0, { plain: true });
  });
  afterAll(async () => {
    await old.close();
    await now.close();
    await plain.close();
  });

  it.each(
    REQUESTS,
  )("%s %s %j — over a socket (both response classes) and in-process", async (method, path, headers) => {
    const init = { method, headers };
    const browser = "origin" in headers || method === "OPTIONS";
    const expected = comparable(await fetch(`${old.url}${path}`, init), !browser);
    expect(comparable(await fetch(`${now.url}${path}`, init))).toEqual(expected);
    expect(comparable(await fetch(`${plain.url}${path}`, init))).toEqual(expected);
    expect(comparable(await gatehouseStack().request(`http://local${path}`, init))).toEqual(expected);
  });

  it("keeps a plain client request id and replaces any other, like hono's requestId", async () => {
    for (const [sent, kept] of [
      ["abc-DEF_123=", true],
      ["has space", false],
      ["x".repeat(256), false],
    ] as const) {
      for (const base of [now.url, old.url]) {
        const res = await fetch(`${base}/ok`, { headers: { "x-request-id": sent } });
        expect(res.headers.get("x-request-id") === sent, `${base} ${sent}`).toBe(kept);
      }
    }
  });
});

describe("response headers: Gatehouse over a socket", () => {
  let gh: TestGatehouse;
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    gh = await startTestGatehouse({
      env: { PUBLIC_URL: "https://id.example.com", CORS_ORIGINS: "https://app.example.com" },
    });
    server = await listen(gh.app);
  });
  afterAll(async () => {
    await server.close();
    await gh.close();
  });

  it("every answer carries the security headers, the request id and the CORS headers, on both paths", async () => {
    for (const [path, status] of [
      ["/health", 200],
      ["/user/me", 401],
      ["/nope", 404],
    ] as const) {
      const init = { headers: { origin: "https://app.example.com" } };
      for (const res of [
        await fetch(`${server.url}${path}`, init),
        await gh.fetch(`${BASE_URL}${path}`, init),
      ]) {
        expect(res.status, path).toBe(status);
        const h = Object.fromEntries(res.headers);
        expect(h).toMatchObject({
          "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
          "cross-origin-opener-policy": "same-origin",
          "cross-origin-resource-policy": "same-origin",
          "origin-agent-cluster": "?1",
          "referrer-policy": "no-referrer",
          "strict-transport-security": expect.stringMatching(/^max-age=\d+; includeSubDomains$/),
          "x-content-type-options": "nosniff",
          "x-dns-prefetch-control": "off",
          "x-download-options": "noopen",
          "x-frame-options": "SAMEORIGIN",
          "x-permitted-cross-domain-policies": "none",
          "x-xss-protection": "0",
          "access-control-allow-origin": "https://app.example.com",
          "access-control-allow-credentials": "true",
          vary: "Origin",
          "x-request-id": expect.stringMatching(/^[0-9a-f-]{36}$/),
        });
        const body = (await res.json()) as { error?: { requestId: string } };
        if (status !== 200) expect(body.error?.requestId).toBe(h["x-request-id"]);
        if (path === "/user/me") expect(h["www-authenticate"]).toContain('error="missing_token"');
      }
    }
  });

  it("a body over 64 KiB is refused over a socket, by its Content-Length or while streamed (chunked)", async () => {
    const huge = JSON.stringify({ email: "a@example.com", password: "x".repeat(70 * 1024) });
    const bodies: Array<[string, RequestInit]> = [
      ["content-length", { body: huge }],
      [
        "chunked",
        {
          body: new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode(huge));
              controller.close();
            },
          }),
          duplex: "half",
        } as RequestInit,
      ],
    ];
    for (const [how, init] of bodies) {
      const res = await fetch(`${server.url}/user/signin`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        ...init,
      });
      expect(res.status, how).toBe(400);
      const body = (await res.json()) as { error: { code: string; fields: unknown[] } };
      expect(body.error.fields, how).toEqual([{ path: "body", message: "must be at most 64 KiB" }]);
    }
    const ok = await fetch(`${server.url}/user/signin`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "nobody@example.com", password: "correct horse battery staple" }),
    });
    expect(ok.status).toBe(401);
  });

  it("authenticated answers are no-store over a socket too; public ones keep their own Cache-Control", async () => {
    const up = await fetch(`${server.url}/user/signup`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-auth-mode": "token" },
      body: JSON.stringify({
        email: `h.${Date.now()}@example.com`,
        password: "correct horse battery staple",
      }),
    });
    const { tokens } = (await up.json()) as { tokens: { accessToken: string } };
    const me = await fetch(`${server.url}/user/me`, {
      headers: { cookie: `backend_session=${tokens.accessToken}` },
    });
    expect(me.status).toBe(200);
    expect(me.headers.get("cache-control")).toBe("no-store");
    const jwks = await fetch(`${server.url}/.well-known/jwks.json`);
    expect(jwks.headers.get("cache-control")).toBe("public, max-age=60");
    const docs = await fetch(`${server.url}/docs`);
    expect(docs.headers.get("content-security-policy")).toContain("script-src 'self'");
    const asset = await fetch(`${server.url}/docs/assets/swagger-ui.css`, {
      headers: { "accept-encoding": "gzip" },
    });
    expect(asset.headers.get("vary")).toBe("Origin, Accept-Encoding");
  });
});
