// Handlers of the /admin tenant and impersonation operations, for operators and services.
import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import { tokenPair } from "../http/session-result.js";
import { adminOperator, operatorKey, rateLimitedPerOperator } from "./admin.js";

export type AdminTenantHandlers = Pick<
  Handlers,
  | "AdminTenantOperations_createTenant"
  | "AdminTenantOperations_listTenants"
  | "AdminTenantOperations_getTenant"
  | "AdminTenantOperations_suspendTenant"
  | "AdminTenantOperations_reactivateTenant"
  | "AdminTenantOperations_startImpersonation"
  | "AdminTenantOperations_endImpersonation"
>;

export function adminTenantHandlers(
  deps: Pick<AppDeps, "adminTenants" | "impersonations" | "rateLimits" | "config">,
): AdminTenantHandlers {
  const { adminTenants, impersonations, rateLimits, config } = deps;
  const operator = adminOperator(config);
  const handlers: AdminTenantHandlers = {
    AdminTenantOperations_createTenant: async (c) =>
      c.json(await adminTenants.create(c.req.valid("json"), operator(c)), 201),
    AdminTenantOperations_listTenants: async (c) =>
      c.json(await adminTenants.list(c.req.valid("query")), 200),
    AdminTenantOperations_getTenant: async (c) =>
      c.json(await adminTenants.get(c.req.valid("param").tenantId), 200),
    AdminTenantOperations_suspendTenant: async (c) =>
      c.json(await adminTenants.suspend(c.req.valid("param").tenantId, operator(c)), 200),
    AdminTenantOperations_reactivateTenant: async (c) =>
      c.json(await adminTenants.reactivate(c.req.valid("param").tenantId, operator(c)), 200),
    AdminTenantOperations_startImpersonation: async (c) => {
      const by = operator(c);
      await rateLimits.impersonationsPerActor.hit(operatorKey(by.actor));
      const { session, expiresAt, ...started } = await impersonations.start(c.req.valid("json"), by);
      c.header("Cache-Control", "no-store");
      return c.json({ ...started, expiresAt: expiresAt.toISOString(), tokens: tokenPair(session) }, 201);
    },
    AdminTenantOperations_endImpersonation: async (c) => {
      await impersonations.end(c.req.valid("param").impersonationId, operator(c));
      return c.body(null, 204);
    },
  };
  return rateLimitedPerOperator(handlers, rateLimits.adminRequestsPerActor);
}
