// Express adapter: middleware per requirement that verifies once per request and sets `req.auth`. Typed structurally (no express import).
import type { Guard } from "./create-guard.js";
import { GuardError } from "./errors.js";
import { headerOf } from "./lib/headers.js";
import { requestIdFrom } from "./lib/request-id.js";
import { helpersOver, type Requirement } from "./require.js";
import type { AuthContext } from "./types.js";

/** The parts of an Express request the guard reads, and `auth`, which it sets. */
export interface GuardedRequest {
  headers: Record<string, string | string[] | undefined>;
  socket?: { remoteAddress?: string | undefined } | null;
  params?: Record<string, string | undefined>;
  auth?: AuthContext;
}

/** The parts of an Express response the guard writes a refusal with. */
export interface GuardedResponse {
  status(code: number): GuardedResponse;
  set(headers: Record<string, string>): GuardedResponse;
  json(body: unknown): unknown;
}

export type GuardedHandler = (
  req: GuardedRequest,
  res: GuardedResponse,
  next: (err?: unknown) => void,
) => void;

export function expressGuard(guard: Guard) {
  const protect = (requirement: Requirement): GuardedHandler =>
    function gatehouseGuard(req, res, next) {
      const run = async () => {
        let auth = req.auth;
        let refused: GuardError | undefined;
        if (!auth) {
          const result = await guard.verifyRequest({
            headers: req.headers,
            remoteAddress: req.socket?.remoteAddress,
          });
          if (result instanceof GuardError) refused = result;
          else auth = result;
        }
        if (auth) refused = requirement(auth, (name) => req.params?.[name]);
        if (refused) {
          res
            .status(refused.status)
            .set(refused.headers())
            .json(refused.body(requestIdFrom(headerOf(req.headers, "x-request-id"))));
          return;
        }
        req.auth = auth;
        next();
      };
      run().catch(next);
    };
  return helpersOver(protect);
}
