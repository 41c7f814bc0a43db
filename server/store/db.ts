// Opens the database: node-postgres when DATABASE_URL is set, embedded PGlite otherwise; runs migrations.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect, sql, type Transaction } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock.js";
import { connectFailure, DatabaseUnreachableError, databaseTarget } from "./errors.js";
import { migrate } from "./migrate.js";
import { nameStatements } from "./prepared.js";
import type { Database } from "./schema.js";

export type Db = Kysely<Database>;
/** The database or a transaction on it: every store function takes one, so services can compose them atomically. */
export type Queryable = Kysely<Database> | Transaction<Database>;

/** Runs `work` in one transaction (committed when it resolves, rolled back when it throws). */
export function transaction<T>(db: Db, work: (tx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}

async function ping(db: Db): Promise<void> {
  await sql`SELECT 1`.execute(db);
}

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
  /** One round trip to the database (readiness). */
  ping(): Promise<void>;
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
    if (options.databaseUrl) {
      // Connecting is checked apart from migrating, so "cannot reach it" reads as such.
      await store.ping().catch((err: unknown) => {
        throw new DatabaseUnreachableError(databaseTarget(options.databaseUrl ?? ""), connectFailure(err), {
          cause: err,
        });
      });
    }
    await migrate(store.db);
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}

function openPostgres(url: string): Store {
  // A database that does not answer fails the request (503) after 5 s instead of holding it.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // A pooled client that errors while idle must not crash the process…
  pool.on("error", () => {});
  // …nor one that loses its connection while checked out: pg-pool listens only to idle clients,
  // and an unheard 'error' event is an uncaught exception. The query in flight still fails.
  pool.on("connect", (client) => {
    client.on("error", () => {});
    nameStatements(client);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const handlers = new Map<string, Array<(payload: string) => void>>();
  // One LISTEN connection, re-established with backoff when PostgreSQL restarts or the network
  // drops it. Notifications missed meanwhile are covered by the revocation poll and key reloads.
  let listener: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;

  async function connectListener(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    client.on("notification", (msg) => {
      for (const h of handlers.get(msg.channel) ?? []) h(msg.payload ?? "");
    });
    const lost = () => {
      if (closed || (listener !== client && listener !== undefined)) return;
      listener = undefined;
      connecting = undefined;
      reconnect(250);
    };
    client.on("error", lost);
    client.on("end", lost);
    try {
      await client.connect();
      for (const channel of handlers.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (err) {
      client.removeAllListeners("end");
      await client.end().catch(() => {});
      throw err;
    }
    return client;
  }

  function ensureListener(): Promise<pg.Client> {
    connecting ??= connectListener().then(
      (client) => {
        listener = client;
        return client;
      },
      (err: unknown) => {
        connecting = undefined;
        throw err;
      },
    );
    return connecting;
  }

  function reconnect(delayMs: number): void {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      ensureListener().catch(() => reconnect(Math.min(delayMs * 2, 30_000)));
    }, delayMs);
    retry.unref();
  }

  return {
    db,
    kind: "postgres",
    ping: () => ping(db),
    pool,
    notifier: {
      async notify(channel, payload) {
        await pool.query("SELECT pg_notify($1, $2)", [channel, payload]);
      },
      async listen(channel, onMessage) {
        const list = handlers.get(channel) ?? [];
        list.push(onMessage);
        handlers.set(channel, list);
        const client = await ensureListener();
        // A connection made before this channel existed has not listened to it yet.
        if (list.length === 1) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      },
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      await listener?.end().catch(() => {});
      await db.destroy();
    },
  };
}

async function openPglite(dataDir: string | undefined): Promise<Store> {
  const inMemory = !dataDir || dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  // Two processes on one PGlite directory would each cache and write it unseen by the other.
  const lock = inMemory ? undefined : lockDataDir(dataDir);
  // PGlite's default shared_buffers (128 MB) are written through at start: 16 MB starts the embedded
  // database in about half the time and holds ~120 MB less; its data files stay in the OS page cache.
  const options = { startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"] };
  let client: PGlite;
  try {
    client = inMemory ? await PGlite.create(options) : await PGlite.create(dataDir, options);
  } catch (err) {
    lock?.release();
    throw err;
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return {
    db,
    kind: "pglite",
    ping: () => ping(db),
    // One embedded database serves one process, but its listeners are real: a NOTIFY issued in a transaction
    // (domain events on `gatehouse_events`) reaches them when, and only if, the transaction commits.
    notifier: {
      async notify(channel, payload) {
        await client.query("SELECT pg_notify($1, $2)", [channel, payload]);
      },
      async listen(channel, onMessage) {
        await client.listen(channel, onMessage);
      },
    },
    async close() {
      try {
        await db.destroy();
      } finally {
        lock?.release();
      }
    },
  };
}
