// API key test helpers: a planning tenant with an admin and an analyst, and SDK clients that use a key.
import { createGatehouseClient, type GatehouseClient } from "../../sdk/src/index.js";
import { addMembership } from "../../server/store/memberships.js";
import { conformingFetch, type Exchange } from "../helpers/contract.js";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import type { backends } from "../tenancy/helpers.js";
import { type Person, signUp } from "../tenancy/helpers.js";

export const KEY_SHAPE = /^gh_sk_[A-Za-z0-9_-]{43}$/;

export interface KeyTenant {
  tenantId: string;
  /** The tenant's creator: `admin`, active in it. */
  admin: Person;
  /** An `analyst` (tenant:read, members:read, … but not roles:read), active in it. */
  analyst: Person;
}

/** A new planning-preset tenant with an admin and an analyst, each switched into it. */
export async function keyTenant(gh: TestGatehouse, seen: Exchange[] = []): Promise<KeyTenant> {
  const admin = await signUp(gh, seen);
  const tenantId = (
    await gh.deps.tenants.create(admin.userId, {
      name: "Keys Co",
      slug: `keys-${crypto.randomUUID().slice(0, 8)}`,
      preset: "planning",
    })
  ).id;
  const analyst = await signUp(gh, seen);
  await addMembership(
    gh.deps.store.db,
    { userId: analyst.userId, tenantId, roles: ["analyst"] },
    gh.clock.now(),
  );
  for (const p of [admin, analyst]) {
    const switched = await p.client.switchTenant(tenantId);
    if (switched.response.status !== 200) throw new Error(`switch failed: ${switched.response.status}`);
  }
  return { tenantId, admin, analyst };
}

/** An SDK client that authenticates with the API key only (every response checked against the contract). */
export function keyClient(gh: TestGatehouse, apiKey: string, seen: Exchange[] = []): GatehouseClient {
  return createGatehouseClient({
    baseUrl: BASE_URL,
    mode: "token",
    apiKey,
    fetch: conformingFetch(gh.fetch, seen),
  });
}

/** Creates a key through the SDK and returns its secret and id; fails the test unless it is 201. */
export async function createKey(
  p: Person,
  body: { name?: string; scopes: string[]; expiresAt?: string },
): Promise<{ key: string; id: string }> {
  const res = await p.client.createApiKey({ name: body.name ?? "test key", ...body });
  if (res.response.status !== 201 || !res.data)
    throw new Error(`create failed: ${res.response.status} ${JSON.stringify(res.error)}`);
  return { key: res.data.key, id: res.data.id };
}

/** A raw request with the key as a bearer token. */
export function withKey(gh: TestGatehouse, key: string, path: string, init: RequestInit = {}) {
  return gh.fetch(`${BASE_URL}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...init.headers },
  });
}

/** A test Gatehouse on one of the `backends`, with a key tenant; `close` stops it and drops its database. */
export async function openKeyTenant(
  open: (typeof backends)[number][1],
  seen: Exchange[] = [],
): Promise<{ gh: TestGatehouse; t: KeyTenant; close: () => Promise<void> }> {
  const db = await open();
  const gh = await startTestGatehouse(db.store ? { store: db.store } : {});
  const t = await keyTenant(gh, seen);
  return {
    gh,
    t,
    close: async () => {
      await gh.close();
      await db.drop();
    },
  };
}
