// Outgoing mail off the request path. The answer never waits on SMTP or on the work that decides
// whether there is a message at all, so a reset request for a known email takes as long as one for
// an unknown email; transient SMTP failures are retried (p-retry: maintained, backoff with jitter);
// close() lets queued mail finish.
import pRetry from "p-retry";
import type { Logger } from "../log.js";
import type { Mail, Mailer } from "./mailer.js";

export interface Outbox {
  /**
   * Runs `produce` in the background and sends the message it returns (none: nothing to send).
   * Failures are logged with the request id; they never reach the caller.
   */
  post(requestId: string | undefined, produce: () => Promise<Mail | undefined>): void;
  /** Waits for every posted message to be sent or given up. */
  drain(): Promise<void>;
}

export interface OutboxOptions {
  mailer: Mailer;
  logger: Logger;
  /** Attempts after the first; the backoff starts at `minTimeoutMs` and quadruples. */
  retries?: number;
  minTimeoutMs?: number;
}

export function createOutbox(options: OutboxOptions): Outbox {
  const { mailer, logger, retries = 3, minTimeoutMs = 1_000 } = options;
  const pending = new Set<Promise<void>>();
  return {
    post(requestId, produce) {
      const task = (async () => {
        const mail = await produce();
        if (!mail) return;
        await pRetry(() => mailer.send(mail), {
          retries,
          minTimeout: minTimeoutMs,
          factor: 4,
          randomize: true,
          onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
            if (retriesLeft > 0)
              logger.warn(
                { requestId, attempt: attemptNumber, err: error },
                "email delivery failed; retrying",
              );
          },
        });
        logger.debug({ requestId, subject: mail.subject }, "email sent");
      })().catch((err: unknown) => logger.error({ requestId, err }, "email delivery failed"));
      pending.add(task);
      void task.finally(() => pending.delete(task));
    },
    async drain() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
