// The session a request arrived with, read only to end it: a new sign-in replaces it (ASVS 7.2.4).
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { AccessTokenError, type AccessTokens, type TokenProfile } from "../tokens/access.js";
import { bearerToken } from "./api-v1.js";
import { SESSION_COOKIE } from "./backend-session.js";

export interface PresentedSession {
  userId: string;
  sessionId: string;
  /** The session's tenant (a session never changes tenant: a switch starts a successor). */
  tenantId: string;
}

/**
 * The session named by the request's access token — the `backend_session` cookie or bearer token, or the
 * bearer token on the SuperTokens routes — when we signed it, expired or not (a browser keeps the cookie for the whole
 * session). Undefined when there is none or it is not ours; never used to authorize anything.
 */
export async function presentedSession(
  c: Context,
  access: AccessTokens,
  profile: TokenProfile,
): Promise<PresentedSession | undefined> {
  // Gatehouse sessions travel as the cookie or, for token-mode clients, as a bearer token (BackendBearerAuth).
  const token = profile === "supertokens" ? bearerToken(c) : (getCookie(c, SESSION_COOKIE) ?? bearerToken(c));
  if (!token) return undefined;
  try {
    const claims = await access.verifyIgnoringExpiry(token, profile);
    return { userId: claims.sub, sessionId: claims.sid, tenantId: claims.tid };
  } catch (err) {
    if (err instanceof AccessTokenError) return undefined;
    throw err;
  }
}
