// User rows ↔ the contract's User model, and the account queries the routes need.
import type { Selectable } from "kysely";
import type { Db } from "../store/db.js";
import type { UsersTable } from "../store/schema.js";

export type UserRow = Selectable<UsersTable>;

export interface UserView {
  id: string;
  email: string;
  emailVerified: boolean;
  name: string | null;
  locale: string | null;
  avatarUrl: string | null;
  tenantId: string;
  roles: string[];
  createdAt: string;
  updatedAt: string;
}

export function toUserView(u: UserRow): UserView {
  return {
    id: u.id,
    email: u.email,
    emailVerified: u.email_verified,
    name: u.name,
    locale: u.locale,
    avatarUrl: u.avatar_url,
    tenantId: u.tenant_id,
    roles: u.roles,
    createdAt: u.created_at.toISOString(),
    updatedAt: u.updated_at.toISOString(),
  };
}

export function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Users changed (updated_at) after `since`: how an instance learns of changes whose notification it missed. */
export async function usersChangedSince(db: Db, since: Date): Promise<string[]> {
  const rows = await db.selectFrom("users").select("id").where("updated_at", ">", since).execute();
  return rows.map((r) => r.id);
}
