// Owns the `revoked_external_sessions` table: external SuperTokens sessions signed out here.
import type { Queryable } from "./db.js";

export interface ExternalSessionKey {
  issuer: string;
  handle: string;
}

/** Records the session as revoked until `expiresAt`; a later record only ever extends it. */
export async function revokeExternalSession(
  db: Queryable,
  key: ExternalSessionKey,
  expiresAt: Date,
  now: Date,
): Promise<void> {
  await db
    .insertInto("revoked_external_sessions")
    .values({ issuer: key.issuer, handle: key.handle, revoked_at: now, expires_at: expiresAt })
    .onConflict((oc) =>
      oc.columns(["issuer", "handle"]).doUpdateSet((eb) => ({
        expires_at: eb.fn("greatest", [
          "revoked_external_sessions.expires_at",
          eb.ref("excluded.expires_at"),
        ]),
      })),
    )
    .execute();
}

/** Until when the session is recorded as revoked, if the record is still live at `now`. */
export async function externalSessionRevokedUntil(db: Queryable, key: ExternalSessionKey, now: Date) {
  const row = await db
    .selectFrom("revoked_external_sessions")
    .select("expires_at")
    .where("issuer", "=", key.issuer)
    .where("handle", "=", key.handle)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return row?.expires_at;
}

export async function purgeExpiredExternalSessions(db: Queryable, now: Date): Promise<void> {
  await db.deleteFrom("revoked_external_sessions").where("expires_at", "<=", now).execute();
}
