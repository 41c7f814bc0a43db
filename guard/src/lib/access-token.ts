// Verifies a Gatehouse access token as Gatehouse does (server/tokens/access.ts): signature by the JWKS, alg, iss, aud, typ, lifetime, claim shapes.
import { decodeProtectedHeader, errors, jwtVerify } from "jose";
import { GuardError } from "../errors.js";
import type { AccessTokenClaims } from "../types.js";
import { type Issuer, UpstreamError } from "./discovery.js";

// A token that names its own key (or where to fetch one) is an attack on verifiers that trust it:
// Gatehouse never sets these, so a token carrying any of them is refused before its signature is looked at.
const EMBEDDED_KEY_HEADERS = ["jku", "jwk", "x5u", "x5c", "x5t", "x5t#S256"];

export interface TokenCheck {
  audience: string;
  clockToleranceSeconds: number;
  now: () => number;
}

const invalid = (reason: "malformed" | "embedded_key" | "signature" | "claims", cause?: unknown) =>
  new GuardError("AUTH_UNAUTHENTICATED", { reason, cause });

export async function verifyAccessToken(
  token: string,
  issuer: Issuer,
  check: TokenCheck,
): Promise<AccessTokenClaims> {
  let header: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(token) as Record<string, unknown>;
  } catch {
    throw invalid("malformed");
  }
  if (EMBEDDED_KEY_HEADERS.some((h) => h in header)) throw invalid("embedded_key");
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, issuer.keys, {
      algorithms: issuer.algorithms,
      issuer: issuer.issuer,
      audience: check.audience,
      requiredClaims: ["exp", "iat", "sub", "jti"],
      currentDate: new Date(check.now()),
      clockTolerance: check.clockToleranceSeconds,
      typ: "JWT",
    }));
  } catch (err) {
    if (err instanceof errors.JWTExpired) throw new GuardError("AUTH_SESSION_EXPIRED", { reason: "expired" });
    if (err instanceof errors.JWKSTimeout || err instanceof UpstreamError)
      throw new GuardError("SERVICE_UNAVAILABLE", { reason: "upstream", cause: err });
    if (err instanceof errors.JOSEError || err instanceof TypeError)
      throw invalid(err instanceof errors.JWTClaimValidationFailed ? "claims" : "signature");
    throw err;
  }
  const { sub, sid, tid, roles, ev, jti, iat, exp, act, iss, aud } = payload;
  const perms = payload.perms ?? [];
  if (
    typeof sub !== "string" ||
    sub === "" ||
    typeof sid !== "string" ||
    sid === "" ||
    typeof tid !== "string" ||
    !Array.isArray(roles) ||
    !roles.every((r) => typeof r === "string") ||
    !Array.isArray(perms) ||
    !perms.every((p) => typeof p === "string") ||
    typeof ev !== "boolean" ||
    typeof jti !== "string" ||
    typeof iat !== "number" ||
    typeof exp !== "number" ||
    (act !== undefined && typeof (act as { sub?: unknown } | null)?.sub !== "string")
  )
    throw invalid("claims");
  return {
    sub,
    sid,
    tid,
    roles: [...roles],
    perms: [...perms],
    ev,
    jti,
    iat,
    exp,
    iss: iss as string,
    aud: aud as string | string[],
    ...(act !== undefined ? { act: { sub: (act as { sub: string }).sub } } : {}),
  };
}
