// Handlers of the legacy APIv1 routes and the v1-token → session exchange.

import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { sessionResult } from "../http/session-result.js";
import { type SessionStartDeps, startSession } from "./user.js";

type LegacyOps = Extract<keyof Handlers, `LegacyOperations_${string}`>;
type LegacyDeps = SessionStartDeps & Pick<AppDeps, "mondia" | "billing" | "accounts">;

export function legacyHandlers(deps: LegacyDeps): Pick<Handlers, LegacyOps> {
  const { mondia, billing, accounts, config } = deps;
  return {
    LegacyOperations_linkMondiaUser: async (c) => {
      const { customerId } = c.req.valid("json");
      return c.json(await mondia.link(c.var.auth.userId, customerId), 200);
    },
    LegacyOperations_createPortalSession: async (c) => {
      return c.json(await billing.open(c.var.auth.userId), 200);
    },
    LegacyOperations_exchangeLegacyToken: async (c) => {
      const user = await accounts.findById(c.var.auth.userId);
      if (!user) throw new AppError("AUTH_UNAUTHENTICATED");
      // Holding a v1 token is not a sign-in: the session works, but re-authentication stays required.
      const issued = await startSession(c, deps, user, "gatehouse", { method: "legacy_v1_exchange" });
      return c.json(sessionResult(c, config, issued, c.req.valid("header")["X-Auth-Mode"]), 200);
    },
  };
}
