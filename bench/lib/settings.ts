// Settings of `npm run bench` (environment) and the small helpers every part of it uses.
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
// Two levels below the root, like dist/server/: bundles placed here find migrations and the contract.
export const WORK = join(ROOT, ".tmp/bench");
export const SECONDS = Number(process.env.BENCH_DURATION ?? 5);
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
export const PG_URL = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined;
export const PASSWORD = "correct horse battery staple";
/**
 * BENCH_ONLY=refresh,signin: only the scenarios whose id is listed or starts with `<listed>-` (ids as in
 * RESULTS.md's table, e.g. `me-postgres`); cold starts run only if `cold-starts` is listed, the peers only
 * if one of their scenarios is, and the results are printed, not written.
 */
const ONLY = process.env.BENCH_ONLY?.split(",")
  .map((s) => s.trim())
  .filter(Boolean);
export const FILTERED = ONLY !== undefined && ONLY.length > 0;
export const wanted = (id: string) =>
  !FILTERED || (ONLY ?? []).some((o) => id === o || id.startsWith(`${o}-`));

export const say = (s: string) => process.stdout.write(`${s}\n`);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
