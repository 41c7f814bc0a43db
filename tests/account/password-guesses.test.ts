// PasswordGuesses.verifyWith: the account read that goes with the spend; a read that fails was no guess.
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { AppError } from "../../server/errors.js";
import { PasswordGuesses } from "../../server/services/password-guesses.js";
import { createRateLimits } from "../../server/services/rate-limits.js";
import { backends, useStore } from "../store/stores.js";

for (const [name, open] of backends) {
  describe(`password guesses with a read (${name}, ${name === "PostgreSQL" ? "postgres" : "memory"} store)`, () => {
    const ref = useStore(open);
    const guesses = () =>
      new PasswordGuesses(
        createRateLimits({
          store: name === "PostgreSQL" ? "postgres" : "memory",
          db: ref.store,
          prefix: `test-${crypto.randomUUID()}`,
        }),
      );
    const source = { account: "default\nsomeone@example.com", ip: "198.51.100.50" };
    const wrong = () => Promise.reject(new AppError("AUTH_INVALID_CREDENTIALS"));
    const tenant = (id: string) => ref.store.db.selectFrom("tenants").select("id").where("id", "=", id);

    it("hands the read's row to the check (undefined when none), then spends like verify", async () => {
      const g = guesses();
      expect(await g.verifyWith(source, tenant("default"), async (row) => row?.id)).toBe("default");
      expect(await g.verifyWith(source, tenant("none"), async (row) => row)).toBeUndefined();
      for (let i = 0; i < 5; i++)
        await expect(g.verifyWith(source, tenant("default"), wrong)).rejects.toMatchObject({
          code: "AUTH_INVALID_CREDENTIALS",
        });
      await expect(g.verifyWith(source, tenant("default"), async () => "checked")).rejects.toMatchObject({
        code: "AUTH_RATE_LIMIT_EXCEEDED",
      });
    });

    it("a read that fails spends nothing: 10 failures later, all 5 guesses are left", async () => {
      const g = guesses();
      const failing = ref.store.db.selectFrom("tenants").select(sql<number>`1 / 0`.as("x"));
      for (let i = 0; i < 10; i++)
        await expect(g.verifyWith(source, failing, async () => "checked")).rejects.toThrow(
          /division by zero/,
        );
      for (let i = 0; i < 5; i++)
        await expect(g.verifyWith(source, tenant("default"), wrong)).rejects.toMatchObject({
          code: "AUTH_INVALID_CREDENTIALS",
        });
      await expect(g.verifyWith(source, tenant("default"), wrong)).rejects.toMatchObject({
        code: "AUTH_RATE_LIMIT_EXCEEDED",
      });
    });
  });
}
