// BackendSessionAuth: the `backend_session` cookie carries an access JWT of a live session.
import type { Context } from "hono";
import type { AuthContext } from "../context.js";
import { AppError } from "../errors.js";
import { isApiKeyShaped } from "../services/api-keys.js";
import { AccessTokenError, type AccessTokens } from "../tokens/access.js";
import type { RevocationList } from "../tokens/revocations.js";
import { cookieValue } from "./cookie-value.js";

export const SESSION_COOKIE = "backend_session";

type AccessClaims = Awaited<ReturnType<AccessTokens["verify"]>>;

export interface SessionTokenDeps {
  access: AccessTokens;
  revocations: RevocationList;
}

/**
 * The checks every presentation of a Gatehouse access token shares (cookie or bearer): signature, audience
 * (a SuperTokens-profile token is refused), lifetime and revocation. `challenge` builds the scheme's own
 * `WWW-Authenticate` header; `scheme` is what handlers see in `c.var.auth.scheme`. An API key is refused by its
 * prefix, before any parsing: a session scheme never accepts one, even on a route that also lists ApiKeyAuth.
 */
export async function verifySessionToken(
  deps: SessionTokenDeps,
  token: string,
  scheme: string,
  challenge: (error: string) => Record<string, string>,
): Promise<AuthContext> {
  if (isApiKeyShaped(token))
    throw new AppError("AUTH_UNAUTHENTICATED", { headers: challenge("invalid_token") });
  let claims: AccessClaims;
  try {
    claims = await deps.access.verify(token);
  } catch (err) {
    if (err instanceof AccessTokenError && err.reason === "expired") {
      throw new AppError("AUTH_SESSION_EXPIRED", { headers: challenge("expired_token") });
    }
    throw new AppError("AUTH_UNAUTHENTICATED", { headers: challenge("invalid_token") });
  }
  if (deps.revocations.has(claims.sid)) {
    throw new AppError("AUTH_SESSION_REVOKED", { headers: challenge("revoked_session") });
  }
  return sessionAuthContext(scheme, claims);
}

/** What a verified Gatehouse access token (either profile) tells the handlers, under the scheme it came by. */
export function sessionAuthContext(scheme: string, claims: AccessClaims): AuthContext {
  return {
    scheme,
    userId: claims.sub,
    sessionId: claims.sid,
    tenantId: claims.tid,
    roles: claims.roles,
    permissions: claims.perms,
    emailVerified: claims.ev,
    expiresAt: new Date(claims.exp * 1000),
    ...(claims.act ? { impersonator: claims.act.sub } : {}),
  };
}

const challenge = (error: string) => ({
  "WWW-Authenticate": `Cookie realm="gatehouse", cookie-name="${SESSION_COOKIE}", error="${error}"`,
});

export function backendSessionVerifier(deps: SessionTokenDeps) {
  return async function verifyBackendSession(c: Context): Promise<AuthContext> {
    const token = cookieValue(c.req.header("cookie"), SESSION_COOKIE);
    if (!token) throw new AppError("AUTH_UNAUTHENTICATED", { headers: challenge("missing_token") });
    return verifySessionToken(deps, token, "BackendSessionAuth", challenge);
  };
}
