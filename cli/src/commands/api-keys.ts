// api-keys create / list / revoke: keys for programs acting for the user; the secret is shown once, at creation.
import { CliError, EXIT } from "../errors.js";
import { clean, note, printJson, printLine, printTable } from "../output.js";
import { type Context, dataOf, okOrThrow, sessionClient } from "../session.js";

export interface CreateOptions {
  name: string;
  scope?: string[];
  expiresAt?: string;
}

export async function createApiKey(ctx: Context, options: CreateOptions): Promise<void> {
  let expiresAt: string | undefined;
  if (options.expiresAt !== undefined) {
    const d = new Date(options.expiresAt);
    if (Number.isNaN(d.getTime()))
      throw new CliError(EXIT.USAGE, "USAGE", `--expires-at is not a date: ${clean(options.expiresAt)}`);
    expiresAt = d.toISOString();
  }
  const { client } = await sessionClient(ctx);
  const key = dataOf(
    await client.createApiKey({
      name: options.name,
      scopes: options.scope ?? [],
      ...(expiresAt ? { expiresAt } : {}),
    }),
  );
  if (ctx.json) return printJson(key);
  // Only the secret on stdout (`KEY=$(gatehouse api-keys create …)`); the rest on stderr.
  note(
    `Created API key ${clean(key.name)} (${key.id}) in tenant ${clean(key.tenantId)}, scopes: ${clean(key.scopes.join(", ") || "none")}.`,
  );
  note("Store the key now: it is not shown again.");
  printLine(key.key);
}

export async function listApiKeys(ctx: Context): Promise<void> {
  const { client } = await sessionClient(ctx);
  const { apiKeys } = dataOf(await client.listApiKeys());
  if (ctx.json) return printJson({ apiKeys });
  const now = Date.now();
  printTable(
    ["ID", "NAME", "PREVIEW", "TENANT", "SCOPES", "LAST USED", "EXPIRES", "STATUS"],
    apiKeys.map((k) => [
      k.id,
      k.name,
      k.preview,
      k.tenantId,
      k.scopes.join(","),
      k.lastUsedAt,
      k.expiresAt,
      k.revokedAt ? "revoked" : k.expiresAt && Date.parse(k.expiresAt) <= now ? "expired" : "active",
    ]),
  );
}

export async function revokeApiKey(ctx: Context, keyId: string): Promise<void> {
  const { client } = await sessionClient(ctx);
  okOrThrow(await client.revokeApiKey(keyId));
  if (ctx.json) return printJson({ revoked: keyId });
  printLine(`Revoked API key ${clean(keyId)}`);
}
