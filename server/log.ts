// Structured logging (pino) that never writes a password, token, cookie, key or a query's parameters.
import { type Logger, pino } from "pino";
import { isDatabaseError, loggableDatabaseError } from "./store/errors.js";

export type { Logger };

export const REDACT_PATHS = [
  "password",
  "*.password",
  "newPassword",
  "*.newPassword",
  "currentPassword",
  "*.currentPassword",
  "token",
  "*.token",
  "accessToken",
  "*.accessToken",
  "refreshToken",
  "*.refreshToken",
  "*.authorization",
  "*.cookie",
  '*["set-cookie"]',
  '*["x-service-auth"]',
  '*["cf-access-jwt-assertion"]',
  "serviceAuthSecrets",
  "*.serviceAuthSecrets",
  "*.privateKey",
  "*.private_jwk",
  "*.d",
];

/**
 * pino's error serializer, except that database errors (anywhere in the cause chain) are reduced to
 * SQLSTATE and message: PGlite attaches the bound parameters, which are user input, to its errors.
 */
export function serializeError(err: unknown): unknown {
  if (isDatabaseError(err)) return loggableDatabaseError(err);
  const out = pino.stdSerializers.err(err as Error) as unknown;
  let cause: unknown = (err as { cause?: unknown } | undefined)?.cause;
  for (let depth = 0; cause && depth < 5; depth++) {
    if (isDatabaseError(cause)) {
      // pino folds the causes' messages and stacks into the outer ones; keep the outer error's own.
      const e = err as Error;
      return { ...(out as object), message: e.message, stack: e.stack, cause: serializeError(e.cause) };
    }
    cause = (cause as { cause?: unknown }).cause;
  }
  return out;
}

export function createLogger(options: { level: string; destination?: pino.DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      serializers: { err: serializeError },
      base: { service: "gatehouse" },
    },
    // Standard output, written asynchronously in batches of 4 KiB (one write per ~20 request lines,
    // not one blocking write each), and at least every half second; pino flushes it when the process exits.
    options.destination ?? pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 500 }),
  );
}
