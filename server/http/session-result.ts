// The body of sign-up, sign-in and refresh: the user and session, with the tokens in cookies or (token mode) in the body.
import type { Context } from "hono";
import { setSessionCookies } from "../auth/cookies.js";
import type { Config } from "../config.js";
import type { IssuedSession } from "../services/sessions.js";
import { toUserView } from "../services/users.js";

export type AuthMode = "cookie" | "token" | undefined;

/** The body of sign-up, sign-in and refresh; sets cookies unless the client asked for token mode. */
export function sessionResult(c: Context, config: Config, issued: IssuedSession, mode: AuthMode) {
  c.header("Cache-Control", "no-store");
  // Lifetimes count from when the token was issued (the service's clock), not this machine's wall clock.
  const now = Number(issued.accessPayload.iat) * 1000;
  const body = {
    user: toUserView(issued.user, issued.tenant),
    session: {
      id: issued.sessionId,
      expiresAt: issued.sessionExpiresAt.toISOString(),
      accessTokenExpiresAt: issued.accessExpiresAt.toISOString(),
    },
  };
  if (mode === "token") return { ...body, tokens: tokenPair(issued) };
  // Both cookies live as long as the session: an expired access JWT must still reach the server,
  // which answers AUTH_SESSION_EXPIRED so the client knows to refresh.
  const maxAge = Math.max(0, Math.floor((issued.sessionExpiresAt.getTime() - now) / 1000));
  setSessionCookies(c, config, issued, maxAge);
  return body;
}

/** The session's tokens as the contract's TokenPair (token mode, and support sessions). */
export function tokenPair(issued: IssuedSession) {
  const now = Number(issued.accessPayload.iat) * 1000;
  return {
    tokenType: "Bearer" as const,
    accessToken: issued.accessToken,
    refreshToken: issued.refreshToken,
    expiresIn: Math.max(0, Math.round((issued.accessExpiresAt.getTime() - now) / 1000)),
  };
}
