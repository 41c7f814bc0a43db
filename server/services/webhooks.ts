// Webhook delivery: a worker that claims due events from the outbox (any number of instances share one
// PostgreSQL: FOR UPDATE SKIP LOCKED plus a lease), POSTs each to every WEBHOOK_URLS destination signed per the
// Standard Webhooks spec, and retries with exponential backoff and jitter, its state in the table (so a restart
// resumes where it stopped) — then marks the event delivered, or failed after the last attempt.
import { createHash } from "node:crypto";
import { Webhook } from "standardwebhooks";
import type { WebhookConfig } from "../config.js";
import type { Logger } from "../log.js";
import type { Db, Notifier } from "../store/db.js";
import {
  type ClaimedEvent,
  claimDueEvents,
  purgeOutbox,
  recordDeliveryRound,
} from "../store/webhook-outbox.js";
import type { Clock } from "../tokens/clock.js";
import { EVENTS_CHANNEL } from "./events.js";

export interface WebhookDeliveryOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  notifier: Notifier;
  config: WebhookConfig;
  /** First retry delay (default 5 s; then ×4 per attempt, capped at 6 h, ±25% jitter). */
  retryBaseMs?: number | undefined;
  /** Safety-net poll (default 5 s): events whose NOTIFY was missed, retries that came due. */
  pollMs?: number | undefined;
  /** Events claimed per round. */
  batchSize?: number;
  fetch?: typeof fetch;
  random?: () => number;
}

const MAX_DELAY_MS = 6 * 3_600_000;
const USER_AGENT = "Gatehouse-Webhooks/1";

/** The key a destination's state is stored under: a hash, since a URL may carry a credential. */
export const destinationKey = (url: string) => createHash("sha256").update(url).digest("hex").slice(0, 16);

/** Where a destination is, for logs: its origin only (a path or query may carry a credential). */
const originOf = (url: string) => new URL(url).origin;

/** The delay before attempt `attempt + 1`, after `attempt` failed rounds. */
export function retryDelayMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const exact = Math.min(baseMs * 4 ** (attempt - 1), MAX_DELAY_MS);
  return Math.round(exact * (0.75 + random() * 0.5));
}

/** Why an attempt failed, in a few words: never a response body, a header or the URL. */
function failureOf(err: unknown): string {
  const e = err as { name?: string; cause?: { code?: unknown } } | null;
  if (e?.name === "TimeoutError" || e?.name === "AbortError") return "timeout";
  const code = e?.cause?.code;
  return typeof code === "string" && /^[A-Z_]{2,40}$/.test(code) ? `network_${code}` : "network_error";
}

export class WebhookDelivery {
  private readonly signer: Webhook | undefined;
  private readonly fetch: typeof fetch;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(private readonly o: WebhookDeliveryOptions) {
    this.signer = o.config.secret ? new Webhook(o.config.secret) : undefined;
    this.fetch = o.fetch ?? globalThis.fetch;
  }

  /** Starts delivering: at once, on every committed event's NOTIFY, and on the poll. No destinations: idle. */
  async start(): Promise<void> {
    if (this.o.config.urls.length === 0) return;
    this.stopped = false;
    await this.o.notifier.listen(EVENTS_CHANNEL, () => this.wake());
    this.wake();
  }

  /** Stops claiming; waits for the round in flight (its attempts are bounded by the timeout). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Runs a round now (or right after the one in flight). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.loop().finally(() => {
      this.running = undefined;
      if (this.stopped) return;
      this.timer = setTimeout(() => this.wake(), this.o.pollMs ?? 5_000);
      this.timer.unref();
    });
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        // A full batch means more may be due: go on at once.
        if ((await this.round()) >= (this.o.batchSize ?? 20)) this.again = true;
      } catch (err) {
        this.o.logger.error({ err }, "webhook delivery round failed");
        return;
      }
    } while (this.again && !this.stopped);
  }

  /** Claims due events and delivers them; returns how many were claimed. */
  async round(): Promise<number> {
    const { db, clock, config } = this.o;
    const now = clock.now();
    // The lease covers a round: every destination timing out, with room to record the outcome.
    const leaseMs = config.timeoutMs * config.urls.length + 30_000;
    const claimed = await claimDueEvents(db, now, new Date(now.getTime() + leaseMs), this.o.batchSize ?? 20);
    await Promise.all(claimed.map((ev) => this.deliver(ev)));
    return claimed.length;
  }

  private async deliver(ev: ClaimedEvent): Promise<void> {
    const { config, clock, logger } = this.o;
    const deliveredTo = new Set(ev.deliveredTo);
    const pending = config.urls.filter((u) => !deliveredTo.has(destinationKey(u)));
    let lastError: string | null = null;
    const results = await Promise.all(pending.map(async (url) => [url, await this.post(url, ev)] as const));
    for (const [url, error] of results) {
      if (error === null) deliveredTo.add(destinationKey(url));
      else {
        lastError = error;
        logger.warn(
          { eventId: ev.id, type: ev.type, attempt: ev.attempts, destination: originOf(url), error },
          "webhook delivery attempt failed",
        );
      }
    }
    const now = clock.now();
    const done = lastError === null;
    const spent = !done && ev.attempts >= config.maxAttempts;
    const recorded = await recordDeliveryRound(this.o.db, {
      id: ev.id,
      attempts: ev.attempts,
      deliveredTo: [...deliveredTo],
      deliveredAt: done ? now : null,
      failedAt: spent ? now : null,
      nextAttemptAt: new Date(
        now.getTime() +
          (done || spent ? 0 : retryDelayMs(ev.attempts, this.o.retryBaseMs ?? 5_000, this.o.random)),
      ),
      lastError,
    });
    if (spent && recorded)
      logger.error(
        { eventId: ev.id, type: ev.type, attempts: ev.attempts, error: lastError },
        "webhook delivery failed: attempts exhausted",
      );
  }

  /** One signed POST; null when the destination answered 2xx, else why not. Redirects are not followed. */
  private async post(url: string, ev: ClaimedEvent): Promise<string | null> {
    if (!this.signer) return "no_secret";
    const at = this.o.clock.now();
    try {
      const res = await this.fetch(url, {
        method: "POST",
        redirect: "manual",
        signal: AbortSignal.timeout(this.o.config.timeoutMs),
        headers: {
          "content-type": "application/json",
          "user-agent": USER_AGENT,
          "webhook-id": ev.id,
          "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
          "webhook-signature": this.signer.sign(ev.id, at, ev.payload),
        },
        body: ev.payload,
      });
      // The body is never read nor logged: release the connection.
      await res.body?.cancel().catch(() => {});
      return res.status >= 200 && res.status < 300 ? null : `http_${res.status}`;
    } catch (err) {
      return failureOf(err);
    }
  }

  /** Deletes finished events older than the retention — every event when no destination is configured. */
  purge(): Promise<number> {
    const cutoff = new Date(this.o.clock.now().getTime() - this.o.config.retentionMs);
    return purgeOutbox(this.o.db, cutoff, { all: this.o.config.urls.length === 0 });
  }
}
