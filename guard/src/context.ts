// The plain `(req) => AuthContext` form, for GraphQL context builders and other frameworks.
import type { Guard } from "./create-guard.js";
import { GuardError } from "./errors.js";
import type { AuthContext, HeadersLike } from "./types.js";

/** A Fetch `Request`, or a Node request (`IncomingMessage`-like: headers and socket). */
export type RequestLike =
  | Request
  | { headers: HeadersLike; socket?: { remoteAddress?: string | undefined } | null };

/**
 * A function from a request to its context: anonymous without a credential, a GuardError thrown for a refused
 * one. A Fetch Request has no peer address, so the development bypass never applies to it (pass `remoteAddress`).
 */
export function authContextFor(guard: Guard) {
  return async function gatehouseContext(req: RequestLike, remoteAddress?: string): Promise<AuthContext> {
    const address = remoteAddress ?? ("socket" in req && req.socket ? req.socket.remoteAddress : undefined);
    const result = await guard.verifyRequest({ headers: req.headers, remoteAddress: address });
    if (result instanceof GuardError) throw result;
    return result;
  };
}
