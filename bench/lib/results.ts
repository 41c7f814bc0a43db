// The goals, checked against one run, and what the run writes: bench/RESULTS.md, results.svg, results.json.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chart, compareTable, type Goal, goalsTable, type Row, ratio, rowsTable } from "./report.js";
import { ROOT, ROUNDS, SECONDS } from "./settings.js";

export interface Start {
  readyMs: number;
  cpuMs: number;
  rssMb: number;
}

const atLeast = (what: string, target: number, value: number | undefined, show = ratio): Goal => ({
  what,
  target: `≥ ${show(target)}`,
  measured: value === undefined ? "not measured" : show(value),
  met: value === undefined ? undefined : value >= target,
});
const atMost = (what: string, target: number, value: number | undefined, unit: string): Goal => ({
  what,
  target: `≤ ${target} ${unit}`,
  measured: value === undefined ? "not measured" : `${value.toFixed(0)} ${unit}`,
  met: value === undefined ? undefined : value <= target,
});
const perSecond = (n: number) => `${n.toFixed(0)}/s`;

export function goalsOf(rows: Row[], ceiling: number, starts: Array<[string, Start]>): Goal[] {
  const row = (id: string) => rows.find((r) => r.id === id);
  const start = (what: string) => starts.find(([w]) => w === what)?.[1];
  const signin = rows.find((r) => r.id.startsWith("signin-"));
  const vsPeer = (me?: Row, peer?: Row) => (me && peer ? me.vsBare / peer.vsBare : undefined);
  return [
    atLeast("/health vs bare", 0.5, row("health")?.vsBare),
    atLeast("token-only route vs bare", 0.45, row("token-only")?.vsBare),
    atLeast("GET /user/me vs bare, PostgreSQL", 0.35, row("me-postgres")?.vsBare),
    atLeast("GET /user/me vs bare, PGlite", 0.35, row("me-pglite")?.vsBare),
    atLeast("refresh on PostgreSQL", 1000, row("refresh-postgres")?.rps, perSecond),
    atLeast("sign-in vs argon2id ceiling", 0.9, signin ? signin.rps / ceiling : undefined),
    atMost("cold start, PostgreSQL", 1500, start("PostgreSQL")?.readyMs, "ms"),
    atMost("cold start, existing PGlite directory", 1500, start("PGlite, existing directory")?.readyMs, "ms"),
    atMost("idle RSS, PostgreSQL", 150, start("PostgreSQL")?.rssMb, "MB"),
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
}

interface Results {
  machine: string;
  rows: Row[];
  goals: Goal[];
  starts: Array<[string, Start]>;
  ceiling: number;
}

export function writeResults(r: Results): void {
  const when = new Date().toISOString();
  const json = { when, rounds: ROUNDS, seconds: SECONDS, ...r };
  writeFileSync(join(ROOT, "bench/results.json"), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(ROOT, "bench/results.svg"), chart(r.rows));
  const before = process.env.BENCH_BEFORE
    ? (JSON.parse(readFileSync(process.env.BENCH_BEFORE, "utf8")) as typeof json)
    : undefined;
  const ms = (s: Start | undefined) => (s ? `${s.readyMs.toFixed(0)} ms` : "—");
  const mb = (s: Start | undefined) => (s ? `${s.rssMb.toFixed(0)} MB` : "—");
  const report = [
    "# Benchmark results",
    "",
    `Measured ${when} on ${r.machine} by \`npm run bench\`: ${ROUNDS} rounds; in each, every scenario ran`,
    `${SECONDS} s (after a 1 s warm-up) right after ${SECONDS} s of the bare route, with the load generator`,
    "(autocannon) in its own process. Gatehouse runs as `npm start` does (production, info logs to a file).",
    "Figures are medians over rounds; ratios are taken within each pair, so they hold on a busy machine",
    'where absolute numbers do not. "CPU/req vs bare" is the bare server\'s CPU time per request over',
    "this server's (from /proc): the same comparison, less sensitive to other load.",
    "",
    "## Goals",
    "",
    ...goalsTable(r.goals),
    "",
    `argon2id ceiling (this machine, 4 at a time, separate process): ${r.ceiling.toFixed(0)} verifications/s.`,
    "",
    "## Scenarios",
    "",
    ...rowsTable(r.rows),
    "",
    "![req/s and p99 per scenario](results.svg)",
    "",
    "## Start-up and memory",
    "",
    "| server | `npm start` → first 200 from /health (median) | CPU to ready | RSS 5 s after start |",
    "|---|---:|---:|---:|",
    ...r.starts.map(([what, s]) => `| ${what} | ${ms(s)} | ${s.cpuMs.toFixed(0)} ms | ${mb(s)} |`),
    ...(before
      ? [
          "",
          `## Before and after (before: ${before.when})`,
          "",
          ...compareTable(before.rows, r.rows),
          "",
          "| server | start, before | after | RSS, before | after |",
          "|---|---:|---:|---:|---:|",
          ...r.starts.map(([what, s]) => {
            const b = before.starts.find(([w]) => w === what)?.[1];
            return `| ${what} | ${ms(b)} | ${ms(s)} | ${mb(b)} | ${mb(s)} |`;
          }),
        ]
      : []),
    "",
  ].join("\n");
  writeFileSync(join(ROOT, "bench/RESULTS.md"), report);
}
