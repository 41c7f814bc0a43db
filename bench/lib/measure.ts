// One measurement: autocannon in its own process against a server, with the server's CPU time per request.
import { join } from "node:path";
import { cpuMs, rssMb, runJson, type Server } from "./proc.js";
import { type Db, gatehouse } from "./servers.js";
import { CONNECTIONS, median, ROOT, SECONDS, sleep } from "./settings.js";

export interface Load {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  connections?: number;
  pool?: string;
  expect?: number;
}
export interface Sample {
  rps: number;
  p99: number;
  cpuUs: number;
  unexpected: number;
}
export interface LoadResult {
  rps: number;
  total: number;
  served: number;
  p99: number;
  errors: number;
  statuses: Record<string, number>;
}

export async function measure(server: Server, load: Load): Promise<Sample> {
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

export interface Scenario {
  id: string;
  label: string;
  server: Server;
  load: Load;
}

export async function coldStarts(name: string, db: Db, times: number) {
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
