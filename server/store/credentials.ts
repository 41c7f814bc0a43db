// Owns the `credentials` table: one password hash per user (absent for SSO-only accounts).
import type { InferResult } from "kysely";
import type { Queryable } from "./db.js";
import { landingGrantColumn } from "./memberships.js";

export async function findPasswordHash(db: Queryable, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("credentials")
    .select("password_hash")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.password_hash;
}

/**
 * The user with this email (case-insensitive, as `findUserByEmail`), their password hash (null for an
 * SSO-only account) and the membership a sign-in would land in (as findLandingGrant; null when none): one
 * read, unexecuted, so that it can run inside the statement that spends the password-guess budgets
 * (spendBudgetsWith; sign-in is a hot path) or alone (`.executeTakeFirst()`).
 */
export function signInLookup(db: Queryable, email: string, preferredTenant: string) {
  return db
    .selectFrom("users as u")
    .leftJoin("credentials as c", "c.user_id", "u.id")
    .selectAll("u")
    .select("c.password_hash")
    .select((eb) => landingGrantColumn(eb.ref("u.id"), preferredTenant).as("landing"))
    .where((eb) => eb(eb.fn("lower", ["u.email"]), "=", email.toLowerCase()));
}

export type SignInRow = InferResult<ReturnType<typeof signInLookup>>[number];

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
