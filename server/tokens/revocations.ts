// Revoked sessions, known to every instance within seconds: local set + Postgres NOTIFY + a polling safety net
// (over `sessions.revoked_at` and the markers deleted sessions leave in `revoked_sessions`).
import type { Db, Notifier, Queryable } from "../store/db.js";
import {
  markUserSessionsDeleted,
  purgeRevokedSessionMarkers,
  revokedSessionIdsSince,
} from "../store/revoked-sessions.js";
import type { Clock } from "./clock.js";

const CHANNEL = "gatehouse_session_revoked";

export interface RevocationListOptions {
  db: Db;
  notifier: Notifier;
  clock: Clock;
  /** How long a revoked session is remembered: its last access token's lifetime plus skew. */
  retentionMs: number;
  /** Poll interval for missed notifications; 0 disables polling (single embedded instance). */
  pollIntervalMs: number;
}

export class RevocationList {
  // session id → when it can be forgotten (epoch ms)
  private readonly revoked = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private polledUntil = new Date(0);
  private readonly listeners: Array<(sessionId: string) => void> = [];

  constructor(private readonly options: RevocationListOptions) {}

  async start(): Promise<void> {
    const { notifier, pollIntervalMs, clock, retentionMs } = this.options;
    await notifier.listen(CHANNEL, (payload) => {
      for (const sid of payload.split(",")) if (sid) this.remember(sid);
    });
    this.polledUntil = new Date(clock.now().getTime() - retentionMs);
    await this.poll();
    if (pollIntervalMs > 0) {
      this.timer = setInterval(() => void this.poll().catch(() => {}), pollIntervalMs);
      this.timer.unref();
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /**
   * Calls `listener` once for each session this instance learns is revoked from now on, whichever way it
   * learns it (its own `publish`, a NOTIFY, or the poll that catches a missed NOTIFY).
   */
  onRevoked(listener: (sessionId: string) => void): void {
    this.listeners.push(listener);
  }

  has(sessionId: string): boolean {
    const until = this.revoked.get(sessionId);
    if (until === undefined) return false;
    if (until < this.options.clock.now().getTime()) {
      this.revoked.delete(sessionId);
      return false;
    }
    return true;
  }

  /** Records sessions just revoked in the database and tells the other instances. */
  async publish(sessionIds: readonly string[]): Promise<void> {
    if (sessionIds.length === 0) return;
    for (const sid of sessionIds) this.remember(sid);
    // NOTIFY payloads are capped at 8000 bytes; 200 uuids fit comfortably.
    for (let i = 0; i < sessionIds.length; i += 200) {
      await this.options.notifier.notify(CHANNEL, sessionIds.slice(i, i + 200).join(","));
    }
  }

  /**
   * Leaves a marker for each session of a user whose rows are about to be deleted with it (call inside
   * the deleting transaction): the poll reads `sessions.revoked_at`, which a deleted row no longer has,
   * so without a marker an instance that missed the NOTIFY would keep accepting the sessions' access
   * tokens until they expire. Covers live sessions and ones revoked so recently that a poll may not have
   * seen them yet. Returns the session ids; `publish` them once the transaction has committed.
   */
  async markDeleted(tx: Queryable, userId: string): Promise<string[]> {
    const now = this.options.clock.now();
    const forget = new Date(now.getTime() + this.options.retentionMs);
    const recent = new Date(now.getTime() - this.options.retentionMs);
    return markUserSessionsDeleted(tx, userId, now, forget, recent);
  }

  /** Drops markers whose sessions' access tokens have all expired; run periodically. */
  async purgeMarkers(): Promise<void> {
    await purgeRevokedSessionMarkers(this.options.db, this.options.clock.now());
  }

  private remember(sessionId: string): void {
    const known = this.revoked.has(sessionId);
    this.revoked.set(sessionId, this.options.clock.now().getTime() + this.options.retentionMs);
    if (!known) for (const listener of this.listeners) listener(sessionId);
  }

  private async poll(): Promise<void> {
    // Overlap the window a little: a revocation committed during the last poll may carry an older timestamp.
    const since = new Date(this.polledUntil.getTime() - 5_000);
    const now = this.options.clock.now();
    for (const id of await revokedSessionIdsSince(this.options.db, since)) this.remember(id);
    this.polledUntil = now;
    for (const [sid, until] of this.revoked) if (until < now.getTime()) this.revoked.delete(sid);
  }
}
