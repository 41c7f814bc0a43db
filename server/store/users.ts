// Owns the `users` table: the one place a user row is created, found, changed or deleted.
import { type Selectable, sql } from "kysely";
import type { Queryable } from "./db.js";
import { containsPattern } from "./like.js";
import type { UsersTable } from "./schema.js";

export type UserRow = Selectable<UsersTable>;

export interface NewUser {
  email: string;
  /** Defaults to false: an address is unproven until its mailbox (or a vouching provider) proves it. */
  emailVerified?: boolean;
  name: string | null;
  locale: string | null;
}

export type UserPatch = Partial<
  Pick<UserRow, "name" | "locale" | "avatar_url" | "email_verified" | "disabled_at" | "super_admin">
>;

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
export function updateUser(db: Queryable, id: string, patch: UserPatch, now: Date) {
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

/**
 * The user's id if enabled, locked FOR SHARE until the transaction ends, as a CTE body for the statement that
 * starts a session (store/sessions.ts createSession): a session started under this lock cannot slip past a
 * concurrent disable (which waits for it, then revokes the session it made), and one started after a
 * disable sees the disabled row.
 */
export const enabledUserLock = (id: string) =>
  sql<{ id: string }>`SELECT id FROM users WHERE id = ${id} AND disabled_at IS NULL FOR SHARE`;

/** Disables the user unless already disabled (the first time stays); undefined when there is no such user. */
export async function disableUser(db: Queryable, id: string, now: Date): Promise<UserRow | undefined> {
  const changed = await db
    .updateTable("users")
    .set({ disabled_at: now, updated_at: now })
    .where("id", "=", id)
    .where("disabled_at", "is", null)
    .returningAll()
    .executeTakeFirst();
  return changed ?? findUserById(db, id);
}

/** Users whose email or name contains `text` (case-insensitive), in email order after `afterEmail`. */
export function searchUsers(
  db: Queryable,
  q: { text?: string | undefined; after?: { email: string; id: string } | undefined; limit: number },
): Promise<UserRow[]> {
  let query = db.selectFrom("users").selectAll();
  if (q.text !== undefined) {
    const pattern = containsPattern(q.text);
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn("lower", ["email"]), "like", pattern),
        eb(eb.fn("lower", [eb.fn.coalesce("name", eb.val(""))]), "like", pattern),
      ]),
    );
  }
  const after = q.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn("lower", ["email"]), ">", after.email.toLowerCase()),
        eb.and([eb(eb.fn("lower", ["email"]), "=", after.email.toLowerCase()), eb("id", ">", after.id)]),
      ]),
    );
  }
  return query
    .orderBy((eb) => eb.fn("lower", ["email"]))
    .orderBy("id")
    .limit(q.limit)
    .execute();
}

/** Marks the users with these emails (any tenant, case-insensitive) super-admins; returns the ids changed. */
export async function promoteSuperAdmins(
  db: Queryable,
  emails: readonly string[],
  now: Date,
): Promise<string[]> {
  if (emails.length === 0) return [];
  const rows = await db
    .updateTable("users")
    .set({ super_admin: true, updated_at: now })
    .where((eb) =>
      eb(
        eb.fn("lower", ["email"]),
        "in",
        emails.map((e) => e.toLowerCase()),
      ),
    )
    .where("super_admin", "=", false)
    .returning("id")
    .execute();
  return rows.map((r) => r.id);
}
