// ASVS 5.0 L1, V3 (web frontend), V4 (API) and V5 (files): one `it` per requirement, on an https deployment.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "../../helpers/http.js";
import {
  APP_ORIGIN,
  contract,
  cookieAttributes,
  cookieValue,
  EVIL_ORIGIN,
  errorCode,
  freshIp,
  HTTPS_URL,
  me,
  operations,
  PASSWORD,
  STARTUP_MS,
  securityBullets,
  setCookie,
  start,
  type TestGatehouse,
  uniqueEmail,
  withCookie,
} from "./helpers.js";

const B = HTTPS_URL;
const PROD_URL = "http://id.internal.example";
let gh: TestGatehouse;
/** Production behind a proxy whose PUBLIC_URL says http: cookies must still be Secure. */
let prod: TestGatehouse;
beforeAll(async () => {
  [gh, prod] = await Promise.all([
    start({ PUBLIC_URL: HTTPS_URL }),
    start({ NODE_ENV: "production", PUBLIC_URL: PROD_URL }),
  ]);
}, STARTUP_MS);
afterAll(async () => {
  await Promise.all([gh?.close(), prod?.close()]);
});

/** Signs up in cookie mode (a browser): returns the response and both cookie lines. */
async function browserSignUp(target = gh, base = B) {
  const res = await target.fetch(
    `${base}/user/signup`,
    json({ email: uniqueEmail("web"), password: PASSWORD }, { "x-forwarded-for": freshIp() }),
  );
  expect(res.status).toBe(201);
  const session = setCookie(res, "backend_session");
  const refresh = res.headers.getSetCookie().find((c) => /;\s*path=\/user\/session\b/i.test(c));
  return { res, session: session ?? "", refresh: refresh ?? "", access: cookieValue(session) ?? "" };
}

/** A request the browser sends with the session cookie, from page `origin`. */
const fromPage = (access: string, origin: string | undefined, init: RequestInit) =>
  withCookie(access, {
    ...init,
    headers: { ...(origin ? { origin } : {}), ...(init.headers as Record<string, string>) },
  });

const sample = async () => {
  const a = await browserSignUp();
  return [
    ["GET /health", await gh.fetch(`${B}/health`)],
    ["GET /user/me (200)", await me(gh, a.access, B)],
    ["GET /user/me (401)", await gh.fetch(`${B}/user/me`)],
    ["GET /nope (404)", await gh.fetch(`${B}/nope`)],
    ["POST /user/signin (400)", await gh.fetch(`${B}/user/signin`, json({ email: "x" }))],
    ["POST /auth/signin", await gh.fetch(`${B}/auth/signin`, json({ formFields: [] }))],
  ] as Array<[string, Response]>;
};

describe("V3 Web Frontend Security", () => {
  it("V3.2.1 API answers cannot be rendered as a page: JSON type, nosniff, and a CSP that forbids everything", async () => {
    for (const [label, res] of await sample()) {
      expect(res.headers.get("content-type"), label).toMatch(/^application\/json\b/);
      expect(res.headers.get("x-content-type-options"), label).toBe("nosniff");
      expect(res.headers.get("content-security-policy"), label).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
    }
    expect((await gh.fetch(`${B}/docs`)).headers.get("content-security-policy")).toContain(
      "frame-ancestors 'none'",
    );
  });

  it("V3.3.1 both session cookies are Secure and HttpOnly over https: when set, rotated and cleared", async () => {
    const a = await browserSignUp();
    const rotated = await gh.fetch(`${B}/user/session/refresh`, {
      method: "POST",
      headers: { cookie: `backend_refresh=${cookieValue(a.refresh)}` },
    });
    expect(rotated.status).toBe(200);
    const out = await gh.fetch(
      `${B}/user/signout`,
      withCookie(cookieValue(setCookie(rotated, "backend_session")) ?? "", { method: "POST" }),
    );
    expect(out.status).toBe(204);
    const lines = [a.res, rotated, out].flatMap((r) => r.headers.getSetCookie());
    expect(lines.length).toBe(6);
    for (const line of lines) {
      expect(cookieAttributes(line).has("secure"), line).toBe(true);
      expect(cookieAttributes(line).has("httponly"), line).toBe(true);
    }
  });

  it("V3.3.1 recorded exception: backend_session keeps its published name without __Host-, and is exactly as narrow as README says", async () => {
    const bullet = securityBullets().find((b) => b.includes("`backend_session` name") && b.includes("3.3.1"));
    expect(bullet, "README's security notes record the exception").toBeDefined();
    expect(bullet).toMatch(/exception/i);
    expect(bullet).toMatch(/never sets\s+`Domain`/);
    // The name is the published wire contract.
    const scheme = (contract.components.securitySchemes as Record<string, { in: string; name: string }>)
      .BackendSessionAuth;
    expect(scheme).toMatchObject({ in: "cookie", name: "backend_session" });
    // As narrow as claimed: no Domain, Path=/, Secure outside development (even on a plain-http PUBLIC_URL).
    for (const [target, base] of [
      [gh, B],
      [prod, PROD_URL],
    ] as const) {
      const line = (await browserSignUp(target, base)).session;
      const attrs = cookieAttributes(line);
      expect(attrs.has("domain"), line).toBe(false);
      expect(attrs.get("path"), line).toBe("/");
      expect(attrs.has("secure"), line).toBe(true);
      expect(attrs.has("httponly"), line).toBe(true);
    }
  });

  // depends on h8-edge
  it("V3.3.1 recorded exception: backend_refresh keeps its contract name without __Secure-, host-only, Strict, Secure", async () => {
    const bullet = securityBullets().find((b) => b.includes("`backend_refresh` name") && b.includes("3.3.1"));
    expect(bullet ?? "", "README's security notes record the exception").toMatch(/exception/i);
    const param = operations
      .find((op) => op.id === "UserOperations_refreshSession")
      ?.parameters.find((p) => p.in === "cookie");
    expect(param?.name).toBe("backend_refresh");
    for (const [target, base] of [
      [gh, B],
      [prod, PROD_URL],
    ] as const) {
      const line = (await browserSignUp(target, base)).refresh;
      expect(line.startsWith("backend_refresh="), line).toBe(true);
      const attrs = cookieAttributes(line);
      expect(attrs.has("domain"), line).toBe(false);
      expect(attrs.get("samesite")?.toLowerCase(), line).toBe("strict");
      expect(attrs.has("secure"), line).toBe(true);
      expect(attrs.has("httponly"), line).toBe(true);
    }
  });

  // depends on h8-edge
  it("V3.4.1 over https every response carries HSTS for at least a year, subdomains included", async () => {
    const responses = [...(await sample()), ["GET /docs", await gh.fetch(`${B}/docs`)] as [string, Response]];
    for (const [label, res] of responses) {
      const hsts = res.headers.get("strict-transport-security") ?? "";
      expect(Number(/max-age=(\d+)/.exec(hsts)?.[1]), label).toBeGreaterThanOrEqual(31_536_000);
      expect(hsts, label).toMatch(/;\s*includeSubDomains/i);
    }
  });

  it("V3.4.1 CORS preflight answers carry HSTS too", async () => {
    const pre = await gh.fetch(`${B}/user/me`, {
      method: "OPTIONS",
      headers: { origin: APP_ORIGIN, "access-control-request-method": "PATCH" },
    });
    expect(pre.status).toBe(204);
    const hsts = pre.headers.get("strict-transport-security") ?? "";
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
  });

  it("V3.4.2 CORS echoes only allow-listed origins (with credentials), never *", async () => {
    const a = await browserSignUp();
    const ask = (origin: string, method = "GET") =>
      gh.fetch(`${B}/user/me`, {
        method,
        headers: {
          origin,
          cookie: `backend_session=${a.access}`,
          ...(method === "OPTIONS" ? { "access-control-request-method": "PATCH" } : {}),
        },
      });
    for (const method of ["GET", "OPTIONS"]) {
      const allowed = await ask(APP_ORIGIN, method);
      expect(allowed.headers.get("access-control-allow-origin"), method).toBe(APP_ORIGIN);
      expect(allowed.headers.get("access-control-allow-credentials"), method).toBe("true");
      for (const origin of [EVIL_ORIGIN, "null", `${APP_ORIGIN}.evil.example`]) {
        expect((await ask(origin, method)).headers.get("access-control-allow-origin"), origin).toBeNull();
      }
    }
  });

  // depends on h8-edge
  it("V3.5.1 an unsafe request with cookies from a foreign page is refused whatever its content type", async () => {
    const a = await browserSignUp();
    const attempts: Array<[string, RequestInit, string | undefined]> = [
      [
        "JSON sign-out",
        { method: "POST", headers: { "content-type": "application/json" }, body: "{}" },
        EVIL_ORIGIN,
      ],
      ["JSON profile change", { ...json({ name: "pwned" }), method: "PATCH" }, EVIL_ORIGIN],
      [
        "cross-site fetch metadata",
        {
          method: "POST",
          headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" },
          body: "{}",
        },
        undefined,
      ],
    ];
    for (const [label, init, origin] of attempts) {
      const path = label.includes("profile") ? "/user/me" : "/user/signout";
      const res = await gh.fetch(`${B}${path}`, fromPage(a.access, origin, init));
      expect(res.status, label).toBe(403);
    }
    const still = (await (await me(gh, a.access, B)).json()) as { name: string | null };
    expect(still.name).toBeNull();
    const own = await gh.fetch(
      `${B}/user/me`,
      fromPage(a.access, APP_ORIGIN, { ...json({ name: "Ada" }), method: "PATCH" }),
    );
    expect(own.status).toBe(200);
  });

  it("V3.5.2 requests a page can send without a CORS preflight are refused from a foreign origin", async () => {
    const a = await browserSignUp();
    for (const headers of [
      { "content-type": "text/plain" },
      { "content-type": "application/x-www-form-urlencoded" },
      { "content-type": "multipart/form-data; boundary=x" },
      {} as Record<string, string>,
    ]) {
      const res = await gh.fetch(
        `${B}/user/signout`,
        fromPage(a.access, EVIL_ORIGIN, { method: "POST", headers }),
      );
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(await errorCode(res)).toBe("AUTH_INSUFFICIENT_PERMISSIONS");
    }
    expect((await me(gh, a.access, B)).status).toBe(200);
  });

  it("V3.5.3 every GET is a read; state changes take POST, PATCH or DELETE, and a GET to them finds no route", async () => {
    const reads = /^(get|list|is|tenantIs|jwks)|EmailExists$/i;
    const gets = operations.filter((op) => op.method === "GET");
    for (const op of gets) {
      expect(op.id.split("_")[1], op.id).toMatch(reads);
      expect(op.requestBody, op.id).toBeUndefined();
    }
    const readPaths = new Set(gets.map((op) => op.path));
    const unsafeOnly = [...new Set(operations.filter((op) => !readPaths.has(op.path)).map((op) => op.path))];
    expect(unsafeOnly).toContain("/user/signout");
    for (const path of unsafeOnly) {
      const url = path.replace("{sessionId}", crypto.randomUUID()).replace(/\{[^}]+\}/g, "public");
      const res = await gh.fetch(`${B}${url}`);
      expect(res.status, path).toBe(404);
    }
  });
});

describe("V4 API and Web Service", () => {
  it("V4.1.1 every answer with a body names its type, and text types their charset", async () => {
    const responses: Array<[string, Response]> = [...(await sample())];
    for (const path of [
      "/docs",
      "/docs/assets/init.js",
      "/docs/assets/swagger-ui.css",
      "/docs/assets/favicon.png",
      "/openapi.json",
      "/.well-known/jwks.json",
    ]) {
      responses.push([path, await gh.fetch(`${B}${path}`)]);
    }
    responses.push([
      "CSRF refusal",
      await gh.fetch(`${B}/user/signout`, {
        method: "POST",
        headers: { origin: EVIL_ORIGIN, cookie: "backend_session=x" },
      }),
    ]);
    for (const [label, res] of responses) {
      const body = await res.arrayBuffer();
      if (body.byteLength === 0) continue;
      const type = res.headers.get("content-type") ?? "";
      expect(type, label).not.toBe("");
      if (/^text\/|javascript|xml/.test(type)) expect(type, label).toMatch(/;\s*charset=utf-8/i);
      if (/json/.test(type)) expect(() => JSON.parse(new TextDecoder().decode(body)), label).not.toThrow();
    }
  });
});

describe("V4 WebSockets", () => {
  it("V4.4.1 WebSockets over TLS only: a plain-http page cannot open the realtime socket with the Secure session cookie", async () => {
    const a = await browserSignUp();
    expect(cookieAttributes(a.res.headers.getSetCookie()[0] ?? "").has("secure")).toBe(true);
    const handshake = (origin: string) =>
      gh.fetch(
        `${B}/user/realtime`,
        fromPage(a.access, origin, {
          headers: {
            upgrade: "websocket",
            connection: "Upgrade",
            "sec-websocket-version": "13",
            "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==",
            "sec-websocket-protocol": "gatehouse.v1",
          },
        }),
      );
    // The http:// twins of the app's and the server's own origins are not allowed origins.
    for (const origin of [APP_ORIGIN.replace("https:", "http:"), B.replace("https:", "http:"), EVIL_ORIGIN]) {
      const res = await handshake(origin);
      expect(res.status, origin).toBe(403);
      expect(await errorCode(res), origin).toBe("AUTH_INSUFFICIENT_PERMISSIONS");
    }
    // The https app passes the Origin check (in-process there is no socket to upgrade: 400, not 403).
    const ok = await handshake(APP_ORIGIN);
    expect(ok.status).toBe(400);
  });
});

describe("V5 File Handling", () => {
  it("V5.3.2 the docs assets route picks from a fixed list; traversal and prototype names find nothing", async () => {
    for (const name of ["init.js", "swagger-ui.css", "swagger-ui-bundle.js", "favicon.png"]) {
      expect((await gh.fetch(`${B}/docs/assets/${name}`)).status, name).toBe(200);
    }
    for (const name of [
      "..%2Fpackage.json",
      "..%2F..%2FREADME.md",
      "%2e%2e%2f%2e%2e%2fpackage.json",
      "__proto__",
      "constructor",
      "hasOwnProperty",
      "init.js%00.png",
      "INIT.JS",
      "swagger-ui.css.map",
    ]) {
      const res = await gh.fetch(`${B}/docs/assets/${name}`);
      expect(res.status, name).toBe(404);
      expect(await errorCode(res), name).toBe("NOT_FOUND");
    }
  });
});
