// The one meaning of "live at `now`" that tokens, codes and sessions share: not ended, not yet expired.
import { type Expression, type SqlBool, sql } from "kysely";

/** `ended` (revoked_at, consumed_at, …) is NULL and `expires` is later than `now`. */
export function liveAt(ended: string, expires: string, now: Date): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(ended)} IS NULL AND ${sql.ref(expires)} > ${now})`;
}
