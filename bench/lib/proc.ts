// Processes of `npm run bench`: servers started as users start them, their CPU time and memory from /proc.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, readdirSync, readFileSync } from "node:fs";

export interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  /** The node process that serves (under `npm start`, a grandchild). */
  pid: number;
  /** Milliseconds from spawn to the first 200 from `readyPath`. */
  readyMs: number;
  /** CPU time (user + system, ms) the serving process had used by then. */
  readyCpuMs: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  name: string;
  command: string;
  args: string[];
  env: Record<string, string | undefined>;
  port: number;
  /** Where stdout and stderr go (the server's info log). */
  logFile: string;
  readyPath?: string;
  cwd?: string;
  timeoutMs?: number;
}

const TICK_MS = 1000 / 100; // USER_HZ

function stat(pid: number): string[] {
  // Fields after the command name, which may hold spaces: state is [0], ppid [1], utime [11], stime [12].
  return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
}

/** User + system CPU time of a process, in ms. */
export function cpuMs(pid: number): number {
  const f = stat(pid);
  return (Number(f[11]) + Number(f[12])) * TICK_MS;
}

/** Resident memory of a process, in MB. */
export function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Number(line?.replace(/\D+/g, "") ?? 0) / 1024;
}

/** The deepest `node` process descending from `pid` (npm → sh → node). */
function servingPid(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(stat(Number(entry))[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  let best = pid;
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      const cmd = readFileSync(`/proc/${c}/cmdline`, "utf8");
      if (cmd.startsWith("node") || cmd.includes("/node\0")) best = c;
      walk(c);
    }
  };
  walk(pid);
  return best;
}

export async function startServer(o: StartOptions): Promise<Server> {
  const log = createWriteStream(o.logFile, { flags: "a" });
  const started = performance.now();
  const child = spawn(o.command, o.args, {
    cwd: o.cwd,
    env: o.env as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so stop() ends npm, sh and node together
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://127.0.0.1:${o.port}`;
  const deadline = started + (o.timeoutMs ?? 120_000);
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  for (;;) {
    if (exited) throw new Error(`${o.name} exited before answering; see ${o.logFile}`);
    if (performance.now() > deadline) throw new Error(`${o.name} did not answer in time; see ${o.logFile}`);
    const res = await fetch(`${url}${o.readyPath ?? "/health"}`).catch(() => undefined);
    if (res?.status === 200) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const readyMs = performance.now() - started;
  const pid = servingPid(child.pid ?? 0);
  return {
    name: o.name,
    url,
    child,
    pid,
    readyMs,
    readyCpuMs: cpuMs(pid),
    async stop() {
      if (exited || child.pid === undefined) return;
      const gone = new Promise<void>((r) => child.once("exit", () => r()));
      process.kill(-child.pid, "SIGTERM");
      const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 10_000);
      await gone;
      clearTimeout(timer);
      log.end();
    },
  };
}

/** Runs a node script in its own process and parses the JSON line it prints. */
export function runJson<T>(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      err += d;
    });
    child.on("exit", (code) => {
      if (code !== 0) reject(new Error(`${args.join(" ")} failed (${code}): ${err}`));
      else resolve(JSON.parse(out.trim().split("\n").pop() ?? "{}") as T);
    });
  });
}
