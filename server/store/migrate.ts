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

/** Splits a migration into statements (both drivers prepare one statement at a time). Statements end with `;` at a line end. */
function statements(text: string): string[] {
  return text
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
    .filter(Boolean);
}
