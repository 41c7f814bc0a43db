// An exclusive lock on an embedded (PGlite) data directory: one process opens it at a time.
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";

/** The directory is held by a live process; `pid` names it so the message can say which. */
export class DataDirLockedError extends Error {
  override name = "DataDirLockedError";
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`the embedded database in ${dataDir} is in use by process ${pid}`);
  }
}

export interface DataDirLock {
  release(): void;
}

const LOCK_FILE = "gatehouse.lock";
// Lock files this process holds: a second open in the same process is refused like any other.
const held = new Set<string>();

/**
 * Takes `<dataDir>/gatehouse.lock` (created atomically with link(2), so it is never seen half
 * written) or throws DataDirLockedError naming the live holder. A lock left by a process that no
 * longer runs (killed, crashed, a container restarted with our own pid) is taken over; no timing
 * heuristics, so a busy event loop never loses the lock. The lock goes away on release or exit.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = join(resolve(dataDir), LOCK_FILE);
  const mine = `${JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() })}\n`;
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, mine, { mode: 0o600 });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(temp, file);
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
        const holder = readHolder(file);
        const live = holder !== undefined && (holder === process.pid ? held.has(file) : isRunning(holder));
        if (live || attempt >= 2) throw new DataDirLockedError(dataDir, holder ?? 0);
        takeOverStale(file, holder);
      }
    }
  } finally {
    removeIfExists(temp);
  }
  held.add(file);
  const onExit = () => release();
  function release(): void {
    process.off("exit", onExit);
    if (!held.delete(file)) return;
    // Only our own lock: never remove one another process took over meanwhile.
    if (readHolder(file) === process.pid) removeIfExists(file);
  }
  process.on("exit", onExit);
  return { release };
}

/**
 * Removes a lock whose holder is gone. Moved aside first (rename is atomic) and checked, so that of
 * two processes starting together after a crash, one never deletes the lock the other just took.
 */
function takeOverStale(file: string, deadHolder: number | undefined): void {
  const aside = `${file}.stale.${process.pid}`;
  try {
    renameSync(file, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return;
    throw err;
  }
  if (readHolder(aside) !== deadHolder) {
    // Someone took it over between our look and the move: put theirs back (unless yet another holds it).
    try {
      linkSync(aside, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
  }
  removeIfExists(aside);
}

function readHolder(file: string): number | undefined {
  try {
    const pid = (JSON.parse(readFileSync(file, "utf8")) as { pid?: unknown }).pid;
    return Number.isSafeInteger(pid) && (pid as number) > 0 ? (pid as number) : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function removeIfExists(file: string): void {
  try {
    unlinkSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
}
