// BackendBearerAuth: `Authorization: Bearer <access token>` — the `backend_session` cookie's JWT, sent as a header.
import type { Context } from "hono";
import type { AuthContext } from "../context.js";
import { AppError } from "../errors.js";
import { bearerToken } from "./api-v1.js";
import { type SessionTokenDeps, verifySessionToken } from "./backend-session.js";

const challenge = (error: string) => ({
  "WWW-Authenticate": `Bearer realm="gatehouse", error="${error}"`,
});

/**
 * Only Gatehouse-profile access JWTs pass: a SuperTokens access token fails the audience check, and
 * refresh tokens, v1 tokens and API keys are not JWTs we signed — all are 401 here, never another scheme's
 * credential accepted by accident.
 */
export function backendBearerVerifier(deps: SessionTokenDeps) {
  return async function verifyBackendBearer(c: Context): Promise<AuthContext> {
    const token = bearerToken(c);
    if (!token) throw new AppError("AUTH_UNAUTHENTICATED", { headers: challenge("missing_token") });
    return verifySessionToken(deps, token, "BackendBearerAuth", challenge);
  };
}
