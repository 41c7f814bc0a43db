// Migration 016: the rate-limit counters live in an UNLOGGED table (soft state: no WAL, no standby copy).
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { backends, useStore } from "./stores.js";

describe.each(backends)("rate_limits on %s", (_name, open) => {
  const s = useStore(open);

  it("is UNLOGGED and still keeps counters between statements", async () => {
    const { rows } = await sql<{ relpersistence: string }>`
      SELECT relpersistence FROM pg_class WHERE oid = 'rate_limits'::regclass`.execute(s.store.db);
    expect(rows[0]?.relpersistence).toBe("u");
    const key = `test:${process.pid}:${Date.now()}`;
    await sql`INSERT INTO rate_limits (key, points, expire) VALUES (${key}, 3, NULL)`.execute(s.store.db);
    const { rows: read } = await sql<{ points: number }>`
      SELECT points FROM rate_limits WHERE key = ${key}`.execute(s.store.db);
    expect(read[0]?.points).toBe(3);
    await sql`DELETE FROM rate_limits WHERE key = ${key}`.execute(s.store.db);
  });
});
