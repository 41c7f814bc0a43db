// Rate limits (rate-limiter-flexible): memory for one embedded instance, PostgreSQL or Redis when shared.
import { createHash } from "node:crypto";
import { Redis } from "ioredis";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";
import type { Logger } from "../log.js";
import type { Store } from "../store/db.js";
import type { BudgetRow } from "../store/rate-limit-budgets.js";
import { type BudgetGroup, LimiterGroup, PostgresGroup, rateLimited } from "./budget-groups.js";
import { sourceKey } from "./source-key.js";

export interface LimitRule {
  points: number;
  durationSeconds: number;
  /** The key is a client address: IPv6 addresses count per /64, the block one subscriber gets. */
  perSource?: boolean;
}

/**
 * The limits Gatehouse applies, each per key. Password guesses (the first three) follow the policy in
 * password-guesses.ts: tight per account and source, loose per account, and per source for spraying.
 */
export const RULES = {
  signInFailuresPerAccountAndSource: { points: 5, durationSeconds: 15 * 60 },
  // NIST SP 800-63B §5.2.2: at most 100 failed attempts on one account, whatever their source.
  signInFailuresPerAccount: { points: 100, durationSeconds: 24 * 60 * 60 },
  // Password spraying: many accounts, one source.
  signInFailuresPerIp: { points: 50, durationSeconds: 15 * 60, perSource: true },
  signUpPerIp: { points: 30, durationSeconds: 60 * 60, perSource: true },
  messagesPerEmail: { points: 5, durationSeconds: 60 * 60 },
  messagesPerIp: { points: 30, durationSeconds: 60 * 60, perSource: true },
  codeAttemptsPerIp: { points: 30, durationSeconds: 15 * 60, perSource: true },
  // /admin/*: generous for an operator's tools, a brake on a leaked operator credential or a runaway script.
  adminRequestsPerActor: { points: 300, durationSeconds: 60 },
  // Acting as a member is rare and sensitive: a handful per operator per hour.
  impersonationsPerActor: { points: 30, durationSeconds: 60 * 60 },
  // /service/*: a guard polls the feed every few seconds and introspects each new API key once per cache period.
  serviceRequestsPerSource: { points: 1200, durationSeconds: 60, perSource: true },
} satisfies Record<string, LimitRule>;

export type RuleName = keyof typeof RULES;

/**
 * One rule over one store. There is deliberately no "check, then record the failure later": a point is
 * spent atomically before the work it guards (the store's own increment decides who is over the
 * limit), so parallel requests cannot all pass a check that none of them has recorded yet.
 */
export class Limiter {
  /** Who answers when the shared store fails: this instance alone (the limiter itself for the memory store). */
  readonly insurance: Limiter;

  constructor(
    private readonly name: string,
    private readonly rl: RateLimiterAbstract,
    private readonly rule: LimitRule,
    insurance?: Limiter,
  ) {
    this.insurance = insurance ?? this;
  }

  /** Points per window. */
  get points(): number {
    return this.rule.points;
  }

  /** The key's row as the library stores it (for statements that change several budgets at once). */
  row(key: string): BudgetRow {
    return { key: this.rl.getKey(this.storeKey(key)), durationMs: this.rule.durationSeconds * 1000 };
  }

  /** Spends a point; refuses (429) when the key was already out of points. */
  async hit(key: string): Promise<void> {
    try {
      await this.rl.consume(this.storeKey(key));
    } catch (err) {
      if (err instanceof RateLimiterRes) throw rateLimited(err.msBeforeNext);
      throw err;
    }
  }

  /** Gives back a point spent by `hit` (the attempt turned out not to count, e.g. a correct password). */
  async refund(key: string): Promise<void> {
    await this.rl.reward(this.storeKey(key), 1);
  }

  async reset(key: string): Promise<void> {
    await this.rl.delete(this.storeKey(key));
  }

  /**
   * Keys are hashed: an email of any length fits the PostgreSQL store's varchar(255) column (a longer
   * key failed there and escaped the limit), and the store holds no addresses in clear.
   */
  private storeKey(key: string): string {
    const normalised = this.rule.perSource ? sourceKey(key) : key;
    return createHash("sha256").update(normalised).digest("base64url");
  }

  toString(): string {
    return this.name;
  }
}

export type RateLimits = Record<RuleName, Limiter> & {
  /** The named budgets spent and settled together (one statement each on PostgreSQL), most specific first. */
  group(names: readonly RuleName[]): BudgetGroup;
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
    const rule: LimitRule = RULES[name];
    const { points, durationSeconds: duration } = rule;
    const keyPrefix = `${prefix}:${name}`;
    // When the shared store fails, this instance keeps limiting on its own instead of answering 500; the
    // memory store is its own insurance.
    const insuranceLimiter = new RateLimiterMemory({ points, duration, keyPrefix });
    if (options.store === "memory") return new Limiter(name, insuranceLimiter, rule);
    const rl =
      options.store === "redis"
        ? new RateLimiterRedis({ storeClient: redis, points, duration, keyPrefix, insuranceLimiter })
        : new RateLimiterPostgres({
            storeClient: options.db.pool,
            tableName: "rate_limits",
            tableCreated: true,
            clearExpiredByTimeout: false,
            points,
            duration,
            keyPrefix,
            insuranceLimiter,
          });
    return new Limiter(name, rl, rule, new Limiter(name, insuranceLimiter, rule));
  };
  const limits = Object.fromEntries(Object.keys(RULES).map((n) => [n, make(n as RuleName)])) as Record<
    RuleName,
    Limiter
  >;
  const { db } = options.db;
  return {
    ...limits,
    group: (names) => {
      const members = names.map((n) => limits[n]);
      return options.store === "postgres" ? new PostgresGroup(db, members) : new LimiterGroup(members);
    },
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
