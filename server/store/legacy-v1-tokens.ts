// Owns the `legacy_v1_tokens` table: v1 auth_tokens, stored only as SHA-256 hashes.
import type { Queryable } from "./db.js";
import { liveAt } from "./live.js";

export async function insertLegacyToken(
  db: Queryable,
  t: { tokenHash: Uint8Array; userId: string; label: string | null; expiresAt: Date },
  now: Date,
): Promise<void> {
  await db
    .insertInto("legacy_v1_tokens")
    .values({
      token_hash: t.tokenHash,
      user_id: t.userId,
      label: t.label,
      created_at: now,
      last_used_at: null,
      expires_at: t.expiresAt,
      revoked_at: null,
      revoked_reason: null,
    })
    .execute();
}

/** Stamps a live (unrevoked, unexpired) token as used and returns its user id; undefined otherwise. */
export async function useLegacyToken(db: Queryable, tokenHash: Uint8Array, now: Date) {
  const row = await db
    .updateTable("legacy_v1_tokens")
    .set({ last_used_at: now })
    .where("token_hash", "=", tokenHash)
    .where((eb) => liveAt(eb, "revoked_at", "expires_at", now))
    .returning("user_id")
    .executeTakeFirst();
  return row?.user_id;
}

/** Revokes every unrevoked token of the user; returns how many. */
export async function revokeUserLegacyTokens(
  db: Queryable,
  userId: string,
  reason: string,
  now: Date,
): Promise<number> {
  const r = await db
    .updateTable("legacy_v1_tokens")
    .set({ revoked_at: now, revoked_reason: reason })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
