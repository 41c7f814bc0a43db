// Several rate-limit budgets in one statement (server/store/rate-limit-budgets.ts): the same rows, keys and
// arithmetic as rate-limiter-flexible's RateLimiterPostgres, so both keep working on one table.
import { sql } from "kysely";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { addToBudgets, spendBudgetsWith } from "../../server/store/rate-limit-budgets.js";
import { backends, useStore } from "./stores.js";

const MINUTE = 60_000;
let n = 0;
const key = (tag: string) => `test:${tag}:${process.pid}-${Date.now()}-${n++}`;

for (const [name, open] of backends) {
  describe(`rate-limit budgets (${name})`, () => {
    const ref = useStore(open);
    const rowOf = async (k: string) =>
      (
        await sql<{ points: number; expire: string | null }>`
          SELECT points, expire FROM rate_limits WHERE key = ${k}`.execute(ref.store.db)
      ).rows[0];

    it("spends a point of each budget in one statement, starting a window for a new key", async () => {
      const now = Date.now();
      const [a, b] = [key("a"), key("b")];
      const rows = [
        { key: a, durationMs: 15 * MINUTE },
        { key: b, durationMs: 24 * 60 * MINUTE },
      ];
      expect(await addToBudgets(ref.store.db, rows, 1, now)).toEqual([
        { points: 1, expire: now + 15 * MINUTE },
        { points: 1, expire: now + 24 * 60 * MINUTE },
      ]);
      // A later spend counts on inside the window, which keeps its end.
      expect(await addToBudgets(ref.store.db, rows, 1, now + MINUTE)).toEqual([
        { points: 2, expire: now + 15 * MINUTE },
        { points: 2, expire: now + 24 * 60 * MINUTE },
      ]);
      const row = await rowOf(a);
      expect([row?.points, Number(row?.expire)]).toEqual([2, now + 15 * MINUTE]);
    });

    it("starts a new window on an expired row, and counts on a row without an end (as the library does)", async () => {
      const now = Date.now();
      const [expired, endless] = [key("expired"), key("endless")];
      await sql`INSERT INTO rate_limits VALUES (${expired}, 9, ${now - 1}), (${endless}, 3, NULL)`.execute(
        ref.store.db,
      );
      const rows = [
        { key: expired, durationMs: MINUTE },
        { key: endless, durationMs: MINUTE },
      ];
      expect(await addToBudgets(ref.store.db, rows, 1, now)).toEqual([
        { points: 1, expire: now + MINUTE },
        { points: 4, expire: null },
      ]);
    });

    it("spends and runs a read in the same statement: its row, or undefined when it finds none", async () => {
      const now = Date.now();
      const rows = [key("with-a"), key("with-b")].map((k) => ({ key: k, durationMs: MINUTE }));
      const tenant = (id: string) =>
        ref.store.db.selectFrom("tenants").select(["id", "created_at"]).where("id", "=", id);
      const found = await spendBudgetsWith(ref.store.db, rows, now, tenant("default"));
      expect(found.counts).toEqual([
        { points: 1, expire: now + MINUTE },
        { points: 1, expire: now + MINUTE },
      ]);
      expect(found.row?.id).toBe("default");
      expect(found.row?.created_at).toBeInstanceOf(Date);
      const none = await spendBudgetsWith(ref.store.db, rows, now, tenant("no-such-tenant"));
      expect(none.row).toBeUndefined();
      expect(none.counts.map((c) => c.points)).toEqual([2, 2]);
    });

    it("gives back a point, and with `reset` deletes that row in the same statement", async () => {
      const now = Date.now();
      const [pair, ip, account] = [key("pair"), key("ip"), key("account")];
      const rows = [pair, ip, account].map((k) => ({ key: k, durationMs: MINUTE }));
      for (let i = 0; i < 3; i++) await addToBudgets(ref.store.db, rows, 1, now);
      expect(await addToBudgets(ref.store.db, rows.slice(1), -1, now, pair)).toEqual([
        { points: 2, expire: now + MINUTE },
        { points: 2, expire: now + MINUTE },
      ]);
      expect(await rowOf(pair)).toBeUndefined();
      // A refund of a key with no row leaves -1 in a new window (the library's reward does the same).
      const fresh = key("fresh");
      expect(await addToBudgets(ref.store.db, [{ key: fresh, durationMs: MINUTE }], -1, now)).toEqual([
        { points: -1, expire: now + MINUTE },
      ]);
    });
  });
}

describe.skipIf(!backends.some(([name]) => name === "PostgreSQL"))(
  "rate-limit budgets and RateLimiterPostgres share rows (PostgreSQL)",
  () => {
    const pg = backends.find(([name]) => name === "PostgreSQL");
    const ref = useStore((pg as (typeof backends)[number])[1]);
    const limiter = () =>
      new RateLimiterPostgres({
        storeClient: ref.store.pool,
        tableName: "rate_limits",
        tableCreated: true,
        clearExpiredByTimeout: false,
        points: 5,
        duration: 60,
        keyPrefix: `test:${process.pid}-${n++}`,
      });

    it("a counter the library started carries on, and the library reads and resets what the statement spent", async () => {
      const rl = limiter();
      const k = "someone";
      const spend = async () =>
        (await addToBudgets(ref.store.db, [{ key: rl.getKey(k), durationMs: 60_000 }], 1, Date.now()))[0];
      await rl.consume(k);
      await rl.consume(k);
      expect((await spend())?.points).toBe(3);
      expect((await rl.get(k))?.consumedPoints).toBe(3);
      await rl.consume(k);
      await rl.consume(k);
      await expect(rl.consume(k)).rejects.toMatchObject({ remainingPoints: 0 });
      await rl.delete(k);
      expect((await spend())?.points).toBe(1);
    });
  },
);
