// Owns the `sso_used_tokens` table: provider ID tokens already spent on a sign-in (replay defence).
import type { Queryable } from "./db.js";

/**
 * Spends a token: true for the first caller, false when it was spent already. On PostgreSQL, concurrent
 * callers wait on the key and then find it spent; rolled back with the caller's transaction.
 */
export async function spendSsoToken(db: Queryable, tokenHash: Uint8Array, expiresAt: Date): Promise<boolean> {
  const row = await db
    .insertInto("sso_used_tokens")
    .values({ token_hash: tokenHash, expires_at: expiresAt })
    .onConflict((oc) => oc.column("token_hash").doNothing())
    .returning("token_hash")
    .executeTakeFirst();
  return row !== undefined;
}

export async function purgeExpiredSsoTokens(db: Queryable, now: Date): Promise<void> {
  await db.deleteFrom("sso_used_tokens").where("expires_at", "<", now).execute();
}
