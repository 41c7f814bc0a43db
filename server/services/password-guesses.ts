// Password guessing policy: every password verification spends a guess from three budgets before it runs.
import { AppError } from "../errors.js";
import type { Limiter, RateLimits } from "./rate-limits.js";
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
  "signInFailuresPerAccountAndSource" | "signInFailuresPerIp" | "signInFailuresPerAccount"
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
  constructor(private readonly limits: GuessLimits) {}

  /**
   * Runs `check` (one password verification) if every budget has a guess left, else throws 429.
   * A wrong password (AUTH_INVALID_CREDENTIALS) keeps its guess; a right one resets the consecutive
   * failures of its source and gives back the rest; any other error was not a guess and is refunded.
   */
  async verify<T>(source: GuessSource, check: () => Promise<T>): Promise<T> {
    const spent = await this.spend(source);
    let result: T;
    try {
      result = await check();
    } catch (err) {
      if (!(err instanceof AppError && err.code === "AUTH_INVALID_CREDENTIALS")) await refund(spent);
      throw err;
    }
    // A right password forgives its source's consecutive failures. For the wider budgets it was not a
    // failure, so its own point comes back, but earlier failures stay: the owner signing in does not
    // make guessing at the account any cheaper.
    const [pair, ...others] = spent;
    await Promise.all([pair?.[0].reset(pair[1]), refund(others)]);
    return result;
  }

  /** The owner proved control of the address (password reset): forget the account's failures. */
  async forgive(source: GuessSource): Promise<void> {
    const [pair, , account] = this.budgets(source);
    await Promise.all([pair, account].map((b) => b?.[0].reset(b[1])));
  }

  private budgets(source: GuessSource): Array<[Limiter, string]> {
    return [
      [this.limits.signInFailuresPerAccountAndSource, `${source.account}\n${sourceKey(source.ip)}`],
      [this.limits.signInFailuresPerIp, source.ip],
      [this.limits.signInFailuresPerAccount, source.account],
    ];
  }

  // The three budgets are asked at once (one round trip, not three: sign-in is a hot path); if any refuses,
  // the others give back what they spent, so the budgets end as they would asking one after the other.
  private async spend(source: GuessSource): Promise<Array<[Limiter, string]>> {
    const budgets = this.budgets(source);
    const results = await Promise.allSettled(budgets.map(([limiter, key]) => limiter.hit(key)));
    const spent = budgets.filter((_, i) => results[i]?.status === "fulfilled");
    // The most specific refusal is the one reported (its Retry-After), as when asking in order.
    const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (refused) {
      await refund(spent);
      throw refused.reason;
    }
    return spent;
  }
}

async function refund(spent: Array<[Limiter, string]>): Promise<void> {
  await Promise.all(spent.map(([limiter, key]) => limiter.refund(key)));
}
