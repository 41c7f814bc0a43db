// The /tenants routes' rules through the SDK: create, my tenants, members (paging, search, unknown roles,
// last admin, removal revokes at once), roles, slugs — on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMembership } from "../../server/store/memberships.js";
import { BASE_URL, type TestGatehouse } from "../helpers/gatehouse.js";
import * as tenancy from "./helpers.js";
import { backends, signUp, startOn } from "./helpers.js";

describe.each(backends)("tenant routes on %s", (_name, open) => {
  let gh: TestGatehouse;
  let close: () => Promise<void>;
  beforeAll(async () => ({ gh, close } = await startOn(open)));
  afterAll(() => close());

  const slug = () => `s-${crypto.randomUUID().slice(0, 12)}`;
  const adminOfNewTenant = () => tenancy.adminOfNewTenant(gh);
  const join = (tenantId: string, roles: string[]) => tenancy.join(gh, tenantId, roles);

  it("creating a tenant makes the caller its admin; GET /tenants lists it with the roles; the token needs a switch", async () => {
    const a = await signUp(gh);
    const s = slug();
    const created = await a.client.POST("/tenants", { body: { name: "Tiers Co", slug: s, preset: "tiers" } });
    expect(created.data).toMatchObject({
      slug: s,
      preset: "tiers",
      status: "active",
      registrationPolicy: "invite",
    });
    const mine = await a.client.GET("/tenants");
    const listed = new Map(mine.data?.tenants.map((t) => [t.id, t.roles]));
    expect(listed).toEqual(
      new Map([
        ["default", ["member"]],
        [created.data?.id ?? "", ["admin"]],
      ]),
    );
    // Still in the default tenant: the new tenant's routes refuse until the switch.
    const before = await a.client.GET("/tenants/{tenantId}", {
      params: { path: { tenantId: created.data?.id ?? "" } },
    });
    expect(before.error?.error.code).toBe("AUTH_TENANT_ACCESS_DENIED");
    await a.client.switchTenant(created.data?.id ?? "");
    const roles = await a.client.GET("/tenants/{tenantId}/roles", {
      params: { path: { tenantId: created.data?.id ?? "" } },
    });
    expect(roles.data?.roles.map((r) => r.name).sort()).toEqual([
      "admin",
      "free",
      "premium",
      "pro",
      "service",
    ]);
    const admin = roles.data?.roles.find((r) => r.name === "admin");
    expect(admin?.permissions).toContain("rate-limits:bypass");
    expect(admin?.permissions).not.toContain("tenant:delete");
    expect(admin?.permissions).not.toContain("tenant:transfer");
  });

  it("a taken slug is 409 CONFLICT; a malformed slug or name is 400; nothing is created", async () => {
    const a = await signUp(gh);
    const s = slug();
    expect((await a.client.POST("/tenants", { body: { name: "One", slug: s } })).response.status).toBe(201);
    const again = await a.client.POST("/tenants", { body: { name: "Two", slug: s } });
    expect(again.response.status).toBe(409);
    expect(again.error?.error.code).toBe("CONFLICT");
    for (const body of [
      { name: "X", slug: "Upper" },
      { name: "X", slug: "-lead" },
      { name: "X", slug: "a".repeat(64) },
      { name: "X\u0000", slug: slug() },
      { name: "", slug: slug() },
      { name: "x".repeat(300), slug: slug() },
    ]) {
      const r = await a.client.POST("/tenants", { body });
      expect(r.response.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(r.error?.error.code).toBe("VALIDATION_FAILED");
    }
    expect((await a.client.GET("/tenants")).data?.tenants).toHaveLength(2);
  });

  it("members: pages by cursor, searches by email or name, and never shows another tenant's members", async () => {
    const { admin, tenantId } = await adminOfNewTenant();
    const joined = [];
    for (let i = 0; i < 5; i++) joined.push(await join(tenantId, ["viewer"]));
    const other = await adminOfNewTenant();
    await join(other.tenantId, ["viewer"]);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await admin.client.GET("/tenants/{tenantId}/members", {
        params: { path: { tenantId }, query: { limit: 2, ...(cursor ? { cursor } : {}) } },
      });
      expect(page.response.status).toBe(200);
      for (const m of page.data?.members ?? []) {
        expect(m.tenantId).toBe(tenantId);
        seen.push(m.userId);
      }
      cursor = page.data?.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual([admin.userId, ...joined.map((j) => j.userId)].sort());
    const found = await admin.client.GET("/tenants/{tenantId}/members", {
      params: { path: { tenantId }, query: { search: joined[2]?.email.toUpperCase() ?? "" } },
    });
    expect(found.data?.members.map((m) => m.userId)).toEqual([joined[2]?.userId]);
    const wildcard = await admin.client.GET("/tenants/{tenantId}/members", {
      params: { path: { tenantId }, query: { search: "%" } },
    });
    expect(wildcard.data?.members).toEqual([]);
    const forged = await admin.client.GET("/tenants/{tenantId}/members", {
      params: { path: { tenantId }, query: { cursor: "not-a-cursor" } },
    });
    expect(forged.response.status).toBe(400);
    for (const limit of [0, 201]) {
      const r = await admin.client.GET("/tenants/{tenantId}/members", {
        params: { path: { tenantId }, query: { limit } },
      });
      expect(r.response.status).toBe(400);
    }
    const theirs = await admin.client.GET("/tenants/{tenantId}/members", {
      params: { path: { tenantId: other.tenantId } },
    });
    expect(theirs.response.status).toBe(403);
    expect(theirs.error?.error.code).toBe("AUTH_TENANT_ACCESS_DENIED");
    expect(JSON.stringify(theirs.error)).not.toContain("@example.com");
  });

  it("assigning a role the tenant does not define is 400 naming it, and changes nothing", async () => {
    const { admin, tenantId } = await adminOfNewTenant();
    const bob = await join(tenantId, ["viewer"]);
    const r = await admin.client.PATCH("/tenants/{tenantId}/members/{userId}", {
      params: { path: { tenantId, userId: bob.userId } },
      body: { roles: ["analyst", "owner"], orgUnit: "Ops" },
    });
    expect(r.response.status).toBe(400);
    expect(r.error?.error.code).toBe("VALIDATION_FAILED");
    expect(r.error?.error.message).toContain("owner");
    expect(r.error?.error.fields?.[0]?.message).toContain('"owner"');
    const members = await admin.client.GET("/tenants/{tenantId}/members", { params: { path: { tenantId } } });
    expect(members.data?.members.find((m) => m.userId === bob.userId)).toMatchObject({
      roles: ["viewer"],
      orgUnit: null,
    });
  });

  it("the last active admin cannot be removed, deactivated or demoted (409 TENANT_LAST_ADMIN); with a second admin they can", async () => {
    const { admin, tenantId } = await adminOfNewTenant();
    const member = { params: { path: { tenantId, userId: admin.userId } } };
    for (const body of [{ active: false }, { roles: ["viewer"] }, { roles: [] }]) {
      const r = await admin.client.PATCH("/tenants/{tenantId}/members/{userId}", { ...member, body });
      expect(r.response.status, JSON.stringify(body)).toBe(409);
      expect(r.error?.error.code).toBe("TENANT_LAST_ADMIN");
    }
    const removed = await admin.client.DELETE("/tenants/{tenantId}/members/{userId}", member);
    expect(removed.response.status).toBe(409);
    expect(removed.error?.error.code).toBe("TENANT_LAST_ADMIN");
    const second = await join(tenantId, ["admin"]);
    const demoted = await admin.client.PATCH("/tenants/{tenantId}/members/{userId}", {
      params: { path: { tenantId, userId: second.userId } },
      body: { roles: ["analyst"] },
    });
    expect(demoted.response.status).toBe(200);
    await addMembership(
      gh.deps.store.db,
      { userId: (await signUp(gh)).userId, tenantId, roles: ["admin"] },
      gh.clock.now(),
    );
    expect(
      (
        await admin.client.PATCH("/tenants/{tenantId}/members/{userId}", {
          ...member,
          body: { roles: ["viewer"] },
        })
      ).response.status,
    ).toBe(200);
  });

  it("two admins demoting each other at once: one wins, the tenant keeps an admin", async () => {
    const { admin, tenantId } = await adminOfNewTenant();
    const other = await join(tenantId, ["admin"]);
    await other.client.switchTenant(tenantId);
    const results = await Promise.all([
      admin.client.PATCH("/tenants/{tenantId}/members/{userId}", {
        params: { path: { tenantId, userId: other.userId } },
        body: { active: false },
      }),
      other.client.PATCH("/tenants/{tenantId}/members/{userId}", {
        params: { path: { tenantId, userId: admin.userId } },
        body: { active: false },
      }),
    ]);
    const statuses = results.map((r) => r.response.status).sort();
    // Either one deactivation wins (200 + 409, or + 401 when the loser's session ended first) — never both.
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    const admins = await gh.deps.store.db
      .selectFrom("memberships")
      .select("user_id")
      .where("tenant_id", "=", tenantId)
      .where("active", "=", true)
      .execute();
    expect(admins.length).toBeGreaterThan(0);
  });

  it("removing or deactivating a member through the API revokes their session in the tenant at once", async () => {
    const { admin, tenantId } = await adminOfNewTenant();
    for (const action of ["remove", "deactivate"] as const) {
      const carl = await join(tenantId, ["analyst"]);
      await carl.client.switchTenant(tenantId);
      const token = await carl.accessToken();
      expect(
        (await carl.client.GET("/tenants/{tenantId}", { params: { path: { tenantId } } })).response.status,
      ).toBe(200);
      const target = { params: { path: { tenantId, userId: carl.userId } } };
      const r =
        action === "remove"
          ? await admin.client.DELETE("/tenants/{tenantId}/members/{userId}", target)
          : await admin.client.PATCH("/tenants/{tenantId}/members/{userId}", {
              ...target,
              body: { active: false },
            });
      expect(r.response.status).toBeLessThan(300);
      const after = await gh.fetch(`${BASE_URL}/tenants/${tenantId}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(after.status).toBe(401);
      expect(((await after.json()) as { error: { code: string } }).error.code).toBe("AUTH_SESSION_REVOKED");
      // Removed twice: 404, not an error of another kind.
      if (action === "remove")
        expect(
          (await admin.client.DELETE("/tenants/{tenantId}/members/{userId}", target)).response.status,
        ).toBe(404);
    }
  });

  it("roles: create (409 on a taken name), update permissions (400 on a malformed one, 404 unknown); members get them at refresh", async () => {
    const { admin, tenantId } = await adminOfNewTenant();
    const path = { params: { path: { tenantId } } };
    const created = await admin.client.POST("/tenants/{tenantId}/roles", {
      ...path,
      body: { name: "auditor", permissions: ["report:read"] },
    });
    expect(created.response.status).toBe(201);
    const dup = await admin.client.POST("/tenants/{tenantId}/roles", {
      ...path,
      body: { name: "auditor", permissions: [] },
    });
    expect(dup.response.status).toBe(409);
    const bad = await admin.client.PATCH("/tenants/{tenantId}/roles/{roleName}", {
      params: { path: { tenantId, roleName: "auditor" } },
      body: { permissions: ["Members:Manage"] },
    });
    expect(bad.response.status).toBe(400);
    const unknown = await admin.client.PATCH("/tenants/{tenantId}/roles/{roleName}", {
      params: { path: { tenantId, roleName: "nobody" } },
      body: { permissions: [] },
    });
    expect(unknown.response.status).toBe(404);
    const dee = await join(tenantId, ["auditor"]);
    await dee.client.switchTenant(tenantId);
    expect((await dee.claims()).perms).toEqual(["report:read"]);
    const denied = await dee.client.GET("/tenants/{tenantId}/members", path);
    expect(denied.error?.error).toMatchObject({
      code: "AUTH_INSUFFICIENT_PERMISSIONS",
      missingPermissions: ["members:read"],
    });
    await admin.client.PATCH("/tenants/{tenantId}/roles/{roleName}", {
      params: { path: { tenantId, roleName: "auditor" } },
      body: { permissions: ["members:read", "report:read"] },
    });
    // Effective at the next refresh, not before.
    expect((await dee.client.GET("/tenants/{tenantId}/members", path)).response.status).toBe(403);
    await dee.client.refresh();
    expect((await dee.claims()).perms).toEqual(["members:read", "report:read"]);
    expect((await dee.client.GET("/tenants/{tenantId}/members", path)).response.status).toBe(200);
  });

  it("tenant:delete and tenant:transfer are in no preset, but a role may be granted them", async () => {
    const { admin, tenantId } = await adminOfNewTenant();
    const roles = await admin.client.GET("/tenants/{tenantId}/roles", { params: { path: { tenantId } } });
    for (const r of roles.data?.roles ?? []) {
      expect(r.permissions).not.toContain("tenant:delete");
      expect(r.permissions).not.toContain("tenant:transfer");
    }
    const owner = await admin.client.POST("/tenants/{tenantId}/roles", {
      params: { path: { tenantId } },
      body: { name: "owner", permissions: ["tenant:delete", "tenant:transfer"] },
    });
    expect(owner.data?.permissions).toEqual(["tenant:delete", "tenant:transfer"]);
  });
});
