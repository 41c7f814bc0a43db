// Owns the `credentials` table: one password hash per user (absent for SSO-only accounts).
import type { Queryable } from "./db.js";

export async function findPasswordHash(db: Queryable, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("credentials")
    .select("password_hash")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.password_hash;
}

/** Sets the user's password hash, replacing any previous one. */
export async function setPasswordHash(db: Queryable, userId: string, hash: string, now: Date): Promise<void> {
  await db
    .insertInto("credentials")
    .values({ user_id: userId, password_hash: hash, updated_at: now })
    .onConflict((oc) => oc.column("user_id").doUpdateSet({ password_hash: hash, updated_at: now }))
    .execute();
}

export async function deletePassword(db: Queryable, userId: string): Promise<void> {
  await db.deleteFrom("credentials").where("user_id", "=", userId).execute();
}
