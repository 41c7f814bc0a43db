// What the rest of the server may know about a database error: its SQLSTATE, and a log-safe description.

/** An error raised by PostgreSQL (node-postgres or PGlite): a five-character SQLSTATE and a severity. */
interface DatabaseError extends Error {
  code: string;
  severity?: string;
  table?: string;
  column?: string;
  constraint?: string;
  routine?: string;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

export function isDatabaseError(err: unknown): err is DatabaseError {
  if (!(err instanceof Error)) return false;
  const { code, severity } = err as Partial<DatabaseError>;
  return typeof code === "string" && SQLSTATE.test(code) && typeof severity === "string";
}

/** The SQLSTATE of the first database error in `err`'s cause chain. */
export function sqlState(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    if (isDatabaseError(e)) return e.code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A unique violation (23505): the insert or update lost to an existing row (or a concurrent one). */
export const isUniqueViolation = (err: unknown): boolean =>
  typeof err === "object" && err !== null && (err as { code?: unknown }).code === "23505";

/**
 * SQLSTATE class 22, "data exception": a value PostgreSQL will not take (a NUL byte, a string too
 * long for its column, text that is not a number…). Input the contract should have refused, so the
 * client's fault rather than the server's.
 */
export const isDataException = (err: unknown): boolean => sqlState(err)?.startsWith("22") ?? false;

// Class 22 messages may quote the offending value (`invalid input syntax for type integer: "…"`),
// so those are logged by condition name only.
const DATA_EXCEPTIONS: Record<string, string> = {
  "22001": "string_data_right_truncation",
  "22003": "numeric_value_out_of_range",
  "22007": "invalid_datetime_format",
  "22008": "datetime_field_overflow",
  "22021": "character_not_in_repertoire",
  "22P02": "invalid_text_representation",
  "22P05": "untranslatable_character",
};

export interface LoggedDatabaseError {
  type: string;
  code: string;
  message: string;
  severity?: string;
  table?: string;
  column?: string;
  constraint?: string;
  routine?: string;
  stack?: string;
}

/**
 * A database error as a log may carry it: SQLSTATE, message and the names of what failed — never the
 * query's bound parameters (PGlite attaches them as `params`), the query text or `detail` (which
 * repeats row values, e.g. the key of a unique violation).
 */
export function loggableDatabaseError(err: DatabaseError): LoggedDatabaseError {
  const message = err.code.startsWith("22")
    ? `data exception ${err.code} (${DATA_EXCEPTIONS[err.code] ?? "see SQLSTATE"})`
    : err.message;
  const out: LoggedDatabaseError = { type: err.constructor.name, code: err.code, message };
  for (const key of ["severity", "table", "column", "constraint", "routine"] as const) {
    const value = err[key];
    if (typeof value === "string" && value) out[key] = value;
  }
  // The stack's first lines repeat the message; only the frames are kept (where the query was made).
  const frames = (err.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  if (frames.length) out.stack = [`${out.type}: ${message}`, ...frames].join("\n");
  return out;
}

/**
 * PostgreSQL could not be reached or refused us at start-up. `target` is user@host:port/database
 * (never the password); `reason` says what went wrong in words.
 */
export class DatabaseUnreachableError extends Error {
  override name = "DatabaseUnreachableError";
  constructor(
    readonly target: string,
    readonly reason: string,
    options: { cause: unknown },
  ) {
    super(`cannot use PostgreSQL at ${target}: ${reason}`, options);
  }
}

/** What went wrong connecting, in words: node-postgres reports a socket error or the server's own refusal. */
export function connectFailure(err: unknown): string {
  const code = (err as { code?: unknown } | undefined)?.code;
  switch (code) {
    case "ECONNREFUSED":
      return "connection refused";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "host not found";
    case "ETIMEDOUT":
      return "no answer";
    case "ECONNRESET":
      return "connection reset";
  }
  const message = err instanceof Error ? err.message : String(err);
  if (/timeout/i.test(message)) return "no answer within 5 s";
  // The server's own words (`password authentication failed for user "x"`, `database "x" does not
  // exist`) name no secret; socket errors' messages may carry internals, so only their code.
  if (isDatabaseError(err)) return message;
  return typeof code === "string" ? code : (message.split("\n")[0] ?? "failed");
}

/** user@host:port/database from a postgres:// URL, without the password. */
export function databaseTarget(url: string): string {
  try {
    const u = new URL(url);
    const user = u.username ? `${decodeURIComponent(u.username)}@` : "";
    return `${user}${u.hostname || "localhost"}:${u.port || "5432"}${u.pathname === "/" ? "" : u.pathname}`;
  } catch {
    return "(unparsable URL)";
  }
}
