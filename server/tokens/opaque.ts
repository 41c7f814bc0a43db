// Opaque secrets (refresh tokens): CSPRNG generation and the SHA-256 digest that is all we store.
import { createHash, createHmac, randomBytes } from "node:crypto";

/** A 256-bit random token, base64url, with a prefix that says what it is. */
export function newOpaqueToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

/**
 * A token of the same shape derived from `from` under a secret: the same input always gives the same
 * token, and without the secret it cannot be computed from `from` (HMAC-SHA-256).
 */
export function derivedOpaqueToken(prefix: string, secret: Uint8Array, from: string): string {
  return `${prefix}_${createHmac("sha256", secret).update(from).digest("base64url")}`;
}

export function sha256(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}
