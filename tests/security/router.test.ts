// The app's SplitRouter matches exactly what hono's TrieRouter matches, keeps RegExpRouter for the routes
// outside /auth, and the real app routes both sides (fixed and tenant-scoped SuperTokens paths).
import type { Router } from "hono/router";
import { RegExpRouter } from "hono/router/reg-exp-router";
import { TrieRouter } from "hono/router/trie-router";
import { describe, expect, it } from "vitest";
import { SplitRouter } from "../../server/http/router.js";
import { contract } from "../helpers/contract.js";
import { startTestGatehouse } from "../helpers/gatehouse.js";

type Route = [method: string, path: string];

// Every contract operation (hono's `:param` syntax), behind middleware on `*` and `/*`, plus patterns
// whose first segment is a parameter or wildcard (they can match on both sides of the split).
const contractRoutes: Route[] = Object.entries(contract.paths as Record<string, object>).flatMap(
  ([path, item]) =>
    Object.keys(item)
      .filter((m) => ["get", "post", "put", "patch", "delete"].includes(m))
      .map((m): Route => [m.toUpperCase(), path.replace(/\{([^}]+)\}/g, ":$1")]),
);
const routes: Route[] = [
  ["ALL", "*"],
  ["GET", "/*"],
  ...contractRoutes,
  ["GET", "/docs/assets/:file"],
  ["POST", "/auth"],
];
// A first-segment parameter beside fixed paths: RegExpRouter cannot hold it, the main side falls back.
const awkward: Route = ["GET", "/:any/jwt/jwks.json"];

function build(router: Router<string>, extra: Route[] = []): Router<string> {
  [...routes, ...extra].forEach(([method, path], i) => {
    router.add(method, path, `${i} ${method} ${path}`);
  });
  return router;
}

const matched = (router: Router<string>, method: string, path: string) => {
  const [handlers] = router.match(method, path);
  return handlers.map(([handler]) => handler);
};

const requests: Route[] = [
  ...contractRoutes.map(([m, p]): Route => [m, p.replace(/:[^/]+/g, "x-1")]),
  ...contractRoutes.map(([m, p]): Route => [m, p.replace(/:[^/]+/g, "signin")]),
  ["GET", "/"],
  ["GET", "/auth"],
  ["POST", "/auth"],
  ["GET", "/authx/signin"],
  ["GET", "/auth/"],
  ["GET", "/auth/jwt/jwks.json"],
  ["GET", "/docs/assets/app.js"],
  ["GET", "/no/such/route"],
  ["OPTIONS", "/user/me"],
  ["HEAD", "/health"],
];

describe("SplitRouter", () => {
  it("matches the same handlers, in the same order, as TrieRouter for every route and request", () => {
    for (const extra of [[], [awkward]]) {
      const split = build(new SplitRouter("auth"), extra);
      const trie = build(new TrieRouter(), extra);
      for (const [method, path] of [...requests, ["GET", "/user/jwt/jwks.json"] as Route]) {
        expect(matched(split, method, path), `${method} ${path}`).toEqual(matched(trie, method, path));
      }
      expect(split.name).toBe(
        extra.length ? "SplitRouter (SmartRouter + TrieRouter)" : "SplitRouter (SmartRouter + RegExpRouter)",
      );
    }
  });

  it("passes the path parameters through on both sides", () => {
    const split = build(new SplitRouter("auth"));
    const params = (path: string) => {
      const [handlers, stash] = split.match("POST", path);
      const last = handlers.at(-1) as [string, Record<string, string | number>];
      return Object.fromEntries(Object.entries(last[1]).map(([k, v]) => [k, stash ? stash[v as number] : v]));
    };
    expect(params("/auth/tenant-7/signin")).toEqual({ tenantId: "tenant-7" });
    expect(params("/tenants/t-9/invitations")).toMatchObject({ tenantId: "t-9" });
  });

  it("keeps RegExpRouter for the routes outside /auth, which the whole set would make it refuse", () => {
    expect(() => build(new RegExpRouter())).toThrow();
    const split = build(new SplitRouter("auth"));
    expect(matched(split, "GET", "/health").length).toBeGreaterThan(0);
  });

  it("refuses a split on anything but one literal segment", () => {
    for (const bad of ["", ":tenantId", "*", "a/b", "{x}"]) {
      expect(() => new SplitRouter(bad)).toThrow(TypeError);
    }
  });
});

describe("the app's router", () => {
  it("routes the fixed and the tenant-scoped SuperTokens paths and the rest of the API", async () => {
    const gh = await startTestGatehouse();
    try {
      const health = await gh.app.request("/health");
      expect(health.status).toBe(200);
      // A route added outside /auth that RegExpRouter cannot hold would silently slow every request.
      expect(gh.app.router.name).toBe("SplitRouter (SmartRouter + RegExpRouter)");
      for (const path of ["/auth/signup/email/exists", "/auth/public/signup/email/exists"]) {
        const res = await gh.app.request(`${path}?email=nobody%40example.com`, {
          headers: { rid: "emailpassword" },
        });
        expect(res.status, path).toBe(200);
        expect(await res.json(), path).toMatchObject({ status: "OK", exists: false });
      }
      const missing = await gh.app.request("/authx");
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    } finally {
      await gh.close();
    }
  });
});
