// What a user may do in a tenant: their active membership's roles and the permissions those roles grant.
import { AppError } from "../errors.js";
import type { Queryable } from "../store/db.js";
import { findLandingGrant, findMembershipGrant, type MembershipGrant } from "../store/memberships.js";
import { permissionsFor } from "./permissions.js";

export const DEFAULT_TENANT = "default";

/** The active tenant of a session: what the access token carries as `tid`, `roles` and `perms`. */
export interface ActiveTenant {
  tenantId: string;
  roles: string[];
  permissions: string[];
}

/** Why a membership grants nothing (structured, for callers that branch on it). */
export type NoAccessReason = "not_a_member" | "membership_inactive" | "tenant_suspended";

/** The grant of a membership row as read by the store; a reason when it grants no access. */
export function activeTenantOf(grant: MembershipGrant | undefined): ActiveTenant | NoAccessReason {
  if (!grant) return "not_a_member";
  if (!grant.active) return "membership_inactive";
  if (grant.tenant_status !== "active") return "tenant_suspended";
  return {
    tenantId: grant.tenant_id,
    roles: [...grant.roles],
    permissions: permissionsFor(grant.roles, grant.role_permissions),
  };
}

/** The user's access to `tenantId`; 403 AUTH_TENANT_ACCESS_DENIED unless an active member of an active tenant. */
export async function requireActiveTenant(
  db: Queryable,
  userId: string,
  tenantId: string,
): Promise<ActiveTenant> {
  const active = activeTenantOf(await findMembershipGrant(db, userId, tenantId));
  // Only a member learns that the tenant is suspended (an operator's decision they should know of);
  // everyone else gets the one answer that does not tell tenants apart.
  if (active === "tenant_suspended")
    throw new AppError("AUTH_TENANT_ACCESS_DENIED", { message: "This tenant is suspended." });
  if (typeof active === "string") throw new AppError("AUTH_TENANT_ACCESS_DENIED");
  return active;
}

/**
 * Where a sign-in lands: `preferred` (the default tenant for the existing flows) if the user is an active
 * member of it, else their oldest active membership. 403 AUTH_TENANT_ACCESS_DENIED when there is none.
 */
export async function landingTenant(
  db: Queryable,
  userId: string,
  preferred: string = DEFAULT_TENANT,
): Promise<ActiveTenant> {
  return landingOf(await findLandingGrant(db, userId, preferred));
}

/** landingTenant from the landing membership already read (findLandingGrant or landingGrantColumn). */
export function landingOf(grant: MembershipGrant | null | undefined): ActiveTenant {
  const active = activeTenantOf(grant ?? undefined);
  if (typeof active === "string") throw new AppError("AUTH_TENANT_ACCESS_DENIED");
  return active;
}
