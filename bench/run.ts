// npm run bench: Gatehouse started the way users start it (`npm start`, production, info logs to a file) on
// PGlite and PostgreSQL, beside a bare @hono/node-server route and Better Auth; load comes from a separate
// process (autocannon), and every scenario is measured right after the bare route, round after round, so
// each figure is a ratio taken within seconds on one noisy machine. Writes bench/RESULTS.md,
// bench/results.svg and bench/results.json. CI does not run it.
//
// BENCH_DURATION (s, default 5), BENCH_ROUNDS (3), BENCH_CONNECTIONS (32); PostgreSQL from
// BENCH_DATABASE_URL or DATABASE_URL (scenarios that need it are skipped without); BENCH_BEFORE: an
// earlier results.json to print a before/after table against. BENCH_ONLY: scenario ids to run, comma-separated
// (e.g. `health,token-only,me-401,me-pglite,me-postgres`), for a quick check while working: no cold starts,
// no peers unless named, and the tables are printed, not written.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { bundle } from "../scripts/lib/bundle.mjs";
import { coldStarts, type Load, measure, type Sample, type Scenario } from "./lib/measure.js";
import { runJson, type Server } from "./lib/proc.js";
import { goalsTable, type Row, ratio, rowsTable } from "./lib/report.js";
import { goalsOf, type Start, writeResults } from "./lib/results.js";
import {
  bare,
  betterAuth,
  betterAuthCookie,
  gatehouse,
  gatehouseAccount,
  inSchema,
  sql,
  topUp,
} from "./lib/servers.js";
import { CONNECTIONS, median, PASSWORD, PG_URL, ROOT, ROUNDS, SECONDS, say, WORK } from "./lib/settings.js";

const COLD_STARTS = 3;
const ONLY = process.env.BENCH_ONLY
  ? new Set(process.env.BENCH_ONLY.split(",").map((id) => id.trim()))
  : undefined;
const PEERS = !ONLY || [...ONLY].some((id) => id.startsWith("better-auth-"));

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
    const fresh = ONLY ? undefined : await coldStarts("gatehouse-pglite-fresh", pgliteDir, 1);
    const pglite = ONLY ? undefined : await coldStarts("gatehouse-pglite", pgliteDir, COLD_STARTS);
    const postgres = pgDb && !ONLY ? await coldStarts("gatehouse-postgres", pgDb, COLD_STARTS) : undefined;

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
    const baLite = PEERS
      ? await started(betterAuth("better-auth-pglite", { dataDir: join(WORK, "pglite-better-auth") }))
      : undefined;
    const baPg = baPgDb && PEERS ? await started(betterAuth("better-auth-postgres", baPgDb)) : undefined;

    const lite = await gatehouseAccount(ghLite.url);
    const main = await gatehouseAccount(ghMain.url);
    const tokAccess = (await gatehouseAccount(tok.url)).access;
    const pool = join(WORK, "refresh-pool.json");
    writeFileSync(pool, "[]");
    const baLiteUser = baLite ? await betterAuthCookie(baLite.url) : undefined;
    const baPgUser = baPg ? await betterAuthCookie(baPg.url) : undefined;
    const json = { "content-type": "application/json" };
    const mainKind = ghPg ? "PostgreSQL" : "PGlite";

    const all: Scenario[] = [
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
      ...(baLite && baLiteUser
        ? [
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
          ]
        : []),
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

    const scenarios = all.filter((s) => !ONLY || ONLY.has(s.id));
    const samples = new Map<string, Array<{ bare: Sample; x: Sample }>>();
    const ceilings: number[] = [];
    say("bench: warm-up");
    const warmUps: Array<{ server: Server; load: Load }> = [
      { server: base, load: { path: "/" } },
      ...scenarios,
    ];
    for (const s of warmUps) {
      if (s.load.pool) await topUp(s.load.pool, ghMain.url, main.email);
      await measure(s.server, s.load);
    }
    for (let round = 1; round <= ROUNDS; round++) {
      for (const s of scenarios) {
        if (s.load.pool) await topUp(s.load.pool, ghMain.url, main.email);
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
    const starts: Array<[string, Start]> = [
      ...(fresh ? [["PGlite, fresh directory (creates the database)", fresh] as [string, Start]] : []),
      ...(pglite ? [["PGlite, existing directory", pglite] as [string, Start]] : []),
      ...(postgres ? [["PostgreSQL", postgres] as [string, Start]] : []),
    ];
    const goals = goalsOf(rows, median(ceilings), starts);
    if (!ONLY) writeResults({ machine, rows, goals, starts, ceiling: median(ceilings) });
    const where = ONLY ? "BENCH_ONLY: nothing written" : "written to bench/RESULTS.md";
    say(`\n${goalsTable(goals).join("\n")}\n\n${rowsTable(rows).join("\n")}\n\n${where}`);
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
