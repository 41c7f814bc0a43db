// Handler of SSO sign-in: a verified provider ID token becomes an ordinary Gatehouse session.

import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import { clientIp } from "../http/client-ip.js";
import { sessionResult } from "../http/session-result.js";
import { type SessionStartDeps, startSession } from "./user.js";

export type SsoHandlers = Pick<Handlers, "SsoOperations_ssoSignIn">;

export function ssoHandlers(deps: SessionStartDeps & Pick<AppDeps, "sso" | "rateLimits">): SsoHandlers {
  return {
    SsoOperations_ssoSignIn: async (c) => {
      const { provider } = c.req.valid("param");
      const { idToken, nonce } = c.req.valid("json");
      await deps.rateLimits.signUpPerIp.hit(clientIp(c, deps.config.trustProxy) ?? "unknown");
      const { user, identity } = await deps.sso.signIn(provider, idToken, nonce);
      const issued = await startSession(c, deps, user, "gatehouse", { ssoIdentity: identity });
      return c.json(sessionResult(c, deps.config, issued, c.req.valid("header")["X-Auth-Mode"]), 200);
    },
  };
}
