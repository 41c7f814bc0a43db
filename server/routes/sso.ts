// Handler of SSO sign-in: a verified provider ID token becomes an ordinary Gatehouse session.

import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { clientIp } from "../http/client-ip.js";
import { sessionResult } from "../http/session-result.js";
import { clientMeta, type SessionStartDeps, startSession } from "./user.js";

export type SsoHandlers = Pick<Handlers, "SsoOperations_ssoSignIn">;

export function ssoHandlers(
  deps: SessionStartDeps & Pick<AppDeps, "sso" | "rateLimits" | "audit">,
): SsoHandlers {
  return {
    SsoOperations_ssoSignIn: async (c) => {
      const { provider } = c.req.valid("param");
      const { idToken, nonce } = c.req.valid("json");
      await deps.rateLimits.signUpPerIp.hit(clientIp(c, deps.config.trustProxy) ?? "unknown");
      const { user, identity } = await deps.sso
        .signIn(provider, idToken, nonce, clientMeta(c, deps.config.trustProxy))
        .catch(async (err: unknown) => {
          // A refused provider token is a failed sign-in: recorded with why, never with the token.
          if (err instanceof AppError && err.status === 401) {
            await deps.audit.record({
              action: "user.signin",
              outcome: "failure",
              reason: err.reason ?? `sso_${err.code.toLowerCase()}`,
              actor: { type: "anonymous", id: null },
              target: { type: "sso_provider", id: provider },
              meta: clientMeta(c, deps.config.trustProxy),
            });
          }
          throw err;
        });
      const issued = await startSession(c, deps, user, "gatehouse", { ssoIdentity: identity });
      return c.json(sessionResult(c, deps.config, issued, c.req.valid("header")["X-Auth-Mode"]), 200);
    },
  };
}
