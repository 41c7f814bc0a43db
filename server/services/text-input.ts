// Rules for free-text input beyond what the contract's patterns check: FDI form fields (which arrive as
// untyped `{id, value}` pairs), canonical language tags, and https-only URLs for every caller.
import { AppError } from "../errors.js";

/**
 * The contract's `SafeString` pattern (contracts/shared/common.tsp): no C0 controls, DEL, C1 controls
 * or unpaired surrogates. tests/security/text-input.test.ts checks that the two stay the same.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
export const SAFE_TEXT = /^(?:[^\u0000-\u001F\u007F-\u009F\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

export const isSafeText = (value: string): boolean => SAFE_TEXT.test(value);

const LANGUAGE_TAG_MAX = 35;

const invalid = (field: string, message: string) =>
  new AppError("VALIDATION_FAILED", { fields: [{ path: field, message }] });

/**
 * The canonical form of a BCP 47 language tag (`EN-gb` → `en-GB`), or VALIDATION_FAILED when
 * `Intl` does not accept it (the contract's pattern checks the syntax; `Intl` also refuses, for
 * example, a repeated variant or extension).
 */
export function canonicalLanguageTag(tag: string, field: string): string {
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    throw invalid(field, "Must be a BCP 47 language tag, e.g. en-GB.");
  }
  if (!canonical || canonical.length > LANGUAGE_TAG_MAX)
    throw invalid(field, `Must be a BCP 47 language tag of at most ${LANGUAGE_TAG_MAX} characters.`);
  return canonical;
}

export function assertSafeText(value: string, field: string): void {
  if (!isSafeText(value)) throw invalid(field, "Must not contain control characters or unpaired surrogates.");
}

/** Refuses anything but an absolute https URL with a host (no `javascript:`, `data:`, `file:`, `http:`). */
export function assertHttpsUrl(value: string, field: string): void {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== "https:" || !url.hostname || !isSafeText(value))
    throw invalid(field, "Must be an https URL.");
}
