// SuperAdminAuth: `Authorization: Bearer <access token>` of a live session whose user is a super-admin.
import type { Context } from "hono";
import type { AuthContext } from "../context.js";
import { AppError } from "../errors.js";
import type { AccountService } from "../services/accounts.js";
import { bearerToken } from "./api-v1.js";
import { type SessionTokenDeps, verifySessionToken } from "./backend-session.js";
import { refuseServiceSecret } from "./service-auth.js";

const challenge = (error: string) => ({
  "WWW-Authenticate": `Bearer realm="gatehouse-admin", error="${error}"`,
});

/**
 * The session checks of BackendBearerAuth, then the user's flag read from the database (not the token):
 * taking super-admin away, or disabling the user, takes effect on the next request.
 */
export function superAdminVerifier(deps: SessionTokenDeps & { accounts: Pick<AccountService, "findById"> }) {
  return async function verifySuperAdmin(c: Context): Promise<AuthContext> {
    const token = bearerToken(c);
    if (!token) throw new AppError("AUTH_UNAUTHENTICATED", { headers: challenge("missing_token") });
    refuseServiceSecret(c);
    const auth = await verifySessionToken(deps, token, "SuperAdminAuth", challenge);
    // A support session acts as a member, never with anyone's admin powers (even a super-admin's: those
    // are not impersonated at all, but a flag set later must not open /admin to a running impersonation).
    if (auth.impersonator !== undefined) throw new AppError("AUTH_INSUFFICIENT_PERMISSIONS");
    const user = await deps.accounts.findById(auth.userId);
    if (!user || user.disabled_at)
      throw new AppError("AUTH_UNAUTHENTICATED", { headers: challenge("invalid_token") });
    if (!user.super_admin) throw new AppError("AUTH_INSUFFICIENT_PERMISSIONS");
    return { ...auth, actor: { type: "admin", id: user.id } };
  };
}
