// Mondia customer links: a customer belongs to one user; linking again is idempotent for that user only.
import { AppError } from "../errors.js";
import type { Db } from "../store/db.js";
import { linkMondiaCustomer } from "../store/mondia-links.js";
import type { Clock } from "../tokens/clock.js";

export interface MondiaLinkView {
  userId: string;
  customerId: string;
  linkedAt: string;
}

export class MondiaLinks {
  constructor(private readonly o: { db: Db; clock: Clock }) {}

  /** Links a Mondia customer to a user: idempotent for the same user, a conflict for anyone else. */
  async link(userId: string, customerId: string): Promise<MondiaLinkView> {
    const link = await linkMondiaCustomer(this.o.db, customerId, userId, this.o.clock.now());
    if (link.user_id !== userId) {
      throw new AppError("CONFLICT", { message: "This Mondia customer is linked to another account." });
    }
    return { userId, customerId, linkedAt: link.linked_at.toISOString() };
  }
}
