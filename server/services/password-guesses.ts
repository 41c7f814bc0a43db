// Password guessing policy: every password verification spends a guess from three budgets before it runs.
import { AppError } from "../errors.js";
import type { RowRead } from "../store/rate-limit-budgets.js";
import type { BudgetGroup } from "./budget-groups.js";
import type { RateLimits } from "./rate-limits.js";
import { sourceKey } from "./source-key.js";

/** Whose password is being tried, and from where. */
export interface GuessSource {
  /** `accountKey(email)`: sign-in and re-authentication share one account's budgets. */
  account: string;
  ip: string;
}

/**
 * Accounts are global (one per email). The `default` prefix is from when they were per tenant: kept so that
 * counters running when the server is upgraded carry on.
 */
export const accountKey = (email: string): string => `default\n${email.toLowerCase()}`;

type GuessLimits = Pick<
  RateLimits,
  "signInFailuresPerAccountAndSource" | "signInFailuresPerIp" | "signInFailuresPerAccount" | "group"
>;

/**
 * The budgets, most specific first:
 * - per account *and* source, tight (5 per 15 minutes): stops one attacker guessing, and locks out only
 *   that attacker, not the owner signing in from elsewhere (ASVS V6.3.1: no lockout switch);
 * - per source, across accounts (50 per 15 minutes): password spraying;
 * - per account, across sources (100 per day): an attacker with many addresses.
 * A guess is spent atomically *before* the password is checked, so parallel requests get at most the
 * budget evaluated; a refused request gives back what it spent, so requests the tight budget refuses do
 * not drain the owner's account-wide budget.
 */
export class PasswordGuesses {
  private readonly budgets: BudgetGroup;

  constructor(private readonly limits: GuessLimits) {
    this.budgets = limits.group([
      "signInFailuresPerAccountAndSource",
      "signInFailuresPerIp",
      "signInFailuresPerAccount",
    ]);
  }

  /**
   * Runs `check` (one password verification) if every budget has a guess left, else throws 429.
   * A wrong password (AUTH_INVALID_CREDENTIALS) keeps its guess; a right one resets the consecutive
   * failures of its source and gives back the rest; any other error was not a guess and is refunded.
   */
  async verify<T>(source: GuessSource, check: () => Promise<T>): Promise<T> {
    const keys = keysOf(source);
    // The three budgets are spent at once (one statement on PostgreSQL: sign-in is a hot path); a refused
    // request gives back what the others spent, and the most specific refusal's Retry-After is reported.
    await this.budgets.spend(keys);
    return this.settleAfter(keys, check);
  }

  /**
   * `verify`, with `read` (the account whose password `check` verifies) run in the statement that spends
   * the guess where the store can (PostgreSQL): one round trip less. Nothing is checked before the spend.
   */
  async verifyWith<R, T>(
    source: GuessSource,
    read: RowRead<R>,
    check: (row: R | undefined) => Promise<T>,
  ): Promise<T> {
    const keys = keysOf(source);
    const row = await this.budgets.spendWith(keys, read);
    return this.settleAfter(keys, () => check(row));
  }

  private async settleAfter<T>(keys: readonly string[], check: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await check();
    } catch (err) {
      if (!(err instanceof AppError && err.code === "AUTH_INVALID_CREDENTIALS"))
        await this.budgets.refund(keys);
      throw err;
    }
    // A right password forgives its source's consecutive failures. For the wider budgets it was not a
    // failure, so its own point comes back, but earlier failures stay: the owner signing in does not
    // make guessing at the account any cheaper.
    await this.budgets.settle(keys);
    return result;
  }

  /** The owner proved control of the address (password reset): forget the account's failures. */
  async forgive(source: GuessSource): Promise<void> {
    const [pair, , account] = keysOf(source);
    await Promise.all([
      this.limits.signInFailuresPerAccountAndSource.reset(pair),
      this.limits.signInFailuresPerAccount.reset(account),
    ]);
  }
}

/** The budgets' keys, in the group's order (most specific first). */
function keysOf(source: GuessSource): [pair: string, ip: string, account: string] {
  return [`${source.account}\n${sourceKey(source.ip)}`, source.ip, source.account];
}
