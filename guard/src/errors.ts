// GuardError: every refusal the guard answers, with a stable `code` from Gatehouse's error table and its status.

/** The Gatehouse error codes a guard answers with. */
export type GuardErrorCode =
  | "AUTH_UNAUTHENTICATED"
  | "AUTH_SESSION_EXPIRED"
  | "AUTH_SESSION_REVOKED"
  | "AUTH_INSUFFICIENT_PERMISSIONS"
  | "AUTH_TENANT_ACCESS_DENIED"
  | "SERVICE_UNAVAILABLE";

const STATUS: Record<GuardErrorCode, 401 | 403 | 503> = {
  AUTH_UNAUTHENTICATED: 401,
  AUTH_SESSION_EXPIRED: 401,
  AUTH_SESSION_REVOKED: 401,
  AUTH_INSUFFICIENT_PERMISSIONS: 403,
  AUTH_TENANT_ACCESS_DENIED: 403,
  SERVICE_UNAVAILABLE: 503,
};

const MESSAGE: Record<GuardErrorCode, string> = {
  AUTH_UNAUTHENTICATED: "Authentication required.",
  AUTH_SESSION_EXPIRED: "The session's access token has expired; refresh it.",
  AUTH_SESSION_REVOKED: "The session has been revoked.",
  AUTH_INSUFFICIENT_PERMISSIONS: "You do not have permission to do this.",
  AUTH_TENANT_ACCESS_DENIED: "The active tenant does not match the requested one.",
  SERVICE_UNAVAILABLE: "Gatehouse could not be reached to check the credential.",
};

/**
 * Why a credential was refused, for logs and tests (never sent to the client): the caller sees one
 * uniform 401 whatever the cause, as Gatehouse answers.
 */
export type GuardErrorReason =
  | "missing"
  | "malformed"
  | "mixed_credentials"
  | "embedded_key"
  | "signature"
  | "claims"
  | "expired"
  | "revoked"
  | "unknown_api_key"
  | "wrong_service_secret"
  | "permission"
  | "role"
  | "tenant"
  | "upstream";

export interface GuardErrorOptions {
  reason: GuardErrorReason;
  message?: string;
  /** For AUTH_INSUFFICIENT_PERMISSIONS: the permissions the route needs that the caller lacks. */
  missingPermissions?: readonly string[];
  cause?: unknown;
}

/** A refusal. Never carries the credential itself. */
export class GuardError extends Error {
  readonly code: GuardErrorCode;
  readonly status: 401 | 403 | 503;
  readonly reason: GuardErrorReason;
  readonly missingPermissions: readonly string[] | undefined;

  constructor(code: GuardErrorCode, options: GuardErrorOptions) {
    super(
      options.message ?? MESSAGE[code],
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = "GuardError";
    this.code = code;
    this.status = STATUS[code];
    this.reason = options.reason;
    this.missingPermissions = options.missingPermissions;
  }

  /** Gatehouse's error envelope: `{ error: { code, message, requestId } }`. */
  body(requestId: string): {
    error: { code: GuardErrorCode; message: string; requestId: string; missingPermissions?: string[] };
  } {
    return {
      error: {
        code: this.code,
        message: this.message,
        requestId,
        ...(this.missingPermissions ? { missingPermissions: [...this.missingPermissions] } : {}),
      },
    };
  }

  /** Response headers: a `WWW-Authenticate` challenge on 401s, `Cache-Control: no-store` always. */
  headers(): Record<string, string> {
    const h: Record<string, string> = { "cache-control": "no-store" };
    if (this.status === 401) {
      const error =
        this.reason === "missing"
          ? "missing_token"
          : this.code === "AUTH_SESSION_EXPIRED"
            ? "expired_token"
            : "invalid_token";
      h["www-authenticate"] = `Bearer realm="gatehouse", error="${error}"`;
    }
    if (this.status === 503) h["retry-after"] = "5";
    return h;
  }
}
