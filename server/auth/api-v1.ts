// APIv1Auth: `Authorization: Bearer <legacy v1 auth_token>`, an opaque token looked up by its hash.
import type { Context } from "hono";
import type { AuthContext } from "../context.js";
import { AppError } from "../errors.js";
import type { LegacyTokens } from "../services/legacy-tokens.js";
import { DEFAULT_TENANT } from "../services/tenant-access.js";

const challenge = (error: string) => ({
  "WWW-Authenticate": `Bearer realm="gatehouse-v1", error="${error}"`,
});

export function bearerToken(c: Context): string | undefined {
  const header = c.req.header("authorization");
  const m = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return m?.[1];
}

export function apiV1Verifier(deps: { legacyTokens: LegacyTokens }) {
  return async function verifyApiV1(c: Context): Promise<AuthContext> {
    const token = bearerToken(c);
    if (!token) throw new AppError("AUTH_UNAUTHENTICATED", { headers: challenge("invalid_request") });
    // v1 tokens are opaque; a JWT of another scheme is simply not found.
    const user = token.startsWith("v1_") ? await deps.legacyTokens.userFor(token) : undefined;
    if (!user) throw new AppError("AUTH_UNAUTHENTICATED", { headers: challenge("invalid_token") });
    return {
      scheme: "APIv1Auth",
      userId: user.id,
      sessionId: "",
      // v1 tokens predate tenants: the default tenant, and no permissions (the legacy routes declare none).
      tenantId: DEFAULT_TENANT,
      roles: [],
      permissions: [],
      emailVerified: user.email_verified,
    };
  };
}
