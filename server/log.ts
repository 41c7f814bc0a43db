// Structured logging (pino) that never writes a password, token, cookie or key.
import { type Logger, pino } from "pino";

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
  "*.privateKey",
  "*.private_jwk",
  "*.d",
];

export function createLogger(options: { level: string; destination?: pino.DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      base: { service: "gatehouse" },
    },
    options.destination,
  );
}
