// The deprecated /user_identity/* mirror: the very same handlers as the /user operations they mirror.
import type { Handlers } from "../contract/mount.js";
import type { AccountHandlers } from "./account.js";
import type { SsoHandlers } from "./sso.js";
import type { UserHandlers } from "./user.js";

type MirrorOps = Extract<keyof Handlers, `DeprecatedEndpoints_${string}`>;
type Originals = UserHandlers & AccountHandlers & SsoHandlers;

// Every mirrored operation names its original; a mirror added to the contract without one is a type error.
const MIRROR = {
  DeprecatedEndpoints_signUp: "UserOperations_signUp",
  DeprecatedEndpoints_signIn: "UserOperations_signIn",
  DeprecatedEndpoints_signOut: "UserOperations_signOut",
  DeprecatedEndpoints_refreshSession: "UserOperations_refreshSession",
  DeprecatedEndpoints_getMe: "UserOperations_getMe",
  DeprecatedEndpoints_updateMe: "UserOperations_updateMe",
  DeprecatedEndpoints_listSessions: "UserOperations_listSessions",
  DeprecatedEndpoints_revokeSession: "UserOperations_revokeSession",
  DeprecatedEndpoints_requestEmailVerification: "AccountOperations_requestEmailVerification",
  DeprecatedEndpoints_confirmEmailVerification: "AccountOperations_confirmEmailVerification",
  DeprecatedEndpoints_requestPasswordReset: "AccountOperations_requestPasswordReset",
  DeprecatedEndpoints_confirmPasswordReset: "AccountOperations_confirmPasswordReset",
  DeprecatedEndpoints_changePassword: "AccountOperations_changePassword",
  DeprecatedEndpoints_deleteMe: "AccountOperations_deleteMe",
  DeprecatedEndpoints_ssoSignIn: "SsoOperations_ssoSignIn",
} as const satisfies Record<MirrorOps, keyof Originals>;

/**
 * A mirrored route has the same parameters, bodies and responses as its original; only the path
 * literal in its type differs, which is why the handler is re-typed rather than re-written.
 */
export function deprecatedHandlers(originals: Originals): Pick<Handlers, MirrorOps> {
  return Object.fromEntries(
    Object.entries(MIRROR).map(([mirror, original]) => [mirror, originals[original]]),
  ) as unknown as Pick<Handlers, MirrorOps>;
}
