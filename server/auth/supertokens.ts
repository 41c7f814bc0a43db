// SuperTokensAuth: `Authorization: Bearer <st-access-token>` — our SuperTokens-profile JWTs, or an external SuperTokens deployment's.
import type { Context } from "hono";
import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from "jose";
import type { AuthContext } from "../context.js";
import { AppError } from "../errors.js";
import type { AccountService } from "../services/accounts.js";
import { isApiKeyShaped } from "../services/api-keys.js";
import type { ExternalSessions } from "../services/external-sessions.js";
import type { SsoService } from "../services/sso.js";
import { DEFAULT_TENANT } from "../services/tenant-access.js";
import { AccessTokenError, type AccessTokens } from "../tokens/access.js";
import type { Clock } from "../tokens/clock.js";
import type { RevocationList } from "../tokens/revocations.js";
import { bearerToken } from "./api-v1.js";
import { sessionAuthContext } from "./backend-session.js";

export interface SuperTokensVerifierDeps {
  access: AccessTokens;
  revocations: RevocationList;
  accounts: Pick<AccountService, "findById">;
  sso: Pick<SsoService, "findLinkedUser">;
  clock: Clock;
  /** External sessions signed out here (their tokens keep verifying at the external core's JWKS). */
  externalSessions: ExternalSessions;
  /** An external SuperTokens core whose access tokens are accepted too (verified against its JWKS). */
  external: { jwksUrl: string; issuer: string } | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function superTokensVerifier(deps: SuperTokensVerifierDeps) {
  const remote = deps.external
    ? createRemoteJWKSet(new URL(deps.external.jwksUrl), {
        cooldownDuration: 30_000,
        cacheMaxAge: 10 * 60_000,
      })
    : undefined;

  /** An external SuperTokens user is a Gatehouse user with that id, or one linked to (issuer, subject). */
  async function externalUser(sub: string, issuer: string) {
    const byId = UUID.test(sub) ? await deps.accounts.findById(sub) : undefined;
    return byId ?? deps.sso.findLinkedUser(issuer, sub);
  }

  async function verifyExternal(token: string): Promise<AuthContext | undefined> {
    if (!remote || !deps.external) return undefined;
    const { issuer } = deps.external;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, remote, {
        issuer,
        algorithms: ["RS256", "ES256", "EdDSA"],
        requiredClaims: ["sub", "exp"],
        currentDate: deps.clock.now(),
        clockTolerance: 5,
      }));
    } catch (err) {
      if (err instanceof errors.JWTExpired) throw new AppError("AUTH_SESSION_EXPIRED");
      return undefined;
    }
    // A token that names neither its session nor itself could not be signed out, so it is not accepted.
    const handle =
      typeof payload.sessionHandle === "string" && payload.sessionHandle
        ? payload.sessionHandle
        : typeof payload.jti === "string" && payload.jti
          ? `jti:${payload.jti}`
          : undefined;
    if (!handle) return undefined;
    const ref = { issuer, handle, expiresAt: new Date((payload.exp ?? 0) * 1000) };
    if (await deps.externalSessions.isRevoked(ref)) throw new AppError("AUTH_SESSION_REVOKED");
    const user = await externalUser(String(payload.sub), issuer);
    // A disabled account is refused here too: its external tokens are not ours to revoke.
    if (!user || user.disabled_at) return undefined;
    return {
      scheme: "SuperTokensAuth",
      userId: user.id,
      sessionId: handle,
      // An external deployment's token says nothing about Gatehouse tenants: the default tenant, no permissions.
      tenantId: DEFAULT_TENANT,
      roles: [],
      permissions: [],
      emailVerified: user.email_verified,
      external: ref,
    };
  }

  return async function verifySuperTokens(c: Context): Promise<AuthContext> {
    const token = bearerToken(c);
    // An API key is never a SuperTokens token: refused before parsing, and never sent to an external JWKS.
    if (!token || isApiKeyShaped(token)) throw new AppError("AUTH_UNAUTHENTICATED");
    try {
      const claims = await deps.access.verify(token, "supertokens");
      if (deps.revocations.has(claims.sid)) throw new AppError("AUTH_SESSION_REVOKED");
      return sessionAuthContext("SuperTokensAuth", claims);
    } catch (err) {
      if (err instanceof AccessTokenError && err.reason === "expired")
        throw new AppError("AUTH_SESSION_EXPIRED");
      if (!(err instanceof AccessTokenError)) throw err;
      const external = await verifyExternal(token);
      if (external) return external;
      throw new AppError("AUTH_UNAUTHENTICATED");
    }
  };
}
