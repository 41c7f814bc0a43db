// The one meaning of "live at `now`" that tokens, codes and sessions share: not ended, not yet expired.
import type { Expression, ExpressionBuilder, SqlBool, StringReference } from "kysely";

/**
 * `ended` (revoked_at, consumed_at, …) is NULL and `expires` is later than `now`:
 * `.where((eb) => liveAt(eb, "revoked_at", "expires_at", now))`.
 */
export function liveAt<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  ended: StringReference<DB, TB>,
  expires: StringReference<DB, TB>,
  now: Date,
): Expression<SqlBool> {
  return eb.and([eb(ended, "is", null), eb(expires, ">", now as never)]);
}
