// Owns the `roles` table: each tenant's roles and the permissions they grant.
import type { Selectable } from "kysely";
import type { Queryable } from "./db.js";
import type { RolesTable } from "./schema.js";

export type RoleRow = Selectable<RolesTable>;

export interface NewRole {
  name: string;
  permissions: readonly string[];
  description: string | null;
}

/** Inserts roles for a tenant; a name the tenant already has fails with a unique violation (23505). */
export async function createRoles(
  db: Queryable,
  tenantId: string,
  roles: readonly NewRole[],
  now: Date,
): Promise<RoleRow[]> {
  if (roles.length === 0) return [];
  return db
    .insertInto("roles")
    .values(
      roles.map((r) => ({
        tenant_id: tenantId,
        name: r.name,
        permissions: [...r.permissions],
        description: r.description,
        created_at: now,
        updated_at: now,
      })),
    )
    .returningAll()
    .execute();
}

export function listRoles(db: Queryable, tenantId: string): Promise<RoleRow[]> {
  return db.selectFrom("roles").selectAll().where("tenant_id", "=", tenantId).orderBy("name").execute();
}

export function findRole(db: Queryable, tenantId: string, name: string): Promise<RoleRow | undefined> {
  return db
    .selectFrom("roles")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("name", "=", name)
    .executeTakeFirst();
}

/** Which of `names` the tenant defines. */
export async function existingRoleNames(
  db: Queryable,
  tenantId: string,
  names: readonly string[],
): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const rows = await db
    .selectFrom("roles")
    .select("name")
    .where("tenant_id", "=", tenantId)
    .where("name", "in", [...names])
    .execute();
  return new Set(rows.map((r) => r.name));
}

export function updateRole(
  db: Queryable,
  tenantId: string,
  name: string,
  patch: { permissions?: readonly string[]; description?: string | null },
  now: Date,
): Promise<RoleRow | undefined> {
  return db
    .updateTable("roles")
    .set({
      ...(patch.permissions !== undefined ? { permissions: [...patch.permissions] } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      updated_at: now,
    })
    .where("tenant_id", "=", tenantId)
    .where("name", "=", name)
    .returningAll()
    .executeTakeFirst();
}
