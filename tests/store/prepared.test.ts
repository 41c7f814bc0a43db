// Named statements on PostgreSQL (server/store/prepared.ts): prepared once per connection, bounded, and
// healed when another instance's migration changes a `SELECT *` statement's columns.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../server/store/db.js";
import { MAX_NAMED } from "../../server/store/prepared.js";
import { PG_URL, postgresStore } from "../helpers/gatehouse.js";

describe.skipIf(!PG_URL)("named statements (PostgreSQL)", () => {
  let store: Store;
  let url: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ store, url, drop } = await postgresStore());
  });
  afterAll(() => drop());

  const pool = () => {
    if (!store.pool) throw new Error("no pool");
    return store.pool;
  };
  const prepared = async (client: { query: (text: string) => Promise<{ rows: unknown[] }> }) =>
    (await client.query("SELECT name, statement FROM pg_prepared_statements")).rows as Array<{
      name: string;
      statement: string;
    }>;

  it("prepares a statement with parameters once per connection and reuses it", async () => {
    const client = await pool().connect();
    try {
      const text = "SELECT $1::int + 1 AS n /* prepared-once */";
      expect((await client.query(text, [1])).rows).toEqual([{ n: 2 }]);
      expect((await client.query(text, [41])).rows).toEqual([{ n: 42 }]);
      const mine = (await prepared(client)).filter((s) => s.statement === text);
      expect(mine).toHaveLength(1);
      expect(mine[0]?.name).toMatch(/^gh_\d+$/);
      // Statements without parameters (BEGIN, COMMIT, migrations) stay unnamed.
      await client.query("SELECT 1 AS one /* unnamed */");
      expect((await prepared(client)).some((s) => s.statement.includes("/* unnamed */"))).toBe(false);
    } finally {
      client.release();
    }
  });

  it("runs a statement again after a migration changed its columns, outside and inside a transaction", async () => {
    await pool().query("CREATE TABLE prepared_probe (a int)");
    await pool().query("INSERT INTO prepared_probe VALUES ($1)", [1]);
    const client = await pool().connect();
    // Another instance migrates, on its own connection.
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      const text = "SELECT * FROM prepared_probe WHERE a = $1";
      expect((await client.query(text, [1])).rows).toEqual([{ a: 1 }]);
      await other.query("ALTER TABLE prepared_probe ADD COLUMN b int DEFAULT 7");
      // Outside a transaction: PostgreSQL refuses the old statement, which is prepared afresh and run again.
      expect((await client.query(text, [1])).rows).toEqual([{ a: 1, b: 7 }]);

      await other.query("ALTER TABLE prepared_probe ADD COLUMN c int DEFAULT 8");
      // Inside one the failure fails the transaction, like any failed statement; the next use is fine.
      await client.query("BEGIN");
      await expect(client.query(text, [1])).rejects.toMatchObject({ code: "0A000" });
      await client.query("ROLLBACK");
      expect((await client.query(text, [1])).rows).toEqual([{ a: 1, b: 7, c: 8 }]);
      // Through the pool's callback interface (pool.query), as the notifier uses it.
      expect((await pool().query(text, [1])).rows).toEqual([{ a: 1, b: 7, c: 8 }]);
    } finally {
      client.release();
      await other.end();
    }
  });
  // Last: it uses up the names of the connection it gets.
  it("names at most MAX_NAMED statements per connection; the rest still run, unnamed", async () => {
    const client = await pool().connect();
    try {
      for (let i = 0; i < MAX_NAMED + 5; i++) {
        const { rows } = await client.query(`SELECT $1::int * ${i} AS n /* cap */`, [2]);
        expect(rows).toEqual([{ n: 2 * i }]);
      }
      expect((await prepared(client)).length).toBeLessThanOrEqual(MAX_NAMED);
    } finally {
      client.release();
    }
  });
});
