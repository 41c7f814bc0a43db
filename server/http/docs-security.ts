// Says in each operation's description which credential it needs, for readers of the reference page
// (Swagger UI's lock only shows a scheme's name after a click). Derived from the contract's own
// `security` and `securitySchemes`, so a scheme added to the contract shows up without an edit here.

interface SecurityScheme {
  type: string;
  in?: string;
  name?: string;
  scheme?: string;
}

type Operation = Record<string, unknown> & {
  description?: string;
  security?: Array<Record<string, string[]>>;
};

/** One scheme as a reader recognises it on the wire: a cookie, a header or a bearer token. */
function wireName(id: string, scheme: SecurityScheme | undefined): string {
  if (scheme?.type === "apiKey" && scheme.in === "cookie") return `the \`${scheme.name}\` cookie (${id})`;
  if (scheme?.type === "apiKey") return `the \`${scheme.name}\` ${scheme.in ?? "header"} (${id})`;
  if (scheme?.type === "http") return `\`Authorization: ${scheme.scheme ?? "Bearer"}\` (${id})`;
  return id;
}

/** The "Requires" line for one operation; alternatives are joined with "or". */
export function requirementLine(op: Operation, schemes: Record<string, SecurityScheme>): string {
  const alternatives = op.security ?? [];
  const named = alternatives.filter((a) => Object.keys(a).length > 0);
  if (named.length === 0) return "**Credentials:** none.";
  const text = named
    .map((a) =>
      Object.keys(a)
        .map((id) => wireName(id, schemes[id]))
        .join(" and "),
    )
    .join(" or ");
  const optional = named.length < alternatives.length ? " (optional)" : "";
  const perms = op["x-gatehouse-permissions"];
  const tenantParam = op["x-gatehouse-tenant-param"];
  const scope =
    typeof tenantParam === "string" ? ` in the active tenant (\`{${tenantParam}}\` must be it)` : "";
  const permText =
    Array.isArray(perms) && perms.length > 0 ? ` **Permissions:** ${perms.join(", ")}${scope}.` : "";
  return `**Requires:** ${text}${optional}.${permText}`;
}

/** A copy of `paths` whose every operation's description ends with its requirement line. */
export function withRequirements(
  paths: Record<string, unknown>,
  schemes: Record<string, SecurityScheme>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, item] of Object.entries(paths)) {
    const methods: Record<string, unknown> = {};
    for (const [method, value] of Object.entries(item as Record<string, unknown>)) {
      const op = value as Operation;
      const line = requirementLine(op, schemes);
      methods[method] = { ...op, description: op.description ? `${op.description}\n\n${line}` : line };
    }
    out[path] = methods;
  }
  return out;
}
