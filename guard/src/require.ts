// Route requirements, framework-neutral: each takes the request's context and route parameters and returns a refusal or nothing.
import { GuardError } from "./errors.js";
import type { AuthContext } from "./types.js";

/** A route's requirement: undefined when `auth` may go on, else the refusal to answer with. */
export type Requirement = (
  auth: AuthContext,
  param: (name: string) => string | undefined,
) => GuardError | undefined;

const nonEmpty = (what: string, names: readonly string[]) => {
  if (names.length === 0 || names.some((n) => typeof n !== "string" || n.length === 0))
    throw new TypeError(`${what}: at least one non-empty name`);
};

const unauthenticated = (auth: AuthContext) =>
  auth.kind === "anonymous" ? new GuardError("AUTH_UNAUTHENTICATED", { reason: "missing" }) : undefined;

/** Any verified credential: a user's session, an API key or a service. */
export function requireAuth(): Requirement {
  return unauthenticated;
}

/** Every one of `perms` in the active tenant; the 403 names the missing ones (`error.missingPermissions`). */
export function requirePermission(...perms: string[]): Requirement {
  nonEmpty("requirePermission", perms);
  return (auth) => {
    const refused = unauthenticated(auth);
    if (refused) return refused;
    const missing = perms.filter((p) => !auth.perms.includes(p));
    return missing.length === 0
      ? undefined
      : new GuardError("AUTH_INSUFFICIENT_PERMISSIONS", {
          reason: "permission",
          message: `Requires the permission ${missing.join(", ")}.`,
          missingPermissions: missing,
        });
  };
}

/** One of `roles` (a ServiceAuth caller holds the role `service`). */
export function requireRole(...roles: string[]): Requirement {
  nonEmpty("requireRole", roles);
  return (auth) => {
    const refused = unauthenticated(auth);
    if (refused) return refused;
    return roles.some((r) => auth.roles.includes(r))
      ? undefined
      : new GuardError("AUTH_INSUFFICIENT_PERMISSIONS", {
          reason: "role",
          message: `Requires the role ${roles.join(" or ")}.`,
        });
  };
}

/** The route parameter `param` names the caller's active tenant (a service has none, so is refused). */
export function requireTenant(param: string): Requirement {
  nonEmpty("requireTenant", [param]);
  return (auth, value) => {
    const refused = unauthenticated(auth);
    if (refused) return refused;
    const wanted = value(param);
    return wanted !== undefined && auth.tenantId !== null && wanted === auth.tenantId
      ? undefined
      : new GuardError("AUTH_TENANT_ACCESS_DENIED", { reason: "tenant" });
  };
}

/** Anyone, the context saying who (`kind: "anonymous"` without a credential); an invalid credential is still refused. */
export function allowAnonymous(): Requirement {
  return () => undefined;
}

/** Several requirements, all of which must pass (the first refusal answers). */
export function all(...requirements: Requirement[]): Requirement {
  return (auth, param) => {
    for (const r of requirements) {
      const refused = r(auth, param);
      if (refused) return refused;
    }
    return undefined;
  };
}

/** The requirement helpers over an adapter's `protect` (what `honoGuard` and `expressGuard` return). */
export function helpersOver<M>(protect: (requirement: Requirement) => M) {
  return {
    requireAuth: () => protect(requireAuth()),
    requirePermission: (...perms: string[]) => protect(requirePermission(...perms)),
    requireRole: (...roles: string[]) => protect(requireRole(...roles)),
    requireTenant: (param: string) => protect(requireTenant(param)),
    allowAnonymous: () => protect(allowAnonymous()),
    /** Middleware for any requirement (e.g. `all(requireRole("admin"), requireTenant("tenantId"))`). */
    protect,
  };
}
