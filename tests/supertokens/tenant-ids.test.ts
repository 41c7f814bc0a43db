// The FDI user object's `tenantIds`: the user's active memberships, the default tenant as `public`, on every
// route that returns a user (sign-up, sign-in, /auth/{tenantId}/…) — on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMembership } from "../../server/store/memberships.js";
import { BASE_URL, backends, startOn, type TestGatehouse } from "../helpers/gatehouse.js";
import { json, PASSWORD, uniqueEmail } from "../helpers/http.js";

const form = (email: string) => ({
  formFields: [
    { id: "email", value: email },
    { id: "password", value: PASSWORD },
  ],
});

describe.each(backends)("SuperTokens tenantIds on %s", (_name, open) => {
  let gh: TestGatehouse;
  let close: () => Promise<void>;
  beforeAll(async () => ({ gh, close } = await startOn(open)));
  afterAll(() => close());

  /** The `user.tenantIds` of an FDI answer (it must be OK). */
  async function tenantIdsOf(path: string, email: string): Promise<string[]> {
    const res = await gh.fetch(`${BASE_URL}${path}`, json(form(email)));
    const body = (await res.json()) as { status: string; user?: { tenantIds: string[] } };
    expect(body.status, path).toBe("OK");
    return body.user?.tenantIds ?? [];
  }
  /** A membership that is younger than the user's first one (the clock moves on first). */
  async function joinLater(userId: string, tenantId: string) {
    gh.clock.advance(1000);
    await addMembership(gh.deps.store.db, { userId, tenantId, roles: ["viewer"] }, gh.clock.now());
  }
  async function openTenant() {
    const owner = await gh.deps.accounts.signUp({ email: uniqueEmail("owner"), password: PASSWORD });
    return gh.deps.tenants.create(owner.user.id, {
      name: "Acme",
      slug: `ids-${crypto.randomUUID().slice(0, 8)}`,
      preset: "planning",
      registrationPolicy: "open",
    });
  }

  it("sign-up into the default tenant reports `public`, on /auth/signup and /auth/public/signup", async () => {
    expect(await tenantIdsOf("/auth/signup", uniqueEmail("st-ids"))).toEqual(["public"]);
    expect(await tenantIdsOf("/auth/public/signup", uniqueEmail("st-ids"))).toEqual(["public"]);
  });

  it("a member of the default tenant and another lists both (membership order); sign-in by slug or id alike", async () => {
    const t = await openTenant();
    const email = uniqueEmail("st-ids");
    expect(await tenantIdsOf("/auth/signup", email)).toEqual(["public"]);
    const user = await gh.deps.accounts.findByEmail(email);
    await joinLater(user?.id ?? "", t.id);
    for (const path of [
      "/auth/signin",
      `/auth/${t.slug}/signin`,
      `/auth/${t.id}/signin`,
      "/auth/public/signin",
    ])
      expect(await tenantIdsOf(path, email)).toEqual(["public", t.id]);
  });

  it("only where the user is an active member: a tenant-only account has no `public`; deactivation drops it", async () => {
    const t = await openTenant();
    const email = uniqueEmail("st-ids");
    expect(await tenantIdsOf(`/auth/${t.slug}/signup`, email)).toEqual([t.id]);
    const user = await gh.deps.accounts.findByEmail(email);
    const other = await openTenant();
    const joined = await tenantIdsOf(`/auth/${other.id}/signup`, uniqueEmail("st-ids"));
    expect(joined).toEqual([other.id]);
    // Member of a second tenant, then deactivated in the first: only the second is listed.
    await joinLater(user?.id ?? "", other.id);
    await gh.deps.tenants.updateMember(t.id, user?.id ?? "", { active: false });
    expect(await tenantIdsOf(`/auth/${other.slug}/signin`, email)).toEqual([other.id]);
  });
});
