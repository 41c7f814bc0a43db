// Admin test helpers: SDK clients that send fixed admin credentials, super-admin users, and the audit log.
import { expect } from "vitest";
import { createGatehouseClient, type GatehouseClient, memoryStorage } from "../../sdk/src/index.js";
import { conformingFetch, type Exchange } from "../helpers/contract.js";
import { BASE_URL, type TestGatehouse } from "../helpers/gatehouse.js";

/** An SDK client sending exactly these headers (no session of its own); responses checked into `seen`. */
export function headerClient(
  gh: TestGatehouse,
  headers: Record<string, string>,
  seen: Exchange[] = [],
): GatehouseClient {
  return createGatehouseClient({
    baseUrl: BASE_URL,
    mode: "token",
    storage: memoryStorage(),
    fetch: conformingFetch(gh.fetch, seen),
    headers,
  });
}

/** An operator's client: ServiceAuth with `secret` (one of SERVICE_AUTH_SECRETS), and a recognisable user agent. */
export const serviceClient = (gh: TestGatehouse, secret: string, seen: Exchange[] = []) =>
  headerClient(gh, { "x-service-auth": secret, "user-agent": "admin-test/1.0" }, seen);

/** Flags the user as a super-admin straight in the store (no audit event, unlike the admin route). */
export async function makeSuperAdmin(gh: TestGatehouse, userId: string): Promise<void> {
  await gh.deps.store.db.updateTable("users").set({ super_admin: true }).where("id", "=", userId).execute();
}

/** The audit events matching `query`, newest first, read through GET /admin/audit-events. */
export async function auditEvents(operator: GatehouseClient, query: Record<string, string | number>) {
  const { data, response } = await operator.GET("/admin/audit-events", { params: { query } });
  expect(response.status).toBe(200);
  return data?.events ?? [];
}
