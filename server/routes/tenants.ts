// Handlers of the /tenants operations. Tenant scope and permissions are enforced by the contract's marks
// (server/contract/mount.ts) before a handler runs; handlers act on the path's tenant, which is the active one.
import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import { actingUser } from "./user.js";

export type TenantHandlers = Pick<
  Handlers,
  | "TenantOperations_createTenant"
  | "TenantOperations_listMyTenants"
  | "TenantOperations_getTenant"
  | "TenantOperations_updateTenant"
  | "TenantOperations_listMembers"
  | "TenantOperations_updateMember"
  | "TenantOperations_removeMember"
  | "TenantOperations_listRoles"
  | "TenantOperations_createRole"
  | "TenantOperations_updateRole"
>;

export function tenantHandlers(deps: Pick<AppDeps, "tenants" | "config">): TenantHandlers {
  const { tenants, config } = deps;
  const by = (c: Parameters<typeof actingUser>[0]) => actingUser(c, config.trustProxy);
  return {
    TenantOperations_createTenant: async (c) =>
      c.json(await tenants.create(c.var.auth.userId, c.req.valid("json"), by(c)), 201),
    TenantOperations_listMyTenants: async (c) =>
      c.json({ tenants: await tenants.listMine(c.var.auth.userId) }, 200),
    TenantOperations_getTenant: async (c) => c.json(await tenants.get(c.req.valid("param").tenantId), 200),
    TenantOperations_updateTenant: async (c) =>
      c.json(await tenants.update(c.req.valid("param").tenantId, c.req.valid("json"), by(c)), 200),
    TenantOperations_listMembers: async (c) =>
      c.json(await tenants.listMembers(c.req.valid("param").tenantId, c.req.valid("query")), 200),
    TenantOperations_updateMember: async (c) => {
      const { tenantId, userId } = c.req.valid("param");
      return c.json(await tenants.updateMember(tenantId, userId, c.req.valid("json"), by(c)), 200);
    },
    TenantOperations_removeMember: async (c) => {
      const { tenantId, userId } = c.req.valid("param");
      await tenants.removeMember(tenantId, userId, by(c));
      return c.body(null, 204);
    },
    TenantOperations_listRoles: async (c) =>
      c.json({ roles: await tenants.listRoles(c.req.valid("param").tenantId) }, 200),
    TenantOperations_createRole: async (c) =>
      c.json(await tenants.createRole(c.req.valid("param").tenantId, c.req.valid("json"), by(c)), 201),
    TenantOperations_updateRole: async (c) => {
      const { tenantId, roleName } = c.req.valid("param");
      return c.json(await tenants.updateRole(tenantId, roleName, c.req.valid("json"), by(c)), 200);
    },
  };
}
