// Owns the `tenants` table: create, find (by id or slug), list (all, or a user's), update, lock.
import { type Selectable, sql } from "kysely";
import type { Queryable } from "./db.js";
import { containsPattern } from "./like.js";
import type { RegistrationPolicy, TenantPreset, TenantStatus, TenantsTable } from "./schema.js";

export type TenantRow = Selectable<TenantsTable>;

export interface NewTenant {
  id: string;
  slug: string;
  name: string;
  registrationPolicy: RegistrationPolicy;
  preset: TenantPreset;
}

export type TenantPatch = Partial<{
  name: string;
  slug: string;
  registration_policy: RegistrationPolicy;
  status: TenantStatus;
}>;

/** Inserts a tenant; a taken slug fails with a unique violation (23505). */
export function createTenant(db: Queryable, t: NewTenant, now: Date): Promise<TenantRow> {
  return db
    .insertInto("tenants")
    .values({
      id: t.id,
      slug: t.slug,
      name: t.name,
      registration_policy: t.registrationPolicy,
      preset: t.preset,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findTenantById(db: Queryable, id: string): Promise<TenantRow | undefined> {
  return db.selectFrom("tenants").selectAll().where("id", "=", id).executeTakeFirst();
}

export function findTenantBySlug(db: Queryable, slug: string): Promise<TenantRow | undefined> {
  return db.selectFrom("tenants").selectAll().where("slug", "=", slug).executeTakeFirst();
}

/**
 * Whether the tenant is active, holding a share lock on its row until the transaction ends (call inside
 * one): a session started under it cannot slip past a concurrent suspension, which waits for this
 * transaction and then revokes the session with the rest — or commits first, and this reads `suspended`.
 */
/** The active tenant's row, share-locked: for a statement that must not outlive a concurrent suspension. */
export const activeTenantLock = (id: string) =>
  sql<{ id: string }>`SELECT id FROM tenants WHERE id = ${id} AND status = 'active' FOR SHARE`;

/** Locks the tenant row (inside a transaction): membership changes that must see a stable set of admins. */
export function lockTenant(tx: Queryable, id: string): Promise<TenantRow | undefined> {
  return tx.selectFrom("tenants").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export function updateTenant(
  db: Queryable,
  id: string,
  patch: TenantPatch,
  now: Date,
): Promise<TenantRow | undefined> {
  return db
    .updateTable("tenants")
    .set({ ...patch, updated_at: now })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirst();
}

/** The tenants the user is an active member of, with their roles there, oldest membership first. */
export function listTenantsOfUser(db: Queryable, userId: string) {
  return db
    .selectFrom("memberships as m")
    .innerJoin("tenants as t", "t.id", "m.tenant_id")
    .selectAll("t")
    .select(["m.roles as member_roles", "m.created_at as joined_at"])
    .where("m.user_id", "=", userId)
    .where("m.active", "=", true)
    .orderBy("m.created_at")
    .orderBy("t.id")
    .execute();
}

/** Tenants whose slug or name contains `text` (case-insensitive), of one status or any, in slug order after `afterSlug`. */
export function searchTenants(
  db: Queryable,
  q: {
    text?: string | undefined;
    status?: TenantStatus | undefined;
    afterSlug?: string | undefined;
    limit: number;
  },
): Promise<TenantRow[]> {
  let query = db.selectFrom("tenants").selectAll();
  if (q.text !== undefined) {
    const pattern = containsPattern(q.text);
    query = query.where((eb) =>
      eb.or([eb("slug", "like", pattern), eb(eb.fn("lower", ["name"]), "like", pattern)]),
    );
  }
  if (q.status !== undefined) query = query.where("status", "=", q.status);
  if (q.afterSlug !== undefined) query = query.where("slug", ">", q.afterSlug);
  return query.orderBy("slug").limit(q.limit).execute();
}
