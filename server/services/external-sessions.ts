// Sessions of an external SuperTokens deployment signed out here: remembered until their last seen token expires.
import type { Db } from "../store/db.js";
import type { Clock } from "../tokens/clock.js";

/** One external session (or, for a token without a session handle, one token). */
export interface ExternalSessionRef {
  issuer: string;
  /** The token's `sessionHandle`, or `jti:<jti>`. */
  handle: string;
  /** The token's `exp`. */
  expiresAt: Date;
}

export class ExternalSessions {
  constructor(private readonly o: { db: Db; clock: Clock }) {}

  /** Records the session as signed out; a later sign-out only ever extends the record. */
  async revoke(ref: ExternalSessionRef): Promise<void> {
    const now = this.o.clock.now();
    await this.o.db
      .insertInto("revoked_external_sessions")
      .values({ issuer: ref.issuer, handle: ref.handle, revoked_at: now, expires_at: ref.expiresAt })
      .onConflict((oc) =>
        oc.columns(["issuer", "handle"]).doUpdateSet((eb) => ({
          expires_at: eb.fn("greatest", [
            "revoked_external_sessions.expires_at",
            eb.ref("excluded.expires_at"),
          ]),
        })),
      )
      .execute();
  }

  /**
   * True when the token's session was signed out. The external core may keep minting tokens for that session
   * (its refresh does not pass through here), so a refused token that outlives the record extends it.
   */
  async isRevoked(ref: ExternalSessionRef): Promise<boolean> {
    const row = await this.o.db
      .selectFrom("revoked_external_sessions")
      .select("expires_at")
      .where("issuer", "=", ref.issuer)
      .where("handle", "=", ref.handle)
      .where("expires_at", ">", this.o.clock.now())
      .executeTakeFirst();
    if (!row) return false;
    if (row.expires_at.getTime() < ref.expiresAt.getTime()) await this.revoke(ref);
    return true;
  }

  /** Drops records whose tokens have all expired; run periodically. */
  async purgeExpired(): Promise<void> {
    await this.o.db
      .deleteFrom("revoked_external_sessions")
      .where("expires_at", "<=", this.o.clock.now())
      .execute();
  }
}
