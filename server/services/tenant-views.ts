// The tenancy area's rows as the contract's models (Tenant, Member, Role), and the member-page cursor.
import { AppError } from "../errors.js";
import type { findMember } from "../store/memberships.js";
import type { RoleRow } from "../store/roles.js";
import type { RegistrationPolicy } from "../store/schema.js";
import type { TenantRow } from "../store/tenants.js";
import { PERMISSION_PATTERN, type PresetName } from "./permissions.js";

export interface TenantView {
  id: string;
  slug: string;
  name: string;
  status: "active" | "suspended";
  registrationPolicy: RegistrationPolicy;
  preset: PresetName;
  createdAt: string;
  updatedAt: string;
}

export interface MemberView {
  userId: string;
  tenantId: string;
  email: string;
  name: string | null;
  roles: string[];
  orgUnit: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface RoleView {
  name: string;
  description: string | null;
  permissions: string[];
}

export const toTenantView = (t: TenantRow): TenantView => ({
  id: t.id,
  slug: t.slug,
  name: t.name,
  status: t.status,
  registrationPolicy: t.registration_policy,
  preset: t.preset,
  createdAt: t.created_at.toISOString(),
  updatedAt: t.updated_at.toISOString(),
});

export const toRoleView = (r: RoleRow): RoleView => ({
  name: r.name,
  description: r.description,
  permissions: [...r.permissions].sort(),
});

export type MemberRow = NonNullable<Awaited<ReturnType<typeof findMember>>>;
export const toMemberView = (m: MemberRow): MemberView => ({
  userId: m.user_id,
  tenantId: m.tenant_id,
  email: m.email,
  name: m.name,
  roles: m.roles,
  orgUnit: m.org_unit,
  active: m.active,
  createdAt: m.created_at.toISOString(),
  updatedAt: m.updated_at.toISOString(),
});

/** Cursor of a member page: opaque to clients (base64url of the last row's keyset). */
export function encodeCursor(m: MemberRow): string {
  return Buffer.from(JSON.stringify([m.created_at.toISOString(), m.user_id])).toString("base64url");
}

export function decodeCursor(cursor: string): { createdAt: Date; userId: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString()) as unknown[];
    const createdAt = new Date(String(at));
    if (typeof id !== "string" || Number.isNaN(createdAt.getTime())) throw new TypeError("cursor");
    return { createdAt, userId: id };
  } catch {
    throw new AppError("VALIDATION_FAILED", {
      fields: [{ path: "query.cursor", message: "Not a cursor this server issued" }],
    });
  }
}

/** Throws 400 naming every permission that is not `resource:action`. */
export function assertPermissionNames(perms: readonly string[], path: string): void {
  const bad = perms.filter((p) => !PERMISSION_PATTERN.test(p));
  if (bad.length > 0) {
    throw new AppError("VALIDATION_FAILED", {
      fields: bad.map((p) => ({
        path,
        message: `"${p.slice(0, 80)}" is not a permission name (resource:action)`,
      })),
    });
  }
}
