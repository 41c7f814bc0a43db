// Several rate-limit budgets changed in one statement, on rate-limiter-flexible's `rate_limits` table.
//
// Why not the library: RateLimiterPostgres changes one key per statement, and a password guess spends three
// budgets, then settles them (reset one, give back two): six round trips on the sign-in hot path, each one
// costing the server's main thread and a PostgreSQL backend. These statements do the same per row as the
// library's `rlflx-upsert` and `rlflx-delete` (same table, same key, same expiry arithmetic in
// milliseconds), so counters carry on across an upgrade and the library's own operations (reset on a
// password reset, the other limits) keep working on the same rows.
import { type OperationNodeSource, sql } from "kysely";
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
  // The scalar subquery over `gone` is evaluated before the first row is inserted, so the delete runs
  // first (an unreferenced data-modifying CTE would run last, changing rows out of the callers' order).
  const result = await (reset === undefined
    ? upsert(rows, points, now)
    : sql<Counted>`WITH gone AS (DELETE FROM rate_limits WHERE key = ${reset} RETURNING 1)
        ${upsert(rows, points, now, sql`WHERE (SELECT count(*) FROM gone) >= 0`)}`
  ).execute(db);
  return inOrder(rows, result.rows);
}

/** A read of at most one row, unexecuted (a Kysely select), to run in the statement that spends. */
export type RowRead<R> = OperationNodeSource & { executeTakeFirst(): Promise<R | undefined> };

/**
 * Spends a point of each budget (addToBudgets) and runs `read` in the same statement: one round trip for
 * what a request would otherwise ask one after the other. `read` sees the database as the statement began.
 */
export async function spendBudgetsWith<R>(
  db: Queryable,
  rows: readonly BudgetRow[],
  now: number,
  read: RowRead<R>,
): Promise<{ counts: BudgetCount[]; row: R | undefined }> {
  type Combined = { gh_budgets: Counted[]; gh_found: boolean | null };
  const result = await sql<Combined & R>`
    WITH spent AS (${upsert(rows, 1, now)})
    SELECT (SELECT json_agg(s) FROM spent s) AS gh_budgets, a.*
    FROM (SELECT 1) AS one LEFT JOIN LATERAL (SELECT true AS gh_found, x.* FROM (${read}) AS x) AS a ON true`.execute(
    db,
  );
  const first = result.rows[0];
  if (!first) throw new Error("the spending statement returned no row");
  const { gh_budgets, gh_found, ...row } = first;
  return { counts: inOrder(rows, gh_budgets ?? []), row: gh_found ? (row as unknown as R) : undefined };
}

type Counted = { key: string; points: number; expire: string | number | null };

const upsert = (rows: readonly BudgetRow[], points: 1 | -1, now: number, filter = sql``) => sql<Counted>`
    INSERT INTO rate_limits AS r (key, points, expire)
    SELECT i.k, ${points}::integer, ${now}::bigint + i.d
    FROM unnest(${rows.map((r) => r.key)}::varchar[], ${rows.map((r) => r.durationMs)}::bigint[])
      WITH ORDINALITY AS i (k, d, n)
    ${filter}
    ORDER BY i.n
    ON CONFLICT (key) DO UPDATE SET
      points = CASE WHEN r.expire <= ${now}::bigint THEN excluded.points ELSE r.points + excluded.points END,
      expire = CASE WHEN r.expire <= ${now}::bigint THEN excluded.expire ELSE r.expire END
    RETURNING r.key, r.points, r.expire`;

function inOrder(rows: readonly BudgetRow[], counted: readonly Counted[]): BudgetCount[] {
  const byKey = new Map(counted.map((c) => [c.key, c]));
  return rows.map(({ key }) => {
    const c = byKey.get(key);
    if (!c) throw new Error("rate-limit budget row missing from the statement's result");
    return { points: c.points, expire: c.expire === null ? null : Number(c.expire) };
  });
}
