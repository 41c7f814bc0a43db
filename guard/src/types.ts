// The shapes the guard works with: the authenticated context, the request it reads, the options it takes.

/** Who a request is from, as every adapter hands it to your handlers. */
export interface AuthContext {
  /** `user`: a Gatehouse session's access token; `apiKey`: a user's `gh_sk_…` key; `service`: X-Service-Auth; `anonymous`: none. */
  kind: "user" | "service" | "apiKey" | "anonymous";
  userId: string | null;
  /** The Gatehouse session (`sid`); null for API keys, services and anonymous requests. */
  sessionId: string | null;
  /** The active tenant (`tid`), or the API key's tenant. */
  tenantId: string | null;
  roles: readonly string[];
  /** The permissions the roles grant in the tenant (an API key: its scopes the user still holds). */
  perms: readonly string[];
  emailVerified: boolean;
  /** A support session an operator started as this user (RFC 8693 `act`): the operator's user id. */
  actor?: { sub: string };
  /** The API key's id, for `kind: "apiKey"`. */
  apiKeyId?: string;
  /** True when the development bypass made this context (never in production). */
  devBypass?: true;
}

/** The claims of a Gatehouse access token, as verified. */
export interface AccessTokenClaims {
  sub: string;
  sid: string;
  tid: string;
  roles: string[];
  perms: string[];
  ev: boolean;
  act?: { sub: string };
  jti: string;
  iat: number;
  exp: number;
  iss: string;
  aud: string | string[];
}

/** Request headers as Fetch (`Headers`) or Node (`IncomingHttpHeaders`) present them. */
export type HeadersLike = Headers | Record<string, string | string[] | undefined>;

/** What `verifyRequest` reads: the headers, and the socket's peer address (for the development bypass only). */
export interface GuardRequest {
  headers: HeadersLike;
  /** The TCP peer's address (not X-Forwarded-For). Unknown: not loopback. */
  remoteAddress?: string | undefined;
}

/** Where the guard writes warnings (each development-bypass use, feed failures); `console` by default. */
export interface GuardLogger {
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}
