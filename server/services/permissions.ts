// Role presets and the one function that turns a membership's roles into permissions (token and server alike).

/** A permission name: `resource:action`, lower-case. */
export const PERMISSION_PATTERN = /^[a-z][a-z0-9&_-]{0,62}:[a-z][a-z0-9_-]{0,62}$/;

/** What tenant routes require; `tenant:delete` and `tenant:transfer` are in no preset, only granted by hand. */
export const TENANT_PERMISSIONS = [
  "tenant:read",
  "tenant:update",
  "tenant:delete",
  "tenant:transfer",
  "members:read",
  "members:manage",
  "members:invite",
  "roles:read",
  "roles:manage",
] as const;

const TENANT_ADMIN = [
  "tenant:read",
  "tenant:update",
  "members:read",
  "members:manage",
  "members:invite",
  "roles:read",
  "roles:manage",
];

export interface RoleDefinition {
  name: string;
  description: string;
  permissions: readonly string[];
}

export type PresetName = "default" | "planning" | "tiers";

/** Builds a ladder: each role holds its own permissions and every lower role's. */
function ladder(steps: ReadonlyArray<{ name: string; description: string; adds: readonly string[] }>) {
  const out: RoleDefinition[] = [];
  let held: string[] = [];
  for (const step of steps) {
    held = [...new Set([...held, ...step.adds])].sort();
    out.push({ name: step.name, description: step.description, permissions: held });
  }
  return out;
}

/** The 15 content-platform permissions of the `tiers` preset. */
export const CONTENT_PERMISSIONS = [
  "content:read-public",
  "content:read-preview",
  "content:read-full",
  "content:read-premium",
  "search:basic",
  "search:advanced",
  "search:unlimited",
  "track:progress",
  "journey:create",
  "spaced-repetition:use",
  "analytics:advanced",
  "content:manage",
  "users:manage",
  "analytics:view",
  "rate-limits:bypass",
] as const;

export const PRESETS: Readonly<Record<PresetName, readonly RoleDefinition[]>> = {
  // What every tenant had before tenancy: members may read their tenant, nothing more.
  default: [
    { name: "member", description: "A signed-in user of the tenant.", permissions: ["tenant:read"] },
    { name: "admin", description: "Manages the tenant, its members and roles.", permissions: TENANT_ADMIN },
  ],
  // B2B planning: admin ⊇ s&op_orchestrator ⊇ analyst ⊇ viewer.
  planning: ladder([
    {
      name: "viewer",
      description: "Reads plans and reports.",
      adds: ["tenant:read", "plan:read", "report:read"],
    },
    {
      name: "analyst",
      description: "Builds forecasts, scenarios and reports.",
      adds: ["members:read", "forecast:write", "scenario:create", "report:create"],
    },
    {
      name: "s&op_orchestrator",
      description: "Runs the S&OP cycle: approves and publishes plans, invites people.",
      adds: ["plan:approve", "plan:publish", "members:invite", "roles:read"],
    },
    { name: "admin", description: "Manages the tenant, its members and roles.", adds: TENANT_ADMIN },
  ]),
  // Content platform: free ⊆ pro ⊆ premium ⊆ admin, plus a `service` role for machine access.
  tiers: [
    ...ladder([
      {
        name: "free",
        description: "Free tier.",
        adds: [
          "tenant:read",
          "content:read-public",
          "content:read-preview",
          "search:basic",
          "track:progress",
        ],
      },
      {
        name: "pro",
        description: "Pro tier.",
        adds: ["content:read-full", "search:advanced", "journey:create", "spaced-repetition:use"],
      },
      {
        name: "premium",
        description: "Premium tier.",
        adds: ["content:read-premium", "search:unlimited", "analytics:advanced"],
      },
      {
        name: "admin",
        description: "Manages content, users and the tenant.",
        adds: ["content:manage", "users:manage", "analytics:view", "rate-limits:bypass", ...TENANT_ADMIN],
      },
    ]),
    {
      name: "service",
      description: "Another service acting for the platform (no tenant management).",
      permissions: [
        "analytics:view",
        "content:manage",
        "content:read-full",
        "content:read-premium",
        "content:read-preview",
        "content:read-public",
        "rate-limits:bypass",
        "search:unlimited",
      ],
    },
  ],
};

/** The role a tenant's creator gets, and the one that can never be left without an active member. */
export const ADMIN_ROLE = "admin";

/** The role new members get unless told otherwise (the lowest of the preset). */
export const DEFAULT_MEMBER_ROLE: Readonly<Record<PresetName, string>> = {
  default: "member",
  planning: "viewer",
  tiers: "free",
};

/**
 * THE function from a membership's roles to its permissions: the union of the permissions of the roles the
 * tenant defines (a role the tenant does not define grants nothing). The access token's `perms` and every
 * server-side check come from here, so they cannot disagree. Sorted, without duplicates.
 */
export function permissionsFor(
  memberRoles: readonly string[],
  tenantRoles: ReadonlyMap<string, readonly string[]> | Readonly<Record<string, readonly string[]>>,
): string[] {
  const lookup =
    tenantRoles instanceof Map
      ? (name: string) => tenantRoles.get(name)
      : (name: string) =>
          Object.hasOwn(tenantRoles, name)
            ? (tenantRoles as Record<string, readonly string[]>)[name]
            : undefined;
  const out = new Set<string>();
  for (const role of memberRoles) for (const p of lookup(role) ?? []) out.add(p);
  return [...out].sort();
}

/** The permissions in `required` that `held` lacks, in `required`'s order. */
export function missingPermissions(required: readonly string[], held: readonly string[]): string[] {
  const have = new Set(held);
  return required.filter((p) => !have.has(p));
}
