// createGuard(options): validates the options once and returns `verifyRequest(request) → AuthContext | GuardError`.
import { GuardError } from "./errors.js";
import { verifyAccessToken } from "./lib/access-token.js";
import { apiKeyChecker } from "./lib/api-keys.js";
import { secretMatcher } from "./lib/constant-time.js";
import { presented } from "./lib/credentials.js";
import { devBypassFrom, type Env } from "./lib/dev-bypass.js";
import { ASYMMETRIC, discovery } from "./lib/discovery.js";
import { RevocationPoller } from "./lib/revocation-feed.js";
import { type UserSyncHook, userSync } from "./lib/user-sync.js";
import type { AuthContext, GuardLogger, GuardRequest } from "./types.js";

export interface GuardOptions {
  /** Gatehouse's base URL (its `PUBLIC_URL`): discovery, the JWKS, the revocation feed and API key checks live under it. */
  url: string;
  /** The `iss` access tokens must carry; by default the one Gatehouse's discovery document names. */
  issuer?: string | undefined;
  /** The `aud` access tokens must carry: Gatehouse's `JWT_AUDIENCE` (default `gatehouse`). */
  audience?: string | undefined;
  /** Accepted signing algorithms (asymmetric only); intersected with what Gatehouse publishes. */
  algorithms?: readonly string[] | undefined;
  /** Tolerated clock difference, seconds (default 5, at most 60). */
  clockToleranceSeconds?: number | undefined;
  /** Minimum time between two JWKS fetches caused by an unknown `kid` (default 30 s). */
  jwksCooldownMs?: number | undefined;
  /** How long fetched keys are trusted before a refetch (default 60 s, as Gatehouse's JWKS `Cache-Control`): a key retired at once (`retireOld`) stops verifying here within it. */
  jwksCacheMaxAgeMs?: number | undefined;
  /**
   * The secret this service presents to Gatehouse (one of its `SERVICE_AUTH_SECRETS`): needed for the
   * revocation feed and for API keys. Without it neither is used: API keys are refused.
   */
  serviceSecret?: string | undefined;
  /**
   * Revocation feed polling; on by default when `serviceSecret` is set. `intervalMs` overrides Gatehouse's
   * recommendation. `maxStalenessMs`: when the feed has not been read completely for this long (Gatehouse
   * unreachable, a wrong secret), session tokens are answered 503 instead of trusted (fail closed); unset,
   * the guard keeps serving and warns on every failed poll.
   */
  revocations?: false | { intervalMs?: number | undefined; maxStalenessMs?: number | undefined } | undefined;
  /** API key answers are cached this long (default 30 s, bounded to `cacheMax` keys, default 1000). */
  apiKeys?: { cacheTtlMs?: number | undefined; cacheMax?: number | undefined } | undefined;
  /** `X-Service-Auth` secrets other services may call this one with: such a request is `kind: "service"`. */
  acceptServiceSecrets?: readonly string[] | undefined;
  /** Called once per user per `intervalMs` (default 5 min) with the access token's claims, e.g. to upsert a user row. */
  onUser?: UserSyncHook | undefined;
  userSyncIntervalMs?: number | undefined;
  /** Environment for the development bypass (default `process.env`). */
  env?: Env | undefined;
  logger?: GuardLogger | undefined;
  /** For tests: the fetch used to reach Gatehouse, and the current time (ms). */
  fetch?: typeof fetch | undefined;
  now?: (() => number) | undefined;
}

export interface Guard {
  /** The request's credential verified: its context (`kind: "anonymous"` without one), or why it is refused. */
  verifyRequest(request: GuardRequest): Promise<AuthContext | GuardError>;
  /** Resolves once discovery succeeded and (with the feed on) the first complete read of the feed has been applied. */
  ready(): Promise<void>;
  /** Stops the feed's polling. */
  close(): void;
}

const ANONYMOUS: AuthContext = Object.freeze({
  kind: "anonymous" as const,
  userId: null,
  sessionId: null,
  tenantId: null,
  roles: Object.freeze([]),
  perms: Object.freeze([]),
  emailVerified: false,
});

const SERVICE: AuthContext = Object.freeze({
  kind: "service" as const,
  userId: null,
  sessionId: null,
  tenantId: null,
  roles: Object.freeze(["service"]),
  perms: Object.freeze([]),
  emailVerified: true,
});

const processEnv = (): Env => (globalThis as { process?: { env?: Env } }).process?.env ?? {};

/** A numeric option within [min, max], or its default. */
function bounded(
  name: string,
  value: number | undefined,
  fallback: number,
  { min = 0, max = Number.MAX_SAFE_INTEGER }: { min?: number; max?: number } = {},
): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < min || value > max)
    throw new TypeError(`${name} must be between ${min} and ${max}`);
  return value;
}

export function createGuard(options: GuardOptions): Guard {
  if (typeof options?.url !== "string") throw new TypeError("options.url (Gatehouse's base URL) is required");
  const base = new URL(options.url);
  if (base.protocol !== "https:" && base.protocol !== "http:")
    throw new TypeError("options.url must be http(s)");
  const url = base.href.replace(/\/+$/, "");
  const algorithms = options.algorithms ?? ["ES256", "RS256", "EdDSA"];
  const refused = algorithms.filter((a) => !ASYMMETRIC.includes(a));
  if (refused.length > 0 || algorithms.length === 0)
    throw new TypeError(`options.algorithms: only asymmetric algorithms (${ASYMMETRIC.join(", ")})`);
  const accepted = options.acceptServiceSecrets ?? [];
  if (accepted.some((s) => typeof s !== "string" || s.length < 32))
    throw new TypeError("options.acceptServiceSecrets: each secret must be at least 32 characters");
  if (options.serviceSecret !== undefined && typeof options.serviceSecret !== "string")
    throw new TypeError("options.serviceSecret must be a string");

  const fetchImpl = options.fetch ?? globalThis.fetch;
  const now = options.now ?? Date.now;
  const logger = options.logger ?? console;
  const audience = options.audience ?? "gatehouse";
  const clockToleranceSeconds = bounded("options.clockToleranceSeconds", options.clockToleranceSeconds, 5, {
    max: 60,
  });
  // Throws here, at start-up, when the bypass is on in production.
  const devBypass = devBypassFrom(options.env ?? processEnv(), logger);
  const issuer = discovery({
    url,
    issuer: options.issuer,
    algorithms,
    fetch: fetchImpl,
    // Floors: a token with an unknown kid must never make every request a JWKS fetch at Gatehouse.
    jwksCooldownMs: bounded("options.jwksCooldownMs", options.jwksCooldownMs, 30_000, { min: 100 }),
    jwksCacheMaxAgeMs: bounded("options.jwksCacheMaxAgeMs", options.jwksCacheMaxAgeMs, 60_000, { min: 100 }),
  });
  const secret = options.serviceSecret;
  const intervalMs =
    options.revocations && options.revocations.intervalMs !== undefined
      ? bounded("options.revocations.intervalMs", options.revocations.intervalMs, 2_000, { min: 100 })
      : undefined;
  const poller =
    secret && options.revocations !== false
      ? new RevocationPoller({
          url,
          serviceSecret: secret,
          fetch: fetchImpl,
          now,
          logger,
          intervalMs,
        })
      : undefined;
  const startedAt = now();
  const maxStalenessMs =
    options.revocations && options.revocations.maxStalenessMs !== undefined
      ? bounded("options.revocations.maxStalenessMs", options.revocations.maxStalenessMs, 0, { min: 1_000 })
      : undefined;
  /** Whether the revocation list is too old to trust (only with `maxStalenessMs`). */
  const stale = () =>
    poller !== undefined &&
    maxStalenessMs !== undefined &&
    now() - (poller.lastSuccessAt ?? startedAt) > maxStalenessMs;
  const cacheTtlMs = bounded("options.apiKeys.cacheTtlMs", options.apiKeys?.cacheTtlMs, 30_000);
  const cacheMax = bounded("options.apiKeys.cacheMax", options.apiKeys?.cacheMax, 1000, { min: 1 });
  const apiKey = secret
    ? apiKeyChecker({ url, serviceSecret: secret, fetch: fetchImpl, now, cacheTtlMs, cacheMax })
    : undefined;
  const serviceSecretMatches = accepted.length > 0 ? secretMatcher(accepted) : undefined;
  const sync = options.onUser
    ? userSync(
        options.onUser,
        bounded("options.userSyncIntervalMs", options.userSyncIntervalMs, 5 * 60_000),
        now,
        logger,
      )
    : undefined;

  // Only now that every option is valid: a throwing createGuard leaves no timer behind.
  poller?.start();

  async function authenticate(request: GuardRequest): Promise<AuthContext> {
    const credential = presented(request.headers);
    switch (credential.type) {
      case "none":
        return devBypass?.(request.remoteAddress) ?? ANONYMOUS;
      case "malformed":
        throw new GuardError("AUTH_UNAUTHENTICATED", { reason: "malformed" });
      case "mixed":
        throw new GuardError("AUTH_UNAUTHENTICATED", {
          reason: "mixed_credentials",
          message: "X-Service-Auth cannot be combined with a user credential.",
        });
      case "service":
        if (serviceSecretMatches && (await serviceSecretMatches(credential.secret))) return SERVICE;
        throw new GuardError("AUTH_UNAUTHENTICATED", { reason: "wrong_service_secret" });
      case "apiKey":
        if (!apiKey) throw new GuardError("AUTH_UNAUTHENTICATED", { reason: "unknown_api_key" });
        return apiKey(credential.key);
      case "jwt": {
        let keys: Awaited<ReturnType<typeof issuer>>;
        try {
          keys = await issuer();
        } catch (cause) {
          throw new GuardError("SERVICE_UNAVAILABLE", { reason: "upstream", cause });
        }
        const claims = await verifyAccessToken(credential.token, keys, {
          audience,
          clockToleranceSeconds,
          now,
        });
        if (poller?.has(claims.sid)) throw new GuardError("AUTH_SESSION_REVOKED", { reason: "revoked" });
        if (stale())
          throw new GuardError("SERVICE_UNAVAILABLE", {
            reason: "upstream",
            message: "Revoked sessions cannot be checked right now.",
          });
        if (sync) await sync(claims);
        return Object.freeze({
          kind: "user" as const,
          userId: claims.sub,
          sessionId: claims.sid,
          tenantId: claims.tid,
          roles: Object.freeze(claims.roles),
          perms: Object.freeze(claims.perms),
          emailVerified: claims.ev,
          ...(claims.act ? { actor: Object.freeze({ sub: claims.act.sub }) } : {}),
        });
      }
    }
  }

  return {
    async verifyRequest(request) {
      try {
        return await authenticate(request);
      } catch (err) {
        if (err instanceof GuardError) return err;
        throw err;
      }
    },
    async ready() {
      await issuer();
      await poller?.ready();
    },
    close() {
      poller?.stop();
    },
  };
}
