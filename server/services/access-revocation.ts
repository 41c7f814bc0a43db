// Ending everything that lets a user in — sessions and legacy v1 tokens — in one call, so no path forgets one.
import type { LegacyTokens } from "./legacy-tokens.js";
import type { SessionService } from "./sessions.js";

/** Why a user's credentials were revoked (stored with sessions and v1 tokens). */
export type RevocationReason = "password_change" | "password_reset" | "sso_account_takeover";

export interface RevokeAllOptions {
  /** The caller's own session, kept alive (password change). v1 tokens are revoked regardless. */
  keepSessionId?: string | undefined;
}

export class AccessRevocation {
  constructor(private readonly o: { sessions: SessionService; legacyTokens: LegacyTokens }) {}

  /** Revokes the user's v1 tokens and sessions; every "sign out everywhere" path goes through here. */
  async revokeAllCredentials(
    userId: string,
    reason: RevocationReason,
    options: RevokeAllOptions = {},
  ): Promise<{ sessions: number; legacyTokens: number }> {
    // v1 tokens first: they are checked in the database on every use, so this takes effect at once.
    const legacyTokens = await this.o.legacyTokens.revokeAll(userId, reason);
    const sessions = await this.o.sessions.revokeAll(userId, reason, options.keepSessionId);
    return { sessions, legacyTokens };
  }
}
