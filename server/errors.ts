// The one error class and code table; app.onError is the only place that turns it into a response.

import type { z } from "@hono/zod-openapi";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type {
  ErrorBody,
  ErrorCode as ErrorCodeSchema,
  FieldError as FieldErrorSchema,
} from "./contract/routes.gen.js";

export type ErrorCode = z.infer<typeof ErrorCodeSchema>;
export type FieldError = z.infer<typeof FieldErrorSchema>;

export const STATUS_BY_CODE: Record<ErrorCode, ContentfulStatusCode> = {
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_UNAUTHENTICATED: 401,
  AUTH_SESSION_EXPIRED: 401,
  AUTH_SESSION_REVOKED: 401,
  AUTH_EMAIL_EXISTS: 409,
  AUTH_INSUFFICIENT_PERMISSIONS: 403,
  AUTH_TENANT_ACCESS_DENIED: 403,
  AUTH_IMPERSONATION_FORBIDDEN: 403,
  AUTH_REGISTRATION_CLOSED: 403,
  AUTH_EMAIL_NOT_VERIFIED: 403,
  AUTH_RATE_LIMIT_EXCEEDED: 429,
  AUTH_CODE_INVALID: 400,
  AUTH_PASSWORD_TOO_WEAK: 400,
  AUTH_REAUTHENTICATION_REQUIRED: 403,
  AUTH_SSO_TOKEN_INVALID: 401,
  API_KEY_SCOPE_EXCEEDED: 400,
  API_KEY_LIMIT_REACHED: 409,
  CONFLICT: 409,
  TENANT_LAST_ADMIN: 409,
  UPSTREAM_FAILED: 502,
  VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  AUTH_INVALID_CREDENTIALS: "Email or password is incorrect.",
  AUTH_UNAUTHENTICATED: "Authentication required.",
  AUTH_SESSION_EXPIRED: "The access token has expired; refresh the session.",
  AUTH_SESSION_REVOKED: "The session has been revoked; sign in again.",
  AUTH_EMAIL_EXISTS: "An account with this email already exists.",
  AUTH_INSUFFICIENT_PERMISSIONS: "You do not have permission to do this.",
  AUTH_TENANT_ACCESS_DENIED: "You do not have access to this tenant.",
  AUTH_IMPERSONATION_FORBIDDEN: "Only the account's owner may do this; a support session may not.",
  AUTH_REGISTRATION_CLOSED: "This tenant does not accept sign-ups; ask for an invitation.",
  AUTH_EMAIL_NOT_VERIFIED: "Verify your email address first.",
  AUTH_RATE_LIMIT_EXCEEDED: "Too many attempts; try again later.",
  AUTH_CODE_INVALID: "The code or link is invalid or has expired.",
  AUTH_PASSWORD_TOO_WEAK: "This password is too common; choose another.",
  AUTH_REAUTHENTICATION_REQUIRED: "Confirm your password to do this.",
  AUTH_SSO_TOKEN_INVALID: "The identity provider's token was not accepted.",
  API_KEY_SCOPE_EXCEEDED: "An API key cannot have permissions you do not hold in this tenant.",
  API_KEY_LIMIT_REACHED: "You have reached the maximum number of API keys; revoke one first.",
  CONFLICT: "This conflicts with existing data.",
  TENANT_LAST_ADMIN: "A tenant must keep at least one active admin; make another member an admin first.",
  UPSTREAM_FAILED: "An upstream service failed; nothing was changed.",
  VALIDATION_FAILED: "The request is invalid.",
  NOT_FOUND: "Not found.",
  SERVICE_UNAVAILABLE: "The service is temporarily unavailable.",
  INTERNAL_SERVER_ERROR: "Something went wrong.",
};

/**
 * Why an error happened, in a form code can switch on (never match `message`, which is prose for people).
 * Only set where a caller branches on it.
 */
export type ErrorReason =
  /** A rotated refresh token was presented again outside the grace window: the session was revoked. */
  | "refresh_token_reused"
  /** The identity provider's token carried no email address Gatehouse can use (none, or an invalid one). */
  | "sso_email_unusable"
  /** Email and password do not match an account. */
  | "invalid_credentials"
  /** The account is disabled by an operator: it cannot sign in by any path (answered like wrong credentials). */
  | "account_disabled";

export interface AppErrorOptions {
  message?: string;
  fields?: FieldError[];
  headers?: Record<string, string>;
  /** For the log only; never sent to the client. */
  cause?: unknown;
  reason?: ErrorReason;
  /** AUTH_INSUFFICIENT_PERMISSIONS: the permissions the caller lacks (sent as `error.missingPermissions`). */
  missingPermissions?: readonly string[];
}

export class AppError extends Error {
  readonly status: ContentfulStatusCode;
  readonly fields: FieldError[] | undefined;
  readonly headers: Record<string, string>;
  readonly reason: ErrorReason | undefined;
  readonly missingPermissions: readonly string[] | undefined;

  constructor(
    readonly code: ErrorCode,
    options: AppErrorOptions = {},
  ) {
    // A refusal (4xx) is expected control flow, answered and logged without a stack: capturing one cost
    // more than the rest of a refused request's work. Server errors (5xx) keep theirs for the log.
    const stackLimit = Error.stackTraceLimit;
    if (STATUS_BY_CODE[code] < 500) Error.stackTraceLimit = 0;
    super(options.message ?? DEFAULT_MESSAGE[code], { cause: options.cause });
    Error.stackTraceLimit = stackLimit;
    this.name = "AppError";
    this.status = STATUS_BY_CODE[code];
    this.fields = options.fields;
    this.headers = options.headers ?? {};
    this.reason = options.reason;
    this.missingPermissions = options.missingPermissions;
  }

  body(requestId: string): z.infer<typeof ErrorBody> {
    return {
      error: {
        code: this.code,
        message: this.message,
        requestId,
        ...(this.fields ? { fields: this.fields } : {}),
        ...(this.missingPermissions ? { missingPermissions: [...this.missingPermissions] } : {}),
      },
    };
  }
}
