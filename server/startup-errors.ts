// Why the server or the admin CLI could not start, as one line naming the variable, the problem and the fix.
import type { Config } from "./config.js";
import { DataDirLockedError } from "./store/data-dir-lock.js";
import { DatabaseUnreachableError } from "./store/errors.js";

export type Role = "server" | "admin";

/** One line (no stack, no secret) for an error met while opening the database or starting services. */
export function startupErrorLine(err: unknown, role: Role): string {
  if (err instanceof DataDirLockedError) {
    const fix =
      role === "admin"
        ? "stop the server first (admin commands need the embedded database to themselves), or run Gatehouse on PostgreSQL (DATABASE_URL), where they work while it runs"
        : "stop that process first, or use PostgreSQL (DATABASE_URL) to run several processes on one database";
    return `DATA_DIR ${err.dataDir} is in use by process ${err.pid} (a Gatehouse server or admin command): ${fix}`;
  }
  if (err instanceof DatabaseUnreachableError) {
    return `DATABASE_URL: cannot use PostgreSQL at ${err.target} (${err.reason}): start PostgreSQL there or correct DATABASE_URL; unset it to use the embedded database instead`;
  }
  const message = err instanceof Error ? err.message : String(err);
  return message.split("\n")[0] ?? message;
}

/** One line for the listening socket's 'error' (the port taken, a HOST not on this machine…). */
export function listenErrorLine(err: unknown, { host, port }: Config): string {
  const code = (err as { code?: unknown } | undefined)?.code;
  switch (code) {
    case "EADDRINUSE":
      return `PORT ${port} on HOST ${host} is already in use (EADDRINUSE): stop the process listening there (another Gatehouse?) or set PORT to a free port`;
    case "EACCES":
      return `PORT ${port} on HOST ${host} needs privileges this process does not have (EACCES): set PORT to 1024 or above, behind a proxy if clients need ${port}`;
    case "EADDRNOTAVAIL":
      return `HOST ${host} is not an address of this machine (EADDRNOTAVAIL): set HOST to one of its addresses, 127.0.0.1 or 0.0.0.0`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `HOST ${host} does not resolve (${code}): set HOST to an address or name of this machine, such as 127.0.0.1`;
  }
  return `cannot listen on HOST ${host} PORT ${port}: ${startupErrorLine(err, "server")}`;
}
