// Users' views (the contract's User), cached per instance and dropped when a user changes — here, on another
// instance (Postgres NOTIFY), or, if that signal is missed, by a poll of `users.updated_at`.
import { LRUCache } from "lru-cache";
import type { Db, Notifier } from "../store/db.js";
import { findUserById, usersChangedSince } from "../store/users.js";
import type { Clock } from "../tokens/clock.js";
import { toUserProfile, type UserProfile } from "./users.js";

const CHANNEL = "gatehouse_user_changed";
// Overlap between polls: a change committed during the last poll may carry an earlier updated_at.
const POLL_OVERLAP_MS = 5_000;

export interface UserViewsOptions {
  db: Db;
  notifier: Notifier;
  clock: Clock;
  /** Poll interval for changes another instance made without us hearing of it; 0 disables polling (single embedded instance). */
  pollIntervalMs: number;
  /** Most views kept (least recently used go first). */
  max?: number;
  /** The longest a view is kept at all: a bound even for a write made behind Gatehouse's back. */
  ttlMs?: number;
}

/**
 * Every write to `users` must call `changed(ids)` once it has committed, and set `updated_at` (the
 * poll's only evidence). A deleted user needs no poll: deletion revokes its sessions, and a revoked
 * session's request never reaches a view.
 */
export class UserViews {
  private readonly cache: LRUCache<string, UserProfile>;
  // Bumped by every invalidation: a read that raced one is answered but not cached.
  private generation = 0;
  private timer: NodeJS.Timeout | undefined;
  private polledUntil = new Date(0);

  constructor(private readonly options: UserViewsOptions) {
    this.cache = new LRUCache({ max: options.max ?? 10_000, ttl: options.ttlMs ?? 10 * 60_000 });
  }

  async start(): Promise<void> {
    const { notifier, pollIntervalMs, clock } = this.options;
    await notifier.listen(CHANNEL, (payload) => this.forget(payload.split(",")));
    this.polledUntil = clock.now();
    if (pollIntervalMs > 0) {
      this.timer = setInterval(() => void this.poll().catch(() => {}), pollIntervalMs);
      this.timer.unref();
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** The user's profile (tenant-independent), from the cache or the database; undefined when there is no such user. */
  async get(userId: string): Promise<UserProfile | undefined> {
    const hit = this.cache.get(userId);
    if (hit) return hit;
    const generation = this.generation;
    const row = await findUserById(this.options.db, userId);
    if (!row) return undefined;
    // Frozen: every request for this user shares the object.
    const view = Object.freeze(toUserProfile(row));
    if (generation === this.generation) this.cache.set(userId, view);
    return view;
  }

  /** Drops the users' views here and on every other instance; call after the write has committed. */
  async changed(userIds: readonly string[]): Promise<void> {
    if (userIds.length === 0) return;
    this.forget(userIds);
    // NOTIFY payloads are capped at 8000 bytes; 200 uuids fit comfortably.
    for (let i = 0; i < userIds.length; i += 200) {
      await this.options.notifier.notify(CHANNEL, userIds.slice(i, i + 200).join(","));
    }
  }

  private forget(userIds: readonly string[]): void {
    this.generation++;
    for (const id of userIds) if (id) this.cache.delete(id);
  }

  private async poll(): Promise<void> {
    const since = new Date(this.polledUntil.getTime() - POLL_OVERLAP_MS);
    const now = this.options.clock.now();
    const changed = await usersChangedSince(this.options.db, since);
    if (changed.length > 0) this.forget(changed);
    this.polledUntil = now;
  }
}
