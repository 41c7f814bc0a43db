// Polls Gatehouse's revocation feed (GET /service/revocations) and remembers revoked session ids until their tokens have expired.
import type { GuardLogger } from "../types.js";

export interface RevocationPollerOptions {
  url: string;
  serviceSecret: string;
  fetch: typeof fetch;
  /** Wall-clock time, ms: what the remembered ids' expiry is measured in. */
  now: () => number;
  logger: GuardLogger;
  /** Overrides the interval Gatehouse recommends. */
  intervalMs: number | undefined;
}

interface Page {
  sessionIds: string[];
  cursor: string;
  hasMore: boolean;
  pollIntervalSeconds: number;
  retentionSeconds: number;
}

function isPage(p: unknown): p is Page {
  const o = p as Partial<Page> | null;
  return (
    typeof o === "object" &&
    o !== null &&
    Array.isArray(o.sessionIds) &&
    o.sessionIds.every((s) => typeof s === "string") &&
    typeof o.cursor === "string" &&
    typeof o.hasMore === "boolean" &&
    Number.isInteger(o.pollIntervalSeconds) &&
    Number.isInteger(o.retentionSeconds)
  );
}

export class RevocationPoller {
  // session id → when it can be forgotten (ms)
  private readonly revoked = new Map<string, number>();
  private cursor: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private firstPoll: Promise<void>;
  private markReady: () => void = () => {};
  /** When the last poll completed (ms); undefined before the first. */
  lastSuccessAt: number | undefined;

  constructor(private readonly o: RevocationPollerOptions) {
    this.firstPoll = new Promise((resolve) => {
      this.markReady = resolve;
    });
  }

  start(): void {
    void this.tick();
  }

  /** Resolves once the first complete read of the feed has been applied. */
  ready(): Promise<void> {
    return this.firstPoll;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  has(sessionId: string): boolean {
    const until = this.revoked.get(sessionId);
    if (until === undefined) return false;
    if (until <= this.o.now()) {
      this.revoked.delete(sessionId);
      return false;
    }
    return true;
  }

  /** One read of the feed to its end (following `hasMore`); returns the interval until the next. */
  async poll(): Promise<number> {
    for (;;) {
      const query = this.cursor ? `?cursor=${encodeURIComponent(this.cursor)}` : "";
      const res = await this.o.fetch(`${this.o.url}/service/revocations${query}`, {
        headers: { "x-service-auth": this.o.serviceSecret, accept: "application/json" },
        redirect: "error",
        signal: AbortSignal.timeout(10_000),
      });
      if (res.status === 400) {
        // A cursor this Gatehouse no longer understands (e.g. after an upgrade): start again from the window.
        this.cursor = undefined;
        throw new Error("the revocation feed refused the cursor; restarting from its window");
      }
      if (!res.ok) throw new Error(`the revocation feed answered ${res.status}`);
      const page: unknown = await res.json();
      if (!isPage(page)) throw new Error("the revocation feed answered an unexpected body");
      const now = this.o.now();
      const until = now + page.retentionSeconds * 1000;
      for (const sid of page.sessionIds) this.revoked.set(sid, until);
      this.cursor = page.cursor;
      if (page.hasMore) continue;
      for (const [sid, at] of this.revoked) if (at <= now) this.revoked.delete(sid);
      this.lastSuccessAt = now;
      return this.o.intervalMs ?? page.pollIntervalSeconds * 1000;
    }
  }

  private async tick(): Promise<void> {
    let next = this.o.intervalMs ?? 2_000;
    try {
      next = await this.poll();
      this.markReady();
    } catch (err) {
      this.o.logger.warn("gatehouse guard: revocation feed poll failed", {
        error: err instanceof Error ? err.message : String(err),
      });
    }
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), next);
    // Never keeps a process alive on its own.
    (this.timer as { unref?: () => void }).unref?.();
  }
}
