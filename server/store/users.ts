// Owns the `users` table: the one place a user row is created, found, changed or deleted.
import type { Selectable } from "kysely";
import type { Queryable } from "./db.js";
import type { UsersTable } from "./schema.js";

export type UserRow = Selectable<UsersTable>;

export interface NewUser {
  email: string;
  /** Defaults to false: an address is unproven until its mailbox (or a vouching provider) proves it. */
  emailVerified?: boolean;
  name: string | null;
  locale: string | null;
}

export type UserPatch = Partial<Pick<UserRow, "name" | "locale" | "avatar_url" | "email_verified">>;

/** Inserts a user (users are global; memberships say which tenants they belong to); a second user with the same lower(email) fails with a unique violation (23505). */
export function createUser(db: Queryable, user: NewUser, now: Date): Promise<UserRow> {
  return db
    .insertInto("users")
    .values({
      id: crypto.randomUUID(),
      email: user.email,
      ...(user.emailVerified !== undefined ? { email_verified: user.emailVerified } : {}),
      name: user.name,
      locale: user.locale,
      avatar_url: null,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The user with this email, compared case-insensitively (the unique index is on lower(email)). */
export function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom("users")
    .selectAll()
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.toLowerCase()))
    .executeTakeFirst();
}

/** Applies the patch and stamps `updated_at`; undefined when there is no such user. */
export function updateUser(
  db: Queryable,
  id: string,
  patch: UserPatch,
  now: Date,
): Promise<UserRow | undefined> {
  return db
    .updateTable("users")
    .set({ ...patch, updated_at: now })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirst();
}

/** Deletes the user; its credentials, sessions, codes, identities and tokens go with it (ON DELETE CASCADE). */
export async function deleteUser(db: Queryable, id: string): Promise<boolean> {
  const r = await db.deleteFrom("users").where("id", "=", id).executeTakeFirst();
  return r.numDeletedRows > 0n;
}

/** Users changed (updated_at) after `since`: how an instance learns of changes whose notification it missed. */
export async function usersChangedSince(db: Queryable, since: Date): Promise<string[]> {
  const rows = await db.selectFrom("users").select("id").where("updated_at", ">", since).execute();
  return rows.map((r) => r.id);
}
