// Turns every failure into the contract's error envelope; the only place that does.
import type { Hook } from "@hono/zod-openapi";
import type { Context, ErrorHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../context.js";
import { MAX_BODY_BYTES } from "../contract/mount.js";
import { AppError, type ErrorCode } from "../errors.js";
import type { Logger } from "../log.js";
import { isDataException } from "../store/errors.js";
import { defaultHeader } from "./headers.js";

const TARGET: Record<string, string> = {
  json: "body",
  param: "path",
  query: "query",
  header: "header",
  cookie: "cookie",
};

/** @hono/zod-openapi's validation hook: a failed request becomes VALIDATION_FAILED with field paths. */
// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by every route's input types.
export const validationHook: Hook<any, AppEnv, any, any> = (result) => {
  if (result.success) return;
  const where = TARGET[result.target] ?? result.target;
  const fields = result.error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  throw new AppError("VALIDATION_FAILED", { fields });
};

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: "VALIDATION_FAILED",
  401: "AUTH_UNAUTHENTICATED",
  403: "AUTH_INSUFFICIENT_PERMISSIONS",
  404: "NOT_FOUND",
};

export function errorHandler(logger: Logger): ErrorHandler<AppEnv> {
  return (err, c) => {
    const appError = toAppError(err);
    const requestId = c.get("requestId") ?? "unknown";
    if (appError.status >= 500) {
      const what = appError.code === "SERVICE_UNAVAILABLE" ? "dependency unavailable" : "unhandled error";
      logger.error({ requestId, err: appError.cause ?? err }, what);
    } else if (appError.cause) {
      logger.warn({ requestId, code: appError.code, err: appError.cause }, appError.message);
    }
    // As defaults, so that the answer stays a plain one (one Content-Type) on the hot 401 path.
    for (const [name, value] of Object.entries(appError.headers)) defaultHeader(c, name, value);
    if (c.var.errorStyle === "fdi") return c.json(fdiBody(appError), appError.status);
    return c.json(appError.body(requestId), appError.status);
  };
}

/**
 * The SuperTokens FDI shape of an error on the deprecated /auth/* routes: `{ "message" }`; 401s use the
 * FDI's fixed session messages, and an unverified email is SuperTokens' failed `st-ev` claim.
 */
function fdiBody(err: AppError): { message: string; claimValidationErrors?: unknown[] } {
  if (err.code === "AUTH_EMAIL_NOT_VERIFIED") {
    return {
      message: "invalid claim",
      claimValidationErrors: [
        { id: "st-ev", reason: { message: "wrong value", expectedValue: true, actualValue: false } },
      ],
    };
  }
  if (err.status === 401) {
    if (err.reason === "refresh_token_reused") return { message: "token theft detected" };
    return { message: err.code === "AUTH_SESSION_EXPIRED" ? "try refresh token" : "unauthorised" };
  }
  return { message: err.message };
}

export function notFound(c: Context<AppEnv>) {
  const e = new AppError("NOT_FOUND", { message: `No route for ${c.req.method} ${c.req.path}.` });
  return c.json(e.body(c.get("requestId") ?? "unknown"), 404);
}

// Connection-level failures of node-postgres (socket errors and PostgreSQL's class 08/57 codes).
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "53300", // too_many_connections
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);
const UNREACHABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection refused/i;

/** Whether an error (or one of its causes) says the database cannot be reached right now. */
export function isDatabaseUnreachable(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && UNREACHABLE_CODES.has(code)) return true;
    if (typeof message === "string" && UNREACHABLE_MESSAGES.test(message)) return true;
    if (e instanceof AggregateError && e.errors.some(isDatabaseUnreachable)) return true;
    e = cause;
  }
  return false;
}

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (isDatabaseUnreachable(err)) {
    return new AppError("SERVICE_UNAVAILABLE", {
      message: "The service is temporarily unavailable; try again shortly.",
      headers: { "Retry-After": "5" },
      cause: err,
    });
  }
  // A value PostgreSQL refuses (SQLSTATE class 22: a NUL byte, a string too long for its column…) is
  // input the contract should have refused: the client's error, never a 500. The log keeps the SQLSTATE.
  if (isDataException(err)) {
    return new AppError("VALIDATION_FAILED", {
      message: "The request contains a value that cannot be stored.",
      cause: err,
    });
  }
  if (err instanceof HTTPException) {
    const code = CODE_BY_STATUS[err.status];
    if (code === "VALIDATION_FAILED") return new AppError(code, { message: err.message || undefined });
    // An oversized body (hono's body limit) and a body that is not JSON (zod-openapi's media-type
    // gate) get the contract's one validation status, 400, naming what to fix.
    if (err.status === 413) {
      return new AppError("VALIDATION_FAILED", {
        message: "The request body is too large.",
        fields: [{ path: "body", message: `must be at most ${MAX_BODY_BYTES / 1024} KiB` }],
      });
    }
    if (err.status === 415) {
      return new AppError("VALIDATION_FAILED", {
        message: "Send the request body as application/json.",
        fields: [{ path: "header.content-type", message: "must be application/json" }],
      });
    }
    if (code) return new AppError(code);
  }
  return new AppError("INTERNAL_SERVER_ERROR", { cause: err });
}
