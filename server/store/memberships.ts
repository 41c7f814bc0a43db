// Owns the `memberships` table: who belongs to which tenant, with which roles, and whether they are active.
import { type Expression, type RawBuilder, type Selectable, sql } from "kysely";
import type { Queryable } from "./db.js";
import type { MembershipsTable, TenantStatus } from "./schema.js";

export type MembershipRow = Selectable<MembershipsTable>;

export interface NewMembership {
  userId: string;
  tenantId: string;
  roles: readonly string[];
  orgUnit?: string | null;
}

export type MembershipPatch = Partial<{ roles: readonly string[]; org_unit: string | null; active: boolean }>;

/** What a membership grants, read in one statement: its roles, the tenant's status and those roles' permissions. */
export interface MembershipGrant {
  tenant_id: string;
  roles: string[];
  active: boolean;
  tenant_status: TenantStatus;
  /** Permissions of each of the member's roles that the tenant defines (role name → permissions). */
  role_permissions: Record<string, string[]>;
}

/** Inserts a membership; a second one for the same user and tenant fails with a unique violation (23505). */
export function addMembership(db: Queryable, m: NewMembership, now: Date): Promise<MembershipRow> {
  return db
    .insertInto("memberships")
    .values({
      user_id: m.userId,
      tenant_id: m.tenantId,
      roles: [...m.roles],
      org_unit: m.orgUnit ?? null,
      active: true,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findMembership(
  db: Queryable,
  userId: string,
  tenantId: string,
): Promise<MembershipRow | undefined> {
  return db
    .selectFrom("memberships")
    .selectAll()
    .where("user_id", "=", userId)
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
}

/** Memberships with what they grant (MembershipGrant's columns), for a WHERE to pick from. */
const GRANTS = sql`
    SELECT m.tenant_id, m.roles, m.active, t.status AS tenant_status,
      (SELECT coalesce(jsonb_object_agg(r.name, r.permissions), '{}'::jsonb)
         FROM roles r WHERE r.tenant_id = m.tenant_id AND r.name = ANY (m.roles)) AS role_permissions
    FROM memberships m JOIN tenants t ON t.id = m.tenant_id`;

/** The membership of `userId` in `tenantId` with what it grants; undefined when there is none. */
export async function findMembershipGrant(
  db: Queryable,
  userId: string,
  tenantId: string,
): Promise<MembershipGrant | undefined> {
  const r = await sql<MembershipGrant>`${GRANTS}
    WHERE m.user_id = ${userId} AND m.tenant_id = ${tenantId}`.execute(db);
  return r.rows[0];
}

/**
 * The membership a sign-in lands in, with its grant: `preferred` when the user is an active member of it and
 * it is active, otherwise the oldest such membership. Undefined when the user has none. One statement, as
 * findMembershipGrant reads it (every sign-in pays this round trip).
 */
export async function findLandingGrant(
  db: Queryable,
  userId: string,
  preferred: string,
): Promise<MembershipGrant | undefined> {
  const r = await landing(userId, preferred).execute(db);
  return r.rows[0];
}

/**
 * findLandingGrant as a column of another query (null when none), for `userId` an expression of it: the
 * sign-in reads it with the user and the password hash (one round trip less on a hot path).
 */
export const landingGrantColumn = (userId: Expression<string>, preferred: string) =>
  sql<MembershipGrant | null>`(SELECT to_jsonb(g) FROM (${landing(userId, preferred)}) g)`;

const landing = (userId: string | Expression<string>, preferred: string) => sql<MembershipGrant>`${GRANTS}
    WHERE m.user_id = ${userId} AND m.active AND t.status = 'active'
    ORDER BY m.tenant_id = ${preferred} DESC, m.created_at, m.tenant_id
    LIMIT 1`;

/**
 * The user's membership of the tenant `tenant` selects, share-locked if active (inside the statement that
 * starts a session): a concurrent deactivation or removal waits for the session, then ends it; one committed
 * before is seen. `tenant` is the statement's lock of the tenant row, so that row is locked first, in the
 * order membership changes take them (tenant, then membership), and the two cannot deadlock.
 */
export const activeMembershipLock = (userId: string, tenant: RawBuilder<{ id: string }>) =>
  sql<{ tenant_id: string }>`SELECT tenant_id FROM memberships
    WHERE user_id = ${userId} AND tenant_id = (${tenant}) AND active FOR SHARE`;

export interface MemberPage {
  limit: number;
  /** Keyset: the last (created_at, user_id) of the previous page. */
  after?: { createdAt: Date; userId: string } | undefined;
  /** Case-insensitive substring of email or name. */
  search?: string | undefined;
}

/** Memberships with their users' email and name: what a member listing shows. */
const membersOf = (db: Queryable) =>
  db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select([
      "m.user_id",
      "m.tenant_id",
      "m.roles",
      "m.org_unit",
      "m.active",
      "m.created_at",
      "m.updated_at",
      "u.email",
      "u.name",
    ]);

/** A page of the tenant's members with their users' email and name, oldest first. */
export function listMembers(db: Queryable, tenantId: string, page: MemberPage) {
  let q = membersOf(db).where("m.tenant_id", "=", tenantId);
  if (page.search) {
    const pattern = `%${page.search.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn("lower", ["u.email"]), "like", pattern),
        eb(eb.fn("lower", ["u.name"]), "like", pattern),
      ]),
    );
  }
  const after = page.after;
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb("m.created_at", ">", after.createdAt),
        eb.and([eb("m.created_at", "=", after.createdAt), eb("m.user_id", ">", after.userId)]),
      ]),
    );
  }
  return q.orderBy("m.created_at").orderBy("m.user_id").limit(page.limit).execute();
}

/** One member with their user's email and name. */
export function findMember(db: Queryable, tenantId: string, userId: string) {
  return membersOf(db).where("m.tenant_id", "=", tenantId).where("m.user_id", "=", userId).executeTakeFirst();
}

export function updateMembership(
  db: Queryable,
  userId: string,
  tenantId: string,
  patch: MembershipPatch,
  now: Date,
): Promise<MembershipRow | undefined> {
  return db
    .updateTable("memberships")
    .set({
      ...(patch.roles !== undefined ? { roles: [...patch.roles] } : {}),
      ...(patch.org_unit !== undefined ? { org_unit: patch.org_unit } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
      updated_at: now,
    })
    .where("user_id", "=", userId)
    .where("tenant_id", "=", tenantId)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteMembership(db: Queryable, userId: string, tenantId: string): Promise<boolean> {
  const r = await db
    .deleteFrom("memberships")
    .where("user_id", "=", userId)
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  return r.numDeletedRows > 0n;
}

/** Active members of the tenant holding `role`, other than `exceptUserId`. */
export async function countActiveWithRole(
  db: Queryable,
  tenantId: string,
  role: string,
  exceptUserId: string,
): Promise<number> {
  const row = await db
    .selectFrom("memberships")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("tenant_id", "=", tenantId)
    .where("active", "=", true)
    .where("user_id", "<>", exceptUserId)
    .where(sql<boolean>`${role} = ANY (roles)`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The tenants where `userId` is an active member holding `role`. */
export async function tenantsWhereActiveWithRole(
  db: Queryable,
  userId: string,
  role: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom("memberships")
    .select("tenant_id")
    .where("user_id", "=", userId)
    .where("active", "=", true)
    .where(sql<boolean>`${role} = ANY (roles)`)
    .execute();
  return rows.map((r) => r.tenant_id);
}
