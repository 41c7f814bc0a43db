// Sign-up and sign-in into a named tenant: registration policy, membership, suspension, no enumeration.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMembership } from "../../server/store/memberships.js";
import { updateTenant } from "../../server/store/tenants.js";
import type { TestGatehouse } from "../helpers/gatehouse.js";
import { PASSWORD, uniqueEmail } from "../helpers/http.js";
import { backends, newTenant, type Person, signUp, startOn, tokenClient } from "./helpers.js";

describe.each(backends)("sign-up and sign-in into a tenant on %s", (_name, open) => {
  let gh: TestGatehouse;
  let close: () => Promise<void>;
  let owner: Person;
  beforeAll(async () => {
    ({ gh, close } = await startOn(open));
    owner = await signUp(gh);
  });
  afterAll(() => close());

  const client = () => {
    const { client, claims } = tokenClient(gh);
    return { c: client, claims };
  };
  const tenant = (policy: "open" | "invite" | "closed", preset: "planning" | "default" = "planning") =>
    newTenant(gh, owner, { registrationPolicy: policy, preset });

  it("an open tenant, by id or by slug: the account joins with the tenant's default role and lands there", async () => {
    const t = await tenant("open");
    for (const sel of [{ tenantId: t.id }, { tenantSlug: t.slug }]) {
      const { c, claims } = client();
      const up = await c.signUp({ email: uniqueEmail("open"), password: PASSWORD, ...sel });
      expect(up.response.status).toBe(201);
      expect(up.data?.user).toMatchObject({ tenantId: t.id, roles: ["viewer"] });
      expect(await claims()).toMatchObject({ tid: t.id, roles: ["viewer"] });
    }
  });

  it("invite, closed, suspended and unknown tenants refuse sign-up alike (403 AUTH_REGISTRATION_CLOSED), creating nothing", async () => {
    const invite = await tenant("invite");
    const closed = await tenant("closed");
    const suspended = await tenant("open");
    await updateTenant(gh.deps.store.db, suspended.id, { status: "suspended" }, gh.clock.now());
    const bodies = [
      { tenantId: invite.id },
      { tenantSlug: closed.slug },
      { tenantId: suspended.id },
      { tenantId: "no-such-tenant" },
      { tenantSlug: "no-such-slug" },
    ];
    for (const sel of bodies) {
      const email = uniqueEmail("refused");
      const { c } = client();
      const up = await c.signUp({ email, password: PASSWORD, ...sel });
      expect(up.response.status, JSON.stringify(sel)).toBe(403);
      expect(up.error?.error.code).toBe("AUTH_REGISTRATION_CLOSED");
      expect(up.error?.error.message).toBe("This tenant does not accept sign-ups; ask for an invitation.");
      // No account was created: the email is still free in the default tenant.
      expect((await client().c.signUp({ email, password: PASSWORD })).response.status).toBe(201);
    }
  });

  it("empty, blank, padded, control-character or 300-char tenant names are 400, never the default tenant; both id and slug is 400", async () => {
    for (const sel of [
      { tenantId: "" },
      { tenantId: " " },
      { tenantId: " default" },
      { tenantId: "default\u0000" },
      { tenantSlug: "" },
      { tenantSlug: "Default" },
      { tenantSlug: "a".repeat(300) },
      { tenantId: "a".repeat(300) },
      { tenantId: "default", tenantSlug: "default" },
    ]) {
      const email = uniqueEmail("blank");
      const up = await client().c.signUp({ email, password: PASSWORD, ...sel });
      expect(up.response.status, JSON.stringify(sel)).toBe(400);
      expect(up.error?.error.code).toBe("VALIDATION_FAILED");
      const inn = await client().c.signIn({ email: owner.email, password: PASSWORD, ...sel });
      expect(inn.response.status, JSON.stringify(sel)).toBe(400);
      expect(inn.error?.error.code).toBe("VALIDATION_FAILED");
    }
  });

  it("sign-in into a tenant: a member lands there; a non-member, an unknown tenant and a suspended one are the same 403", async () => {
    const t = await tenant("invite");
    const ada = await signUp(gh);
    await addMembership(
      gh.deps.store.db,
      { userId: ada.userId, tenantId: t.id, roles: ["analyst"] },
      gh.clock.now(),
    );
    for (const sel of [{ tenantId: t.id }, { tenantSlug: t.slug }]) {
      const { c, claims } = client();
      const inn = await c.signIn({ email: ada.email, password: PASSWORD, ...sel });
      expect(inn.response.status).toBe(200);
      expect(inn.data?.user).toMatchObject({ tenantId: t.id, roles: ["analyst"] });
      expect(await claims()).toMatchObject({ tid: t.id, roles: ["analyst"] });
    }
    // Without a tenant: the default tenant, as before.
    const plain = client();
    expect((await plain.c.signIn({ email: ada.email, password: PASSWORD })).response.status).toBe(200);
    expect(await plain.claims()).toMatchObject({ tid: "default" });

    const eve = await signUp(gh);
    const refusals = [
      { email: eve.email, tenantId: t.id },
      { email: eve.email, tenantSlug: t.slug },
      { email: eve.email, tenantId: "no-such-tenant" },
      { email: eve.email, tenantSlug: "no-such-slug" },
    ];
    const bodies = new Set<string>();
    for (const r of refusals) {
      const inn = await client().c.signIn({ password: PASSWORD, ...r });
      expect(inn.response.status, JSON.stringify(r)).toBe(403);
      expect(inn.error?.error.code).toBe("AUTH_TENANT_ACCESS_DENIED");
      bodies.add(inn.error?.error.message ?? "");
    }
    expect(bodies.size).toBe(1);
    // A wrong password is 401 whatever tenant is named: the tenant is looked at only after the password.
    const wrong = await client().c.signIn({
      email: eve.email,
      password: "wrong password!!",
      tenantId: "nope",
    });
    expect(wrong.response.status).toBe(401);
    expect(wrong.error?.error.code).toBe("AUTH_INVALID_CREDENTIALS");

    // Suspended: the member is refused too; a deactivated membership as well.
    await updateTenant(gh.deps.store.db, t.id, { status: "suspended" }, gh.clock.now());
    const susp = await client().c.signIn({ email: ada.email, password: PASSWORD, tenantId: t.id });
    expect(susp.response.status).toBe(403);
    expect(susp.error?.error.code).toBe("AUTH_TENANT_ACCESS_DENIED");
    await updateTenant(gh.deps.store.db, t.id, { status: "active" }, gh.clock.now());
    await gh.deps.tenants.updateMember(t.id, ada.userId, { active: false });
    const inactive = await client().c.signIn({ email: ada.email, password: PASSWORD, tenantSlug: t.slug });
    expect(inactive.response.status).toBe(403);
    expect(inactive.error?.error.code).toBe("AUTH_TENANT_ACCESS_DENIED");
  });
});
