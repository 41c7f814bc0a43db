// Owns the `invitations` table: create (replacing a pending one for the same email), list pending, revoke, spend.
import { type Selectable, sql } from "kysely";
import type { Queryable } from "./db.js";
import type { InvitationsTable } from "./schema.js";

export type InvitationRow = Selectable<InvitationsTable>;

export interface NewInvitation {
  id: string;
  tenantId: string;
  email: string;
  roles: readonly string[];
  tokenHash: Uint8Array;
  invitedBy: string;
  expiresAt: Date;
}

/** Inserts an invitation, revoking (in the same transaction, `tx`) any pending one for the same email. */
export async function replaceInvitation(
  tx: Queryable,
  inv: NewInvitation,
  now: Date,
): Promise<InvitationRow> {
  await tx
    .updateTable("invitations")
    .set({ revoked_at: now })
    .where("tenant_id", "=", inv.tenantId)
    .where(sql`lower(email)`, "=", inv.email.toLowerCase())
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .execute();
  return tx
    .insertInto("invitations")
    .values({
      id: inv.id,
      tenant_id: inv.tenantId,
      email: inv.email,
      roles: [...inv.roles],
      token_hash: inv.tokenHash,
      invited_by: inv.invitedBy,
      expires_at: inv.expiresAt,
      accepted_at: null,
      accepted_by: null,
      revoked_at: null,
      created_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The tenant's invitations that can still be accepted, newest first. */
export function listPendingInvitations(db: Queryable, tenantId: string, now: Date): Promise<InvitationRow[]> {
  return db
    .selectFrom("invitations")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(500)
    .execute();
}

/** Revokes a pending invitation of the tenant; false when there is none (other tenant's, spent, unknown). */
export async function revokeInvitation(
  db: Queryable,
  tenantId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const row = await db
    .updateTable("invitations")
    .set({ revoked_at: now })
    .where("id", "=", id)
    .where("tenant_id", "=", tenantId)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

/** The live invitation with this token hash (not spent, revoked or expired), without spending it. */
export function findLiveInvitation(
  db: Queryable,
  tokenHash: Uint8Array,
  now: Date,
): Promise<InvitationRow | undefined> {
  return db
    .selectFrom("invitations")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
}

/**
 * Spends the live invitation with this token hash in one statement (PostgreSQL re-checks the conditions under
 * the row lock, so of concurrent accepts exactly one gets the row); undefined for every other.
 */
export function spendInvitation(
  tx: Queryable,
  tokenHash: Uint8Array,
  now: Date,
): Promise<InvitationRow | undefined> {
  return tx
    .updateTable("invitations")
    .set({ accepted_at: now })
    .where("token_hash", "=", tokenHash)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .returningAll()
    .executeTakeFirst();
}

/** Records who accepted a spent invitation (in the transaction that spent it). */
export async function markInvitationAcceptedBy(tx: Queryable, id: string, userId: string): Promise<void> {
  await tx.updateTable("invitations").set({ accepted_by: userId }).where("id", "=", id).execute();
}
