// The SuperTokens names of Gatehouse tenants (`public` is the default tenant) and the FDI user object that lists them.
import { DEFAULT_TENANT } from "../services/tenant-access.js";
import type { TenantRef } from "../services/tenant-ref.js";
import type { TenantService } from "../services/tenants.js";
import type { UserRow } from "../services/users.js";

const PUBLIC = "public";

/**
 * The Gatehouse tenant a SuperTokens path names: `public` is the default tenant; any other segment is
 * a tenant id or slug, resolved (and refused like a tenant the caller may not use) by the services.
 */
export function tenantOf(tenantId: string | undefined): TenantRef | undefined {
  if (tenantId === undefined) return undefined; // /auth/signin: where a sign-in usually lands
  if (tenantId === PUBLIC) return { id: DEFAULT_TENANT };
  return { idOrSlug: tenantId };
}

/** The inverse of `tenantOf` for a tenant id: what a SuperTokens frontend puts in `/auth/{tenantId}/…`. */
export const superTokensTenantId = (tenantId: string): string =>
  tenantId === DEFAULT_TENANT ? PUBLIC : tenantId;

/** The FDI user object: `tenantIds` are the tenants the user is an active member of, in SuperTokens names. */
export async function stUser(u: UserRow, tenants: Pick<TenantService, "listMine">) {
  const memberships = await tenants.listMine(u.id);
  return {
    id: u.id,
    email: u.email,
    timeJoined: u.created_at.getTime(),
    tenantIds: memberships.map((t) => superTokensTenantId(t.id)),
    emails: [u.email],
    isPrimaryUser: false,
  };
}
