// Hono adapter: middleware per requirement that verifies once per request and sets `c.var.auth`.
import type { Context, MiddlewareHandler } from "hono";
import type { Guard } from "./create-guard.js";
import { GuardError } from "./errors.js";
import { requestIdFrom } from "./lib/request-id.js";
import { helpersOver, type Requirement } from "./require.js";
import type { AuthContext } from "./types.js";

/** The variables the middleware sets: `c.var.auth`. */
export type GuardEnv = { Variables: { auth: AuthContext } };

export interface HonoGuardOptions {
  /** The TCP peer's address; by default @hono/node-server's socket (`c.env.incoming.socket`). */
  remoteAddress?: (c: Context) => string | undefined;
}

const nodePeer = (c: Context): string | undefined =>
  (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
    ?.remoteAddress;

export function honoGuard(guard: Guard, options: HonoGuardOptions = {}) {
  const peer = options.remoteAddress ?? nodePeer;
  const protect = (requirement: Requirement): MiddlewareHandler<GuardEnv> =>
    async function gatehouseGuard(c, next) {
      let auth = c.get("auth") as AuthContext | undefined;
      let refused: GuardError | undefined;
      if (!auth) {
        const result = await guard.verifyRequest({ headers: c.req.raw.headers, remoteAddress: peer(c) });
        if (result instanceof GuardError) refused = result;
        else auth = result;
      }
      if (auth) refused = requirement(auth, (name) => c.req.param(name));
      if (refused)
        return c.json(
          refused.body(requestIdFrom(c.req.header("x-request-id"))),
          refused.status,
          refused.headers(),
        );
      c.set("auth", auth as AuthContext);
      await next();
    };
  return helpersOver(protect);
}
