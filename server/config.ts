// Configuration from the environment, validated once at start; a bad value names itself in one line.
import { isIP } from "node:net";
import { z } from "zod";

const seconds = (def: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def);

const bool = (def: boolean) =>
  z
    .enum(["true", "false", "1", "0"])
    .default(def ? "true" : "false")
    .transform((v) => v === "true" || v === "1");

const oidcProvider = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/),
  issuer: z.string().min(1),
  jwksUrl: z.url(),
  audience: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  nonce: z.enum(["none", "raw", "sha256"]).default("raw"),
});

const list = z
  .string()
  .default("")
  .transform((s) =>
    s
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean),
  );

// Shared secrets of ServiceAuth: long enough that guessing is hopeless (32 characters: openssl rand -base64 32).
const SERVICE_SECRET_MIN = 32;

const schema = z
  .object({
    // No default here: unset means development only on a loopback HOST (see superRefine).
    NODE_ENV: z.enum(["development", "production", "test"]).optional(),
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
      .optional(),
    DATA_DIR: z.string().min(1).default(".data/pglite"),
    JWT_AUDIENCE: z.string().min(1).default("gatehouse"),
    // RS256 (RSA PKCS#1 v1.5) is not offered: ASVS 5.0 appendix C disallows it for new signatures.
    SIGNING_ALG: z
      .enum(["ES256", "PS256", "EdDSA"], {
        error: (issue) =>
          issue.input === "RS256"
            ? "RS256 (RSA PKCS#1 v1.5) is no longer offered: use PS256 (RSA-PSS), ES256 or EdDSA"
            : "must be ES256, PS256 or EdDSA",
      })
      .default("ES256"),
    // 32 random bytes, base64 or base64url: `openssl rand -base64 32`.
    KEY_ENCRYPTION_KEY: z
      .string()
      .transform((v) => Buffer.from(v.replace(/-/g, "+").replace(/_/g, "/"), "base64"))
      .refine((b) => b.length === 32, "must be 32 bytes, base64-encoded (openssl rand -base64 32)")
      .optional(),
    KEY_ROTATION_DAYS: z.coerce.number().positive().max(365).default(30),
    ACCESS_TOKEN_TTL_SECONDS: seconds(900, 30, 86_400),
    SESSION_TTL_SECONDS: seconds(7 * 86_400, 300, 365 * 86_400),
    REFRESH_REUSE_GRACE_SECONDS: seconds(10, 0, 60),
    // A support session's absolute lifetime: short by design, 30 minutes at most.
    IMPERSONATION_TTL_SECONDS: seconds(900, 60, 1800),
    COOKIE_SECURE: z.enum(["auto", "true", "false"]).default("auto"),
    CORS_ORIGINS: z
      .string()
      .default("")
      .transform((s) =>
        s
          .split(",")
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url())),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
      .optional(),
    MAIL_FROM: z.string().min(3).default("Gatehouse <no-reply@localhost>"),
    APP_URL: z.url({ protocol: /^https?$/ }).optional(),
    OTP_TEST_MODE: bool(false),
    REQUIRE_EMAIL_VERIFICATION: bool(false),
    LINK_TTL_SECONDS: seconds(3600, 300, 7 * 86_400),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, "must be a redis:// URL")
      .optional(),
    RATE_LIMIT_STORE: z.enum(["auto", "memory", "postgres", "redis"]).default("auto"),
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    SSO_GOOGLE_CLIENT_ID: z.string().min(1).optional(),
    SSO_APPLE_CLIENT_ID: z.string().min(1).optional(),
    SSO_FACEBOOK_APP_ID: z.string().min(1).optional(),
    SSO_OIDC_PROVIDERS: z
      .string()
      .default("[]")
      .transform((s, ctx) => {
        try {
          return JSON.parse(s) as unknown;
        } catch {
          ctx.addIssue({ code: "custom", message: "must be a JSON array" });
          return z.NEVER;
        }
      })
      .pipe(z.array(oidcProvider)),
    SSO_JWKS_COOLDOWN_SECONDS: seconds(30, 0, 3600),
    DEPRECATED_SINCE: z.iso.date().default("2026-01-01"),
    SUNSET_DATE: z.iso.date().default("2027-06-30"),
    SUPERTOKENS_JWKS_URL: z.url().optional(),
    SUPERTOKENS_JWT_ISSUER: z.string().min(1).optional(),
    LEGACY_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    BILLING_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
    BILLING_API_KEY: z.string().min(1).optional(),
    BILLING_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    ADMIN_ACCESS_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
    ADMIN_ACCESS_AUDIENCE: list,
    ADMIN_ACCESS_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
    ADMIN_ACCESS_ALLOWED_EMAILS: list.pipe(z.array(z.email())),
    ADMIN_ACCESS_ALLOWED_GROUPS: list,
    ADMIN_ACCESS_GROUPS_CLAIM: z
      .string()
      .regex(/^[A-Za-z0-9_.:/-]{1,100}$/)
      .default("groups"),
    ADMIN_ACCESS_JWKS_COOLDOWN_SECONDS: seconds(30, 0, 3600),
    SERVICE_AUTH_SECRETS: list.pipe(
      z
        .array(
          z.string().min(SERVICE_SECRET_MIN, `each secret must be at least ${SERVICE_SECRET_MIN} characters`),
        )
        .max(4, "at most 4 secrets (the current one and those being rotated out)"),
    ),
    SUPER_ADMIN_EMAILS: list.pipe(z.array(z.email())),
    WEBHOOK_URLS: list.pipe(
      z
        .array(z.url({ protocol: /^https?$/, error: "must list http:// or https:// URLs, comma-separated" }))
        .max(10, "at most 10 destinations"),
    ),
    // Standard Webhooks secret form: whsec_ + base64 of 24 to 64 random bytes (openssl rand -base64 32).
    WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/, "must be whsec_ followed by base64 of 24 to 64 bytes")
      .optional(),
    WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(5_000),
    WEBHOOK_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === undefined && !isLoopback(env.HOST)) {
      ctx.addIssue({
        code: "custom",
        path: ["NODE_ENV"],
        message: `must be set (production, or development) when HOST is not a loopback address, as ${JSON.stringify(env.HOST)} is`,
      });
    }
    if (env.NODE_ENV === "production" && env.COOKIE_SECURE === "false") {
      ctx.addIssue({ code: "custom", path: ["COOKIE_SECURE"], message: "cannot be false in production" });
    }
    if (env.NODE_ENV === "production" && env.OTP_TEST_MODE) {
      ctx.addIssue({ code: "custom", path: ["OTP_TEST_MODE"], message: "cannot be on in production" });
    }
    if (!!env.SUPERTOKENS_JWKS_URL !== !!env.SUPERTOKENS_JWT_ISSUER) {
      ctx.addIssue({
        code: "custom",
        path: [env.SUPERTOKENS_JWKS_URL ? "SUPERTOKENS_JWT_ISSUER" : "SUPERTOKENS_JWKS_URL"],
        message: "SUPERTOKENS_JWKS_URL and SUPERTOKENS_JWT_ISSUER go together",
      });
    }
    const adminAccess = [
      ["ADMIN_ACCESS_JWKS_URL", !!env.ADMIN_ACCESS_JWKS_URL],
      ["ADMIN_ACCESS_AUDIENCE", env.ADMIN_ACCESS_AUDIENCE.length > 0],
      ["ADMIN_ACCESS_ISSUER", !!env.ADMIN_ACCESS_ISSUER],
    ] as const;
    const missing = adminAccess.find(([, set]) => !set);
    if (adminAccess.some(([, set]) => set) && missing) {
      ctx.addIssue({
        code: "custom",
        path: [missing[0]],
        message: "ADMIN_ACCESS_JWKS_URL, ADMIN_ACCESS_AUDIENCE and ADMIN_ACCESS_ISSUER go together",
      });
    }
    if (
      env.ADMIN_ACCESS_JWKS_URL &&
      env.ADMIN_ACCESS_ALLOWED_EMAILS.length === 0 &&
      env.ADMIN_ACCESS_ALLOWED_GROUPS.length === 0
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["ADMIN_ACCESS_ALLOWED_EMAILS"],
        message:
          "admin access needs ADMIN_ACCESS_ALLOWED_EMAILS or ADMIN_ACCESS_ALLOWED_GROUPS (nobody would be let in)",
      });
    }
    if (env.NODE_ENV === "production" && env.ADMIN_ACCESS_JWKS_URL?.startsWith("http://")) {
      ctx.addIssue({
        code: "custom",
        path: ["ADMIN_ACCESS_JWKS_URL"],
        message: "must be https in production",
      });
    }
    if (new Set(env.SERVICE_AUTH_SECRETS).size !== env.SERVICE_AUTH_SECRETS.length) {
      ctx.addIssue({ code: "custom", path: ["SERVICE_AUTH_SECRETS"], message: "lists one secret twice" });
    }
    if (env.WEBHOOK_URLS.length > 0 && !env.WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["WEBHOOK_SECRET"],
        message: "is required when WEBHOOK_URLS is set",
      });
    }
    if (new Set(env.WEBHOOK_URLS).size !== env.WEBHOOK_URLS.length) {
      ctx.addIssue({ code: "custom", path: ["WEBHOOK_URLS"], message: "lists one URL twice" });
    }
    if (env.RATE_LIMIT_STORE === "redis" && !env.REDIS_URL) {
      ctx.addIssue({ code: "custom", path: ["RATE_LIMIT_STORE"], message: "redis needs REDIS_URL" });
    }
    if (env.RATE_LIMIT_STORE === "postgres" && !env.DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["RATE_LIMIT_STORE"], message: "postgres needs DATABASE_URL" });
    }
  });

export interface Config {
  env: "development" | "production" | "test";
  host: string;
  port: number;
  publicUrl: string;
  issuer: string;
  audience: string;
  databaseUrl: string | undefined;
  dataDir: string;
  signingAlg: "ES256" | "PS256" | "EdDSA";
  /** Encrypts private signing keys at rest (JWE dir + A256GCM); unset stores them as plain JWK. */
  keyEncryptionKey: Uint8Array | undefined;
  keyRotationMs: number;
  accessTokenTtlSeconds: number;
  sessionTtlSeconds: number;
  /** Absolute lifetime of a support session (POST /admin/impersonations). */
  impersonationTtlSeconds: number;
  refreshReuseGraceSeconds: number;
  cookieSecure: boolean;
  /**
   * Origins allowed to call with cookies (CORS with credentials, CSRF origin check): PUBLIC_URL's,
   * CORS_ORIGINS, and outside production the loopback spellings of the listening address.
   */
  allowedOrigins: string[];
  logLevel: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Base URL of the links in emails (the frontend that handles them). */
  appUrl: string;
  /** Development only: log codes and return them in API responses. */
  otpTestMode: boolean;
  requireEmailVerification: boolean;
  linkTtlSeconds: number;
  redisUrl: string | undefined;
  rateLimitStore: "memory" | "postgres" | "redis";
  /** Number of trusted reverse proxies in front of the server (0: use the socket address). */
  trustProxy: number;
  ssoProviders: SsoProviderConfig[];
  ssoJwksCooldownMs: number;
  deprecatedSince: Date;
  sunset: Date;
  /** An external SuperTokens deployment whose access tokens SuperTokensAuth also accepts. */
  superTokensIssuer: { jwksUrl: string; issuer: string } | undefined;
  /** Absolute lifetime of a legacy v1 token from its issue. */
  legacyTokenTtlMs: number;
  billing: { baseUrl: string | undefined; apiKey: string | undefined; timeoutMs: number };
  /** Cloudflare Access (AdminAccessAuth) for /admin/*; undefined: the scheme refuses every request. */
  adminAccess: AdminAccessConfig | undefined;
  /** ServiceAuth secrets (several while one is rotated); empty: the scheme refuses every request. */
  serviceAuthSecrets: string[];
  /** At start-up, existing users with these emails (any tenant) become super-admins. */
  superAdminEmails: string[];
  webhooks: WebhookConfig;
}

/** Where domain events are delivered (none: events are kept for realtime only, and purged). */
export interface WebhookConfig {
  urls: string[];
  /** `whsec_…` (Standard Webhooks); set whenever `urls` is not empty. */
  secret: string | undefined;
  maxAttempts: number;
  timeoutMs: number;
  retentionMs: number;
}

export interface AdminAccessConfig {
  jwksUrl: string;
  audience: string[];
  issuer: string;
  /** Lower-cased. */
  allowedEmails: string[];
  allowedGroups: string[];
  /** The claim holding the user's groups (an array of strings). */
  groupsClaim: string;
  jwksCooldownMs: number;
}

export interface SsoProviderConfig {
  id: string;
  issuer: string | string[];
  jwksUrl: string;
  audience: string[];
  /** How the token carries the nonce: not at all, as sent, or as its SHA-256 (Apple, Google one-tap). */
  nonce: "none" | "raw" | "sha256";
}

// Built-in providers; SSO_OIDC_PROVIDERS entries with the same id override them (tests point them at local JWKS).
const BUILT_IN_SSO = {
  google: {
    issuer: ["https://accounts.google.com", "accounts.google.com"],
    jwksUrl: "https://www.googleapis.com/oauth2/v3/certs",
    nonce: "raw",
  },
  apple: {
    issuer: "https://appleid.apple.com",
    jwksUrl: "https://appleid.apple.com/auth/keys",
    nonce: "sha256",
  },
  facebook: {
    issuer: "https://www.facebook.com",
    jwksUrl: "https://limited.facebook.com/.well-known/oauth/openid/jwks/",
    nonce: "raw",
  },
} as const;

// Variables whose value is or may contain a credential.
const SECRET = /KEY|SECRET|PASSWORD|TOKEN|^(DATABASE|REDIS|SMTP)_URL$|^WEBHOOK_URLS$/;

// The shape of each JSON variable (none holds a secret), appended to an error inside one so the fix
// is in the same line.
const JSON_SHAPES: Record<string, string> = {
  SSO_OIDC_PROVIDERS:
    'each provider is {"id", "issuer", "jwksUrl", "audience" (a string or an array), "nonce"?: "none" | "raw" | "sha256"}',
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses the environment; throws ConfigError whose message is one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable (FOO= in a .env file or a compose file) means "not set".
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "environment");
    const value = env[name];
    const inner = issue?.path.slice(1) ?? [];
    if (inner.length > 0 && value !== undefined && JSON_SHAPES[name]) {
      // Inside a JSON variable (SSO_OIDC_PROVIDERS): name the field, e.g. SSO_OIDC_PROVIDERS[0].issuer.
      const field = valueAt(JSON.parse(value), inner);
      const problem =
        issue?.code === "invalid_type" && field === undefined
          ? "is required"
          : (issue?.message ?? "is invalid");
      throw new ConfigError(
        `config: ${name}${fieldPath(inner)} ${problem} (got ${field === undefined ? "unset" : JSON.stringify(field)}); ${JSON_SHAPES[name]}`,
      );
    }
    // A secret is never echoed, not even a malformed one: it may be a real secret pasted into the wrong variable.
    const got =
      value === undefined
        ? "unset"
        : SECRET.test(name)
          ? `${value.length} characters`
          : JSON.stringify(value);
    throw new ConfigError(`config: ${name} ${issue?.message ?? "is invalid"} (got ${got})`);
  }
  const e = parsed.data;
  const mode = e.NODE_ENV ?? "development";
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
  const plainHttp = publicUrl.startsWith("http://");
  // Secure cookies are dropped by browsers on plain http; only development on http may go without.
  const cookieSecure =
    e.COOKIE_SECURE === "auto" ? !(plainHttp && mode !== "production") : e.COOKIE_SECURE === "true";
  return {
    env: mode,
    host: e.HOST,
    port: e.PORT,
    publicUrl,
    issuer: publicUrl,
    audience: e.JWT_AUDIENCE,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    signingAlg: e.SIGNING_ALG,
    keyEncryptionKey: e.KEY_ENCRYPTION_KEY ? new Uint8Array(e.KEY_ENCRYPTION_KEY) : undefined,
    keyRotationMs: e.KEY_ROTATION_DAYS * 86_400_000,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    sessionTtlSeconds: e.SESSION_TTL_SECONDS,
    impersonationTtlSeconds: e.IMPERSONATION_TTL_SECONDS,
    refreshReuseGraceSeconds: e.REFRESH_REUSE_GRACE_SECONDS,
    cookieSecure,
    allowedOrigins: [
      ...new Set([
        new URL(publicUrl).origin,
        ...e.CORS_ORIGINS.map((o) => new URL(o).origin),
        ...(mode === "production" ? [] : listeningOrigins(e.HOST, e.PORT)),
      ]),
    ],
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    appUrl: (e.APP_URL ?? publicUrl).replace(/\/$/, ""),
    otpTestMode: e.OTP_TEST_MODE,
    requireEmailVerification: e.REQUIRE_EMAIL_VERIFICATION,
    linkTtlSeconds: e.LINK_TTL_SECONDS,
    redisUrl: e.REDIS_URL,
    rateLimitStore:
      e.RATE_LIMIT_STORE !== "auto"
        ? e.RATE_LIMIT_STORE
        : e.REDIS_URL
          ? "redis"
          : e.DATABASE_URL
            ? "postgres"
            : "memory",
    trustProxy: e.TRUST_PROXY,
    ssoProviders: ssoProviders(e),
    ssoJwksCooldownMs: e.SSO_JWKS_COOLDOWN_SECONDS * 1000,
    deprecatedSince: new Date(`${e.DEPRECATED_SINCE}T00:00:00Z`),
    sunset: new Date(`${e.SUNSET_DATE}T00:00:00Z`),
    superTokensIssuer:
      e.SUPERTOKENS_JWKS_URL && e.SUPERTOKENS_JWT_ISSUER
        ? { jwksUrl: e.SUPERTOKENS_JWKS_URL, issuer: e.SUPERTOKENS_JWT_ISSUER }
        : undefined,
    legacyTokenTtlMs: e.LEGACY_TOKEN_TTL_DAYS * 86_400_000,
    billing: {
      baseUrl: e.BILLING_BASE_URL?.replace(/\/$/, ""),
      apiKey: e.BILLING_API_KEY,
      timeoutMs: e.BILLING_TIMEOUT_MS,
    },
    adminAccess:
      e.ADMIN_ACCESS_JWKS_URL && e.ADMIN_ACCESS_ISSUER
        ? {
            jwksUrl: e.ADMIN_ACCESS_JWKS_URL,
            audience: e.ADMIN_ACCESS_AUDIENCE,
            issuer: e.ADMIN_ACCESS_ISSUER,
            allowedEmails: e.ADMIN_ACCESS_ALLOWED_EMAILS.map((m) => m.toLowerCase()),
            allowedGroups: e.ADMIN_ACCESS_ALLOWED_GROUPS,
            groupsClaim: e.ADMIN_ACCESS_GROUPS_CLAIM,
            jwksCooldownMs: e.ADMIN_ACCESS_JWKS_COOLDOWN_SECONDS * 1000,
          }
        : undefined,
    serviceAuthSecrets: e.SERVICE_AUTH_SECRETS,
    superAdminEmails: e.SUPER_ADMIN_EMAILS.map((m) => m.toLowerCase()),
    webhooks: {
      urls: e.WEBHOOK_URLS,
      secret: e.WEBHOOK_SECRET,
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      retentionMs: e.WEBHOOK_RETENTION_DAYS * 86_400_000,
    },
  };
}

/** `[0].issuer` for the path ["0", "issuer"] inside a JSON variable. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`)).join("");
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const k of path)
    v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** Whether HOST only accepts connections from this machine. */
function isLoopback(host: string): boolean {
  const h = host.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  if (h === "localhost" || h === "::1") return true;
  if (isIP(h) === 4) return h.startsWith("127.");
  return h === "::ffff:127.0.0.1";
}

/**
 * The origins a developer's browser uses for this server: the address it prints
 * (`http://HOST:PORT`), or on a loopback or wildcard HOST each loopback spelling of it, so
 * http://127.0.0.1:3000/docs and http://localhost:3000/docs both work. PORT 0 has none yet.
 */
function listeningOrigins(host: string, port: number): string[] {
  if (port === 0) return [];
  const h = host.replace(/^\[(.*)\]$/, "$1");
  if (isLoopback(h) || h === "0.0.0.0" || h === "::") {
    return ["localhost", "127.0.0.1", "[::1]"].map((name) => `http://${name}:${port}`);
  }
  return [new URL(`http://${isIP(h) === 6 ? `[${h}]` : h}:${port}`).origin];
}

function ssoProviders(e: z.infer<typeof schema>): SsoProviderConfig[] {
  const providers = new Map<string, SsoProviderConfig>();
  const builtIn: Array<[keyof typeof BUILT_IN_SSO, string | undefined]> = [
    ["google", e.SSO_GOOGLE_CLIENT_ID],
    ["apple", e.SSO_APPLE_CLIENT_ID],
    ["facebook", e.SSO_FACEBOOK_APP_ID],
  ];
  for (const [id, clientId] of builtIn) {
    if (!clientId) continue;
    const p = BUILT_IN_SSO[id];
    providers.set(id, {
      id,
      issuer: [...[p.issuer].flat()],
      jwksUrl: p.jwksUrl,
      audience: [clientId],
      nonce: p.nonce,
    });
  }
  for (const p of e.SSO_OIDC_PROVIDERS) {
    providers.set(p.id, { ...p, audience: [p.audience].flat() });
  }
  return [...providers.values()];
}
