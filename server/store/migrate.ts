// Applies server/store/migrations/*.sql in name order, once each, under an advisory lock.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Kysely, sql } from "kysely";

// From the repository root (two levels up), so the production bundle (dist/server/main.js) finds them too.
const dir = fileURLToPath(new URL("../../server/store/migrations/", import.meta.url));
// Arbitrary constant: two instances starting at once must not both run a migration.
const LOCK_ID = 7_426_113;

export interface MigrateOptions {
  /** Apply only migrations whose file name sorts before this (tests of a migration's effect on older data). */
  before?: string;
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed tables exist.
export async function migrate(db: Kysely<any>, options: MigrateOptions = {}): Promise<void> {
  const { before } = options;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".sql") && (before === undefined || f < before))
    .sort();
  const applied = await appliedMigrations(db);
  // The usual start: every migration is applied already. One read says so, without the transaction, lock and
  // DDL below (on an embedded database those are a good part of the start-up time).
  if (files.every((f) => applied?.has(f))) return;
  await db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(${LOCK_ID})`.execute(tx);
    await sql`CREATE TABLE IF NOT EXISTS gatehouse_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(
      tx,
    );
    const done = new Set(
      (await sql<{ name: string }>`SELECT name FROM gatehouse_migrations`.execute(tx)).rows.map(
        (r) => r.name,
      ),
    );
    for (const file of files) {
      if (done.has(file)) continue;
      for (const statement of statements(readFileSync(join(dir, file), "utf8"))) {
        await sql.raw(statement).execute(tx);
      }
      await sql`INSERT INTO gatehouse_migrations (name) VALUES (${file})`.execute(tx);
    }
  });
}

/** The names of the applied migrations; undefined before the first migration created their table. */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed tables exist.
async function appliedMigrations(db: Kysely<any>): Promise<Set<string> | undefined> {
  try {
    const { rows } = await sql<{ name: string }>`SELECT name FROM gatehouse_migrations`.execute(db);
    return new Set(rows.map((r) => r.name));
  } catch (err) {
    if ((err as { code?: unknown } | null)?.code === "42P01") return undefined; // undefined_table
    throw err;
  }
}

/** Splits a migration into statements (both drivers prepare one statement at a time). Statements end with `;` at a line end. */
function statements(text: string): string[] {
  return text
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
    .filter(Boolean);
}
