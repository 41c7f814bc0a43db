// CSRF defence: an unsafe request a browser could have sent with the user's cookies must come from an allowed origin.
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../context.js";
import { AppError } from "../errors.js";

const SAFE_METHOD = /^(GET|HEAD|OPTIONS)$/;

// Bodies any page can send cross-origin without a CORS preflight (HTML forms, sendBeacon, plain fetch);
// a missing Content-Type is one too (a bodiless POST).
const PREFLIGHT_FREE_BODY = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

/**
 * Refuses an unsafe request that carries cookies (ambient credentials a foreign page could make the
 * browser send), or a body a foreign page can send without a preflight, unless the browser says it
 * comes from an allowed origin (`Origin`) or from this very origin (`Sec-Fetch-Site: same-origin`).
 * The content type does not matter: a JSON request with cookies is checked like a form post.
 *
 * Browsers send `Origin` on every unsafe request, so one carrying neither `Origin` nor
 * `Sec-Fetch-Site` is not a browser's (CLI, mobile, server-side clients sending their own
 * `Cookie` header): no other site can have made it, and it is let through. Requests without
 * cookies (token mode, bearer credentials) hold no ambient credential and are not subject to it.
 *
 * Mounted per operation after the operation's error style is set, so `/auth/*` refuses in the FDI
 * `{ message }` shape and everything else in the error envelope.
 */
export function crossSiteGuard(allowedOrigins: readonly string[]): MiddlewareHandler<AppEnv> {
  const allowed = new Set(allowedOrigins);
  return async function crossSiteGuard(c, next) {
    if (SAFE_METHOD.test(c.req.method)) return next();
    const contentType = c.req.header("content-type");
    const preflightFree = contentType === undefined || PREFLIGHT_FREE_BODY.test(contentType);
    const cookie = c.req.header("cookie");
    if (!cookie && !preflightFree) return next();
    // `Authorization` is not a CORS-safelisted header: a foreign page cannot send it without a preflight
    // the CORS policy answers, so a request carrying it but no cookie was not forged by a browser.
    if (!cookie && c.req.header("authorization") !== undefined) return next();
    const origin = c.req.header("origin");
    const site = c.req.header("sec-fetch-site");
    if (origin === undefined && site === undefined) return next();
    if (site === "same-origin" || (origin !== undefined && allowed.has(origin))) return next();
    throw new AppError("AUTH_INSUFFICIENT_PERMISSIONS", { message: "Cross-site request refused." });
  };
}
