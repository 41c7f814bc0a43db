// The CLI's exit codes and its one error class: every failure leaves through CliError with a code from this table.

/** Exit codes (documented in cli/README.md and `gatehouse --help`); scripts may switch on them. */
export const EXIT = {
  OK: 0,
  /** Anything not below: a server error, an unexpected answer, a refused request (400, 404, 409 …). */
  GENERIC: 1,
  /** Bad arguments or options; nothing was sent. */
  USAGE: 2,
  /** Not logged in to this server, or the session expired or was revoked, or wrong email/password. */
  AUTH: 3,
  /** The server refused for lack of permission or tenant access (403). */
  PERMISSION: 4,
  /** The server could not be reached (connection refused, DNS, timeout). */
  NETWORK: 5,
  /** The credentials file is unsafe (readable by group/others, not ours, a symlink) or unreadable. */
  CREDENTIALS_FILE: 6,
  /** Too many requests (429): wait and retry. */
  RATE_LIMITED: 7,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure to report: `code` is the server's error code when it answered, else the CLI's own. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** The exit code for a server error answer. */
export function exitCodeFor(status: number): ExitCode {
  if (status === 401) return EXIT.AUTH;
  if (status === 403) return EXIT.PERMISSION;
  if (status === 429) return EXIT.RATE_LIMITED;
  return EXIT.GENERIC;
}

/** The help text's table (kept next to the codes so the two cannot drift). */
export const EXIT_CODES_HELP = `Exit codes:
  0  success
  1  other error (server error, refused request: validation, not found, conflict)
  2  usage error (bad arguments; nothing was sent)
  3  not logged in, session expired or revoked, or wrong email/password
  4  permission denied (403)
  5  server unreachable (network)
  6  credentials file unsafe (group/world-readable, symlink, not owned by you) or unreadable
  7  rate limited (429): retry later
  130  cancelled at a prompt (Ctrl+C)`;
