// Password hashing: argon2id with OWASP parameters, and equal work for unknown accounts.
import { hash, verify } from "@node-rs/argon2";

// OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1. @node-rs/argon2 defaults to argon2id
// (its `Algorithm` is an ambient const enum, which verbatimModuleSyntax cannot inline).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export class PasswordHasher {
  // Verified against when the account does not exist, so both paths cost one argon2 verification.
  private readonly dummy = hash("gatehouse-dummy-password-for-equal-work", OPTIONS);

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  /** Verifies against `stored`, or against a dummy hash when there is no account. */
  async verify(stored: string | undefined, password: string): Promise<boolean> {
    if (stored === undefined) {
      await verify(await this.dummy, password);
      return false;
    }
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  }
}
