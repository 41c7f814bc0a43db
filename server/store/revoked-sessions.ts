// Owns the `revoked_sessions` markers (sessions deleted with their user) and the revocation feed read over them.
import { sql } from "kysely";
import type { Queryable } from "./db.js";

/**
 * Leaves a marker for each of the user's sessions that is live or was revoked after `recentSince` (call
 * inside the transaction that deletes the user); returns the session ids.
 */
export async function markUserSessionsDeleted(
  tx: Queryable,
  userId: string,
  now: Date,
  forgetAt: Date,
  recentSince: Date,
): Promise<string[]> {
  const { rows } = await sql<{ session_id: string }>`
    INSERT INTO revoked_sessions (session_id, revoked_at, forget_at)
    SELECT id, ${now}, LEAST(expires_at, ${forgetAt}) FROM sessions
    WHERE user_id = ${userId} AND expires_at > ${now} AND (revoked_at IS NULL OR revoked_at > ${recentSince})
    ON CONFLICT (session_id) DO UPDATE SET revoked_at = EXCLUDED.revoked_at, forget_at = EXCLUDED.forget_at
    RETURNING session_id`.execute(tx);
  return rows.map((r) => r.session_id);
}

/** Session ids revoked after `since`: revoked rows in `sessions` and markers of deleted ones. */
export async function revokedSessionIdsSince(db: Queryable, since: Date): Promise<string[]> {
  const rows = await db
    .selectFrom("sessions")
    .select("id")
    .where("revoked_at", ">", since)
    .union(db.selectFrom("revoked_sessions").select("session_id as id").where("revoked_at", ">", since))
    .execute();
  return rows.map((r) => r.id);
}

/** Drops markers whose sessions' access tokens have all expired. */
export async function purgeRevokedSessionMarkers(db: Queryable, now: Date): Promise<void> {
  await db.deleteFrom("revoked_sessions").where("forget_at", "<", now).execute();
}

/** A position in the feed: revocation time, then session id, so equal timestamps still page exactly. */
export interface FeedPosition {
  at: Date;
  id: string;
}

/**
 * Revocations (revoked `sessions` rows and deleted sessions' markers) with `since < revoked_at <= until`,
 * after `after`, in (revoked_at, id) order; at most `limit`. A session in both sources appears twice.
 */
export async function revocationsBetween(
  db: Queryable,
  q: { since: Date; until: Date; after?: FeedPosition | undefined; limit: number },
): Promise<FeedPosition[]> {
  const after = q.after ? sql`AND (revoked_at, id) > (${q.after.at}, ${q.after.id}::uuid)` : sql``;
  const { rows } = await sql<{ id: string; revoked_at: Date }>`
    SELECT id, revoked_at FROM (
      SELECT id, revoked_at FROM sessions WHERE revoked_at > ${q.since} AND revoked_at <= ${q.until}
      UNION
      SELECT session_id AS id, revoked_at FROM revoked_sessions
      WHERE revoked_at > ${q.since} AND revoked_at <= ${q.until}
    ) r
    WHERE true ${after}
    ORDER BY revoked_at, id
    LIMIT ${q.limit}`.execute(db);
  return rows.map((r) => ({ at: new Date(r.revoked_at), id: r.id }));
}
