// Handlers of the deprecated identity /me routes (SuperTokens access token).
import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { toUserView, withTenant } from "../services/users.js";

export function identityHandlers(
  deps: Pick<AppDeps, "accounts" | "userViews">,
): Pick<Handlers, "IdentityOperations_getIdentity" | "IdentityOperations_updateIdentity"> {
  return {
    IdentityOperations_getIdentity: async (c) => {
      const auth = c.get("auth");
      const view = await deps.userViews.get(auth.userId);
      if (!view) throw new AppError("AUTH_UNAUTHENTICATED");
      return c.json(withTenant(view, auth), 200);
    },
    IdentityOperations_updateIdentity: async (c) => {
      const user = await deps.accounts.updateProfile(c.var.auth.userId, c.req.valid("json"));
      return c.json(toUserView(user, c.var.auth), 200);
    },
  };
}
