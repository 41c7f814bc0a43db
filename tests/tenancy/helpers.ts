// Tenancy test helpers: SDK clients whose every response is checked against the contract, users, tenants and members.
import { createGatehouseClient, type GatehouseClient, memoryStorage } from "../../sdk/src/index.js";
import type { PresetName } from "../../server/services/permissions.js";
import { addMembership } from "../../server/store/memberships.js";
import type { RegistrationPolicy } from "../../server/store/schema.js";
import { conformingFetch, type Exchange } from "../helpers/contract.js";
import { BASE_URL, type TestGatehouse } from "../helpers/gatehouse.js";
import { claimsOf, PASSWORD, uniqueEmail } from "../helpers/http.js";

// Kept here as well: suites written before they moved to helpers/gatehouse.ts import them from this module.
export { backends, startOn } from "../helpers/gatehouse.js";

/** A token-mode SDK client with no session yet, and what it will hold once it has one. */
export interface TokenClient {
  client: GatehouseClient;
  /** The current access token's claims ({} before a session). */
  claims(): Promise<Record<string, unknown>>;
  accessToken(): Promise<string>;
  refreshToken(): Promise<string>;
}

export interface Person extends TokenClient {
  userId: string;
  email: string;
}

/**
 * A token-mode SDK client over the app, checking every response against the contract (into `seen`),
 * sending `headers` (e.g. a user agent) with every request.
 */
export function tokenClient(
  gh: TestGatehouse,
  seen: Exchange[] = [],
  headers: Record<string, string> = {},
): TokenClient {
  const storage = memoryStorage();
  const client = createGatehouseClient({
    baseUrl: BASE_URL,
    mode: "token",
    storage,
    fetch: conformingFetch(gh.fetch, seen),
    headers,
  });
  const accessToken = async () => (await storage.get())?.accessToken ?? "";
  return {
    client,
    accessToken,
    refreshToken: async () => (await storage.get())?.refreshToken ?? "",
    claims: async () => claimsOf(await accessToken()),
  };
}

/** Signs up a new user (a `member` of the default tenant) with a token-mode SDK client. */
export async function signUp(
  gh: TestGatehouse,
  seen: Exchange[] = [],
  headers: Record<string, string> = {},
): Promise<Person> {
  const tc = tokenClient(gh, seen, headers);
  const email = uniqueEmail("tenancy");
  const up = await tc.client.signUp({ email, password: PASSWORD });
  if (up.response.status !== 201 || !up.data) throw new Error(`sign-up failed: ${up.response.status}`);
  return { ...tc, userId: up.data.user.id, email };
}

export interface NewTenantOptions {
  preset?: PresetName;
  registrationPolicy?: RegistrationPolicy;
  name?: string;
  /** Switch the owner's session into the new tenant (its routes need it as the active tenant). */
  switchOwner?: boolean;
}

/** A tenant (planning preset unless told) created by the service, whose admin is `owner`; a unique slug. */
export async function newTenant(gh: TestGatehouse, owner: Person, options: NewTenantOptions = {}) {
  const tenant = await gh.deps.tenants.create(owner.userId, {
    name: options.name ?? "Acme",
    slug: `t-${crypto.randomUUID().slice(0, 12)}`,
    preset: options.preset ?? "planning",
    ...(options.registrationPolicy ? { registrationPolicy: options.registrationPolicy } : {}),
  });
  if (options.switchOwner) {
    const switched = await owner.client.switchTenant(tenant.id);
    if (switched.response.status !== 200) throw new Error(`switch failed: ${switched.response.status}`);
  }
  return tenant;
}

/** Makes `person` a member of the tenant with `roles`, straight in the store (no invitation round trip). */
export async function addMember(gh: TestGatehouse, person: Person, tenantId: string, roles: string[]) {
  await addMembership(gh.deps.store.db, { userId: person.userId, tenantId, roles }, gh.clock.now());
}

/** A new user who is a member of the tenant with `roles`. */
export async function join(gh: TestGatehouse, tenantId: string, roles: string[]): Promise<Person> {
  const person = await signUp(gh);
  await addMember(gh, person, tenantId, roles);
  return person;
}

/** A new user who created a planning tenant through the API (POST /tenants) and switched into it. */
export async function adminOfNewTenant(
  gh: TestGatehouse,
  seen: Exchange[] = [],
  headers: Record<string, string> = {},
) {
  const admin = await signUp(gh, seen, headers);
  const created = await admin.client.POST("/tenants", {
    body: { name: "Acme", slug: `s-${crypto.randomUUID().slice(0, 12)}`, preset: "planning" },
  });
  if (created.response.status !== 201 || !created.data)
    throw new Error(`tenant creation failed: ${created.response.status}`);
  const switched = await admin.client.switchTenant(created.data.id);
  if (switched.response.status !== 200) throw new Error(`switch failed: ${switched.response.status}`);
  return { admin, tenantId: created.data.id };
}
