// ServiceAuth: `X-Service-Auth: <secret>`, compared in constant time against the configured secrets; never beside a user credential.
import { createHash, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import type { AuthContext } from "../context.js";
import { AppError } from "../errors.js";
import { SESSION_COOKIE } from "./backend-session.js";
import { cookieValue } from "./cookie-value.js";

export const SERVICE_AUTH_HEADER = "x-service-auth";

const challenge = (error: string) => ({
  "WWW-Authenticate": `X-Service-Auth realm="gatehouse-service", error="${error}"`,
});

// Digests have one length whatever was sent, so neither the comparison nor its length check tells anything.
const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

const MIXED = "X-Service-Auth cannot be combined with a user credential.";

/** Whether the request also carries a user's credential (a bearer token, an Access JWT, the session cookie). */
function carriesUserCredential(c: Context): boolean {
  return (
    c.req.header("authorization") !== undefined ||
    c.req.header("cf-access-jwt-assertion") !== undefined ||
    cookieValue(c.req.header("cookie"), SESSION_COOKIE) !== undefined
  );
}

/**
 * Refuses a request that carries a service secret beside a user credential, for the user schemes of
 * routes that also accept ServiceAuth: such a request is either confused or an attempt to borrow one
 * credential's authority under the other's name, and neither is served.
 */
export function refuseServiceSecret(c: Context): void {
  if (c.req.header(SERVICE_AUTH_HEADER) !== undefined)
    throw new AppError("AUTH_UNAUTHENTICATED", { message: MIXED, headers: challenge("invalid_request") });
}

export function serviceAuthVerifier(deps: { secrets: readonly string[] }) {
  const expected = deps.secrets.map(digest);
  return async function verifyServiceAuth(c: Context): Promise<AuthContext> {
    const presented = c.req.header(SERVICE_AUTH_HEADER);
    if (!presented) throw new AppError("AUTH_UNAUTHENTICATED", { headers: challenge("missing_token") });
    if (carriesUserCredential(c))
      throw new AppError("AUTH_UNAUTHENTICATED", { message: MIXED, headers: challenge("invalid_request") });
    const got = digest(presented);
    // Every secret is compared (no early exit), so the time taken does not say which one matched.
    let match = false;
    for (const want of expected) match = timingSafeEqual(got, want) || match;
    if (!match) throw new AppError("AUTH_UNAUTHENTICATED", { headers: challenge("invalid_token") });
    return {
      scheme: "ServiceAuth",
      userId: "",
      sessionId: "",
      tenantId: "",
      roles: ["service"],
      // Not a tenant member: the routes that admit ServiceAuth say so in their `security`; no tenant permission.
      permissions: [],
      emailVerified: true,
      actor: { type: "service", id: "service" },
    };
  };
}
