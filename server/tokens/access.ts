// Access JWTs: the only place Gatehouse signs one, and the verification every scheme relies on.
import { errors, jwtVerify, SignJWT } from "jose";
import { LRUCache } from "lru-cache";
import type { Clock } from "./clock.js";
import type { KeyRing } from "./keys.js";

export interface AccessClaims {
  sub: string;
  sid: string;
  tid: string;
  roles: string[];
  /** The permissions `roles` grant in `tid` (services/permissions.ts permissionsFor). */
  perms: string[];
  ev: boolean;
  /**
   * RFC 8693 actor: present only on a support session an operator started as this user (impersonation);
   * `sub` names the operator. Such a token is refused by SuperAdminAuth.
   */
  act?: { sub: string };
  jti: string;
  iat: number;
  exp: number;
}

export interface AccessTokenOptions {
  keys: KeyRing;
  clock: Clock;
  issuer: string;
  audience: string;
  ttlSeconds: number;
  /** Tolerated clock difference between instances, in seconds. */
  clockToleranceSeconds?: number;
}

export type AccessTokenFailure = "expired" | "invalid";

/**
 * Which client family a token is for. SuperTokens-profile tokens carry the FDI claims and another
 * audience, so a token issued for one scheme is never accepted by the other.
 */
export type TokenProfile = "gatehouse" | "supertokens";

export interface IssueOptions {
  /** The session's end caps the token's expiry. */
  notAfter?: Date;
  profile?: TokenProfile;
  /** Extra claims for the profile (SuperTokens: sessionHandle, refreshTokenHash1, …). */
  claims?: Record<string, unknown>;
}

// jose needs a finite tolerance; a token this old was signed by a key that has long left the JWKS anyway.
const EXPIRED_LONG_AGO_SECONDS = 400 * 86_400;

export class AccessTokenError extends Error {
  constructor(readonly reason: AccessTokenFailure) {
    super(`access token ${reason}`);
    this.name = "AccessTokenError";
  }
}

export class AccessTokens {
  constructor(private readonly options: AccessTokenOptions) {}

  get ttlSeconds(): number {
    return this.options.ttlSeconds;
  }

  audienceFor(profile: TokenProfile): string {
    return profile === "supertokens" ? `${this.options.audience}/supertokens` : this.options.audience;
  }

  /** Signs an access token. */
  async issue(
    subject: Omit<AccessClaims, "jti" | "iat" | "exp">,
    options: IssueOptions = {},
  ): Promise<{ token: string; expiresAt: Date; payload: Record<string, unknown> }> {
    const { keys, clock, issuer, ttlSeconds } = this.options;
    const { notAfter, profile = "gatehouse", claims = {} } = options;
    const audience = this.audienceFor(profile);
    const { kid, alg, key } = keys.signingKey();
    const iat = Math.floor(clock.now().getTime() / 1000);
    const cap = notAfter ? Math.floor(notAfter.getTime() / 1000) : Number.POSITIVE_INFINITY;
    const exp = Math.max(iat + 1, Math.min(iat + ttlSeconds, cap));
    const payload = {
      ...claims,
      sid: subject.sid,
      tid: subject.tid,
      roles: subject.roles,
      perms: subject.perms,
      ev: subject.ev,
      ...(subject.act ? { act: { sub: subject.act.sub } } : {}),
      sub: subject.sub,
      iss: issuer,
      aud: audience,
      iat,
      exp,
      jti: crypto.randomUUID(),
    };
    const token = await new SignJWT(payload).setProtectedHeader({ alg, kid, typ: "JWT" }).sign(key);
    return { token, expiresAt: new Date(exp * 1000), payload };
  }

  /**
   * Tokens that verified, by profile and exact text: a client sends the same access token for its
   * whole life, and the signature check dominates an authenticated request. An entry holds only while
   * the key set is the one it was verified under (any reload, e.g. a retired key, makes it stale); once
   * the token has expired it only answers "expired", so a client (or anyone) repeating an expired token
   * does not cost a signature check each time. Looked up by the token's signature (its last segment):
   * hashing the whole ~550-character token for the lookup cost three times as much; the entry keeps the
   * full text and profile, and a hit counts only when both are exactly the request's.
   */
  private readonly verified = new LRUCache<
    string,
    { token: string; profile: TokenProfile; claims: AccessClaims; generation: number }
  >({ max: 10_000 });

  /** Verifies signature, algorithm, issuer, audience and lifetime; never echoes the token in errors. */
  async verify(token: string, profile: TokenProfile = "gatehouse"): Promise<AccessClaims> {
    const { keys, clock, clockToleranceSeconds = 5 } = this.options;
    const cacheKey = token.slice(token.lastIndexOf(".") + 1);
    const hit = this.verified.get(cacheKey);
    if (hit && hit.token === token && hit.profile === profile && hit.generation === keys.generation) {
      if (hit.claims.exp + clockToleranceSeconds <= clock.now().getTime() / 1000) {
        throw new AccessTokenError("expired");
      }
      return hit.claims;
    }
    const generation = keys.generation;
    // Frozen: every request holding this token shares the object.
    const claims = deepFreeze(await this.verifySignature(token, profile));
    this.verified.set(cacheKey, { token, profile, claims, generation });
    return claims;
  }

  /**
   * The claims of a token we signed, even one that expired long ago (signature, algorithm, issuer and
   * audience are still checked): it names the session a sign-in request arrived with, which the new
   * sign-in ends. Never use it to authorize a request.
   */
  async verifyIgnoringExpiry(token: string, profile: TokenProfile = "gatehouse"): Promise<AccessClaims> {
    return this.verifySignature(token, profile, EXPIRED_LONG_AGO_SECONDS);
  }

  private async verifySignature(
    token: string,
    profile: TokenProfile,
    toleranceSeconds?: number,
  ): Promise<AccessClaims> {
    const { keys, clock, issuer, clockToleranceSeconds = 5 } = this.options;
    const audience = this.audienceFor(profile);
    try {
      const { payload } = await jwtVerify(token, keys.resolveKey, {
        algorithms: keys.algorithms(),
        issuer,
        audience,
        requiredClaims: ["exp", "iat", "sub", "jti"],
        currentDate: clock.now(),
        clockTolerance: toleranceSeconds ?? clockToleranceSeconds,
        typ: "JWT",
      });
      const { sub, sid, tid, roles, ev, jti, iat, exp, act } = payload;
      // Tokens signed before permissions existed carry none: they grant nothing until the next refresh.
      const perms = payload.perms ?? [];
      if (
        typeof sub !== "string" ||
        typeof sid !== "string" ||
        typeof tid !== "string" ||
        !Array.isArray(roles) ||
        !Array.isArray(perms) ||
        typeof ev !== "boolean" ||
        typeof jti !== "string" ||
        typeof iat !== "number" ||
        typeof exp !== "number" ||
        (act !== undefined && typeof (act as { sub?: unknown } | null)?.sub !== "string")
      ) {
        throw new AccessTokenError("invalid");
      }
      const claims: AccessClaims = {
        sub,
        sid,
        tid,
        roles: roles.map(String),
        perms: perms.map(String),
        ev,
        jti,
        iat,
        exp,
      };
      if (act !== undefined) claims.act = { sub: (act as { sub: string }).sub };
      return claims;
    } catch (err) {
      if (err instanceof AccessTokenError) throw err;
      if (err instanceof errors.JWTExpired) throw new AccessTokenError("expired");
      // Malformed or forged tokens fail inside jose; anything else is our bug and must surface as a 500.
      if (err instanceof errors.JOSEError || err instanceof TypeError) throw new AccessTokenError("invalid");
      throw err;
    }
  }
}

function deepFreeze(claims: AccessClaims): AccessClaims {
  Object.freeze(claims.roles);
  Object.freeze(claims.perms);
  if (claims.act) Object.freeze(claims.act);
  return Object.freeze(claims);
}
