// Budgets spent together (a password guess spends three): one limiter at a time, or one statement on PostgreSQL.
import { AppError } from "../errors.js";
import type { Db } from "../store/db.js";
import {
  addToBudgets,
  type BudgetCount,
  type RowRead,
  spendBudgetsWith,
} from "../store/rate-limit-budgets.js";
import type { Limiter } from "./rate-limits.js";

/**
 * Several limiters, each with its own key, spent and settled together; keys are given in the limiters'
 * order, most specific first.
 */
export interface BudgetGroup {
  /**
   * Spends a point of every budget at once (the store's increments decide, so parallel requests get at most
   * the budget). When any was out of points, gives back what the others spent and refuses (429) with the
   * Retry-After of the first refusing budget, as if they had been asked one after the other.
   */
  spend(keys: readonly string[]): Promise<void>;
  /** `spend`, then `read` (in the same statement where the store can): its row, when the budgets allowed. */
  spendWith<R>(keys: readonly string[], read: RowRead<R>): Promise<R | undefined>;
  /** Gives back the point `spend` took from every budget. */
  refund(keys: readonly string[]): Promise<void>;
  /** Resets the first budget and gives back the point `spend` took from the others. */
  settle(keys: readonly string[]): Promise<void>;
}

/** 429 AUTH_RATE_LIMIT_EXCEEDED with a Retry-After of at least a second. */
export function rateLimited(msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError("AUTH_RATE_LIMIT_EXCEEDED", { headers: { "Retry-After": String(seconds) } });
}

const keyAt = (keys: readonly string[], i: number): string => {
  const key = keys[i];
  if (key === undefined) throw new TypeError("a key per budget");
  return key;
};

/** Any store: one operation per limiter, sent at once. */
export class LimiterGroup implements BudgetGroup {
  constructor(private readonly limiters: readonly Limiter[]) {}

  async spend(keys: readonly string[]): Promise<void> {
    const results = await Promise.allSettled(this.limiters.map((l, i) => l.hit(keyAt(keys, i))));
    const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (!refused) return;
    await Promise.all(
      this.limiters.map((l, i) =>
        results[i]?.status === "fulfilled" ? l.refund(keyAt(keys, i)) : undefined,
      ),
    );
    throw refused.reason;
  }

  async spendWith<R>(keys: readonly string[], read: RowRead<R>): Promise<R | undefined> {
    await this.spend(keys);
    try {
      return await read.executeTakeFirst();
    } catch (err) {
      // A failed read was no guess (as any error but a wrong password): the points come back.
      await this.refund(keys);
      throw err;
    }
  }

  async refund(keys: readonly string[]): Promise<void> {
    await Promise.all(this.limiters.map((l, i) => l.refund(keyAt(keys, i))));
  }

  async settle(keys: readonly string[]): Promise<void> {
    await Promise.all(
      this.limiters.map((l, i) => (i === 0 ? l.reset(keyAt(keys, i)) : l.refund(keyAt(keys, i)))),
    );
  }
}

/**
 * PostgreSQL: the group's rows change in one statement, with the read that goes with the spend (a refusal
 * takes a second, to give back). When the database fails, the limiters' in-memory insurance answers, as
 * the library's own operations do. A failed statement spent nothing (it is atomic).
 */
export class PostgresGroup implements BudgetGroup {
  private readonly insured: LimiterGroup;

  constructor(
    private readonly db: Db,
    private readonly limiters: readonly Limiter[],
  ) {
    this.insured = new LimiterGroup(limiters.map((l) => l.insurance));
  }

  async spend(keys: readonly string[]): Promise<void> {
    const now = Date.now();
    let counts: BudgetCount[];
    try {
      counts = await addToBudgets(this.db, this.rows(keys), 1, now);
    } catch {
      return this.insured.spend(keys);
    }
    await this.refuseOver(keys, counts, now);
  }

  async spendWith<R>(keys: readonly string[], read: RowRead<R>): Promise<R | undefined> {
    const now = Date.now();
    let spent: { counts: BudgetCount[]; row: R | undefined };
    try {
      spent = await spendBudgetsWith(this.db, this.rows(keys), now, read);
    } catch {
      // The budgets' rows or the database failed: the insurance decides, and the read runs alone.
      return this.insured.spendWith(keys, read);
    }
    await this.refuseOver(keys, spent.counts, now);
    return spent.row;
  }

  // A refused budget keeps its point, as the library's refused consume does; the others get theirs back.
  private async refuseOver(keys: readonly string[], counts: BudgetCount[], now: number): Promise<void> {
    const over = counts.map((c, i) => c.points > (this.limiters[i]?.points ?? 0));
    const refused = over.indexOf(true);
    if (refused < 0) return;
    const spent = this.limiters.flatMap((l, i) => (over[i] ? [] : [{ limiter: l, key: keyAt(keys, i) }]));
    if (spent.length > 0) {
      const rows = spent.map(({ limiter, key }) => limiter.row(key));
      await addToBudgets(this.db, rows, -1, Date.now()).catch(() =>
        Promise.all(spent.map(({ limiter, key }) => limiter.insurance.refund(key))),
      );
    }
    const expire = counts[refused]?.expire ?? null;
    throw rateLimited(expire === null ? -1 : Math.max(expire - now, 0));
  }

  async refund(keys: readonly string[]): Promise<void> {
    await addToBudgets(this.db, this.rows(keys), -1, Date.now()).catch(() => this.insured.refund(keys));
  }

  async settle(keys: readonly string[]): Promise<void> {
    const [first, ...rest] = this.rows(keys);
    if (!first) return;
    await addToBudgets(this.db, rest, -1, Date.now(), first.key).catch(() => this.insured.settle(keys));
  }

  private rows(keys: readonly string[]) {
    return this.limiters.map((l, i) => l.row(keyAt(keys, i)));
  }
}
