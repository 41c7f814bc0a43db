// Handlers of the deprecated identity /me routes (SuperTokens access token).
import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { toUserView } from "../services/users.js";

export function identityHandlers(
  deps: Pick<AppDeps, "accounts" | "userViews">,
): Pick<Handlers, "IdentityOperations_getIdentity" | "IdentityOperations_updateIdentity"> {
  return {
    IdentityOperations_getIdentity: async (c) => {
      const view = await deps.userViews.get(c.get("auth").userId);
      if (!view) throw new AppError("AUTH_UNAUTHENTICATED");
      return c.json(view, 200);
    },
    IdentityOperations_updateIdentity: async (c) => {
      const user = await deps.accounts.updateProfile(c.var.auth.userId, c.req.valid("json"));
      return c.json(toUserView(user), 200);
    },
  };
}
