// Opaque secrets (refresh tokens): CSPRNG generation and the SHA-256 digest that is all we store.
import { createHash, randomBytes } from "node:crypto";

/** A 256-bit random token, base64url, with a prefix that says what it is. */
export function newOpaqueToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

export function sha256(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}
