// npm run bench: Gatehouse started the way users start it (`npm start`, production, info logs to a file) on
// PGlite and PostgreSQL, beside a bare @hono/node-server route and Better Auth; load comes from a separate
// process (autocannon), and every scenario is measured right after the bare route, round after round, so
// each figure is a ratio taken within seconds on one noisy machine. Writes bench/RESULTS.md,
// bench/results.svg and bench/results.json. CI does not run it.
//
// BENCH_DURATION (s, default 5), BENCH_ROUNDS (3), BENCH_CONNECTIONS (32); PostgreSQL from
// BENCH_DATABASE_URL or DATABASE_URL (scenarios that need it are skipped without); BENCH_BEFORE: an
// earlier results.json to print a before/after table against.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { bundle } from "../scripts/lib/bundle.mjs";
import { cpuMs, rssMb, runJson, type Server, startServer } from "./lib/proc.js";
import { chart, compareTable, type Goal, goalsTable, type Row, ratio, rowsTable } from "./lib/report.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
// Two levels below the root, like dist/server/: bundles placed here find migrations and the contract.
const WORK = join(ROOT, ".tmp/bench");
const SECONDS = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const PG_URL = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined;
const PASSWORD = "correct horse battery staple";
const COLD_STARTS = 3;

const say = (s: string) => process.stdout.write(`${s}\n`);
const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function sql(text: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}
const inSchema = (schema: string) =>
  `${PG_URL}${PG_URL?.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

type Db = { url: string } | { dataDir: string };
const dbEnv = (db: Db) =>
  "url" in db ? { DATABASE_URL: db.url } : { DATABASE_URL: "", DATA_DIR: db.dataDir };

/** Gatehouse as a user runs it: `npm start` in production with info logs, or a bench bundle of the same app. */
async function gatehouse(name: string, db: Db, entry?: string): Promise<Server> {
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

async function betterAuth(name: string, db: Db): Promise<Server> {
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

async function bare(): Promise<Server> {
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

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

/** A Gatehouse account and `sessions` token-mode sessions of it. */
async function gatehouseSessions(base: string, sessions: number) {
  const email = `bench.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.com`;
  const up = await post(`${base}/user/signup`, { email, password: PASSWORD }, { "x-auth-mode": "token" });
  if (up.status !== 201) throw new Error(`sign-up on ${base}: ${up.status} ${await up.text()}`);
  const first = (await up.json()) as { tokens: { accessToken: string; refreshToken: string } };
  const refresh: string[] = [];
  for (let i = 0; i < sessions; i++) {
    const res = await post(`${base}/user/signin`, { email, password: PASSWORD }, { "x-auth-mode": "token" });
    refresh.push(((await res.json()) as { tokens: { refreshToken: string } }).tokens.refreshToken);
  }
  return { email, access: first.tokens.accessToken, refresh };
}

async function betterAuthCookie(base: string) {
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

interface Load {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  connections?: number;
  pool?: string;
  expect?: number;
}
interface Sample {
  rps: number;
  p99: number;
  cpuUs: number;
  unexpected: number;
}
interface LoadResult {
  rps: number;
  total: number;
  served: number;
  p99: number;
  errors: number;
  statuses: Record<string, number>;
}

async function measure(server: Server, load: Load): Promise<Sample> {
  const connections = load.connections ?? CONNECTIONS;
  const spec = { ...load, url: `${server.url}${load.path}`, connections, seconds: SECONDS };
  const before = cpuMs(server.pid);
  const r = await runJson<LoadResult>([join(ROOT, "bench/load.mjs"), JSON.stringify(spec)]);
  const cpu = cpuMs(server.pid) - before;
  const expected = r.statuses[String(load.expect ?? 200)] ?? 0;
  return {
    rps: r.rps,
    p99: r.p99,
    cpuUs: (cpu * 1000) / Math.max(r.served, 1),
    unexpected: r.total - expected + r.errors,
  };
}

interface Scenario {
  id: string;
  label: string;
  server: Server;
  load: Load;
}

async function coldStarts(name: string, db: Db, times: number) {
  const ready: number[] = [];
  const cpu: number[] = [];
  let rss = Number.NaN;
  for (let i = 0; i < times; i++) {
    const s = await gatehouse(`${name}-start${i}`, db);
    ready.push(s.readyMs);
    cpu.push(s.readyCpuMs);
    if (i === times - 1) {
      await sleep(5_000);
      rss = rssMb(s.pid);
    }
    await s.stop();
  }
  return { readyMs: median(ready), cpuMs: median(cpu), rssMb: rss, all: ready };
}

async function main(): Promise<void> {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}`;
  say(
    `bench: ${machine}; ${ROUNDS} rounds × ${SECONDS} s, ${CONNECTIONS} connections; PostgreSQL ${PG_URL ? "on" : "off"}`,
  );

  if (existsSync(join(ROOT, "scripts/build-server.mjs"))) {
    const built = spawnSync(process.execPath, [join(ROOT, "scripts/build-server.mjs"), "--if-stale"], {
      stdio: "inherit",
    });
    if (built.status !== 0) throw new Error("build-server failed");
  }
  const tokenOnly = join(WORK, "token-only.mjs");
  await bundle({ entry: join(ROOT, "bench/servers/token-only.ts"), outfile: tokenOnly });
  if (!existsSync(join(ROOT, "bench/peers/node_modules/better-auth/package.json"))) {
    say("bench: installing the peers (bench/peers, npm ci)");
    const ci = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], {
      cwd: join(ROOT, "bench/peers"),
      stdio: "inherit",
    });
    if (ci.status !== 0) throw new Error("npm ci in bench/peers failed");
  }

  const tag = `bench_${process.pid}`;
  const pgDb = PG_URL ? { url: inSchema(`${tag}_gh`) } : undefined;
  const baPgDb = PG_URL ? { url: inSchema(`${tag}_ba`) } : undefined;
  if (PG_URL) {
    await sql(`CREATE SCHEMA ${tag}_gh`);
    await sql(`CREATE SCHEMA ${tag}_ba`);
  }
  const servers: Server[] = [];
  try {
    // Start-up first, while nothing else runs.
    say("bench: cold starts");
    const pgliteDir = { dataDir: join(WORK, "pglite") };
    const fresh = await coldStarts("gatehouse-pglite-fresh", pgliteDir, 1);
    const pglite = await coldStarts("gatehouse-pglite", pgliteDir, COLD_STARTS);
    const postgres = pgDb ? await coldStarts("gatehouse-postgres", pgDb, COLD_STARTS) : undefined;

    say("bench: starting servers");
    const started = async (s: Promise<Server>) => {
      servers.push(await s);
      return servers[servers.length - 1] as Server;
    };
    const base = await started(bare());
    const ghLite = await started(gatehouse("gatehouse-pglite", pgliteDir));
    const ghPg = pgDb ? await started(gatehouse("gatehouse-postgres", pgDb)) : undefined;
    const ghMain = ghPg ?? ghLite;
    const tokDb = pgDb ?? { dataDir: join(WORK, "pglite-token-only") };
    const tok = await started(gatehouse("token-only", tokDb, tokenOnly));
    const baLite = await started(
      betterAuth("better-auth-pglite", { dataDir: join(WORK, "pglite-better-auth") }),
    );
    const baPg = baPgDb ? await started(betterAuth("better-auth-postgres", baPgDb)) : undefined;

    const lite = await gatehouseSessions(ghLite.url, 0);
    const main = await gatehouseSessions(ghMain.url, Math.max(CONNECTIONS + 16, 16));
    const tokAccess = (await gatehouseSessions(tok.url, 0)).access;
    const pool = join(WORK, "refresh-pool.json");
    writeFileSync(pool, JSON.stringify(main.refresh));
    const baLiteUser = await betterAuthCookie(baLite.url);
    const baPgUser = baPg ? await betterAuthCookie(baPg.url) : undefined;
    const json = { "content-type": "application/json" };
    const mainKind = ghPg ? "PostgreSQL" : "PGlite";

    const scenarios: Scenario[] = [
      { id: "health", label: `GET /health (${mainKind})`, server: ghMain, load: { path: "/health" } },
      {
        id: "token-only",
        label: "token-only route (real app stack)",
        server: tok,
        load: { path: "/bench/token-only", headers: { cookie: `backend_session=${tokAccess}` } },
      },
      {
        id: "me-401",
        label: `GET /user/me, 401 without a cookie (${mainKind})`,
        server: ghMain,
        load: { path: "/user/me", expect: 401 },
      },
      {
        id: "me-pglite",
        label: "GET /user/me (PGlite)",
        server: ghLite,
        load: { path: "/user/me", headers: { cookie: `backend_session=${lite.access}` } },
      },
      ...(ghPg
        ? [
            {
              id: "me-postgres",
              label: "GET /user/me (PostgreSQL)",
              server: ghPg,
              load: { path: "/user/me", headers: { cookie: `backend_session=${main.access}` } },
            },
          ]
        : []),
      {
        id: `refresh-${ghPg ? "postgres" : "pglite"}`,
        label: `POST /user/session/refresh (${mainKind})`,
        server: ghMain,
        load: {
          path: "/user/session/refresh",
          method: "POST",
          headers: { ...json, "x-auth-mode": "token" },
          pool,
        },
      },
      {
        id: `signin-${ghPg ? "postgres" : "pglite"}`,
        label: `POST /user/signin, argon2id (${mainKind})`,
        server: ghMain,
        load: {
          path: "/user/signin",
          method: "POST",
          headers: json,
          body: JSON.stringify({ email: main.email, password: PASSWORD }),
          connections: 4,
        },
      },
      {
        id: "better-auth-session-pglite",
        label: "Better Auth get-session (PGlite)",
        server: baLite,
        load: { path: "/api/auth/get-session", headers: { cookie: baLiteUser.cookie } },
      },
      {
        id: "better-auth-signin-pglite",
        label: "Better Auth email sign-in (PGlite)",
        server: baLite,
        load: {
          path: "/api/auth/sign-in/email",
          method: "POST",
          headers: { ...json, origin: baLite.url },
          body: JSON.stringify({ email: baLiteUser.email, password: PASSWORD }),
          connections: 4,
        },
      },
      ...(baPg && baPgUser
        ? [
            {
              id: "better-auth-session-postgres",
              label: "Better Auth get-session (PostgreSQL)",
              server: baPg,
              load: { path: "/api/auth/get-session", headers: { cookie: baPgUser.cookie } },
            },
            {
              id: "better-auth-signin-postgres",
              label: "Better Auth email sign-in (PostgreSQL)",
              server: baPg,
              load: {
                path: "/api/auth/sign-in/email",
                method: "POST",
                headers: { ...json, origin: baPg.url },
                body: JSON.stringify({ email: baPgUser.email, password: PASSWORD }),
                connections: 4,
              },
            },
          ]
        : []),
    ];

    const samples = new Map<string, Array<{ bare: Sample; x: Sample }>>();
    const ceilings: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      for (const s of scenarios) {
        const b = await measure(base, { path: "/" });
        const x = await measure(s.server, s.load);
        samples.set(s.id, [...(samples.get(s.id) ?? []), { bare: b, x }]);
        say(
          `  round ${round} ${s.label}: ${x.rps.toFixed(0)} req/s (bare ${b.rps.toFixed(0)}) ${ratio(x.rps / b.rps)}`,
        );
        if (s.id.startsWith("signin-")) {
          const c = await runJson<{ rps: number }>([
            join(ROOT, "bench/argon2-ceiling.mjs"),
            String(SECONDS),
            "4",
          ]);
          ceilings.push(c.rps);
          say(`  round ${round} argon2id ceiling: ${c.rps.toFixed(0)}/s`);
        }
      }
    }

    const allBare = [...samples.values()].flat().map((p) => p.bare);
    const rows: Row[] = [
      {
        id: "bare",
        label: "bare Hono route (baseline)",
        connections: CONNECTIONS,
        rps: median(allBare.map((b) => b.rps)),
        p99: median(allBare.map((b) => b.p99)),
        vsBare: 1,
        cpuVsBare: 1,
        unexpected: allBare.reduce((n, b) => n + b.unexpected, 0),
      },
      ...scenarios.map((s) => {
        const ps = samples.get(s.id) ?? [];
        return {
          id: s.id,
          label: s.label,
          connections: s.load.connections ?? CONNECTIONS,
          rps: median(ps.map((p) => p.x.rps)),
          p99: median(ps.map((p) => p.x.p99)),
          vsBare: median(ps.map((p) => p.x.rps / p.bare.rps)),
          cpuVsBare: median(ps.map((p) => p.bare.cpuUs / p.x.cpuUs)),
          unexpected: ps.reduce((n, p) => n + p.x.unexpected, 0),
        };
      }),
    ];
    const row = (id: string) => rows.find((r) => r.id === id);
    const signin = rows.find((r) => r.id.startsWith("signin-"));
    const ceiling = median(ceilings);
    const atLeast = (what: string, target: number, value: number | undefined, show = ratio) => ({
      what,
      target: `≥ ${show(target)}`,
      measured: value === undefined ? "not measured" : show(value),
      met: value === undefined ? undefined : value >= target,
    });
    const atMost = (what: string, target: number, value: number | undefined, unit: string) => ({
      what,
      target: `≤ ${target} ${unit}`,
      measured: value === undefined ? "not measured" : `${value.toFixed(0)} ${unit}`,
      met: value === undefined ? undefined : value <= target,
    });
    const perSecond = (n: number) => `${n.toFixed(0)}/s`;
    const vsPeer = (me?: Row, peer?: Row) => (me && peer ? me.vsBare / peer.vsBare : undefined);
    const goals: Goal[] = [
      atLeast("/health vs bare", 0.5, row("health")?.vsBare),
      atLeast("token-only route vs bare", 0.45, row("token-only")?.vsBare),
      atLeast("GET /user/me vs bare, PostgreSQL", 0.35, row("me-postgres")?.vsBare),
      atLeast("GET /user/me vs bare, PGlite", 0.35, row("me-pglite")?.vsBare),
      atLeast("refresh on PostgreSQL", 1000, row("refresh-postgres")?.rps, perSecond),
      atLeast("sign-in vs argon2id ceiling", 0.9, signin ? signin.rps / ceiling : undefined),
      atMost("cold start, PostgreSQL", 1500, postgres?.readyMs, "ms"),
      atMost("cold start, existing PGlite directory", 1500, pglite.readyMs, "ms"),
      atMost("idle RSS, PostgreSQL", 150, postgres?.rssMb, "MB"),
      atLeast(
        "/user/me vs Better Auth get-session, PGlite",
        5,
        vsPeer(row("me-pglite"), row("better-auth-session-pglite")),
      ),
      atLeast(
        "/user/me vs Better Auth get-session, PostgreSQL",
        5,
        vsPeer(row("me-postgres"), row("better-auth-session-postgres")),
      ),
    ];

    const starts = [
      ["PGlite, fresh directory (creates the database)", fresh],
      ["PGlite, existing directory", pglite],
      ...(postgres ? [["PostgreSQL", postgres] as const] : []),
    ] as const;
    const results = {
      when: new Date().toISOString(),
      machine,
      rounds: ROUNDS,
      seconds: SECONDS,
      rows,
      goals,
      starts,
      ceiling,
    };
    writeFileSync(join(ROOT, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(ROOT, "bench/results.svg"), chart(rows));
    const before = process.env.BENCH_BEFORE
      ? (JSON.parse(readFileSync(process.env.BENCH_BEFORE, "utf8")) as typeof results)
      : undefined;
    const report = [
      "# Benchmark results",
      "",
      `Measured ${results.when} on ${machine} by \`npm run bench\`: ${ROUNDS} rounds; in each, every scenario ran`,
      `${SECONDS} s (after a 1 s warm-up) right after ${SECONDS} s of the bare route, with the load generator`,
      "(autocannon) in its own process. Gatehouse runs as `npm start` does (production, info logs to a file).",
      "Figures are medians over rounds; ratios are taken within each pair, so they hold on a busy machine",
      'where absolute numbers do not. "CPU/req vs bare" is the bare server\'s CPU time per request over',
      "this server's (from /proc): the same comparison, less sensitive to other load.",
      "",
      "## Goals",
      "",
      ...goalsTable(goals),
      "",
      `argon2id ceiling (this machine, 4 at a time, separate process): ${ceiling.toFixed(0)} verifications/s.`,
      "",
      "## Scenarios",
      "",
      ...rowsTable(rows),
      "",
      "![req/s and p99 per scenario](results.svg)",
      "",
      "## Start-up and memory",
      "",
      "| server | `npm start` → first 200 from /health (median) | CPU to ready | RSS 5 s after start |",
      "|---|---:|---:|---:|",
      ...starts.map(
        ([what, s]) =>
          `| ${what} | ${s.readyMs.toFixed(0)} ms | ${s.cpuMs.toFixed(0)} ms | ${s.rssMb.toFixed(0)} MB |`,
      ),
      ...(before
        ? [
            "",
            `## Before and after (before: ${before.when})`,
            "",
            ...compareTable(before.rows, rows),
            "",
            "| server | start, before | after | RSS, before | after |",
            "|---|---:|---:|---:|---:|",
            ...starts.map(([what, s]) => {
              const b = before.starts.find(([w]) => w === what)?.[1];
              return `| ${what} | ${b ? `${b.readyMs.toFixed(0)} ms` : "—"} | ${s.readyMs.toFixed(0)} ms | ${b ? `${b.rssMb.toFixed(0)} MB` : "—"} | ${s.rssMb.toFixed(0)} MB |`;
            }),
          ]
        : []),
      "",
    ].join("\n");
    writeFileSync(join(ROOT, "bench/RESULTS.md"), report);
    say(`\n${goalsTable(goals).join("\n")}\n\n${rowsTable(rows).join("\n")}\n\nwritten to bench/RESULTS.md`);
  } finally {
    for (const s of servers) await s.stop().catch(() => {});
    if (PG_URL) {
      await sql(`DROP SCHEMA IF EXISTS ${tag}_gh CASCADE`).catch(() => {});
      await sql(`DROP SCHEMA IF EXISTS ${tag}_ba CASCADE`).catch(() => {});
    }
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
