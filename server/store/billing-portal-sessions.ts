// Owns the `billing_portal_sessions` table: portal sessions the billing provider opened for a user.
import type { Queryable } from "./db.js";

/** Records a portal session; recording the same provider id twice keeps the first. */
export async function recordPortalSession(
  db: Queryable,
  s: { id: string; userId: string; expiresAt: Date | string },
  now: Date,
): Promise<void> {
  await db
    .insertInto("billing_portal_sessions")
    .values({ id: s.id, user_id: s.userId, created_at: now, expires_at: s.expiresAt })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}
