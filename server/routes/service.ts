// Handlers of the /service operations: the revocation feed and API key introspection, for resource servers (ServiceAuth).
import type { Context } from "hono";
import type { AppEnv } from "../context.js";
import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { clientIp } from "../http/client-ip.js";

export type ServiceHandlers = Pick<
  Handlers,
  "ServiceOperations_listRevocations" | "ServiceOperations_introspectApiKey"
>;

export function serviceHandlers(
  deps: Pick<AppDeps, "revocationFeed" | "apiKeys" | "rateLimits" | "config">,
): ServiceHandlers {
  const { revocationFeed, apiKeys, rateLimits, config } = deps;
  // Every service shares the `service` identity, so the brake is per source: one runaway poller slows only itself.
  const brake = (c: Context<AppEnv>) =>
    rateLimits.serviceRequestsPerSource.hit(clientIp(c, config.trustProxy) ?? "unknown");
  return {
    ServiceOperations_listRevocations: async (c) => {
      await brake(c);
      return c.json(await revocationFeed.page(c.req.valid("query").cursor), 200);
    },
    ServiceOperations_introspectApiKey: async (c) => {
      await brake(c);
      const key = await apiKeys.authenticate(c.req.valid("json").apiKey);
      if (!key) throw new AppError("NOT_FOUND", { message: "No active API key matches." });
      return c.json(
        {
          keyId: key.keyId,
          userId: key.userId,
          tenantId: key.tenantId,
          roles: key.roles,
          permissions: key.permissions,
          emailVerified: key.emailVerified,
        },
        200,
      );
    },
  };
}
