// What one password sign-in costs the database (a hot path: every round trip costs the server and a backend),
// and that the password-guess budgets fall back to the in-memory insurance when PostgreSQL fails them.
import { type KyselyPlugin, sql } from "kysely";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../server/store/db.js";
import {
  BASE_URL,
  PG_URL,
  postgresStore,
  startTestGatehouse,
  type TestGatehouse,
} from "../helpers/gatehouse.js";
import { json, PASSWORD, signUpToken, uniqueEmail } from "../helpers/http.js";

/** Records every statement the pool's connections send (the library's through pool.query too). */
function recordStatements(pool: pg.Pool): { texts: string[] } {
  const record = { texts: [] as string[] };
  const wrapped = new WeakSet<object>();
  const wrap = (client: pg.PoolClient) => {
    if (wrapped.has(client)) return;
    wrapped.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: unknown }).query = (config: unknown, ...rest: unknown[]) => {
      record.texts.push(typeof config === "string" ? config : String((config as { text?: unknown }).text));
      return query(config, ...rest);
    };
  };
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { connect: unknown }).connect = (callback?: unknown) => {
    if (typeof callback === "function") {
      return connect((err: Error | undefined, client: pg.PoolClient | undefined, done: unknown) => {
        if (client) wrap(client);
        callback(err, client, done);
      });
    }
    return (connect() as Promise<pg.PoolClient>).then((client) => {
      wrap(client);
      return client;
    });
  };
  return record;
}

const signIn = (gh: TestGatehouse, email: string, password: string, ip: string) =>
  gh.fetch(`${BASE_URL}/user/signin`, json({ email, password }, { "x-forwarded-for": ip }));

describe.skipIf(!PG_URL)("sign-in statements (PostgreSQL, rate limits in PostgreSQL)", () => {
  let gh: TestGatehouse;
  let store: Store;
  let drop: () => Promise<void>;
  let record: { texts: string[] };
  beforeAll(async () => {
    const pg = await postgresStore();
    ({ store, drop } = pg);
    record = recordStatements(store.pool as pg.Pool);
    gh = await startTestGatehouse({
      store,
      env: { TRUST_PROXY: "1", RATE_LIMIT_STORE: "postgres", DATABASE_URL: pg.url },
    });
  });
  afterAll(async () => {
    await gh?.close();
    await drop?.();
  });

  const counted = async (f: () => Promise<Response>) => {
    record.texts.length = 0;
    const res = await f();
    return { status: res.status, texts: [...record.texts] };
  };

  it("a right password: three statements (spend the budgets and read user + hash + landing tenant, settle, start the session)", async () => {
    const email = uniqueEmail("stmts");
    await signUpToken(gh.fetch, BASE_URL, email);
    const { status, texts } = await counted(() => signIn(gh, email, PASSWORD, "198.51.100.20"));
    expect(status).toBe(200);
    expect(texts).toHaveLength(3);
    expect(texts[0]).toMatch(/INSERT INTO rate_limits[\s\S]*to_jsonb/);
    expect(texts[1]).toMatch(/DELETE FROM rate_limits/);
    expect(texts[2]).toMatch(/INSERT INTO sessions/);
  });

  it("a wrong password: two (spend and read, the failure's audit event); a refused one: two (spend and read, give back)", async () => {
    const email = uniqueEmail("stmts");
    await signUpToken(gh.fetch, BASE_URL, email);
    const ip = "198.51.100.21";
    const wrong = await counted(() => signIn(gh, email, "wrong password", ip));
    expect(wrong.status).toBe(401);
    expect(wrong.texts).toHaveLength(2);
    for (let i = 0; i < 4; i++) await signIn(gh, email, "wrong password", ip);
    const refused = await counted(() => signIn(gh, email, PASSWORD, ip));
    expect(refused.status).toBe(429);
    expect(refused.texts).toHaveLength(2);
    expect(refused.texts.every((t) => t.includes("rate_limits"))).toBe(true);
  });

  it("an unknown email is read and refused like a wrong password, in as many statements", async () => {
    const { status, texts } = await counted(() =>
      signIn(gh, uniqueEmail("nobody"), "wrong password", "198.51.100.22"),
    );
    expect(status).toBe(401);
    expect(texts).toHaveLength(2);
  });
});

describe.skipIf(!PG_URL)("password-guess budgets when PostgreSQL fails them", () => {
  let gh: TestGatehouse;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const pg = await postgresStore();
    drop = pg.drop;
    // Every rate-limit statement fails (the library's and the budgets' alike).
    await sql`ALTER TABLE rate_limits RENAME TO rate_limits_away`.execute(pg.store.db);
    gh = await startTestGatehouse({
      store: pg.store,
      env: { TRUST_PROXY: "1", RATE_LIMIT_STORE: "postgres", DATABASE_URL: pg.url },
    });
  });
  afterAll(async () => {
    await gh?.close();
    await drop?.();
  });

  it("the in-memory insurance limits instead: 5 wrong passwords evaluated, then 429 (never a 500)", async () => {
    const email = uniqueEmail("insured");
    await signUpToken(gh.fetch, BASE_URL, email);
    const ip = "198.51.100.30";
    expect((await signIn(gh, email, PASSWORD, ip)).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await signIn(gh, email, "wrong password", ip)).status).toBe(401);
    const locked = await signIn(gh, email, PASSWORD, ip);
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
  });
});

describe("sign-in statements (PGlite, memory rate limits)", () => {
  it("a right password: two statements (read user + hash + landing tenant, start the session)", async () => {
    const store = await openStore({});
    const texts: string[] = [];
    const counting: KyselyPlugin = {
      transformQuery: ({ node }) => {
        texts.push(node.kind);
        return node;
      },
      transformResult: async ({ result }) => result,
    };
    const gh = await startTestGatehouse({ store: { ...store, db: store.db.withPlugin(counting) } });
    try {
      const email = uniqueEmail("stmts");
      await signUpToken(gh.fetch, BASE_URL, email);
      texts.length = 0;
      expect((await signIn(gh, email, PASSWORD, "198.51.100.40")).status).toBe(200);
      expect(texts).toHaveLength(2);
    } finally {
      await gh.close();
    }
  });
});
