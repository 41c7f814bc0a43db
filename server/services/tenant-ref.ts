// Which tenant a sign-up, sign-in or SuperTokens `/auth/{tenantId}` request names: by id, slug or either.
import { AppError } from "../errors.js";
import type { Queryable } from "../store/db.js";
import { findTenantById, findTenantBySlug, type TenantRow } from "../store/tenants.js";
import { DEFAULT_TENANT } from "./tenant-access.js";

/** A named tenant: by id, by slug, or (the SuperTokens path segment) by id else slug. */
export type TenantRef = { id: string } | { slug: string } | { idOrSlug: string };

/** The ref a body names with `tenantId` / `tenantSlug`; undefined when neither is sent; 400 for both. */
export function tenantRefOf(body: { tenantId?: string | undefined; tenantSlug?: string | undefined }) {
  const { tenantId, tenantSlug } = body;
  if (tenantId !== undefined && tenantSlug !== undefined)
    throw new AppError("VALIDATION_FAILED", {
      message: "Name the tenant by tenantId or by tenantSlug, not both.",
      fields: [{ path: "body.tenantSlug", message: "Not allowed together with tenantId" }],
    });
  if (tenantId !== undefined) return { id: tenantId } satisfies TenantRef;
  if (tenantSlug !== undefined) return { slug: tenantSlug } satisfies TenantRef;
  return undefined;
}

/**
 * The tenant `ref` names (the default tenant when undefined); undefined when there is none. Callers refuse an
 * unknown tenant exactly like one the caller may not use, so tenants cannot be enumerated.
 */
export async function resolveTenant(
  db: Queryable,
  ref: TenantRef | undefined,
): Promise<TenantRow | undefined> {
  if (ref === undefined) return findTenantById(db, DEFAULT_TENANT);
  if ("id" in ref) return findTenantById(db, ref.id);
  if ("slug" in ref) return findTenantBySlug(db, ref.slug);
  return (await findTenantById(db, ref.idOrSlug)) ?? (await findTenantBySlug(db, ref.idOrSlug));
}
