// Sessions of an external SuperTokens deployment signed out here: remembered until their last seen token expires.
import type { Db } from "../store/db.js";
import {
  externalSessionRevokedUntil,
  purgeExpiredExternalSessions,
  revokeExternalSession,
} from "../store/revoked-external-sessions.js";
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
    await revokeExternalSession(this.o.db, ref, ref.expiresAt, this.o.clock.now());
  }

  /**
   * True when the token's session was signed out. The external core may keep minting tokens for that session
   * (its refresh does not pass through here), so a refused token that outlives the record extends it.
   */
  async isRevoked(ref: ExternalSessionRef): Promise<boolean> {
    const until = await externalSessionRevokedUntil(this.o.db, ref, this.o.clock.now());
    if (!until) return false;
    if (until.getTime() < ref.expiresAt.getTime()) await this.revoke(ref);
    return true;
  }

  /** Drops records whose tokens have all expired; run periodically. */
  async purgeExpired(): Promise<void> {
    await purgeExpiredExternalSessions(this.o.db, this.o.clock.now());
  }
}
