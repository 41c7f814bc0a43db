// Configuration from the environment, validated once at start; a bad value names itself in one line.
import { z } from "zod";

const seconds = (def: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def);

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
      .optional(),
    DATA_DIR: z.string().min(1).default(".data/pglite"),
    JWT_AUDIENCE: z.string().min(1).default("gatehouse"),
    SIGNING_ALG: z.enum(["ES256", "RS256", "EdDSA"]).default("ES256"),
    KEY_ROTATION_DAYS: z.coerce.number().positive().max(365).default(30),
    ACCESS_TOKEN_TTL_SECONDS: seconds(900, 30, 86_400),
    SESSION_TTL_SECONDS: seconds(7 * 86_400, 300, 365 * 86_400),
    REFRESH_REUSE_GRACE_SECONDS: seconds(10, 0, 60),
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
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && env.COOKIE_SECURE === "false") {
      ctx.addIssue({ code: "custom", path: ["COOKIE_SECURE"], message: "cannot be false in production" });
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
  signingAlg: "ES256" | "RS256" | "EdDSA";
  keyRotationMs: number;
  accessTokenTtlSeconds: number;
  sessionTtlSeconds: number;
  refreshReuseGraceSeconds: number;
  cookieSecure: boolean;
  /** Origins allowed to call with cookies (CORS with credentials, CSRF origin check). */
  allowedOrigins: string[];
  logLevel: string;
}

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
    const got = env[name] === undefined ? "unset" : JSON.stringify(env[name]);
    throw new ConfigError(`config: ${name} ${issue?.message ?? "is invalid"} (got ${got})`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
  const plainHttp = publicUrl.startsWith("http://");
  // Secure cookies are dropped by browsers on plain http; only development on http may go without.
  const cookieSecure =
    e.COOKIE_SECURE === "auto" ? !(plainHttp && e.NODE_ENV !== "production") : e.COOKIE_SECURE === "true";
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl,
    issuer: publicUrl,
    audience: e.JWT_AUDIENCE,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    signingAlg: e.SIGNING_ALG,
    keyRotationMs: e.KEY_ROTATION_DAYS * 86_400_000,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    sessionTtlSeconds: e.SESSION_TTL_SECONDS,
    refreshReuseGraceSeconds: e.REFRESH_REUSE_GRACE_SECONDS,
    cookieSecure,
    allowedOrigins: [
      ...new Set([new URL(publicUrl).origin, ...e.CORS_ORIGINS.map((o) => new URL(o).origin)]),
    ],
    logLevel: e.LOG_LEVEL,
  };
}
