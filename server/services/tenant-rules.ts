// The rules every tenancy change keeps: a member holds only roles the tenant defines, and a tenant always keeps
// an active admin (the one check behind demotion, deactivation, removal and account deletion).
import { AppError } from "../errors.js";
import type { Queryable } from "../store/db.js";
import { countActiveWithRole, tenantsWhereActiveWithRole } from "../store/memberships.js";
import { existingRoleNames } from "../store/roles.js";
import { lockTenant } from "../store/tenants.js";
import { ADMIN_ROLE } from "./permissions.js";

/** 400 VALIDATION_FAILED at `path` naming each of `roles` the tenant does not define. */
export async function assertRolesExist(
  db: Queryable,
  tenantId: string,
  roles: readonly string[],
  path: string,
): Promise<void> {
  const known = await existingRoleNames(db, tenantId, roles);
  const unknown = roles.filter((r) => !known.has(r));
  if (unknown.length > 0) {
    throw new AppError("VALIDATION_FAILED", {
      message: `Unknown role: ${unknown.join(", ")}.`,
      fields: unknown.map((r) => ({ path, message: `Role "${r}" does not exist in this tenant` })),
    });
  }
}

const lastAdmin = () =>
  new AppError("TENANT_LAST_ADMIN", {
    message: "A tenant must keep at least one active admin; make another member an admin of it first.",
  });

/**
 * 409 TENANT_LAST_ADMIN unless the tenant has an active admin other than `userId`. Call it inside the
 * change's transaction after `lockTenant`, so that two changes to one tenant's admins run one at a time.
 */
export async function assertAnotherAdmin(tx: Queryable, tenantId: string, userId: string): Promise<void> {
  if ((await countActiveWithRole(tx, tenantId, ADMIN_ROLE, userId)) === 0) throw lastAdmin();
}

/**
 * Before deleting `userId`: locks every tenant they are an active admin of (in id order, so two deletions
 * cannot deadlock) and applies the same rule to each. Two admins of one tenant deleting themselves at once:
 * the second waits on the lock, then counts without the first and is refused.
 */
export async function assertNoTenantLosesItsLastAdmin(tx: Queryable, userId: string): Promise<void> {
  const tenantIds = await tenantsWhereActiveWithRole(tx, userId, ADMIN_ROLE);
  for (const tenantId of [...tenantIds].sort()) await lockTenant(tx, tenantId);
  for (const tenantId of tenantIds) await assertAnotherAdmin(tx, tenantId, userId);
}
