// Session cookies: names, attributes and the token-mode alternative (tokens in the body).
import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import type { Config } from "../config.js";
import type { IssuedSession } from "../services/sessions.js";
import { toUserView } from "../services/users.js";
import { SESSION_COOKIE } from "./backend-session.js";

export const REFRESH_COOKIE = "backend_refresh";
export const REFRESH_COOKIE_PATH = "/user/session";

export type AuthMode = "cookie" | "token" | undefined;

/** The refresh cookie is scoped to the refresh route of the prefix in use (/user, or the deprecated /user_identity). */
const refreshPathFor = (c: Context) =>
  c.req.path.startsWith("/user_identity/") ? "/user_identity/session" : REFRESH_COOKIE_PATH;

/** The body of sign-up, sign-in and refresh; sets cookies unless the client asked for token mode. */
export function sessionResult(c: Context, config: Config, issued: IssuedSession, mode: AuthMode) {
  c.header("Cache-Control", "no-store");
  // Lifetimes count from the token's own issue time (the injected clock), not the wall clock.
  const now = Number(issued.accessPayload.iat) * 1000;
  const body = {
    user: toUserView(issued.user),
    session: {
      id: issued.sessionId,
      expiresAt: issued.sessionExpiresAt.toISOString(),
      accessTokenExpiresAt: issued.accessExpiresAt.toISOString(),
    },
  };
  if (mode === "token") {
    return {
      ...body,
      tokens: {
        tokenType: "Bearer" as const,
        accessToken: issued.accessToken,
        refreshToken: issued.refreshToken,
        expiresIn: Math.max(0, Math.round((issued.accessExpiresAt.getTime() - now) / 1000)),
      },
    };
  }
  // Both cookies live as long as the session: an expired access JWT must still reach the server,
  // which answers AUTH_SESSION_EXPIRED so the client knows to refresh.
  const maxAge = Math.max(0, Math.floor((issued.sessionExpiresAt.getTime() - now) / 1000));
  setCookie(c, SESSION_COOKIE, issued.accessToken, {
    httpOnly: true,
    secure: config.cookieSecure,
    sameSite: "Lax",
    path: "/",
    maxAge,
  });
  setCookie(c, REFRESH_COOKIE, issued.refreshToken, {
    httpOnly: true,
    secure: config.cookieSecure,
    sameSite: "Strict",
    path: refreshPathFor(c),
    maxAge,
  });
  return body;
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
