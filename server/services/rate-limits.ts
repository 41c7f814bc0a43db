// Rate limits (rate-limiter-flexible): memory for one embedded instance, PostgreSQL or Redis when shared.
import { Redis } from "ioredis";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";
import { AppError } from "../errors.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/db.js";

export interface LimitRule {
  points: number;
  durationSeconds: number;
}

/** The limits Gatehouse applies; each is per key (an email or an IP address). */
export const RULES = {
  signInFailuresPerEmail: { points: 5, durationSeconds: 15 * 60 },
  // Password spraying: many accounts, one source.
  signInFailuresPerIp: { points: 50, durationSeconds: 15 * 60 },
  signUpPerIp: { points: 30, durationSeconds: 60 * 60 },
  messagesPerEmail: { points: 5, durationSeconds: 60 * 60 },
  messagesPerIp: { points: 30, durationSeconds: 60 * 60 },
  codeAttemptsPerIp: { points: 30, durationSeconds: 15 * 60 },
} satisfies Record<string, LimitRule>;

export type RuleName = keyof typeof RULES;

export class Limiter {
  constructor(
    private readonly name: string,
    private readonly rl: RateLimiterAbstract,
    private readonly points: number,
  ) {}

  /** Refuses when the key has no points left, without spending one. */
  async check(key: string): Promise<void> {
    const res = await this.rl.get(key);
    if (res && res.consumedPoints >= this.points) throw limited(res);
  }

  /** Spends a point; refuses when the key was already out of points. */
  async hit(key: string): Promise<void> {
    try {
      await this.rl.consume(key);
    } catch (err) {
      if (err instanceof RateLimiterRes) throw limited(err);
      throw err;
    }
  }

  /** Spends a point without refusing (recording a failure that has already been answered). */
  async record(key: string): Promise<void> {
    await this.rl.penalty(key, 1);
  }

  async reset(key: string): Promise<void> {
    await this.rl.delete(key);
  }

  toString(): string {
    return this.name;
  }
}

function limited(res: RateLimiterRes): AppError {
  const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  return new AppError("AUTH_RATE_LIMIT_EXCEEDED", { headers: { "Retry-After": String(seconds) } });
}

export type RateLimits = Record<RuleName, Limiter> & {
  /** Resolves once the shared store answers (or after `timeoutMs`, leaving the insurance limiter in charge). */
  ready(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

export interface RateLimitOptions {
  store: "memory" | "postgres" | "redis";
  db: Store;
  redisUrl?: string | undefined;
  /** Key prefix, so tests (or tenants of one Redis) do not share counters by accident. */
  prefix?: string;
  logger?: Logger;
}

export function createRateLimits(options: RateLimitOptions): RateLimits {
  const prefix = options.prefix ?? "gh";
  let redis: Redis | undefined;
  if (options.store === "redis") {
    // Without an offline queue a command fails at once while Redis is away, and the in-memory
    // insurance limiter answers instead (rate-limiter-flexible's documented setup).
    redis = new Redis(options.redisUrl ?? "", { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    let lastWarned = 0;
    redis.on("error", (err: Error) => {
      if (Date.now() - lastWarned < 60_000) return;
      lastWarned = Date.now();
      options.logger?.warn(
        { err: { message: err.message } },
        "rate-limit store unavailable; limiting per instance",
      );
    });
  }
  if (options.store === "postgres" && !options.db.pool)
    throw new TypeError("postgres rate limits need DATABASE_URL");
  const make = (name: RuleName): Limiter => {
    const { points, durationSeconds: duration } = RULES[name];
    const keyPrefix = `${prefix}:${name}`;
    // When the shared store fails, this instance keeps limiting on its own instead of answering 500.
    const insuranceLimiter = new RateLimiterMemory({ points, duration, keyPrefix });
    const rl =
      options.store === "redis"
        ? new RateLimiterRedis({ storeClient: redis, points, duration, keyPrefix, insuranceLimiter })
        : options.store === "postgres"
          ? new RateLimiterPostgres({
              storeClient: options.db.pool,
              tableName: "rate_limits",
              tableCreated: true,
              clearExpiredByTimeout: false,
              points,
              duration,
              keyPrefix,
              insuranceLimiter,
            })
          : new RateLimiterMemory({ points, duration, keyPrefix });
    return new Limiter(name, rl, points);
  };
  const limits = Object.fromEntries(Object.keys(RULES).map((n) => [n, make(n as RuleName)])) as Record<
    RuleName,
    Limiter
  >;
  return {
    ...limits,
    async ready(timeoutMs = 2_000) {
      const client = redis;
      if (!client || client.status === "ready") return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        client.once("ready", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    async close() {
      await redis?.quit().catch(() => {});
    },
  };
}
