// What every command shares: the server's origin, the SDK client over the profile, refresh under the lock, error mapping.
import { readFileSync } from "node:fs";
import { createGatehouseClient, type GatehouseClient, type TokenStorage } from "@gatehouse/sdk";
import { CredentialsFile, credentialsPath, type Profile } from "./credentials.js";
import { CliError, EXIT, exitCodeFor } from "./errors.js";

/** This CLI's version (its package.json). */
export const { version: VERSION } = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
) as {
  version: string;
};
/** How the CLI names itself to the server. */
export const USER_AGENT = `gatehouse-cli/${VERSION} (${process.platform}; node ${process.versions.node})`;

export const DEFAULT_URL = "http://127.0.0.1:3000";
/** How long one request may take before the server counts as unreachable. */
const REQUEST_TIMEOUT_MS = 30_000;

export interface Context {
  /** The server's normalised origin: the profile key and the SDK's base URL. */
  origin: string;
  json: boolean;
  file: CredentialsFile;
}

/** `--url`, else GATEHOUSE_URL, else the default; an http(s) origin (path, query and credentials are refused). */
export function normaliseOrigin(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CliError(EXIT.USAGE, "USAGE", `not a URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new CliError(EXIT.USAGE, "USAGE", `the server URL must be http(s): ${url.protocol}`);
  if (url.username || url.password)
    throw new CliError(EXIT.USAGE, "USAGE", "the server URL must not carry a user name or password");
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash)
    throw new CliError(EXIT.USAGE, "USAGE", "the server URL must be an origin (scheme, host, port), no path");
  return url.origin;
}

export function contextOf(options: { url?: string; json?: boolean }): Context {
  return {
    origin: normaliseOrigin(options.url ?? process.env.GATEHOUSE_URL ?? DEFAULT_URL),
    json: options.json === true,
    file: new CredentialsFile(credentialsPath()),
  };
}

/** fetch with a timeout, turning "could not reach" into the network exit code (never a stack trace). */
function networkFetch(origin: string) {
  return async (request: Request): Promise<Response> => {
    try {
      return await fetch(new Request(request, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }));
    } catch (e) {
      const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
      throw new CliError(EXIT.NETWORK, "NETWORK_ERROR", `cannot reach ${origin} (${cause})`);
    }
  };
}

export function clientFor(ctx: Context, storage: TokenStorage): GatehouseClient {
  return createGatehouseClient({
    baseUrl: ctx.origin,
    mode: "token",
    storage,
    fetch: networkFetch(ctx.origin),
    // Named in the user's session list (GET /user/sessions) as this CLI, not as Node's fetch.
    headers: { "user-agent": USER_AGENT },
  });
}

const notLoggedIn = (ctx: Context) =>
  new CliError(EXIT.AUTH, "NOT_LOGGED_IN", `not logged in to ${ctx.origin}: run \`gatehouse login\``);

/** A JWT's claims, read without verifying it (the server verifies; the CLI only schedules refresh and marks the current session). */
export function claimsOf(jwt: string): Record<string, unknown> {
  try {
    const payload: unknown = JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8"));
    return typeof payload === "object" && payload !== null ? (payload as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Fresh enough to hand out: more than a quarter of its lifetime (at most 30 s) left. */
export function isFresh(accessToken: string, nowMs = Date.now()): boolean {
  const { exp, iat } = claimsOf(accessToken);
  if (typeof exp !== "number") return false;
  const margin = Math.min(30, typeof iat === "number" ? (exp - iat) / 4 : 30);
  return exp - margin > nowMs / 1000;
}

/**
 * The profile with an access token fresh enough to use, refreshing it under the credentials lock: a second
 * process waiting on the lock finds the new pair on disk and does not spend the refresh token again.
 */
export async function freshProfile(ctx: Context): Promise<Profile> {
  return ctx.file.withLock(async () => {
    const profile = await ctx.file.profile(ctx.origin);
    if (!profile) throw notLoggedIn(ctx);
    if (isFresh(profile.accessToken)) return profile;
    const res = await clientFor(ctx, ctx.file.storage(ctx.origin)).refresh();
    if (res.error) {
      // 401: the session is over (expired, revoked, or its refresh token reused): this profile is useless.
      if (res.response.status === 401) await ctx.file.setProfile(ctx.origin, undefined);
      throw withLoginHint(failure(res), res.response.status);
    }
    const next = await ctx.file.profile(ctx.origin);
    if (!next) throw notLoggedIn(ctx);
    return next;
  });
}

/** An SDK client over the logged-in profile (access token fresh; the SDK refreshes again on a 401 if it must). */
export async function sessionClient(ctx: Context): Promise<{ client: GatehouseClient; profile: Profile }> {
  const profile = await freshProfile(ctx);
  return { client: clientFor(ctx, ctx.file.storage(ctx.origin)), profile };
}

interface Failed {
  error?: unknown;
  response: Response;
}

/** A server error answer as a CliError carrying the server's code and message. */
export function failure(res: Failed): CliError {
  const body = res.error as { error?: { code?: unknown; message?: unknown } } | undefined;
  const code = typeof body?.error?.code === "string" ? body.error.code : `HTTP_${res.response.status}`;
  const message =
    typeof body?.error?.message === "string"
      ? body.error.message
      : `unexpected answer ${res.response.status}`;
  const retry = res.response.headers.get("retry-after");
  return new CliError(
    exitCodeFor(res.response.status),
    code,
    res.response.status === 429 && retry ? `${message} Retry after ${retry} s.` : message,
  );
}

/** The answer's data, or the server's error as a CliError. */
export function dataOf<T>(res: { data?: T; error?: unknown; response: Response }): T {
  if (res.error !== undefined || res.data === undefined)
    throw withLoginHint(failure(res), res.response.status);
  return res.data;
}

/** For answers without a body (204): throws the server's error, if any. */
export function okOrThrow(res: { error?: unknown; response: Response }): void {
  if (!res.response.ok) throw withLoginHint(failure(res), res.response.status);
}

function withLoginHint(err: CliError, status: number): CliError {
  if (status === 401) err.message = `${err.message} Run \`gatehouse login\` to start a new session.`;
  return err;
}
