// One process per embedded (PGlite) data directory: a second one stops with one line naming the holder,
// and a holder that was killed does not block the next start.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "../server/store/data-dir-lock.js";
import { openStore } from "../server/store/db.js";

const dirs: string[] = [];
const children: ChildProcess[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "gatehouse-lock-"));
  dirs.push(dir);
  return dir;
}

function env(dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "test",
    DATABASE_URL: "",
    DATA_DIR: dataDir,
    PORT: "0",
    LOG_LEVEL: "silent",
  };
}

function admin(dataDir: string) {
  return spawnSync(
    process.execPath,
    ["--import", "tsx", "server/admin.ts", "issue-v1-token", "a@example.com"],
    {
      env: env(dataDir),
      encoding: "utf8",
      timeout: 60_000,
    },
  );
}

/** The real server on `dataDir`, resolved once it listens. */
async function startServer(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], { env: env(dataDir) });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("Gatehouse listening")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`server exited (${code}) before listening`)));
  });
  return child;
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the embedded data directory is locked", () => {
  it("the admin CLI against a directory a running server holds stops with one line: the server's pid, stop it first", async () => {
    const dir = tempDir();
    const server = await startServer(dir);
    const run = admin(dir);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `admin: DATA_DIR ${dir} is in use by process ${server.pid} (a Gatehouse server or admin command): stop the server first (admin commands need the embedded database to themselves), or run Gatehouse on PostgreSQL (DATABASE_URL), where they work while it runs`,
    ]);
    expect(run.stdout).toBe("");
  }, 180_000);

  it("a server killed with SIGKILL leaves a lock that does not block the next open", async () => {
    const dir = tempDir();
    const server = await startServer(dir);
    const lockFile = join(dir, "gatehouse.lock");
    expect(JSON.parse(readFileSync(lockFile, "utf8")).pid).toBe(server.pid);
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGKILL");
    await exited;
    expect(existsSync(lockFile)).toBe(true);
    const store = await openStore({ dataDir: dir });
    try {
      expect(JSON.parse(readFileSync(lockFile, "utf8")).pid).toBe(process.pid);
    } finally {
      await store.close();
    }
    expect(existsSync(lockFile)).toBe(false);
  }, 180_000);

  it("a lock naming a process that has exited, or this very pid (a restarted container), is taken over; a live one is not", () => {
    const dir = tempDir();
    const lockFile = join(dir, "gatehouse.lock");
    const exited = spawnSync(process.execPath, ["-e", ""]).pid;
    for (const stalePid of [exited, process.pid]) {
      writeFileSync(lockFile, JSON.stringify({ pid: stalePid }));
      const lock = lockDataDir(dir);
      expect(JSON.parse(readFileSync(lockFile, "utf8")).pid).toBe(process.pid);
      lock.release();
      expect(readdirSync(dir)).toEqual([]);
    }
    // The parent of this test process (vitest) is alive: its lock stands, and is left in place.
    writeFileSync(lockFile, JSON.stringify({ pid: process.ppid }));
    expect(() => lockDataDir(dir)).toThrow(new DataDirLockedError(dir, process.ppid));
    expect(JSON.parse(readFileSync(lockFile, "utf8")).pid).toBe(process.ppid);
    expect(readdirSync(dir)).toEqual(["gatehouse.lock"]);
  });

  it("a second server on a directory held here stops with one line naming this process; a second open here is refused too", async () => {
    const dir = tempDir();
    const store = await openStore({ dataDir: dir });
    try {
      await expect(openStore({ dataDir: dir })).rejects.toThrow(DataDirLockedError);
      const run = spawnSync(process.execPath, ["--import", "tsx", "server/main.ts"], {
        env: env(dir),
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split("\n")).toEqual([
        `gatehouse failed to start: DATA_DIR ${dir} is in use by process ${process.pid} (a Gatehouse server or admin command): stop that process first, or use PostgreSQL (DATABASE_URL) to run several processes on one database`,
      ]);
    } finally {
      await store.close();
    }
    // Released on close: the next process opens it.
    const again = await openStore({ dataDir: dir });
    await again.close();
  }, 120_000);
});
