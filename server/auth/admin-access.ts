// AdminAccessAuth: `Cf-Access-Jwt-Assertion`, a Cloudflare Access JWT verified against the team's remote JWKS.
import type { Context } from "hono";
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from "jose";
import type { AdminAccessConfig } from "../config.js";
import type { AuthContext } from "../context.js";
import { AppError } from "../errors.js";
import { CLOCK_SKEW_MS, type Clock } from "../tokens/clock.js";
import { refuseServiceSecret } from "./service-auth.js";

export const ADMIN_ACCESS_HEADER = "cf-access-jwt-assertion";

const challenge = (error: string) => ({
  "WWW-Authenticate": `Cf-Access realm="gatehouse-admin", error="${error}"`,
});

// Cloudflare signs with RS256; ES256 for teams that use it. Never "none" or an HMAC (whose key is public here).
const ALGORITHMS = ["RS256", "ES256"];

/** Whether the token's email is allowed, or one of its groups is. */
function allowed(payload: JWTPayload, config: AdminAccessConfig): string | undefined {
  const email = typeof payload.email === "string" ? payload.email.toLowerCase() : undefined;
  if (email && config.allowedEmails.includes(email)) return email;
  const groups = payload[config.groupsClaim];
  if (Array.isArray(groups) && groups.some((g) => typeof g === "string" && config.allowedGroups.includes(g)))
    return email ?? (typeof payload.sub === "string" ? payload.sub : undefined);
  return undefined;
}

export function adminAccessVerifier(deps: { config: AdminAccessConfig | undefined; clock: Clock }) {
  const { config } = deps;
  // Fetched on first use and cached; a token with an unknown kid refetches it (after the cooldown), so a
  // key Cloudflare rotates in is picked up without a restart.
  const jwks = config
    ? createRemoteJWKSet(new URL(config.jwksUrl), {
        cooldownDuration: config.jwksCooldownMs,
        cacheMaxAge: 10 * 60_000,
        timeoutDuration: 5_000,
      })
    : undefined;

  return async function verifyAdminAccess(c: Context): Promise<AuthContext> {
    const token = c.req.header(ADMIN_ACCESS_HEADER);
    if (!token) throw new AppError("AUTH_UNAUTHENTICATED", { headers: challenge("missing_token") });
    refuseServiceSecret(c);
    if (!config || !jwks) throw new AppError("AUTH_UNAUTHENTICATED", { headers: challenge("invalid_token") });
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ALGORITHMS,
        requiredClaims: ["exp", "iat"],
        currentDate: deps.clock.now(),
        clockTolerance: CLOCK_SKEW_MS / 1000,
      }));
    } catch {
      // Expired, not yet valid, forged, another team's, an unknown key: the operator signs in at Access again.
      throw new AppError("AUTH_UNAUTHENTICATED", { headers: challenge("invalid_token") });
    }
    const who = allowed(payload, config);
    if (!who) throw new AppError("AUTH_INSUFFICIENT_PERMISSIONS");
    return {
      scheme: "AdminAccessAuth",
      userId: "",
      sessionId: "",
      tenantId: "",
      roles: ["admin"],
      permissions: [],
      emailVerified: true,
      actor: { type: "admin", id: who },
    };
  };
}
