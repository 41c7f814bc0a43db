// Owns the `sessions` and `refresh_tokens` tables, including the refresh rotation's one-round-trip CTE.
import { type Selectable, sql } from "kysely";
import { auditEventInsertIf, type NewAuditEvent } from "./audit-events.js";
import type { Queryable } from "./db.js";
import { liveAt } from "./live.js";
import type { MembershipGrant } from "./memberships.js";
import { activeMembershipLock } from "./memberships.js";
import type { SessionsTable } from "./schema.js";
import { activeTenantLock } from "./tenants.js";
import { enabledUserLock, type UserRow } from "./users.js";

export interface NewSession {
  id: string;
  userId: string;
  tenantId: string;
  expiresAt: Date;
  userAgent: string | null;
  ip: string | null;
  profile: "gatehouse" | "supertokens";
  authMethod: SessionsTable["auth_method"];
  refreshSeed: Uint8Array;
  sso: { issuer: string; subject: string } | undefined;
  /** A tenant switch continues a sign-in: the family's first session, and when the user signed in. */
  familyId?: string | undefined;
  authenticatedAt?: Date | undefined;
  /** A support session an operator starts as this user (authMethod `impersonation`). */
  impersonator?: Impersonator | undefined;
}

/** Who started a support session as the user, and why. */
export interface Impersonator {
  type: "admin" | "service";
  id: string;
  reason: string;
}

/**
 * Starts a session in one statement (a data-modifying CTE, so atomic without a transaction's extra round
 * trips, which every sign-in would pay): locks the user if enabled (users.ts enabledUserLock), inserts the
 * session and its first refresh token (generation 0) and, given one, the audit event that records it.
 * False, with nothing written, when the user is disabled or gone.
 */
export async function createSession(
  db: Queryable,
  s: NewSession,
  refreshTokenHash: Uint8Array,
  now: Date,
  audit?: NewAuditEvent,
): Promise<"created" | "user_disabled" | "tenant_inactive" | "membership_inactive"> {
  // The user row (enabled), the tenant row (active) and the membership (active) are share-locked in the
  // statement: a concurrent disable, suspension, deactivation or removal waits for it, then revokes the
  // session made here; one committed before is seen. (A sign-in reads its landing membership before the
  // password check: this is what keeps a membership ended meanwhile from getting a session.)
  const result = await sql<{ id: string | null; user_ok: boolean; tenant_ok: boolean }>`
    WITH u AS (${enabledUserLock(s.userId)}), tl AS (${activeTenantLock(s.tenantId)}),
    m AS (${activeMembershipLock(s.userId, sql`SELECT id FROM tl`)}), s AS (
      INSERT INTO sessions (id, user_id, tenant_id, family_id, created_at, last_used_at, expires_at, generation,
        revoked_at, revoked_reason, user_agent, ip, profile, auth_method, refresh_seed, sso_issuer, sso_subject,
        impersonator_type, impersonator_id, impersonation_reason)
      SELECT ${s.id}, u.id, tl.id, ${s.familyId ?? null}, ${s.authenticatedAt ?? now}, ${now},
        ${s.expiresAt}, 0, NULL, NULL, ${s.userAgent}, ${s.ip}, ${s.profile}, ${s.authMethod}, ${s.refreshSeed},
        ${s.sso?.issuer ?? null}, ${s.sso?.subject ?? null}, ${s.impersonator?.type ?? null},
        ${s.impersonator?.id ?? null}, ${s.impersonator?.reason ?? null}
      FROM u, tl, m
      RETURNING id
    ), t AS (
      INSERT INTO refresh_tokens (token_hash, session_id, generation, created_at)
      SELECT ${refreshTokenHash}, s.id, 0, ${now} FROM s
    )${audit ? sql`, a AS (${auditEventInsertIf(sql`EXISTS (SELECT 1 FROM s)`, audit)})` : sql``}
    SELECT (SELECT id FROM s) AS id, EXISTS (SELECT 1 FROM u) AS user_ok,
      EXISTS (SELECT 1 FROM tl) AS tenant_ok`.execute(db);
  const row = result.rows[0];
  if (row?.id) return "created";
  if (!row?.user_ok) return "user_disabled";
  return row.tenant_ok ? "membership_inactive" : "tenant_inactive";
}

export interface LockedRefreshToken {
  session: Pick<
    Selectable<SessionsTable>,
    | "id"
    | "user_id"
    | "tenant_id"
    | "generation"
    | "expires_at"
    | "revoked_at"
    | "profile"
    | "refresh_seed"
    | "impersonator_id"
  >;
  token: { generation: number; used_at: Date | null };
}

/**
 * A refresh token and its session, both locked FOR UPDATE, in one round trip (call inside a transaction).
 * The session is locked first, as by every rotation, so two rotations cannot deadlock over a session's
 * tokens; the token is locked after it, so on PostgreSQL a refresh that waited for the session gets the
 * token as the previous holder left it (a row locked after a wait is re-read at its newest version,
 * where a merely joined read would return the stale row).
 */
export async function lockRefreshToken(
  tx: Queryable,
  tokenHash: Uint8Array,
): Promise<LockedRefreshToken | undefined> {
  const result = await sql<
    LockedRefreshToken["session"] & { token_generation: number; token_used_at: Date | null }
  >`
    WITH s AS MATERIALIZED (
      SELECT id, user_id, tenant_id, generation, expires_at, revoked_at, profile, refresh_seed, impersonator_id FROM sessions
      WHERE id = (SELECT session_id FROM refresh_tokens WHERE token_hash = ${tokenHash})
      FOR UPDATE
    )
    SELECT s.*, t.generation AS token_generation, t.used_at AS token_used_at
    FROM s JOIN refresh_tokens t ON t.token_hash = ${tokenHash}
    FOR UPDATE OF t`.execute(tx);
  const row = result.rows[0];
  if (!row) return undefined;
  const { token_generation, token_used_at, ...session } = row;
  return { session, token: { generation: token_generation, used_at: token_used_at } };
}

export interface Rotation {
  sessionId: string;
  userId: string;
  /** The session's tenant: the membership there is read with the user. */
  tenantId: string;
  /** Whether the presented token is spent now (false for a grace-window reuse of the previous token). */
  spend: boolean;
  /** The successor's hash and generation; inserting an already stored successor does nothing. */
  nextHash: Uint8Array;
  generation: number;
  profile: "gatehouse" | "supertokens";
  seed: Uint8Array;
  userAgent: string | null;
  ip: string | null;
}

/**
 * Data-modifying CTEs: spend the live token, mint its successor, touch the session and read the user with
 * their membership of the session's tenant in one round trip (refresh is a hot path). Undefined when the
 * user no longer exists; `grant` undefined when they are no member of the tenant.
 */
export async function rotateRefreshToken(
  tx: Queryable,
  r: Rotation,
  now: Date,
): Promise<{ user: UserRow; grant: MembershipGrant | undefined } | undefined> {
  const result = await sql<
    UserRow & {
      member_roles: string[] | null;
      member_active: boolean | null;
      tenant_status: MembershipGrant["tenant_status"] | null;
      role_permissions: Record<string, string[]> | null;
    }
  >`
    WITH spent AS (
      UPDATE refresh_tokens SET used_at = ${now}
      WHERE ${r.spend} AND session_id = ${r.sessionId} AND used_at IS NULL
    ), minted AS (
      INSERT INTO refresh_tokens (token_hash, session_id, generation, created_at, used_at)
      VALUES (${r.nextHash}, ${r.sessionId}, ${r.generation}, ${now}, NULL)
      ON CONFLICT (token_hash) DO NOTHING
    ), touched AS (
      UPDATE sessions SET generation = ${r.generation}, last_used_at = ${now}, profile = ${r.profile}, refresh_seed = ${r.seed},
        user_agent = COALESCE(${r.userAgent}, user_agent), ip = COALESCE(${r.ip}, ip)
      WHERE id = ${r.sessionId}
    )
    SELECT u.*, m.roles AS member_roles, m.active AS member_active, t.status AS tenant_status,
      (SELECT coalesce(jsonb_object_agg(ro.name, ro.permissions), '{}'::jsonb)
         FROM roles ro WHERE ro.tenant_id = m.tenant_id AND ro.name = ANY (m.roles)) AS role_permissions
    FROM users u
    LEFT JOIN memberships m ON m.user_id = u.id AND m.tenant_id = ${r.tenantId}
    LEFT JOIN tenants t ON t.id = m.tenant_id
    WHERE u.id = ${r.userId}`.execute(tx);
  const row = result.rows[0];
  if (!row) return undefined;
  const { member_roles, member_active, tenant_status, role_permissions, ...user } = row;
  const grant =
    member_roles === null || member_active === null || tenant_status === null
      ? undefined
      : {
          tenant_id: r.tenantId,
          roles: member_roles,
          active: member_active,
          tenant_status,
          role_permissions: role_permissions ?? {},
        };
  return { user, grant };
}

/** A session that is neither revoked nor expired at `now`. */
export function findLiveSession(db: Queryable, sessionId: string, now: Date) {
  return db
    .selectFrom("sessions")
    .select(["user_id", "tenant_id", "expires_at"])
    .where("id", "=", sessionId)
    .where((eb) => liveAt(eb, "revoked_at", "expires_at", now))
    .executeTakeFirst();
}

/** A live session of the user, locked FOR UPDATE (a tenant switch ends it and starts its successor). */
export function lockLiveSession(tx: Queryable, sessionId: string, userId: string, now: Date) {
  return tx
    .selectFrom("sessions")
    .selectAll()
    .where("id", "=", sessionId)
    .where("user_id", "=", userId)
    .where((eb) => liveAt(eb, "revoked_at", "expires_at", now))
    .forUpdate()
    .executeTakeFirst();
}

/**
 * Revokes the live sessions whose active tenant this is: one user's (`userId`: membership removed or
 * deactivated) or everyone's (`null`: tenant suspended). Returns them with whose they were.
 */
export async function revokeTenantSessions(
  db: Queryable,
  userId: string | null,
  tenantId: string,
  reason: string,
  now: Date,
): Promise<{ id: string; userId: string }[]> {
  let q = db
    .updateTable("sessions")
    .set({ revoked_at: now, revoked_reason: reason })
    .where("tenant_id", "=", tenantId)
    .where("revoked_at", "is", null);
  if (userId !== null) q = q.where("user_id", "=", userId);
  const rows = await q.returning(["id", "user_id"]).execute();
  return rows.map((r) => ({ id: r.id, userId: r.user_id }));
}

/** A support session (live or ended) by id; undefined for an ordinary session or none. */
export function findImpersonation(db: Queryable, sessionId: string) {
  return db
    .selectFrom("sessions")
    .select(["id", "user_id", "tenant_id", "impersonator_id", "impersonation_reason"])
    .where("id", "=", sessionId)
    .where("impersonator_id", "is not", null)
    .executeTakeFirst();
}

/** The hash of the session's newest unspent refresh token. */
export async function findCurrentRefreshTokenHash(db: Queryable, sessionId: string) {
  const row = await db
    .selectFrom("refresh_tokens")
    .select("token_hash")
    .where("session_id", "=", sessionId)
    .where("used_at", "is", null)
    .orderBy("generation", "desc")
    .executeTakeFirst();
  return row ? Buffer.from(row.token_hash) : undefined;
}

/** The user's live sessions, newest first. */
export function listLiveSessions(db: Queryable, userId: string, now: Date) {
  return db
    .selectFrom("sessions")
    .selectAll()
    .where("user_id", "=", userId)
    .where((eb) => liveAt(eb, "revoked_at", "expires_at", now))
    .orderBy("created_at", "desc")
    .execute();
}

/** When and how a session was authenticated. */
export function findSessionAuthentication(db: Queryable, sessionId: string) {
  return db
    .selectFrom("sessions")
    .select(["created_at", "auth_method"])
    .where("id", "=", sessionId)
    .executeTakeFirst();
}

/** The SSO identity a live session of this user was started through. */
export function findSessionIdentity(db: Queryable, sessionId: string, userId: string) {
  return db
    .selectFrom("sessions")
    .select(["sso_issuer", "sso_subject"])
    .where("id", "=", sessionId)
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
}

/** Revokes one session unconditionally (theft detection inside the rotation transaction). */
export async function revokeSessionById(
  db: Queryable,
  sessionId: string,
  reason: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ revoked_at: now, revoked_reason: reason })
    .where("id", "=", sessionId)
    .execute();
}

/**
 * Revokes the user's live sessions — one (`only`), or all but one (`except`) — and returns the ids that
 * were live until now.
 */
export async function revokeUserSessions(
  db: Queryable,
  userId: string,
  reason: string,
  now: Date,
  which: { only?: string; except?: string } = {},
): Promise<string[]> {
  let q = db
    .updateTable("sessions")
    .set({ revoked_at: now, revoked_reason: reason })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null);
  if (which.only) q = q.where("id", "=", which.only);
  if (which.except) q = q.where("id", "<>", which.except);
  const rows = await q.returning("id").execute();
  return rows.map((r) => r.id);
}

/** Revokes the live sessions started through any of these SSO identities; returns their ids. */
export async function revokeSessionsOfIdentities(
  db: Queryable,
  identities: ReadonlyArray<{ issuer: string; subject: string }>,
  reason: string,
  now: Date,
): Promise<string[]> {
  if (identities.length === 0) return [];
  const rows = await db
    .updateTable("sessions")
    .set({ revoked_at: now, revoked_reason: reason })
    .where("revoked_at", "is", null)
    .where((eb) =>
      eb.or(
        identities.map((i) => eb.and([eb("sso_issuer", "=", i.issuer), eb("sso_subject", "=", i.subject)])),
      ),
    )
    .returning("id")
    .execute();
  return rows.map((r) => r.id);
}

/** Deletes sessions (and, cascading, their refresh tokens) that expired or were revoked before `cutoff`. */
export async function purgeEndedSessions(db: Queryable, cutoff: Date): Promise<void> {
  await sql`DELETE FROM sessions WHERE expires_at < ${cutoff} OR revoked_at < ${cutoff}`.execute(db);
}
