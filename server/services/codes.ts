// One-time codes and links for every purpose: only hashes stored, single use, bound to user and purpose, attempt-limited.
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { AppError } from "../errors.js";
import type { Db } from "../store/db.js";
import { replaceCode, reserveCodeAttempt, spendCode, spendLink } from "../store/one-time-codes.js";
import type { Clock } from "../tokens/clock.js";

export type CodePurpose = "verify_email" | "reset_password";

export interface OneTimeCodeOptions {
  db: Db;
  clock: Clock;
  codeTtlMs: number;
  linkTtlMs: number;
  maxAttempts: number;
  digits: number;
}

export interface IssuedCode {
  code: string;
  token: string;
  codeExpiresAt: Date;
  linkExpiresAt: Date;
}

const hashCode = (id: string, code: string) => createHash("sha256").update(`${id}:${code}`).digest();
const hashLink = (token: string) => createHash("sha256").update(token).digest();
const invalid = () => new AppError("AUTH_CODE_INVALID");

export class OneTimeCodes {
  constructor(private readonly o: OneTimeCodeOptions) {}

  /** Issues a fresh code and link; earlier unused ones for the same user and purpose stop working. */
  async issue(userId: string, purpose: CodePurpose): Promise<IssuedCode> {
    const now = this.o.clock.now();
    const id = crypto.randomUUID();
    const code = String(randomInt(0, 10 ** this.o.digits)).padStart(this.o.digits, "0");
    const token = randomBytes(24).toString("base64url"); // 192 bits
    const issued = {
      code,
      token,
      codeExpiresAt: new Date(now.getTime() + this.o.codeTtlMs),
      linkExpiresAt: new Date(now.getTime() + this.o.linkTtlMs),
    };
    await replaceCode(
      this.o.db,
      {
        id,
        userId,
        purpose,
        codeHash: hashCode(id, code),
        linkHash: hashLink(token),
        codeExpiresAt: issued.codeExpiresAt,
        linkExpiresAt: issued.linkExpiresAt,
      },
      now,
    );
    return issued;
  }

  /** Spends a link token; returns the user it was issued to. One statement, so one winner under concurrency. */
  async redeemLink(token: string, purpose: CodePurpose): Promise<string> {
    const now = this.o.clock.now();
    const userId = await spendLink(this.o.db, hashLink(token), purpose, now);
    if (!userId) throw invalid();
    return userId;
  }

  /**
   * Spends the user's current code for this purpose. Every guess first reserves one of the code's
   * attempts in a single UPDATE (attempts < max, re-checked by PostgreSQL under the row lock), and only
   * a reserved guess is compared, so parallel guesses cannot exceed the limit; the last one kills it.
   */
  async redeemCode(userId: string, code: string, purpose: CodePurpose): Promise<void> {
    const { db, clock, maxAttempts } = this.o;
    const now = clock.now();
    const row = await reserveCodeAttempt(db, userId, purpose, maxAttempts, now);
    if (!row) throw invalid();
    if (!timingSafeEqual(Buffer.from(row.code_hash), hashCode(row.id, code))) throw invalid();
    if (!(await spendCode(db, row.id, now))) throw invalid();
  }
}
