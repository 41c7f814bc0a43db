// The claims Gatehouse takes from a verified ID token, held to the rules the contract sets for the same fields typed in.
import { createHash } from "node:crypto";
import type { JWTPayload } from "jose";
import { Users_SignUpRequest } from "../contract/routes.gen.js";
import { AppError, type AppErrorOptions } from "../errors.js";

export interface SsoClaims {
  subject: string;
  email: string | undefined;
  /** The provider vouches that the person owns `email`. */
  emailVerified: boolean;
  name: string | null;
}

// The contract's own schemas for the fields a user types at sign-up, so both paths accept the same values
// (and any pattern later added to the contract applies here too).
const EMAIL = Users_SignUpRequest.shape.email;
const NAME = Users_SignUpRequest.shape.name;
// Control characters (NUL included: PostgreSQL refuses it outright) and lone surrogates (not encodable as UTF-8).
const UNSAFE = /[\p{Cc}\p{Cs}]/u;
// OpenID Connect Core 1.0 §2: `sub` is at most 255 ASCII characters; none of them needs to be a space or a control.
const SUBJECT = /^[\x21-\x7e]{1,255}$/;

/** A provider token Gatehouse will not take. */
export const refused = (message: string, more: Pick<AppErrorOptions, "cause" | "reason"> = {}) =>
  new AppError("AUTH_SSO_TOKEN_INVALID", { message, ...more });

/** Reads and checks the claims; a token whose claims direct input could not carry is refused as a whole. */
export function readClaims(payload: JWTPayload): SsoClaims {
  const { sub, email, name } = payload;
  if (typeof sub !== "string" || !SUBJECT.test(sub)) throw refused("The token's subject is not acceptable.");
  if (
    email !== undefined &&
    (typeof email !== "string" || UNSAFE.test(email) || !EMAIL.safeParse(email).success)
  )
    throw refused("The token's email address is not valid.", { reason: "sso_email_unusable" });
  if (name !== undefined && (typeof name !== "string" || UNSAFE.test(name) || !NAME.safeParse(name).success))
    throw refused("The token's name is not acceptable.");
  return {
    subject: sub,
    email,
    // Apple sends "true" as a string.
    emailVerified: payload.email_verified === true || payload.email_verified === "true",
    name: name || null,
  };
}

/**
 * What identifies this token among every token ever presented: the issuer with its `jti`, or, without one,
 * the signed part (header and payload). Never the signature: an ECDSA signature can be rewritten into another
 * valid one by anybody, so a hash over it would let the same token through twice.
 */
export function replayKey(payload: JWTPayload, idToken: string): Buffer {
  const hash = createHash("sha256").update(String(payload.iss)).update("\0");
  if (typeof payload.jti === "string" && payload.jti.length > 0)
    return hash.update(`jti\0${payload.jti}`).digest();
  return hash.update(`jws\0${idToken.slice(0, idToken.lastIndexOf("."))}`).digest();
}
