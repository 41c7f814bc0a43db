// Tenancy test helpers: SDK clients whose every response is checked against the contract, and users in tenants.
import { createGatehouseClient, type GatehouseClient, memoryStorage } from "../../sdk/src/index.js";
import type { Store } from "../../server/store/db.js";
import { conformingFetch, type Exchange } from "../helpers/contract.js";
import { BASE_URL, PG_URL, postgresStore, type TestGatehouse } from "../helpers/gatehouse.js";
import { claimsOf, PASSWORD, uniqueEmail } from "../helpers/http.js";

export const backends: Array<[string, () => Promise<{ store?: Store; drop: () => Promise<void> }>]> = [
  ["PGlite", async () => ({ drop: async () => {} })],
];
if (PG_URL) backends.push(["PostgreSQL", async () => postgresStore()]);

export interface Person {
  client: GatehouseClient;
  userId: string;
  email: string;
  /** The current access token's claims. */
  claims(): Promise<Record<string, unknown>>;
  accessToken(): Promise<string>;
  refreshToken(): Promise<string>;
}

/** Signs up a new user (a `member` of the default tenant) with a token-mode SDK client. */
export async function signUp(gh: TestGatehouse, seen: Exchange[] = []): Promise<Person> {
  const storage = memoryStorage();
  const client = createGatehouseClient({
    baseUrl: BASE_URL,
    mode: "token",
    storage,
    fetch: conformingFetch(gh.fetch, seen),
  });
  const email = uniqueEmail("tenancy");
  const up = await client.signUp({ email, password: PASSWORD });
  if (up.response.status !== 201 || !up.data) throw new Error(`sign-up failed: ${up.response.status}`);
  const token = async () => (await storage.get())?.accessToken ?? "";
  return {
    client,
    userId: up.data.user.id,
    email,
    accessToken: token,
    refreshToken: async () => (await storage.get())?.refreshToken ?? "",
    claims: async () => claimsOf(await token()),
  };
}
