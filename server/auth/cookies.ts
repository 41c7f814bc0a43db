// Session cookies: names, attributes, setting and clearing them.
import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import type { Config } from "../config.js";
import { SESSION_COOKIE } from "./backend-session.js";

export const REFRESH_COOKIE = "backend_refresh";
export const REFRESH_COOKIE_PATH = "/user/session";

/** The refresh cookie is scoped to the refresh route of the prefix in use (/user, or the deprecated /user_identity). */
const refreshPathFor = (c: Context) =>
  c.req.path.startsWith("/user_identity/") ? "/user_identity/session" : REFRESH_COOKIE_PATH;

/** Sets both session cookies; they live as long as the session (`maxAgeS`). */
export function setSessionCookies(
  c: Context,
  config: Config,
  tokens: { accessToken: string; refreshToken: string },
  maxAgeS: number,
): void {
  setCookie(c, SESSION_COOKIE, tokens.accessToken, {
    httpOnly: true,
    secure: config.cookieSecure,
    sameSite: "Lax",
    path: "/",
    maxAge: maxAgeS,
  });
  setCookie(c, REFRESH_COOKIE, tokens.refreshToken, {
    httpOnly: true,
    secure: config.cookieSecure,
    sameSite: "Strict",
    path: refreshPathFor(c),
    maxAge: maxAgeS,
  });
}

export function clearSessionCookies(c: Context, config: Config): void {
  c.header("Cache-Control", "no-store");
  deleteCookie(c, SESSION_COOKIE, {
    path: "/",
    secure: config.cookieSecure,
    httpOnly: true,
    sameSite: "Lax",
  });
  deleteCookie(c, REFRESH_COOKIE, {
    path: refreshPathFor(c),
    secure: config.cookieSecure,
    httpOnly: true,
    sameSite: "Strict",
  });
}
