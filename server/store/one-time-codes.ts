// Owns the `one_time_codes` table: hashed codes and links per (user, purpose), single use, attempt-limited.
import type { Db, Queryable } from "./db.js";
import { liveAt } from "./live.js";

export interface NewCode {
  id: string;
  userId: string;
  purpose: string;
  codeHash: Uint8Array;
  linkHash: Uint8Array;
  codeExpiresAt: Date;
  linkExpiresAt: Date;
}

/** Stores a fresh code; the user's earlier unused codes for the same purpose are spent in the same transaction. */
export function replaceCode(db: Db, c: NewCode, now: Date): Promise<void> {
  return db.transaction().execute(async (tx) => {
    await tx
      .updateTable("one_time_codes")
      .set({ consumed_at: now })
      .where("user_id", "=", c.userId)
      .where("purpose", "=", c.purpose)
      .where("consumed_at", "is", null)
      .execute();
    await tx
      .insertInto("one_time_codes")
      .values({
        id: c.id,
        user_id: c.userId,
        purpose: c.purpose,
        code_hash: c.codeHash,
        link_hash: c.linkHash,
        code_expires_at: c.codeExpiresAt,
        link_expires_at: c.linkExpiresAt,
        attempts: 0,
        consumed_at: null,
        created_at: now,
      })
      .execute();
  });
}

/** Spends a live link in one statement (one winner under concurrency); returns its user id. */
export async function spendLink(db: Queryable, linkHash: Uint8Array, purpose: string, now: Date) {
  const row = await db
    .updateTable("one_time_codes")
    .set({ consumed_at: now })
    .where("link_hash", "=", linkHash)
    .where("purpose", "=", purpose)
    .where((eb) => liveAt(eb, "consumed_at", "link_expires_at", now))
    .returning("user_id")
    .executeTakeFirst();
  return row?.user_id;
}

/**
 * Reserves one attempt on the user's newest live code for the purpose, in a single UPDATE (attempts <
 * max, re-checked by PostgreSQL under the row lock); undefined when there is none or it is used up.
 */
export function reserveCodeAttempt(
  db: Queryable,
  userId: string,
  purpose: string,
  maxAttempts: number,
  now: Date,
): Promise<{ id: string; code_hash: Uint8Array } | undefined> {
  return db
    .updateTable("one_time_codes")
    .set((eb) => ({ attempts: eb("attempts", "+", 1) }))
    .where((eb) =>
      eb(
        "id",
        "=",
        eb
          .selectFrom("one_time_codes")
          .select("id")
          .where("user_id", "=", userId)
          .where("purpose", "=", purpose)
          .where((eb) => liveAt(eb, "consumed_at", "code_expires_at", now))
          .orderBy("created_at", "desc")
          .orderBy("id", "desc") // two codes issued in the same millisecond: always the same one
          .limit(1),
      ),
    )
    .where("consumed_at", "is", null)
    .where("attempts", "<", maxAttempts)
    .returning(["id", "code_hash"])
    .executeTakeFirst();
}

/** Spends the code; false when another request spent it first. */
export async function spendCode(db: Queryable, id: string, now: Date): Promise<boolean> {
  const row = await db
    .updateTable("one_time_codes")
    .set({ consumed_at: now })
    .where("id", "=", id)
    .where("consumed_at", "is", null)
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}
