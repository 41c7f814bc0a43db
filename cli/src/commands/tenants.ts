// tenants list / switch: the tenants the user belongs to, and moving the session into another one.
import { CliError, EXIT } from "../errors.js";
import { clean, good, printJson, printLine, printTable } from "../output.js";
import { type Context, claimsOf, dataOf, sessionClient } from "../session.js";

export async function listTenants(ctx: Context): Promise<void> {
  const { client, profile } = await sessionClient(ctx);
  const { tenants } = dataOf(await client.GET("/tenants"));
  const active = (await client.getTokens())?.accessToken ?? profile.accessToken;
  const activeTenantId = claimsOf(active).tid ?? null;
  if (ctx.json) return printJson({ activeTenantId, tenants });
  printTable(
    ["", "ID", "SLUG", "NAME", "ROLES", "STATUS"],
    tenants.map((t) => [
      t.id === activeTenantId ? "*" : "",
      t.id,
      t.slug,
      t.name,
      t.roles.join(","),
      t.status,
    ]),
  );
}

/** Switches to a tenant given by id or slug (ids are matched first). */
export async function switchTenant(ctx: Context, idOrSlug: string): Promise<void> {
  const { client } = await sessionClient(ctx);
  const { tenants } = dataOf(await client.GET("/tenants"));
  const tenant = tenants.find((t) => t.id === idOrSlug) ?? tenants.find((t) => t.slug === idOrSlug);
  if (!tenant)
    throw new CliError(
      EXIT.GENERIC,
      "NOT_FOUND",
      `you are not an active member of a tenant ${clean(idOrSlug)}`,
    );
  // The SDK keeps the new pair (written to the credentials file) before answering.
  const result = dataOf(await client.switchTenant(tenant.id));
  const roles = result.user.roles;
  if (ctx.json)
    return printJson({
      tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name },
      roles,
      session: result.session,
    });
  printLine(
    `${good("Switched")} to ${clean(tenant.name)} (${clean(tenant.slug)}), roles ${clean(roles.join(", ") || "-")}`,
  );
}
