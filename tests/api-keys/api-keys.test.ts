// API keys: create (shown once), list, use where the contract lists ApiKeyAuth with scopes ∩ the creator's
// current permissions, and every change of its creator's standing that stops it — on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMembership, updateMembership } from "../../server/store/memberships.js";
import { updateTenant } from "../../server/store/tenants.js";
import type { Exchange } from "../helpers/contract.js";
import type { TestGatehouse } from "../helpers/gatehouse.js";
import { backends, signUp } from "../tenancy/helpers.js";
import { createKey, KEY_SHAPE, type KeyTenant, keyClient, openKeyTenant, withKey } from "./helpers.js";

describe.each(backends)("API keys on %s", (_name, open) => {
  let gh: TestGatehouse;
  let close: () => Promise<void>;
  let t: KeyTenant;
  const seen: Exchange[] = [];

  beforeAll(async () => {
    ({ gh, t, close } = await openKeyTenant(open, seen));
  });
  afterAll(() => close());

  it("create shows the secret once; the list never shows it; both are audited and not cacheable", async () => {
    const created = await t.admin.client.createApiKey({
      name: "Reports bot 📈",
      scopes: ["members:read", "tenant:read", "members:read"],
    });
    expect(created.response.status).toBe(201);
    expect(created.response.headers.get("cache-control")).toBe("no-store");
    const k = created.data as NonNullable<typeof created.data>;
    expect(k.key).toMatch(KEY_SHAPE);
    expect(k).toMatchObject({
      name: "Reports bot 📈",
      tenantId: t.tenantId,
      scopes: ["members:read", "tenant:read"],
      preview: `gh_sk_…${k.key.slice(-4)}`,
      lastUsedAt: null,
      expiresAt: null,
      revokedAt: null,
    });
    const listed = await t.admin.client.listApiKeys();
    expect(listed.response.status).toBe(200);
    const text = JSON.stringify(listed.data);
    expect(text).not.toContain(k.key);
    expect(text).not.toContain(k.key.slice(6, 20));
    const row = listed.data?.apiKeys.find((x) => x.id === k.id);
    expect(row).toBeDefined();
    expect(row).not.toHaveProperty("key");
    // Only the owner sees it.
    expect((await t.analyst.client.listApiKeys()).data?.apiKeys.map((x) => x.id)).not.toContain(k.id);
    const events = await gh.deps.audit.query({ action: "api_key.create", target: k.id });
    expect(events.events).toHaveLength(1);
    expect(events.events[0]).toMatchObject({
      actor: { type: "user", id: t.admin.userId },
      tenantId: t.tenantId,
    });
    expect(JSON.stringify(events)).not.toContain(k.key);
  });

  it("a key acts as its creator in its tenant with exactly its scopes (∩ the creator's permissions)", async () => {
    const { key } = await createKey(t.admin, { scopes: ["members:read", "tenant:read"] });
    const c = keyClient(gh, key, seen);
    const me = await c.GET("/user/me");
    expect(me.response.status).toBe(200);
    expect(me.data).toMatchObject({ id: t.admin.userId, tenantId: t.tenantId });
    const path = { params: { path: { tenantId: t.tenantId } } };
    expect((await c.GET("/tenants/{tenantId}", path)).response.status).toBe(200);
    const members = await c.GET("/tenants/{tenantId}/members", path);
    expect(members.response.status).toBe(200);
    expect(members.data?.members.map((m) => m.userId)).toContain(t.analyst.userId);
    // The creator holds roles:read; the key was not given it.
    const roles = await c.GET("/tenants/{tenantId}/roles", path);
    expect(roles.response.status).toBe(403);
    expect(roles.error?.error.code).toBe("AUTH_INSUFFICIENT_PERMISSIONS");
    expect(roles.error?.error.missingPermissions).toEqual(["roles:read"]);
  });

  it("another tenant's id in the path is 403 AUTH_TENANT_ACCESS_DENIED, even where the creator is a member", async () => {
    const { key } = await createKey(t.admin, { scopes: ["members:read", "tenant:read"] });
    const c = keyClient(gh, key, seen);
    for (const other of ["default", "no-such-tenant"]) {
      const res = await c.GET("/tenants/{tenantId}/members", { params: { path: { tenantId: other } } });
      expect(res.response.status, other).toBe(403);
      expect(res.error?.error.code).toBe("AUTH_TENANT_ACCESS_DENIED");
    }
  });

  it("scopes beyond the creator's permissions are 400 API_KEY_SCOPE_EXCEEDED; unknown ones 400 VALIDATION_FAILED; nothing is created", async () => {
    const before = (await t.analyst.client.listApiKeys()).data?.apiKeys.length;
    const exceeded = await t.analyst.client.createApiKey({
      name: "too much",
      scopes: ["members:read", "roles:manage", "roles:read"],
    });
    expect(exceeded.response.status).toBe(400);
    expect(exceeded.error?.error.code).toBe("API_KEY_SCOPE_EXCEEDED");
    expect(exceeded.error?.error.missingPermissions).toEqual(["roles:manage", "roles:read"]);
    // `tenant:delete` is a real permission that no preset role grants.
    const ungranted = await t.admin.client.createApiKey({ name: "owner", scopes: ["tenant:delete"] });
    expect(ungranted.error?.error.code).toBe("API_KEY_SCOPE_EXCEEDED");
    for (const scopes of [["nosuch:thing"], ["not a permission"], ["x".repeat(300)], ["a:b\u0000"]]) {
      const res = await t.analyst.client.createApiKey({ name: "unknown", scopes });
      expect(res.response.status, scopes[0]).toBe(400);
      expect(res.error?.error.code).toBe("VALIDATION_FAILED");
    }
    expect((await t.analyst.client.listApiKeys()).data?.apiKeys.length).toBe(before);
  });

  it("a demoted creator's key loses the permission at once, and gets it back with the role", async () => {
    const { key } = await createKey(t.analyst, { scopes: ["members:read", "tenant:read"] });
    const members = `/tenants/${t.tenantId}/members`;
    expect((await withKey(gh, key, members)).status).toBe(200);
    const demote = await t.admin.client.PATCH("/tenants/{tenantId}/members/{userId}", {
      params: { path: { tenantId: t.tenantId, userId: t.analyst.userId } },
      body: { roles: ["viewer"] },
    });
    expect(demote.response.status).toBe(200);
    const res = await withKey(gh, key, members);
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: { code: string; missingPermissions: string[] } };
    expect(body.error).toMatchObject({
      code: "AUTH_INSUFFICIENT_PERMISSIONS",
      missingPermissions: ["members:read"],
    });
    expect((await withKey(gh, key, `/tenants/${t.tenantId}`)).status).toBe(200);
    await updateMembership(
      gh.deps.store.db,
      t.analyst.userId,
      t.tenantId,
      { roles: ["analyst"] },
      gh.clock.now(),
    );
    expect((await withKey(gh, key, members)).status).toBe(200);
  });

  it("deactivation, a suspended tenant or a disabled creator stop the key; removal deletes it for good", async () => {
    const member = await signUp(gh, seen);
    await addMembership(
      gh.deps.store.db,
      { userId: member.userId, tenantId: t.tenantId, roles: ["viewer"] },
      gh.clock.now(),
    );
    expect((await member.client.switchTenant(t.tenantId)).response.status).toBe(200);
    const { key, id } = await createKey(member, { scopes: ["tenant:read"] });
    const me = () => withKey(gh, key, `/tenants/${t.tenantId}`);
    expect((await me()).status).toBe(200);

    const db = gh.deps.store.db;
    await updateMembership(db, member.userId, t.tenantId, { active: false }, gh.clock.now());
    expect((await me()).status).toBe(401);
    await updateMembership(db, member.userId, t.tenantId, { active: true }, gh.clock.now());
    expect((await me()).status).toBe(200);

    await updateTenant(db, t.tenantId, { status: "suspended" }, gh.clock.now());
    expect((await me()).status).toBe(401);
    await updateTenant(db, t.tenantId, { status: "active" }, gh.clock.now());
    expect((await me()).status).toBe(200);

    const operator = {
      actor: { type: "admin" as const, id: "ops@example.com" },
      meta: { ip: null, userAgent: null },
    };
    await gh.deps.admin.disableUser(member.userId, operator);
    expect((await me()).status).toBe(401);
    await gh.deps.admin.enableUser(member.userId, operator);
    expect((await me()).status).toBe(200);

    const removed = await t.admin.client.DELETE("/tenants/{tenantId}/members/{userId}", {
      params: { path: { tenantId: t.tenantId, userId: member.userId } },
    });
    expect(removed.response.status).toBe(204);
    expect((await me()).status).toBe(401);
    // Joining again does not revive the old key: it went with the membership.
    await addMembership(
      db,
      { userId: member.userId, tenantId: t.tenantId, roles: ["viewer"] },
      gh.clock.now(),
    );
    expect((await me()).status).toBe(401);
    const rows = await db.selectFrom("api_keys").select("id").where("id", "=", id).execute();
    expect(rows).toHaveLength(0);
  });

  it("account deletion deletes the user's keys", async () => {
    const { key } = await createKey(t.admin, { scopes: [] });
    const owner = await signUp(gh, seen);
    const own = await createKey(owner, { scopes: ["tenant:read"] });
    expect((await withKey(gh, own.key, "/user/me")).status).toBe(200);
    const operator = {
      actor: { type: "admin" as const, id: "ops@example.com" },
      meta: { ip: null, userAgent: null },
    };
    await gh.deps.admin.deleteUser(owner.userId, operator);
    expect((await withKey(gh, own.key, "/user/me")).status).toBe(401);
    expect((await withKey(gh, key, "/user/me")).status).toBe(200);
  });

  it("lastUsedAt is written on first use, then at most once a minute", async () => {
    const { key, id } = await createKey(t.admin, { scopes: [] });
    const lastUsed = async () =>
      (await t.admin.client.listApiKeys()).data?.apiKeys.find((k) => k.id === id)?.lastUsedAt;
    expect(await lastUsed()).toBeNull();
    const first = gh.clock.now().toISOString();
    expect((await withKey(gh, key, "/user/me")).status).toBe(200);
    expect(await lastUsed()).toBe(first);
    gh.clock.advance(30_000);
    expect((await withKey(gh, key, "/user/me")).status).toBe(200);
    expect(await lastUsed()).toBe(first);
    gh.clock.advance(31_000);
    expect((await withKey(gh, key, "/user/me")).status).toBe(200);
    expect(await lastUsed()).toBe(gh.clock.now().toISOString());
  });

  it("every response matched the contract", () => {
    expect(seen.length).toBeGreaterThan(20);
  });
});
