// Several rate-limit budgets changed in one statement, on rate-limiter-flexible's `rate_limits` table.
//
// Why not the library: RateLimiterPostgres changes one key per statement, and a password guess spends three
// budgets, then settles them (reset one, give back two): six round trips on the sign-in hot path, each one
// costing the server's main thread and a PostgreSQL backend. These statements do the same per row as the
// library's `rlflx-upsert` and `rlflx-delete` (same table, same key, same expiry arithmetic in
// milliseconds), so counters carry on across an upgrade and the library's own operations (reset on a
// password reset, the other limits) keep working on the same rows.
import { sql } from "kysely";
import type { Queryable } from "./db.js";

/** A budget's row: its key as the library stores it (`<keyPrefix>:<key>`) and its window. */
export interface BudgetRow {
  key: string;
  durationMs: number;
}

/** A row after the change: points used in the window, and when the window ends (ms since the epoch). */
export interface BudgetCount {
  points: number;
  expire: number | null;
}

/**
 * Adds `points` (1 to spend, -1 to give back) to each row, as the library's upsert does: a missing or
 * expired row starts a new window holding `points`. Rows are changed in the order given, and every caller
 * gives them in one order (most specific budget first), so two statements sharing rows cannot deadlock.
 * With `reset`, that row is deleted first, in the same statement. Returns the counts in the order given.
 */
export async function addToBudgets(
  db: Queryable,
  rows: readonly BudgetRow[],
  points: 1 | -1,
  now: number,
  reset?: string,
): Promise<BudgetCount[]> {
  const keys = rows.map((r) => r.key);
  const durations = rows.map((r) => r.durationMs);
  // The scalar subquery over `gone` is evaluated before the first row is inserted, so the delete runs
  // first (an unreferenced data-modifying CTE would run last, changing rows out of the callers' order).
  const result = await sql<{ key: string; points: number; expire: string | null }>`
    ${reset === undefined ? sql`` : sql`WITH gone AS (DELETE FROM rate_limits WHERE key = ${reset} RETURNING 1)`}
    INSERT INTO rate_limits AS r (key, points, expire)
    SELECT i.k, ${points}::integer, ${now}::bigint + i.d
    FROM unnest(${keys}::varchar[], ${durations}::bigint[]) WITH ORDINALITY AS i (k, d, n)
    ${reset === undefined ? sql`` : sql`WHERE (SELECT count(*) FROM gone) >= 0`}
    ORDER BY i.n
    ON CONFLICT (key) DO UPDATE SET
      points = CASE WHEN r.expire <= ${now}::bigint THEN excluded.points ELSE r.points + excluded.points END,
      expire = CASE WHEN r.expire <= ${now}::bigint THEN excluded.expire ELSE r.expire END
    RETURNING r.key, r.points, r.expire`.execute(db);
  const byKey = new Map(result.rows.map((row) => [row.key, row]));
  return keys.map((key) => {
    const row = byKey.get(key);
    if (!row) throw new Error("rate-limit budget row missing from the statement's result");
    return { points: row.points, expire: row.expire === null ? null : Number(row.expire) };
  });
}
