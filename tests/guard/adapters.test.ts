// The development bypass (loopback only, never in production), the Express adapter with a real express app, and the plain form.
import type { AddressInfo } from "node:net";
import { authContextFor, createGuard, GuardError } from "@gatehouse/guard";
import { expressGuard } from "@gatehouse/guard/express";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  call,
  type LiveGatehouse,
  liveGatehouse,
  type RoleTenant,
  roleTenant,
  startService,
} from "./helpers.js";

const DEV_ENV = {
  GATEHOUSE_DEV_BYPASS: "true",
  GATEHOUSE_DEV_USER_ID: "dev-user-1",
  GATEHOUSE_DEV_ROLE: "admin",
  GATEHOUSE_DEV_PERMISSIONS: "report:read, forecast:write",
};

describe("guard adapters (real Gatehouse over HTTP)", () => {
  let live: LiveGatehouse;
  let t: RoleTenant;
  beforeAll(async () => {
    live = await liveGatehouse();
    t = await roleTenant(live.gh);
  }, 60_000);
  afterAll(() => live?.close());

  describe("development bypass", () => {
    it("is refused at start in production, and when incomplete or mistyped", () => {
      expect(() => createGuard({ url: live.url, env: { ...DEV_ENV, NODE_ENV: "production" } })).toThrow(
        /GATEHOUSE_DEV_BYPASS is refused when NODE_ENV=production/,
      );
      expect(() =>
        createGuard({ url: live.url, env: { GATEHOUSE_DEV_BYPASS: "true", GATEHOUSE_DEV_ROLE: "admin" } }),
      ).toThrow(TypeError);
      expect(() => createGuard({ url: live.url, env: { ...DEV_ENV, GATEHOUSE_DEV_BYPASS: "yes" } })).toThrow(
        TypeError,
      );
      // Off: production starts normally.
      createGuard({ url: live.url, env: { NODE_ENV: "production", GATEHOUSE_DEV_BYPASS: "false" } }).close();
    });

    it("serves the dev user to a credential-less loopback request, warning on every use", async () => {
      const service = await startService(live, { env: DEV_ENV });
      try {
        for (let i = 0; i < 2; i++) {
          const res = await call(service, "/reports");
          expect(res.status).toBe(200);
        }
        const who = await call(service, "/whoami");
        expect(who.body).toMatchObject({
          kind: "user",
          userId: "dev-user-1",
          roles: ["admin"],
          perms: ["report:read", "forecast:write"],
          devBypass: true,
        });
        expect(service.warnings.filter((w) => w.includes("development bypass used"))).toHaveLength(3);
        // A credential presented is verified as always: the bypass never replaces it.
        const viewer = await call(service, "/admin/settings", bearer(await t.viewer.accessToken()));
        expect([viewer.status, viewer.body.error?.code]).toEqual([403, "AUTH_INSUFFICIENT_PERMISSIONS"]);
        const forged = await call(service, "/whoami", bearer("not.a.token"));
        expect(forged.status).toBe(401);
      } finally {
        await service.close();
      }
    });

    it("is refused from a non-loopback peer (X-Forwarded-For is not looked at)", async () => {
      const service = await startService(live, { env: DEV_ENV }, { remoteAddress: () => "203.0.113.7" });
      try {
        const res = await call(service, "/whoami", { "x-forwarded-for": "127.0.0.1" });
        expect([res.status, res.body.error?.code]).toEqual([401, "AUTH_UNAUTHENTICATED"]);
        expect(service.warnings.filter((w) => w.includes("development bypass used"))).toHaveLength(0);
      } finally {
        await service.close();
      }
    });

    it("is off unless enabled, even from loopback", async () => {
      const service = await startService(live, {
        env: { GATEHOUSE_DEV_USER_ID: "dev", GATEHOUSE_DEV_ROLE: "admin" },
      });
      try {
        expect((await call(service, "/whoami")).status).toBe(401);
      } finally {
        await service.close();
      }
    });
  });

  describe("Express adapter", () => {
    let url: string;
    let server: ReturnType<ReturnType<typeof express>["listen"]>;
    let guard: ReturnType<typeof createGuard>;
    beforeAll(async () => {
      guard = createGuard({ url: live.url, env: {}, now: () => live.gh.clock.now().getTime() });
      const g = expressGuard(guard);
      const app = express();
      app.get("/reports", g.requirePermission("report:read"), (req, res) => {
        res.json({ userId: (req as { auth?: { userId: string } }).auth?.userId });
      });
      app.get("/tenants/:tenantId", g.requireTenant("tenantId"), (_req, res) => {
        res.json({ ok: true });
      });
      app.get("/admin", g.requireRole("admin"), (_req, res) => {
        res.json({ ok: true });
      });
      app.get("/status", g.allowAnonymous(), (req, res) => {
        res.json({ kind: (req as { auth?: { kind: string } }).auth?.kind });
      });
      server = app.listen(0, "127.0.0.1");
      await new Promise((r) => server.once("listening", r));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      guard?.close();
      await new Promise((r) => server.close(r));
    });

    const get = async (path: string, headers: Record<string, string> = {}) => {
      const res = await fetch(`${url}${path}`, { headers });
      return {
        status: res.status,
        body: (await res.json()) as { error?: { code: string; requestId: string } },
        res,
      };
    };

    it("answers each caller as the Hono adapter does", async () => {
      const viewer = bearer(await t.viewer.accessToken());
      const outsider = bearer(await t.outsider.accessToken());
      const admin = bearer(await t.admin.accessToken());
      expect(await get("/reports", viewer)).toMatchObject({ status: 200, body: { userId: t.viewer.userId } });
      const refused = await get("/reports", outsider);
      expect([refused.status, refused.body.error?.code]).toEqual([403, "AUTH_INSUFFICIENT_PERMISSIONS"]);
      const anon = await get("/reports");
      expect([anon.status, anon.body.error?.code]).toEqual([401, "AUTH_UNAUTHENTICATED"]);
      expect(anon.res.headers.get("www-authenticate")).toContain('error="missing_token"');
      expect(anon.body.error?.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect((await get(`/tenants/${t.tenantId}`, viewer)).status).toBe(200);
      const other = await get(`/tenants/${t.tenantId}`, outsider);
      expect([other.status, other.body.error?.code]).toEqual([403, "AUTH_TENANT_ACCESS_DENIED"]);
      expect((await get("/admin", admin)).status).toBe(200);
      expect((await get("/admin", viewer)).status).toBe(403);
      expect((await get("/status")).body).toEqual({ kind: "anonymous" });
      const forged = await get("/status", bearer("a.b.c"));
      expect([forged.status, forged.body.error?.code]).toEqual([401, "AUTH_UNAUTHENTICATED"]);
    });
  });

  describe("plain (req) => context", () => {
    it("gives a GraphQL context builder the context, or throws the GuardError", async () => {
      const guard = createGuard({ url: live.url, env: {}, now: () => live.gh.clock.now().getTime() });
      try {
        const context = authContextFor(guard);
        const viewer = await context(
          new Request("http://svc/graphql", { headers: bearer(await t.viewer.accessToken()) }),
        );
        expect(viewer).toMatchObject({ kind: "user", userId: t.viewer.userId, tenantId: t.tenantId });
        expect(await context({ headers: {}, socket: { remoteAddress: "127.0.0.1" } })).toMatchObject({
          kind: "anonymous",
        });
        const refused = await context(new Request("http://svc/graphql", { headers: bearer("x.y.z") })).catch(
          (e: unknown) => e,
        );
        expect(refused).toBeInstanceOf(GuardError);
        expect(refused).toMatchObject({ code: "AUTH_UNAUTHENTICATED", status: 401 });
        // Never the credential in the error.
        expect(JSON.stringify({ ...(refused as object), message: (refused as Error).message })).not.toContain(
          "x.y.z",
        );
      } finally {
        guard.close();
      }
    });

    it("answers 503 SERVICE_UNAVAILABLE (not 401) when Gatehouse cannot be reached for its keys", async () => {
      const guard = createGuard({ url: "http://127.0.0.1:1", env: {} });
      const result = await guard.verifyRequest({ headers: bearer(await t.viewer.accessToken()) });
      expect(result).toBeInstanceOf(GuardError);
      expect((result as GuardError).code).toBe("SERVICE_UNAVAILABLE");
      expect((result as GuardError).status).toBe(503);
    });

    it("refuses misuse at creation with a TypeError", () => {
      expect(() => createGuard({} as never)).toThrow(TypeError);
      expect(() => createGuard({ url: "ftp://x" })).toThrow(TypeError);
      expect(() => createGuard({ url: live.url, algorithms: ["HS256"] })).toThrow(TypeError);
      expect(() => createGuard({ url: live.url, algorithms: ["none"] })).toThrow(TypeError);
      expect(() => createGuard({ url: live.url, acceptServiceSecrets: ["short"] })).toThrow(TypeError);
      expect(() => createGuard({ url: live.url, clockToleranceSeconds: 3600 })).toThrow(TypeError);
      // Floors that keep a forged kid or a typo from turning every request into a fetch at Gatehouse.
      expect(() => createGuard({ url: live.url, jwksCooldownMs: 0 })).toThrow(TypeError);
      expect(() =>
        createGuard({ url: live.url, serviceSecret: "s", revocations: { intervalMs: 0 } }),
      ).toThrow(TypeError);
      expect(() => createGuard({ url: live.url, apiKeys: { cacheTtlMs: Number.NaN } })).toThrow(TypeError);
    });
  });
});
