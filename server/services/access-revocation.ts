// Ending everything that lets a user in — sessions and legacy v1 tokens — in one call, so no path forgets one.
import type { Db, Queryable } from "../store/db.js";
import { revokeUserLegacyTokens } from "../store/legacy-v1-tokens.js";
import { revokeUserSessions } from "../store/sessions.js";
import type { Clock } from "../tokens/clock.js";
import type { RevocationList } from "../tokens/revocations.js";
import { type AuditContext, type AuditEntry, entryBy, SYSTEM_CONTEXT, withAudit } from "./audit.js";

/** Why a user's credentials were revoked (stored with sessions and v1 tokens). */
export type RevocationReason =
  | "password_change"
  | "password_reset"
  | "sso_account_takeover"
  | "admin_disabled"
  | "admin_revoked";

export interface RevokeAllOptions {
  /** The caller's own session, kept alive (password change). v1 tokens are revoked regardless. */
  keepSessionId?: string | undefined;
  /**
   * The event recording it, written in the same transaction. Without one, a `user.sessions_revoked` entry by
   * `by` (default: the system) is written when sessions ended, so their session.revoked event is never missed.
   */
  audit?: AuditEntry | undefined;
  by?: AuditContext | undefined;
  /** A change that must commit with the revocation (disabling the user), run first in its transaction. */
  alongside?: ((tx: Queryable) => Promise<void>) | undefined;
}

export class AccessRevocation {
  constructor(private readonly o: { db: Db; clock: Clock; revocations: RevocationList }) {}

  /** Revokes the user's v1 tokens and sessions; every "sign out everywhere" path goes through here. */
  async revokeAllCredentials(
    userId: string,
    reason: RevocationReason,
    options: RevokeAllOptions = {},
  ): Promise<{ sessions: number; legacyTokens: number }> {
    const { db, clock, revocations } = this.o;
    const now = clock.now();
    // One transaction: the v1 tokens (checked in the database on every use) and the sessions end together.
    const by = options.by ?? SYSTEM_CONTEXT;
    const entry = (r: { sessions: string[] }): AuditEntry | undefined =>
      options.audit
        ? { ...options.audit, sessionIds: r.sessions }
        : r.sessions.length > 0
          ? {
              ...entryBy(by, "user.sessions_revoked", { type: "user", id: userId }),
              reason,
              sessionIds: r.sessions,
            }
          : undefined;
    const ended = await withAudit(db, clock, entry, async (tx) => {
      await options.alongside?.(tx);
      const legacyTokens = await revokeUserLegacyTokens(tx, userId, reason, now);
      const sessions = await revokeUserSessions(tx, userId, reason, now, {
        ...(options.keepSessionId ? { except: options.keepSessionId } : {}),
      });
      return { sessions, legacyTokens };
    });
    // After the commit: every instance drops the sessions' access tokens within seconds.
    await revocations.publish(ended.sessions);
    return { sessions: ended.sessions.length, legacyTokens: ended.legacyTokens };
  }
}
