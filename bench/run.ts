// npm run bench: Gatehouse's hot paths against a bare Hono route measured in the same run; writes bench/RESULTS.md.
import { writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import autocannon from "autocannon";
import { Hono } from "hono";
import { backendSessionVerifier } from "../server/auth/backend-session.js";
import { loadConfig } from "../server/config.js";
import { startGatehouse } from "../server/runtime.js";

const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PASSWORD = "correct horse battery staple";

function listen(fetch: (r: Request) => Response | Promise<Response>) {
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve) => {
    const server = serve({ fetch, hostname: "127.0.0.1", port: 0 }, (info) =>
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    );
  });
}

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  connections: number;
}

async function measure(name: string, opts: autocannon.Options): Promise<Row> {
  const connections = opts.connections ?? CONNECTIONS;
  await autocannon({ ...opts, connections, duration: 1 }); // warm-up
  const r = await autocannon({ ...opts, connections, duration: DURATION });
  const row = {
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    connections,
  };
  process.stdout.write(`  ${name}: ${row.rps.toFixed(0)} req/s\n`);
  return row;
}

async function main(): Promise<void> {
  const dataDir = join(tmpdir(), `gatehouse-bench-${process.pid}`);
  const gatehouse = await startGatehouse({
    config: loadConfig({
      NODE_ENV: "production",
      PUBLIC_URL: "http://127.0.0.1",
      LOG_LEVEL: "silent",
      COOKIE_SECURE: "true",
      DATA_DIR: dataDir,
      ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
    }),
  });
  // Baseline and the token-only route share one bare app: the difference between them is the verifier.
  const verify = backendSessionVerifier(gatehouse.deps);
  const bare = new Hono();
  bare.get("/", (c) => c.json({ ok: true }));
  bare.get("/protected", async (c) => {
    const auth = await verify(c);
    return c.json({ ok: true, sub: auth.userId });
  });
  const gh = await listen(gatehouse.app.fetch);
  const base = await listen(bare.fetch);

  // Refresh tokens are single-use: a shared pool hands each request a live token and takes back its successor.
  // (autocannon resets its per-connection context on every loop, so the chain cannot live there.)
  const sessions: Array<{ access: string; refresh: string }> = [];
  const email = `bench.${Date.now()}@example.com`;
  await fetch(`${gh.url}/user/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  for (let i = 0; i < CONNECTIONS * 2; i++) {
    const res = await fetch(`${gh.url}/user/signin`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-auth-mode": "token" },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    const body = (await res.json()) as { tokens: { accessToken: string; refreshToken: string } };
    sessions.push({ access: body.tokens.accessToken, refresh: body.tokens.refreshToken });
  }
  const cookie = `backend_session=${sessions[0]?.access}`;
  const json = { "content-type": "application/json" };

  process.stdout.write(`bench: ${DURATION}s per scenario, ${CONNECTIONS} connections\n`);
  const rows: Row[] = [];
  rows.push(await measure("bare Hono route (baseline)", { url: `${base.url}/` }));
  rows.push(
    await measure("protected route, access token only", {
      url: `${base.url}/protected`,
      headers: { cookie },
    }),
  );
  rows.push(await measure("GET /user/me", { url: `${gh.url}/user/me`, headers: { cookie } }));
  const pool = sessions.map((s) => s.refresh);
  rows.push(
    await measure("POST /user/session/refresh", {
      url: `${gh.url}/user/session/refresh`,
      requests: [
        {
          method: "POST",
          headers: { ...json, "x-auth-mode": "token" },
          setupRequest: (req) => ({ ...req, body: JSON.stringify({ refreshToken: pool.pop() }) }),
          onResponse: (status, body) => {
            if (status === 200)
              pool.push((JSON.parse(body) as { tokens: { refreshToken: string } }).tokens.refreshToken);
          },
        },
      ],
    }),
  );
  // argon2id (19 MiB, t=2) dominates sign-in by design; two connections keep the two cores busy.
  rows.push(
    await measure("POST /user/signin (argon2id)", {
      url: `${gh.url}/user/signin`,
      method: "POST",
      headers: json,
      body: JSON.stringify({ email, password: PASSWORD }),
      connections: 2,
    }),
  );

  const baseline = rows[0] as Row;
  const ratio = (n: number, d: number) => `${(n / d).toFixed(3)}×`;
  const header =
    "| scenario | conns | req/s | p50 ms | p99 ms | non-2xx | errors | req/s vs bare | p50 vs bare |";
  const lines = [
    header,
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.connections} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.errors} | ${ratio(r.rps, baseline.rps)} | ${ratio(Math.max(r.p50, 1), Math.max(baseline.p50, 1))} |`,
    ),
  ];
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, ${gatehouse.deps.store.kind}`;
  const report = [
    "# Benchmark results",
    "",
    `Measured ${new Date().toISOString()} on ${machine}; ${DURATION} s per scenario after a 1 s warm-up (autocannon).`,
    "Figures are relative to the bare Hono route measured in the same run: these machines are noisy, so compare ratios, not absolutes.",
    "The token-only route is mounted on the bare app and runs Gatehouse's BackendSessionAuth verifier (jose ES256 + revocation set, no database).",
    "",
    ...lines,
    "",
  ].join("\n");
  // PGlite (the default) and PostgreSQL (BENCH_DATABASE_URL) results are kept side by side.
  const file = gatehouse.deps.store.kind === "postgres" ? "RESULTS-postgres.md" : "RESULTS.md";
  writeFileSync(new URL(`./${file}`, import.meta.url), report);
  process.stdout.write(`\n${lines.join("\n")}\n\n${machine}\nwritten to bench/${file}\n`);
  await gh.close();
  await base.close();
  await gatehouse.close();
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
