// Owns the `api_keys` table: users' API keys, stored only as SHA-256 hashes.
import { type Selectable, sql } from "kysely";
import type { Queryable } from "./db.js";
import type { ApiKeysTable, TenantStatus } from "./schema.js";

export type ApiKeyRow = Selectable<ApiKeysTable>;

export interface NewApiKey {
  id: string;
  userId: string;
  tenantId: string;
  name: string;
  keyHash: Uint8Array;
  preview: string;
  scopes: readonly string[];
  expiresAt: Date | null;
}

/** A key read for authentication, with everything that decides whether it may act, in one statement. */
export interface ApiKeyGrant {
  id: string;
  user_id: string;
  tenant_id: string;
  scopes: string[];
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
  user_disabled: boolean;
  email_verified: boolean;
  /** Null when the creator is no longer a member (the row would be gone with its membership; kept for safety). */
  membership_active: boolean | null;
  roles: string[] | null;
  tenant_status: TenantStatus;
  /** Permissions of each of the creator's roles that the tenant defines (role name → permissions). */
  role_permissions: Record<string, string[]>;
}

/**
 * Serializes key creation per user for the rest of the transaction, so the live-key cap holds under
 * concurrent creates (a count then an insert is otherwise racy under READ COMMITTED).
 */
export async function lockUserApiKeys(tx: Queryable, userId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`api_keys:${userId}`}))`.execute(tx);
}

/** How many of the user's keys are live at `now` (unrevoked and unexpired). */
export async function countLiveApiKeys(db: Queryable, userId: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom("api_keys")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", now)]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function insertApiKey(db: Queryable, k: NewApiKey, now: Date): Promise<ApiKeyRow> {
  return db
    .insertInto("api_keys")
    .values({
      id: k.id,
      user_id: k.userId,
      tenant_id: k.tenantId,
      name: k.name,
      key_hash: k.keyHash,
      preview: k.preview,
      scopes: [...k.scopes],
      created_at: now,
      last_used_at: null,
      expires_at: k.expiresAt,
      revoked_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The user's keys, newest first (at most `limit`: live ones are capped, old revoked ones are not). */
export function listUserApiKeys(db: Queryable, userId: string, limit: number): Promise<ApiKeyRow[]> {
  return db
    .selectFrom("api_keys")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

/**
 * Revokes the user's key unless already revoked. `revoked`: this call revoked it; `already`: it was revoked
 * before (its time is kept); undefined: the user has no such key.
 */
export async function revokeApiKey(
  db: Queryable,
  userId: string,
  id: string,
  now: Date,
): Promise<{ row: ApiKeyRow; revoked: boolean } | undefined> {
  const changed = await db
    .updateTable("api_keys")
    .set({ revoked_at: now })
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .returningAll()
    .executeTakeFirst();
  if (changed) return { row: changed, revoked: true };
  const row = await db
    .selectFrom("api_keys")
    .selectAll()
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row ? { row, revoked: false } : undefined;
}

/**
 * The key with this hash, its creator's state, membership and that membership's role permissions: one
 * statement on the unique hash index. Undefined for an unknown hash.
 */
export async function findApiKeyGrant(db: Queryable, keyHash: Uint8Array): Promise<ApiKeyGrant | undefined> {
  const r = await sql<ApiKeyGrant>`
    SELECT k.id, k.user_id, k.tenant_id, k.scopes, k.expires_at, k.revoked_at, k.last_used_at,
      (u.disabled_at IS NOT NULL) AS user_disabled, u.email_verified,
      m.active AS membership_active, m.roles, t.status AS tenant_status,
      (SELECT coalesce(jsonb_object_agg(r.name, r.permissions), '{}'::jsonb)
         FROM roles r WHERE r.tenant_id = k.tenant_id AND r.name = ANY (m.roles)) AS role_permissions
    FROM api_keys k
      JOIN users u ON u.id = k.user_id
      JOIN tenants t ON t.id = k.tenant_id
      LEFT JOIN memberships m ON m.user_id = k.user_id AND m.tenant_id = k.tenant_id
    WHERE k.key_hash = ${keyHash}`.execute(db);
  return r.rows[0];
}

/**
 * Records a use, at most once per `interval` per key: a request within it writes nothing, and of concurrent
 * requests after it only one row update happens (the condition is re-checked by the update).
 */
export async function touchApiKey(db: Queryable, id: string, now: Date, intervalMs: number): Promise<void> {
  const before = new Date(now.getTime() - intervalMs);
  await db
    .updateTable("api_keys")
    .set({ last_used_at: now })
    .where("id", "=", id)
    .where((eb) => eb.or([eb("last_used_at", "is", null), eb("last_used_at", "<=", before)]))
    .execute();
}
