// One-time codes and links for every purpose: only hashes stored, single use, bound to user and purpose, attempt-limited.
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { AppError } from "../errors.js";
import type { Db } from "../store/db.js";
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
    await this.o.db.transaction().execute(async (tx) => {
      await tx
        .updateTable("one_time_codes")
        .set({ consumed_at: now })
        .where("user_id", "=", userId)
        .where("purpose", "=", purpose)
        .where("consumed_at", "is", null)
        .execute();
      await tx
        .insertInto("one_time_codes")
        .values({
          id,
          user_id: userId,
          purpose,
          code_hash: hashCode(id, code),
          link_hash: hashLink(token),
          code_expires_at: issued.codeExpiresAt,
          link_expires_at: issued.linkExpiresAt,
          attempts: 0,
          consumed_at: null,
          created_at: now,
        })
        .execute();
    });
    return issued;
  }

  /** Spends a link token; returns the user it was issued to. One statement, so one winner under concurrency. */
  async redeemLink(token: string, purpose: CodePurpose): Promise<string> {
    const now = this.o.clock.now();
    const row = await this.o.db
      .updateTable("one_time_codes")
      .set({ consumed_at: now })
      .where("link_hash", "=", hashLink(token))
      .where("purpose", "=", purpose)
      .where("consumed_at", "is", null)
      .where("link_expires_at", ">", now)
      .returning("user_id")
      .executeTakeFirst();
    if (!row) throw invalid();
    return row.user_id;
  }

  /**
   * Spends the user's current code for this purpose. Every guess first reserves one of the code's
   * attempts in a single UPDATE (attempts < max, re-checked by PostgreSQL under the row lock), and only
   * a reserved guess is compared, so parallel guesses cannot exceed the limit; the last one kills it.
   */
  async redeemCode(userId: string, code: string, purpose: CodePurpose): Promise<void> {
    const { db, clock, maxAttempts } = this.o;
    const now = clock.now();
    const row = await db
      .updateTable("one_time_codes")
      .set((eb) => ({ attempts: eb("attempts", "+", 1) }))
      .where((eb) =>
        eb(
          "id",
          "=",
          eb
            .selectFrom("one_time_codes")
            .select("id")
            .where("user_id", "=", userId)
            .where("purpose", "=", purpose)
            .where("consumed_at", "is", null)
            .where("code_expires_at", ">", now)
            .orderBy("created_at", "desc")
            .orderBy("id", "desc") // two codes issued in the same millisecond: always the same one
            .limit(1),
        ),
      )
      .where("consumed_at", "is", null)
      .where("attempts", "<", maxAttempts)
      .returning(["id", "code_hash"])
      .executeTakeFirst();
    if (!row) throw invalid();
    if (!timingSafeEqual(Buffer.from(row.code_hash), hashCode(row.id, code))) throw invalid();
    const spent = await db
      .updateTable("one_time_codes")
      .set({ consumed_at: now })
      .where("id", "=", row.id)
      .where("consumed_at", "is", null)
      .returning("id")
      .executeTakeFirst();
    if (!spent) throw invalid();
  }
}
