// Opens the database: node-postgres when DATABASE_URL is set, embedded PGlite otherwise; runs migrations.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import { migrate } from "./migrate.js";
import type { Database } from "./schema.js";

export type Db = Kysely<Database>;

/** Cross-instance signals (Postgres LISTEN/NOTIFY). */
export interface Notifier {
  notify(channel: string, payload: string): Promise<void>;
  listen(channel: string, onMessage: (payload: string) => void): Promise<void>;
}

export interface Store {
  db: Db;
  kind: "postgres" | "pglite";
  /** The node-postgres pool (PostgreSQL only), for libraries that take a pg client. */
  pool?: pg.Pool;
  notifier: Notifier;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** postgres://… — use a PostgreSQL server. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; omitted or `memory://` means in-memory. */
  dataDir?: string | undefined;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.databaseUrl ? openPostgres(options.databaseUrl) : await openPglite(options.dataDir);
  try {
    await migrate(store.db);
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}

function openPostgres(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A pooled client that errors while idle must not crash the process.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let listener: pg.Client | undefined;
  const handlers = new Map<string, Array<(payload: string) => void>>();
  return {
    db,
    kind: "postgres",
    pool,
    notifier: {
      async notify(channel, payload) {
        await pool.query("SELECT pg_notify($1, $2)", [channel, payload]);
      },
      async listen(channel, onMessage) {
        if (!listener) {
          listener = new pg.Client({ connectionString: url });
          listener.on("error", () => {});
          listener.on("notification", (msg) => {
            for (const h of handlers.get(msg.channel) ?? []) h(msg.payload ?? "");
          });
          await listener.connect();
        }
        const list = handlers.get(channel) ?? [];
        list.push(onMessage);
        handlers.set(channel, list);
        if (list.length === 1) await listener.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      },
    },
    async close() {
      await listener?.end().catch(() => {});
      await db.destroy();
    },
  };
}

async function openPglite(dataDir: string | undefined): Promise<Store> {
  const inMemory = !dataDir || dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const client = inMemory ? await PGlite.create() : await PGlite.create(dataDir);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return {
    db,
    kind: "pglite",
    // One embedded database serves one process: nothing to signal across instances.
    notifier: { notify: async () => {}, listen: async () => {} },
    async close() {
      await db.destroy();
    },
  };
}
