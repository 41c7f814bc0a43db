// ApiKeyAuth: `Authorization: Bearer gh_sk_…`, a user's API key, looked up by its hash on every request.
import type { Context } from "hono";
import type { AuthContext } from "../context.js";
import { AppError } from "../errors.js";
import { type ApiKeyService, isApiKeyShaped } from "../services/api-keys.js";
import { bearerToken } from "./api-v1.js";
import { refuseServiceSecret } from "./service-auth.js";

const challenge = (error: string) => ({
  "WWW-Authenticate": `Bearer realm="gatehouse-api-key", error="${error}"`,
});

/**
 * Acts as the key's creator in the key's tenant, with the key's scopes that the creator still holds there.
 * A bearer token without the `gh_sk_` prefix (a session's JWT) is "no API key" here without a lookup; every
 * refusal of a key is the same 401, whatever the cause.
 */
export function apiKeyVerifier(deps: { apiKeys: Pick<ApiKeyService, "authenticate"> }) {
  return async function verifyApiKey(c: Context): Promise<AuthContext> {
    const token = bearerToken(c);
    if (!token || !isApiKeyShaped(token))
      throw new AppError("AUTH_UNAUTHENTICATED", { headers: challenge("missing_token") });
    refuseServiceSecret(c);
    const key = await deps.apiKeys.authenticate(token);
    if (!key) throw new AppError("AUTH_UNAUTHENTICATED", { headers: challenge("invalid_token") });
    return {
      scheme: "ApiKeyAuth",
      userId: key.userId,
      sessionId: "",
      tenantId: key.tenantId,
      roles: key.roles,
      permissions: key.permissions,
      emailVerified: key.emailVerified,
      apiKeyId: key.keyId,
    };
  };
}
