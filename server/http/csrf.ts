// CSRF defence for cookie-authenticated browser requests, via hono's maintained csrf middleware.
import type { MiddlewareHandler } from "hono";
import { csrf } from "hono/csrf";
import type { AppEnv } from "../context.js";

/**
 * Browsers always send `Origin` or `Sec-Fetch-Site` on unsafe requests, so a request carrying
 * neither is not a browser being tricked (CLI, mobile, server-side token mode) and is let through;
 * a request carrying them must come from an allowed origin.
 */
export function browserCsrf(allowedOrigins: readonly string[]): MiddlewareHandler<AppEnv> {
  const check = csrf({ origin: [...allowedOrigins], secFetchSite: ["same-origin"] });
  return async function browserCsrf(c, next) {
    if (!c.req.header("origin") && !c.req.header("sec-fetch-site")) return next();
    return check(c, next);
  };
}
