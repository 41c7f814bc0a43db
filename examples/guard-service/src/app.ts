// A planning-reports service protected by @gatehouse/guard: each route needs a permission, a role, a tenant, or nothing.
import type { Guard } from "@gatehouse/guard";
import { all, requirePermission, requireTenant } from "@gatehouse/guard";
import { type GuardEnv, type HonoGuardOptions, honoGuard } from "@gatehouse/guard/hono";
import { Hono } from "hono";

export function createService(guard: Guard, options: HonoGuardOptions = {}) {
  const auth = honoGuard(guard, options);
  const app = new Hono<GuardEnv>();

  // Anyone; says who the caller is (an invalid credential is still 401).
  app.get("/status", auth.allowAnonymous(), (c) => c.json({ ok: true, kind: c.var.auth.kind }));
  // Any verified credential: a session, an API key, a service.
  app.get("/whoami", auth.requireAuth(), (c) => c.json(c.var.auth));
  app.get("/reports", auth.requirePermission("report:read"), (c) =>
    c.json({ tenantId: c.var.auth.tenantId, reports: [] }),
  );
  app.post("/forecasts", auth.requirePermission("forecast:write"), (c) => c.json({ created: true }, 201));
  app.post("/plans/:planId/approve", auth.requirePermission("plan:approve", "plan:read"), (c) =>
    c.json({ approved: c.req.param("planId") }),
  );
  app.get("/admin/settings", auth.requireRole("admin"), (c) => c.json({ settings: {} }));
  // Other services only (X-Service-Auth).
  app.post("/internal/reindex", auth.requireRole("service"), (c) => c.json({ reindexing: true }, 202));
  // The caller's active tenant must be the one in the path, and they must read reports there.
  app.get(
    "/tenants/:tenantId/summary",
    auth.protect(all(requireTenant("tenantId"), requirePermission("report:read"))),
    (c) => c.json({ tenantId: c.req.param("tenantId") }),
  );
  return app;
}
