// Which credential a request presents, read as Gatehouse reads it (server/auth/): bearer, session cookie, service secret, API key.
import type { HeadersLike } from "../types.js";
import { headerOf } from "./headers.js";

/** The cookie Gatehouse sets with the session's access token (BackendSessionAuth). */
export const SESSION_COOKIE = "backend_session";
/** The service secret header (ServiceAuth). */
export const SERVICE_AUTH_HEADER = "x-service-auth";

// Gatehouse's API key shape (server/services/api-keys.ts): the prefix tells a key from a JWT.
const API_KEY = /^gh_sk_[A-Za-z0-9_-]{43}$/;
// hono's cookie value grammar, as server/auth/cookie-value.ts: no controls, `"`, `,`, `;` or `\`.
const COOKIE_VALUE = /^[ !#-:<-[\]-~]*$/;
// Far above a real access token (~600 characters); refused before any parsing.
const MAX_TOKEN = 8192;

export type Presented =
  | { type: "none" }
  | { type: "malformed" }
  | { type: "mixed" }
  | { type: "jwt"; token: string }
  | { type: "apiKey"; key: string }
  | { type: "service"; secret: string };

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    if (!COOKIE_VALUE.test(value)) continue;
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/**
 * `Authorization: Bearer` wins over the cookie (a token-mode client may also hold a stale cookie). A
 * service secret beside a user credential is refused, as Gatehouse refuses it: it is either confused or
 * an attempt to borrow one credential's authority under the other's name.
 */
export function presented(headers: HeadersLike): Presented {
  const authorization = headerOf(headers, "authorization");
  const cookie = cookieValue(headerOf(headers, "cookie"), SESSION_COOKIE);
  const secret = headerOf(headers, SERVICE_AUTH_HEADER);
  if (secret !== undefined) {
    if (authorization !== undefined || cookie !== undefined) return { type: "mixed" };
    return secret.length > 0 && secret.length <= 1024 ? { type: "service", secret } : { type: "malformed" };
  }
  if (authorization !== undefined) {
    const m = /^Bearer[ \t]+([^\s]+)[ \t]*$/i.exec(authorization);
    const token = m?.[1];
    if (!token || token.length > MAX_TOKEN) return { type: "malformed" };
    if (token.startsWith("gh_sk_"))
      return API_KEY.test(token) ? { type: "apiKey", key: token } : { type: "malformed" };
    return { type: "jwt", token };
  }
  if (cookie !== undefined) {
    if (cookie.length === 0 || cookie.length > MAX_TOKEN) return { type: "malformed" };
    // A session cookie never holds an API key: Gatehouse's BackendSessionAuth refuses one by its prefix.
    return cookie.startsWith("gh_sk_") ? { type: "malformed" } : { type: "jwt", token: cookie };
  }
  return { type: "none" };
}
