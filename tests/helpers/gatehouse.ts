// One test-instance helper: a real Gatehouse on in-memory PGlite (or PostgreSQL), with a manual clock.
import { type AddressInfo, createServer } from "node:net";
import { serve } from "@hono/node-server";
import pg from "pg";
import { type Config, loadConfig } from "../../server/config.js";
import { SERVER_OPTIONS } from "../../server/http/node-response.js";
import { createLogger, type Logger } from "../../server/log.js";
import { type Gatehouse, type GatehouseOptions, startGatehouse } from "../../server/runtime.js";
import { openStore, type Store } from "../../server/store/db.js";
import { type Clock, manualClock } from "../../server/tokens/clock.js";

export const PG_URL = process.env.DATABASE_URL;

export interface TestGatehouse extends Gatehouse {
  clock: ReturnType<typeof manualClock>;
  config: Config;
  /** The app over in-process fetch, shaped like globalThis.fetch for the SDK. */
  fetch: typeof fetch;
  logs: string[];
}

export interface TestOptions {
  env?: Record<string, string>;
  clock?: ReturnType<typeof manualClock>;
  store?: Store;
  revocationPollMs?: number;
  /** Shared rate-limit counters (Redis, PostgreSQL) are namespaced per instance unless two instances share one. */
  rateLimitPrefix?: string;
  mailRetryMs?: number;
  webhookRetryMs?: number;
  webhookPollMs?: number;
  /** Realtime socket limits (heartbeat, expiry sweep, cap per user). */
  realtime?: GatehouseOptions["realtime"];
}

export const BASE_URL = "http://gatehouse.test";

/** The production logger, writing into an array so tests can assert that no secret is written. */
export function memoryLogger(lines: string[]): Logger {
  return createLogger({ level: "debug", destination: { write: (s: string) => void lines.push(s) } });
}

export async function startTestGatehouse(options: TestOptions = {}): Promise<TestGatehouse> {
  const config = loadConfig({
    NODE_ENV: "test",
    PUBLIC_URL: BASE_URL,
    LOG_LEVEL: "debug",
    DATA_DIR: "memory://",
    ...options.env,
  });
  const clock = options.clock ?? manualClock(new Date());
  const logs: string[] = [];
  const gatehouse = await startGatehouse({
    config,
    clock: clock as Clock,
    logger: memoryLogger(logs),
    ...(options.store ? { store: options.store } : {}),
    ...(options.revocationPollMs !== undefined ? { revocationPollMs: options.revocationPollMs } : {}),
    rateLimitPrefix: options.rateLimitPrefix ?? `test-${crypto.randomUUID()}`,
    ...(options.mailRetryMs !== undefined ? { mailRetryMs: options.mailRetryMs } : {}),
    ...(options.webhookRetryMs !== undefined ? { webhookRetryMs: options.webhookRetryMs } : {}),
    ...(options.webhookPollMs !== undefined ? { webhookPollMs: options.webhookPollMs } : {}),
    ...(options.realtime ? { realtime: options.realtime } : {}),
  });
  const appFetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    gatehouse.app.fetch(new Request(input, init))) as typeof fetch;
  return { ...gatehouse, clock, config, fetch: appFetch, logs };
}

/** A database a storage suite runs on: its name, and how to open one (no store: in-memory PGlite). */
export type Backend = [string, () => Promise<{ store?: Store; drop: () => Promise<void> }>];

/** In-memory PGlite always; PostgreSQL too when DATABASE_URL is set (otherwise its suites are not run). */
export const backends: Backend[] = [["PGlite", async () => ({ drop: async () => {} })]];
if (PG_URL) backends.push(["PostgreSQL", async () => postgresStore()]);

/**
 * A Gatehouse on a fresh database of `open`; `close` stops it and drops the database. For a suite:
 * `beforeAll(async () => ({ gh, close } = await startOn(open)))` and `afterAll(() => close())`.
 */
export async function startOn(
  open: Backend[1],
  options: Omit<TestOptions, "store"> = {},
): Promise<{ gh: TestGatehouse; close: () => Promise<void> }> {
  const db = await open();
  const gh = await startTestGatehouse({ ...options, ...(db.store ? { store: db.store } : {}) });
  return {
    gh,
    close: async () => {
      await gh.close();
      await db.drop();
    },
  };
}

/**
 * Serves an app on a real socket on 127.0.0.1, with the response class `npm start` uses unless `plain`
 * (Node's own, as another embedder would serve the app); returns its base URL.
 */
export async function listen(
  app: { fetch: (r: Request) => Response | Promise<Response> },
  port = 0,
  { plain = false }: { plain?: boolean } = {},
) {
  const serverOptions = plain ? {} : SERVER_OPTIONS;
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port, serverOptions }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

/** A fresh PostgreSQL schema per test file, so runs never see each other's rows. */
export async function postgresStore(): Promise<{ store: Store; url: string; drop: () => Promise<void> }> {
  if (!PG_URL) throw new Error("DATABASE_URL is not set");
  const schema = `gh_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = `${PG_URL}${PG_URL.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const store = await openStore({ databaseUrl: url });
  return {
    store,
    url,
    async drop() {
      await store.close();
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/** Three instances on one fresh PostgreSQL database, each with its own pool and LISTEN connection. */
export interface PostgresInstances {
  /** Polls as configured by default. */
  a: TestGatehouse;
  /** Hears NOTIFY and never polls in time: what it learns measures the NOTIFY path. */
  b: TestGatehouse;
  /** Misses every notification (a dropped LISTEN connection): only its poll, every `pollMs`, tells it. */
  deaf: TestGatehouse;
  storeA: Store;
  close(): Promise<void>;
}

/** Starts {@link PostgresInstances} sharing one clock, as servers share (roughly) one time. */
export async function instancesOnPostgres(pollMs: number): Promise<PostgresInstances> {
  const pg = await postgresStore();
  const storeB = await openStore({ databaseUrl: pg.url });
  const storeDeaf = await openStore({ databaseUrl: pg.url });
  const clock = manualClock(new Date());
  const a = await startTestGatehouse({ store: pg.store, clock });
  const b = await startTestGatehouse({ store: storeB, clock, revocationPollMs: 60_000 });
  const deaf = await startTestGatehouse({
    store: { ...storeDeaf, notifier: { ...storeDeaf.notifier, listen: async () => {} } },
    clock,
    revocationPollMs: pollMs,
  });
  return {
    a,
    b,
    deaf,
    storeA: pg.store,
    async close() {
      for (const gh of [a, b, deaf]) await gh.close();
      await storeB.close();
      await storeDeaf.close();
      await pg.drop();
    },
  };
}
