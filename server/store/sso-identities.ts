// Owns the `sso_identities` table: provider identities (issuer, subject) linked to users.
import type { Queryable } from "./db.js";
import type { UserRow } from "./users.js";

export interface IdentityKey {
  issuer: string;
  subject: string;
}

/** The user linked to a provider identity: the one `sso_identities ⋈ users` lookup. */
export function findUserByIdentity(
  db: Queryable,
  issuer: string,
  subject: string,
): Promise<UserRow | undefined> {
  return db
    .selectFrom("sso_identities as i")
    .innerJoin("users as u", "u.id", "i.user_id")
    .selectAll("u")
    .where("i.issuer", "=", issuer)
    .where("i.subject", "=", subject)
    .executeTakeFirst();
}

export async function linkIdentity(
  db: Queryable,
  link: IdentityKey & { provider: string; userId: string; email: string | null; emailVerified: boolean },
  now: Date,
): Promise<void> {
  await db
    .insertInto("sso_identities")
    .values({
      issuer: link.issuer,
      subject: link.subject,
      provider: link.provider,
      user_id: link.userId,
      email: link.email,
      email_verified: link.emailVerified,
      created_at: now,
    })
    .execute();
}

/**
 * The user's identities whose provider did not vouch for the email, locked FOR UPDATE (call inside a
 * transaction): a session start through one of them, whose foreign key check shares the lock, waits.
 */
export function lockUnvouchedIdentities(tx: Queryable, userId: string): Promise<IdentityKey[]> {
  return tx
    .selectFrom("sso_identities")
    .select(["issuer", "subject"])
    .where("user_id", "=", userId)
    .where("email_verified", "=", false)
    .forUpdate()
    .execute();
}

export async function markIdentityVouched(db: Queryable, identity: IdentityKey): Promise<void> {
  await db
    .updateTable("sso_identities")
    .set({ email_verified: true })
    .where("issuer", "=", identity.issuer)
    .where("subject", "=", identity.subject)
    .execute();
}

export async function unlinkIdentities(db: Queryable, identities: readonly IdentityKey[]): Promise<void> {
  if (identities.length === 0) return;
  await db
    .deleteFrom("sso_identities")
    .where((eb) =>
      eb.or(identities.map((i) => eb.and([eb("issuer", "=", i.issuer), eb("subject", "=", i.subject)]))),
    )
    .execute();
}

export async function unlinkUnvouchedIdentities(db: Queryable, userId: string): Promise<void> {
  await db
    .deleteFrom("sso_identities")
    .where("user_id", "=", userId)
    .where("email_verified", "=", false)
    .execute();
}
