// Handlers of the legacy APIv1 routes and the v1-token → session exchange.
import { sessionResult } from "../auth/cookies.js";
import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { linkMondiaCustomer } from "../services/legacy.js";
import { findUserById } from "../services/users.js";
import { startSession } from "./user.js";

type LegacyOps = Extract<keyof Handlers, `LegacyOperations_${string}`>;

export function legacyHandlers(deps: AppDeps): Pick<Handlers, LegacyOps> {
  const { store, clock, billing, config } = deps;
  return {
    LegacyOperations_linkMondiaUser: async (c) => {
      const { customerId } = c.req.valid("json");
      return c.json(await linkMondiaCustomer(store.db, clock, c.var.auth.userId, customerId), 200);
    },
    LegacyOperations_createPortalSession: async (c) => {
      const { userId } = c.var.auth;
      const portal = await billing.createPortalSession(userId);
      // Recorded only once the provider said yes: a failure leaves nothing behind.
      await store.db
        .insertInto("billing_portal_sessions")
        .values({ id: portal.id, user_id: userId, created_at: clock.now(), expires_at: portal.expiresAt })
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
      return c.json(portal, 200);
    },
    LegacyOperations_exchangeLegacyToken: async (c) => {
      const user = await findUserById(store.db, c.var.auth.userId);
      if (!user) throw new AppError("AUTH_UNAUTHENTICATED");
      // Holding a v1 token is not a sign-in: the session works, but re-authentication stays required.
      const issued = await startSession(c, deps, user, "gatehouse", { method: "legacy_v1_exchange" });
      return c.json(sessionResult(c, config, issued, c.req.valid("header")["X-Auth-Mode"]), 200);
    },
  };
}
