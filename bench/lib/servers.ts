// The servers `npm run bench` measures, started as their users start them, and the accounts it uses on them.
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import pg from "pg";
import { type Server, startServer } from "./proc.js";
import { CONNECTIONS, PASSWORD, PG_URL, ROOT, WORK } from "./settings.js";

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export async function sql(text: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}
export const inSchema = (schema: string) =>
  `${PG_URL}${PG_URL?.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

export type Db = { url: string } | { dataDir: string };
export const dbEnv = (db: Db) =>
  "url" in db ? { DATABASE_URL: db.url } : { DATABASE_URL: "", DATA_DIR: db.dataDir };

/** Gatehouse as a user runs it: `npm start` in production with info logs, or a bench bundle of the same app. */
export async function gatehouse(name: string, db: Db, entry?: string): Promise<Server> {
  const port = await freePort();
  return startServer({
    name,
    command: entry ? process.execPath : "npm",
    args: entry ? [entry] : ["start", "--silent"],
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      LOG_LEVEL: "info",
      HOST: "127.0.0.1",
      PORT: String(port),
      PUBLIC_URL: "https://id.bench.example",
      REDIS_URL: "",
      ...dbEnv(db),
    },
    port,
    logFile: join(WORK, `${name}.log`),
  });
}

export async function betterAuth(name: string, db: Db): Promise<Server> {
  const port = await freePort();
  return startServer({
    name,
    command: process.execPath,
    args: ["better-auth.mjs"],
    cwd: join(ROOT, "bench/peers"),
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), ...dbEnv(db) },
    port,
    logFile: join(WORK, `${name}.log`),
    readyPath: "/api/auth/ok",
  });
}

export async function bare(): Promise<Server> {
  const port = await freePort();
  return startServer({
    name: "bare",
    command: process.execPath,
    args: [join(ROOT, "bench/servers/bare.mjs")],
    env: { ...process.env, PORT: String(port) },
    port,
    logFile: join(WORK, "bare.log"),
    readyPath: "/",
  });
}

export const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

/** Refresh tokens of `count` new token-mode sessions of an account. */
export async function refreshTokens(base: string, email: string, count: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await post(`${base}/user/signin`, { email, password: PASSWORD }, { "x-auth-mode": "token" });
    tokens.push(((await res.json()) as { tokens: { refreshToken: string } }).tokens.refreshToken);
  }
  return tokens;
}

/** A Gatehouse account and its first access token. */
export async function gatehouseAccount(base: string) {
  const email = `bench.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.com`;
  const up = await post(`${base}/user/signup`, { email, password: PASSWORD }, { "x-auth-mode": "token" });
  if (up.status !== 201) throw new Error(`sign-up on ${base}: ${up.status} ${await up.text()}`);
  const first = (await up.json()) as { tokens: { accessToken: string } };
  return { email, access: first.tokens.accessToken };
}

/**
 * Single-use refresh tokens for the refresh scenario: autocannon abandons the requests in flight when
 * it stops, and their tokens with them, so the pool is topped up with new sessions before each run.
 */
export async function topUp(pool: string, base: string, email: string): Promise<void> {
  const tokens = JSON.parse(readFileSync(pool, "utf8")) as string[];
  const want = 2 * CONNECTIONS + 16;
  if (tokens.length < want) tokens.push(...(await refreshTokens(base, email, want - tokens.length)));
  writeFileSync(pool, JSON.stringify(tokens));
}

export async function betterAuthCookie(base: string) {
  const email = `bench.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.com`;
  // Node's fetch says `Sec-Fetch-Mode: cors`, so Better Auth wants the Origin a browser would send.
  const origin = { origin: base };
  const up = await post(
    `${base}/api/auth/sign-up/email`,
    { email, password: PASSWORD, name: "Bench" },
    origin,
  );
  if (up.status !== 200) throw new Error(`better-auth sign-up: ${up.status} ${await up.text()}`);
  const res = await post(`${base}/api/auth/sign-in/email`, { email, password: PASSWORD }, origin);
  const cookie = res.headers.getSetCookie()[0]?.split(";")[0];
  if (!cookie) throw new Error("better-auth sign-in set no cookie");
  return { email, cookie };
}
