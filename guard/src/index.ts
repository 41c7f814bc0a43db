// @gatehouse/guard: verifies Gatehouse credentials in your own service. Adapters: `@gatehouse/guard/hono`, `@gatehouse/guard/express`.
export { authContextFor, type RequestLike } from "./context.js";
export { createGuard, type Guard, type GuardOptions } from "./create-guard.js";
export { GuardError, type GuardErrorCode, type GuardErrorReason } from "./errors.js";
export {
  all,
  allowAnonymous,
  type Requirement,
  requireAuth,
  requirePermission,
  requireRole,
  requireTenant,
} from "./require.js";
export type { AccessTokenClaims, AuthContext, GuardLogger, GuardRequest, HeadersLike } from "./types.js";
