// Handlers of the /user/api-keys operations: the signed-in user's API keys (session auth only, per the contract).
import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import { clientMeta } from "./user.js";

export type ApiKeyHandlers = Pick<
  Handlers,
  "ApiKeyOperations_createApiKey" | "ApiKeyOperations_listApiKeys" | "ApiKeyOperations_revokeApiKey"
>;

export function apiKeyHandlers(deps: Pick<AppDeps, "apiKeys" | "config">): ApiKeyHandlers {
  const { apiKeys, config } = deps;
  return {
    ApiKeyOperations_createApiKey: async (c) => {
      const { userId, tenantId } = c.var.auth;
      const meta = clientMeta(c, config.trustProxy);
      return c.json(await apiKeys.create(userId, tenantId, c.req.valid("json"), meta), 201);
    },
    ApiKeyOperations_listApiKeys: async (c) =>
      c.json({ apiKeys: await apiKeys.list(c.var.auth.userId) }, 200),
    ApiKeyOperations_revokeApiKey: async (c) => {
      const meta = clientMeta(c, config.trustProxy);
      await apiKeys.revoke(c.var.auth.userId, c.req.valid("param").keyId, meta);
      return c.body(null, 204);
    },
  };
}
