// Access JWTs: the only place Gatehouse signs one, and the verification every scheme relies on.
import { errors, jwtVerify, SignJWT } from "jose";
import type { Clock } from "./clock.js";
import type { KeyRing } from "./keys.js";

export interface AccessClaims {
  sub: string;
  sid: string;
  tid: string;
  roles: string[];
  ev: boolean;
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

  /** Signs an access token; `notAfter` (the session's end) caps its expiry. */
  async issue(
    subject: Omit<AccessClaims, "jti" | "iat" | "exp">,
    notAfter?: Date,
  ): Promise<{ token: string; expiresAt: Date }> {
    const { keys, clock, issuer, audience, ttlSeconds } = this.options;
    const { kid, alg, key } = keys.signingKey();
    const iat = Math.floor(clock.now().getTime() / 1000);
    const cap = notAfter ? Math.floor(notAfter.getTime() / 1000) : Number.POSITIVE_INFINITY;
    const exp = Math.max(iat + 1, Math.min(iat + ttlSeconds, cap));
    const token = await new SignJWT({
      sid: subject.sid,
      tid: subject.tid,
      roles: subject.roles,
      ev: subject.ev,
    })
      .setProtectedHeader({ alg, kid, typ: "JWT" })
      .setSubject(subject.sub)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .setJti(crypto.randomUUID())
      .sign(key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Verifies signature, algorithm, issuer, audience and lifetime; never echoes the token in errors. */
  async verify(token: string): Promise<AccessClaims> {
    const { keys, clock, issuer, audience, clockToleranceSeconds = 5 } = this.options;
    try {
      const { payload } = await jwtVerify(token, keys.resolveKey, {
        algorithms: keys.algorithms(),
        issuer,
        audience,
        requiredClaims: ["exp", "iat", "sub", "jti"],
        currentDate: clock.now(),
        clockTolerance: clockToleranceSeconds,
        typ: "JWT",
      });
      const { sub, sid, tid, roles, ev, jti, iat, exp } = payload;
      if (
        typeof sub !== "string" ||
        typeof sid !== "string" ||
        typeof tid !== "string" ||
        !Array.isArray(roles) ||
        typeof ev !== "boolean" ||
        typeof jti !== "string" ||
        typeof iat !== "number" ||
        typeof exp !== "number"
      ) {
        throw new AccessTokenError("invalid");
      }
      return { sub, sid, tid, roles: roles.map(String), ev, jti, iat, exp };
    } catch (err) {
      if (err instanceof AccessTokenError) throw err;
      if (err instanceof errors.JWTExpired) throw new AccessTokenError("expired");
      // Malformed or forged tokens fail inside jose; anything else is our bug and must surface as a 500.
      if (err instanceof errors.JOSEError || err instanceof TypeError) throw new AccessTokenError("invalid");
      throw err;
    }
  }
}
