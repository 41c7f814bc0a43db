// Legacy v1 API tokens: opaque, stored as hashes, issued by the admin CLI, with an absolute lifetime.
import type { Db } from "../store/db.js";
import { insertLegacyToken, revokeUserLegacyTokens, useLegacyToken } from "../store/legacy-v1-tokens.js";
import { findUserById, type UserRow } from "../store/users.js";
import type { Clock } from "../tokens/clock.js";
import { newOpaqueToken, sha256 } from "../tokens/opaque.js";

export interface LegacyTokensOptions {
  db: Db;
  clock: Clock;
  /** Absolute lifetime of a v1 token from its issue; use never extends it. */
  ttlMs: number;
}

export class LegacyTokens {
  constructor(private readonly o: LegacyTokensOptions) {}

  /** Issues a v1 token for an existing user (admin/CLI only); the plaintext is shown once. */
  async issue(userId: string, label?: string): Promise<string> {
    const token = newOpaqueToken("v1");
    const now = this.o.clock.now();
    const expiresAt = new Date(now.getTime() + this.o.ttlMs);
    await insertLegacyToken(
      this.o.db,
      { tokenHash: sha256(token), userId, label: label ?? null, expiresAt },
      now,
    );
    return token;
  }

  /** The user a live (unrevoked, unexpired) v1 token belongs to, or undefined; never a disabled user. */
  async userFor(token: string): Promise<UserRow | undefined> {
    const userId = await useLegacyToken(this.o.db, sha256(token), this.o.clock.now());
    const user = userId ? await findUserById(this.o.db, userId) : undefined;
    return user && !user.disabled_at ? user : undefined;
  }

  /** Revokes every live v1 token of a user; returns how many. */
  async revokeAll(userId: string, reason: string): Promise<number> {
    return revokeUserLegacyTokens(this.o.db, userId, reason, this.o.clock.now());
  }
}
