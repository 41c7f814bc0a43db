// Password policy (NIST 800-63B): 8–128 characters, no composition rules, not a known common password.
import { dictionary } from "@zxcvbn-ts/language-common";
import { AppError } from "../errors.js";
import { isSafeText } from "./text-input.js";

// ~49,000 most common passwords (zxcvbn-ts's list), compared case-insensitively.
const COMMON = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const commonPasswordCount = () => COMMON.size;

/**
 * Throws VALIDATION_FAILED (length, control characters) or AUTH_PASSWORD_TOO_WEAK (common); the same
 * rule for sign-up, change and reset. Control characters and unpaired surrogates are refused in a new
 * password (the contract's NewPassword): no keyboard types them, and an unpaired surrogate reaches
 * the hash as U+FFFD, so two different passwords would match. A password presented to sign in is not
 * checked this way — it is only hashed and compared, and refusing it could lock out an older password.
 */
export function assertAcceptablePassword(password: string, field = "body.password"): void {
  if (!isSafeText(password)) {
    throw new AppError("VALIDATION_FAILED", {
      message: "Passwords must not contain control characters.",
      fields: [{ path: field, message: "Must not contain control characters or unpaired surrogates." }],
    });
  }
  const length = [...password].length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
    throw new AppError("VALIDATION_FAILED", {
      fields: [{ path: field, message: `Must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.` }],
    });
  }
  if (COMMON.has(password.toLowerCase())) {
    throw new AppError("AUTH_PASSWORD_TOO_WEAK", { fields: [{ path: field, message: "Too common." }] });
  }
}
