// The development bypass: a fixed user for credential-less requests from loopback, never in production.
import type { AuthContext, GuardLogger } from "../types.js";
import { isLoopback } from "./loopback.js";

export type Env = Record<string, string | undefined>;

/**
 * Reads `GATEHOUSE_DEV_BYPASS=true` with `GATEHOUSE_DEV_USER_ID` and `GATEHOUSE_DEV_ROLE` (optional
 * `GATEHOUSE_DEV_TENANT_ID`, default `default`, and `GATEHOUSE_DEV_PERMISSIONS`, comma-separated). Returns
 * undefined when the bypass is off; throws (at guard creation) when it is on in production or incomplete.
 */
export function devBypassFrom(
  env: Env,
  logger: GuardLogger,
): ((remoteAddress: string | undefined) => AuthContext | undefined) | undefined {
  const flag = env.GATEHOUSE_DEV_BYPASS;
  if (flag === undefined || flag === "" || flag === "false") return undefined;
  if (flag !== "true") throw new TypeError('GATEHOUSE_DEV_BYPASS must be "true" or "false"');
  if (env.NODE_ENV === "production")
    throw new TypeError("GATEHOUSE_DEV_BYPASS is refused when NODE_ENV=production: unset it");
  const userId = env.GATEHOUSE_DEV_USER_ID?.trim();
  const role = env.GATEHOUSE_DEV_ROLE?.trim();
  if (!userId || !role)
    throw new TypeError("GATEHOUSE_DEV_BYPASS needs GATEHOUSE_DEV_USER_ID and GATEHOUSE_DEV_ROLE");
  const perms = (env.GATEHOUSE_DEV_PERMISSIONS ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const context: AuthContext = Object.freeze({
    kind: "user" as const,
    userId,
    sessionId: null,
    tenantId: env.GATEHOUSE_DEV_TENANT_ID?.trim() || "default",
    roles: Object.freeze([role]),
    perms: Object.freeze(perms),
    emailVerified: true,
    devBypass: true as const,
  });
  return (remoteAddress) => {
    if (!isLoopback(remoteAddress)) return undefined;
    logger.warn("gatehouse guard: development bypass used: request authenticated without a credential", {
      userId,
      role,
    });
    return context;
  };
}
