// The revocation feed for resource servers (GET /service/revocations): policy over store/revoked-sessions.ts.
import { AppError } from "../errors.js";
import type { Queryable } from "../store/db.js";
import { type FeedPosition, revocationsBetween } from "../store/revoked-sessions.js";
import { CLOCK_SKEW_MS, type Clock } from "../tokens/clock.js";

export interface RevocationFeedOptions {
  db: Queryable;
  clock: Clock;
  /** How long a revocation matters: the access token lifetime plus clock skew. */
  retentionMs: number;
  pollIntervalSeconds: number;
  pageSize?: number;
}

/**
 * Why an overlap window and not `revoked_at > last`: `revoked_at` is the revoking instance's clock when
 * the statement was built, not when its transaction committed, so a revocation can become visible after
 * a poll has already read past its timestamp (a slow transaction, or another instance's clock behind
 * ours). Each poll after a complete read therefore starts OVERLAP_MS before the previous one ended and
 * the guard dedupes (its revoked set is keyed by session id). A commit-ordered sequence would need a new
 * table written by every revoking statement; the overlap costs only re-sending the last few seconds'
 * ids. A revocation whose commit lags its timestamp by more than the overlap would be missed: Gatehouse's
 * revoking transactions are single statements or short transactions, far below it.
 */
export const OVERLAP_MS = 15_000;

/** The cursor's content (base64url JSON): `s` exclusive lower bound; `u` upper bound and `a` position while paging. */
interface Cursor {
  s: number;
  u?: number;
  a?: [number, string];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isMs = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

const badCursor = () =>
  new AppError("VALIDATION_FAILED", {
    fields: [{ path: "query.cursor", message: "Not a cursor this server returned" }],
  });

function encode(c: Cursor): string {
  return Buffer.from(JSON.stringify({ v: 1, ...c }), "utf8").toString("base64url");
}

function decode(text: string, now: number): Cursor {
  // Another instance wrote the cursor by its own clock, which may be a little ahead of ours.
  const nowMs = now + CLOCK_SKEW_MS;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw badCursor();
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw badCursor();
  const { v, s, u, a, ...rest } = raw as Record<string, unknown>;
  if (v !== 1 || Object.keys(rest).length > 0 || !isMs(s) || s > nowMs) throw badCursor();
  if (u === undefined && a === undefined) return { s };
  if (!isMs(u) || u < s || u > nowMs || !Array.isArray(a) || a.length !== 2) throw badCursor();
  const [at, id] = a as unknown[];
  if (!isMs(at) || at <= s || at > u || typeof id !== "string" || !UUID.test(id)) throw badCursor();
  return { s, u, a: [at, id] };
}

export interface RevocationPage {
  sessionIds: string[];
  cursor: string;
  hasMore: boolean;
  pollIntervalSeconds: number;
  retentionSeconds: number;
}

export class RevocationFeed {
  private readonly pageSize: number;

  constructor(private readonly o: RevocationFeedOptions) {
    this.pageSize = o.pageSize ?? 1000;
  }

  /** The revocations after `cursor` (or within the retention window without one) and the next cursor. */
  async page(cursor: string | undefined): Promise<RevocationPage> {
    const now = this.o.clock.now().getTime();
    const floor = now - this.o.retentionMs;
    const c = cursor === undefined ? { s: floor } : decode(cursor, now);
    // A cursor older than the retention window restarts from it: older revocations concern expired tokens only.
    const since = Math.max(c.s, floor);
    const until = c.u ?? now;
    const after: FeedPosition | undefined = c.a ? { at: new Date(c.a[0]), id: c.a[1] } : undefined;
    const rows = await revocationsBetween(this.o.db, {
      since: new Date(since),
      until: new Date(until),
      after,
      limit: this.pageSize + 1,
    });
    const hasMore = rows.length > this.pageSize;
    const page = hasMore ? rows.slice(0, this.pageSize) : rows;
    const last = page[page.length - 1];
    const next: Cursor =
      hasMore && last
        ? { s: since, u: until, a: [last.at.getTime(), last.id] }
        : { s: Math.max(since, until - OVERLAP_MS) };
    return {
      sessionIds: [...new Set(page.map((r) => r.id))],
      cursor: encode(next),
      hasMore,
      pollIntervalSeconds: this.o.pollIntervalSeconds,
      retentionSeconds: Math.ceil(this.o.retentionMs / 1000),
    };
  }
}
