// Owns the `mondia_links` table: one Gatehouse user per Mondia customer.
import type { Queryable } from "./db.js";

/** Links the customer to the user unless it is linked already; returns the link as stored (first one wins). */
export async function linkMondiaCustomer(db: Queryable, customerId: string, userId: string, now: Date) {
  await db
    .insertInto("mondia_links")
    .values({ customer_id: customerId, user_id: userId, linked_at: now })
    .onConflict((oc) => oc.column("customer_id").doNothing())
    .execute();
  return db
    .selectFrom("mondia_links")
    .selectAll()
    .where("customer_id", "=", customerId)
    .executeTakeFirstOrThrow();
}
