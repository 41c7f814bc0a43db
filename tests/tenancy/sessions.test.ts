// Tenancy in sessions: the token's tid/roles/perms, switching tenant, role changes at refresh, removal ends sessions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRESETS, permissionsFor } from "../../server/services/permissions.js";
import { BASE_URL, type TestGatehouse } from "../helpers/gatehouse.js";
import { withSession } from "../helpers/http.js";
import { addMember, backends, newTenant, type Person, signUp, startOn } from "./helpers.js";

describe.each(backends)("tenancy sessions on %s", (_name, open) => {
  let gh: TestGatehouse;
  let close: () => Promise<void>;
  beforeAll(async () => ({ gh, close } = await startOn(open)));
  afterAll(() => close());

  /** A planning tenant whose admin is `owner`; `member` joins it with `roles`. */
  async function planningTenant(owner: Person, member?: Person, roles = ["analyst"]) {
    const tenant = await newTenant(gh, owner);
    if (member) await addMember(gh, member, tenant.id, roles);
    return tenant;
  }
  const me = (p: Person) => p.client.GET("/user/me");

  it("sign-up lands in the default tenant: the token carries tid, roles and the perms those roles grant", async () => {
    const a = await signUp(gh);
    expect(await a.claims()).toMatchObject({ tid: "default", roles: ["member"], perms: ["tenant:read"] });
    expect((await me(a)).data).toMatchObject({ tenantId: "default", roles: ["member"] });
  });

  it("switching tenant issues a new pair for it; the old access and refresh tokens stop at once", async () => {
    const owner = await signUp(gh);
    const ada = await signUp(gh);
    const tenant = await planningTenant(owner, ada, ["analyst"]);
    const oldAccess = await ada.accessToken();
    const oldRefresh = await ada.refreshToken();
    const oldSid = (await ada.claims()).sid;
    const switched = await ada.client.switchTenant(tenant.id);
    expect(switched.response.status).toBe(200);
    expect(switched.data?.user).toMatchObject({ tenantId: tenant.id, roles: ["analyst"] });
    const claims = await ada.claims();
    expect(claims).toMatchObject({ tid: tenant.id, roles: ["analyst"] });
    expect(claims.perms).toEqual(
      permissionsFor(["analyst"], { analyst: PRESETS.planning[1]?.permissions ?? [] }),
    );
    expect(claims.sid).not.toBe(oldSid);
    // The same sign-in goes on: the session's absolute end is unchanged.
    expect(switched.data?.session.expiresAt).toBeDefined();
    expect((await me(ada)).data).toMatchObject({ tenantId: tenant.id, roles: ["analyst"] });
    const stale = await gh.fetch(`${BASE_URL}/user/me`, withSession(oldAccess));
    expect(stale.status).toBe(401);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe("AUTH_SESSION_REVOKED");
    const spent = await ada.client.POST("/user/session/refresh", { body: { refreshToken: oldRefresh } });
    expect(spent.response.status).toBe(401);
    // and back to the default tenant
    await ada.client.setTokens({
      accessToken: await ada.accessToken(),
      refreshToken: await ada.refreshToken(),
    });
    expect((await ada.client.switchTenant("default")).response.status).toBe(200);
    expect(await ada.claims()).toMatchObject({ tid: "default", roles: ["member"] });
  });

  it("switching to a tenant the user is no member of, or with a blank or malformed id, is refused and changes nothing", async () => {
    const owner = await signUp(gh);
    const eve = await signUp(gh);
    const tenant = await planningTenant(owner);
    const before = await eve.accessToken();
    const denied = await eve.client.switchTenant(tenant.id);
    expect(denied.response.status).toBe(403);
    expect(denied.error?.error.code).toBe("AUTH_TENANT_ACCESS_DENIED");
    const unknown = await eve.client.switchTenant("no-such-tenant");
    expect(unknown.error?.error.code).toBe("AUTH_TENANT_ACCESS_DENIED");
    for (const bad of ["", " ", " default", "default\u0000", "x".repeat(300)]) {
      const r = await eve.client.switchTenant(bad);
      expect(r.response.status, JSON.stringify(bad)).toBe(400);
      expect(r.error?.error.code).toBe("VALIDATION_FAILED");
    }
    expect(await eve.accessToken()).toBe(before);
    expect((await me(eve)).response.status).toBe(200);
  });

  it("a deactivated membership or a suspended tenant refuses the switch", async () => {
    const owner = await signUp(gh);
    const bob = await signUp(gh);
    const tenant = await planningTenant(owner, bob, ["viewer"]);
    await gh.deps.tenants.updateMember(tenant.id, bob.userId, { active: false });
    expect((await bob.client.switchTenant(tenant.id)).error?.error.code).toBe("AUTH_TENANT_ACCESS_DENIED");
    const carol = await signUp(gh);
    const other = await planningTenant(owner, carol, ["viewer"]);
    await gh.deps.store.db
      .updateTable("tenants")
      .set({ status: "suspended" })
      .where("id", "=", other.id)
      .execute();
    expect((await carol.client.switchTenant(other.id)).error?.error.code).toBe("AUTH_TENANT_ACCESS_DENIED");
  });

  it("40 parallel switches of one session: exactly one gets a new pair, the rest find the session ended", async () => {
    const owner = await signUp(gh);
    const gus = await signUp(gh);
    const tenant = await planningTenant(owner, gus, ["viewer"]);
    const token = await gus.accessToken();
    const results = await Promise.all(
      Array.from({ length: 40 }, () =>
        gh.fetch(`${BASE_URL}/user/tenant`, {
          method: "POST",
          headers: {
            authorization: `Bearer ${token}`,
            "content-type": "application/json",
            "x-auth-mode": "token",
          },
          body: JSON.stringify({ tenantId: tenant.id }),
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((st) => st === 200)).toHaveLength(1);
    expect(statuses.filter((st) => st !== 200).every((st) => st === 401)).toBe(true);
    const live = await gh.deps.store.db
      .selectFrom("sessions")
      .select(["id", "tenant_id"])
      .where("user_id", "=", gus.userId)
      .where("revoked_at", "is", null)
      .execute();
    expect(live.map((l) => l.tenant_id)).toEqual([tenant.id]);
  });

  it("a role change takes effect at the next refresh: the token and /user/me follow it", async () => {
    const owner = await signUp(gh);
    const dan = await signUp(gh);
    const tenant = await planningTenant(owner, dan, ["viewer"]);
    await dan.client.switchTenant(tenant.id);
    expect((await dan.claims()).roles).toEqual(["viewer"]);
    await gh.deps.tenants.updateMember(tenant.id, dan.userId, { roles: ["s&op_orchestrator"] });
    // The access token in hand still says viewer until the refresh.
    expect((await dan.claims()).roles).toEqual(["viewer"]);
    expect((await dan.client.refresh()).response.status).toBe(200);
    const claims = await dan.claims();
    expect(claims.roles).toEqual(["s&op_orchestrator"]);
    expect(claims.perms).toContain("plan:approve");
    expect((await me(dan)).data?.roles).toEqual(["s&op_orchestrator"]);
  });

  it("removing or deactivating a member ends their sessions in that tenant at once, not elsewhere", async () => {
    const owner = await signUp(gh);
    const eric = await signUp(gh);
    const tenant = await planningTenant(owner, eric, ["viewer"]);
    // A second session of eric's, still in the default tenant.
    const elsewhere = await eric.client.POST("/user/signin", {
      body: { email: eric.email, password: "correct horse battery staple" },
    });
    expect(elsewhere.response.status).toBe(200);
    const defaultAccess = await eric.accessToken();
    await eric.client.switchTenant(tenant.id);
    const tenantAccess = await eric.accessToken();
    const tenantRefresh = await eric.refreshToken();
    await gh.deps.tenants.removeMember(tenant.id, eric.userId);
    const dead = await gh.fetch(`${BASE_URL}/user/me`, withSession(tenantAccess));
    expect(dead.status).toBe(401);
    const refresh = await eric.client.POST("/user/session/refresh", {
      body: { refreshToken: tenantRefresh },
    });
    expect(refresh.response.status).toBe(401);
    expect(refresh.error?.error.code).toBe("AUTH_SESSION_REVOKED");
    // The default-tenant token belonged to the session that switched (it ended with the switch); the
    // membership removal touched no other tenant's session.
    expect((await gh.fetch(`${BASE_URL}/user/me`, withSession(defaultAccess))).status).toBe(401);
    const fresh = await signUp(gh);
    await gh.deps.tenants.updateMember(tenant.id, owner.userId, { orgUnit: "HQ" });
    expect((await me(fresh)).response.status).toBe(200);
  });

  it("a membership that ended without the revocation reaching the session (a suspended tenant) ends it at refresh", async () => {
    const owner = await signUp(gh);
    const fay = await signUp(gh);
    const tenant = await planningTenant(owner, fay, ["viewer"]);
    await fay.client.switchTenant(tenant.id);
    await gh.deps.store.db
      .updateTable("tenants")
      .set({ status: "suspended" })
      .where("id", "=", tenant.id)
      .execute();
    const r = await fay.client.refresh();
    expect(r.response.status).toBe(401);
    expect(r.error?.error.code).toBe("AUTH_SESSION_REVOKED");
  });
});
