// Named (prepared) statements for node-postgres: each connection parses and plans a statement once.
//
// Why: Kysely sends every statement through pg's unnamed statement, so PostgreSQL parses, analyses and
// plans it on every call. For the refresh path (two data-modifying CTEs) that was most of the database's
// CPU time per request; as named statements the database's CPU per refresh fell by ~40% (A/B, same run).
// Only statements with parameters are named (the ones code builds; BEGIN, COMMIT and migrations are not),
// and at most MAX_NAMED per connection, so a client that builds many distinct texts cannot fill the
// server's memory: past the cap, statements go unnamed as before.
import type pg from "pg";

/** Statements named per connection; the app has well under this many distinct parameterised texts. */
export const MAX_NAMED = 200;

// PostgreSQL refuses to run a prepared statement whose result columns changed since it was prepared
// (`SELECT *` after another instance's migration added a column): SQLSTATE 0A000 with this message.
const RESULT_TYPE_CHANGED = "cached plan must not change result type";

type Callback = (err: Error | null, result?: unknown) => void;
type Query = (config: unknown, values?: unknown, callback?: unknown) => unknown;

const changedResultType = (err: unknown) =>
  (err as { code?: unknown } | null)?.code === "0A000" &&
  String((err as { message?: unknown }).message).includes(RESULT_TYPE_CHANGED);

/**
 * Makes `client.query(text, values)` use a named statement per distinct text. A statement PostgreSQL
 * refuses because its result columns changed is forgotten (the next call prepares it afresh) and, when the
 * connection was not inside a transaction, run again at once; inside one, the transaction fails as any
 * failed statement fails it, and the next one prepares afresh.
 */
export function nameStatements(client: pg.ClientBase): void {
  const names = new Map<string, string>();
  let count = 0;
  const original = client.query.bind(client) as Query;
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && count < MAX_NAMED) {
      name = `gh_${count++}`;
      names.set(text, name);
    }
    return name;
  };
  // pg's `_txStatus` is the last ReadyForQuery status: "I" idle, "T" in a transaction, "E" in a failed one.
  const idle = () => (client as unknown as { _txStatus?: unknown })._txStatus === "I";

  function named(text: string, values: unknown[], callback: Callback | undefined, retried: boolean): unknown {
    const name = nameOf(text);
    if (name === undefined) return original(text, values, callback);
    const outside = idle();
    const recover = (err: unknown): boolean => {
      if (!changedResultType(err)) return false;
      if (names.get(text) === name) names.delete(text);
      return outside && !retried;
    };
    if (callback) {
      return original({ name, text, values }, undefined, (err: Error | null, result?: unknown) => {
        if (err && recover(err)) named(text, values, callback, true);
        else callback(err, result);
      });
    }
    return (original({ name, text, values }) as Promise<unknown>).catch((err: unknown) => {
      if (recover(err)) return named(text, values, undefined, true);
      throw err;
    });
  }

  (client as unknown as { query: Query }).query = (config, values, callback) => {
    const cb = (typeof values === "function" ? values : callback) as Callback | undefined;
    const vals = typeof values === "function" ? undefined : values;
    if (typeof config === "string" && Array.isArray(vals) && vals.length > 0)
      return named(config, vals, cb, false);
    return original(config, values, callback);
  };
}
