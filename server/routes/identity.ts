// Handlers of the deprecated identity /me routes (SuperTokens access token).
import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { toUserView, withTenant } from "../services/users.js";
import { userEvent } from "./user.js";

export function identityHandlers(
  deps: Pick<AppDeps, "accounts" | "userViews" | "config">,
): Pick<Handlers, "IdentityOperations_getIdentity" | "IdentityOperations_updateIdentity"> {
  return {
    IdentityOperations_getIdentity: async (c) => {
      const auth = c.get("auth");
      const view = await deps.userViews.get(auth.userId);
      if (!view) throw new AppError("AUTH_UNAUTHENTICATED");
      return c.json(withTenant(view, auth), 200);
    },
    IdentityOperations_updateIdentity: async (c) => {
      const { userId, tenantId } = c.var.auth;
      const audit = userEvent(c, deps.config.trustProxy, "user.update", { id: userId, tenantId });
      const user = await deps.accounts.updateProfile(userId, c.req.valid("json"), audit);
      return c.json(toUserView(user, c.var.auth), 200);
    },
  };
}
