// API keys: create (shown once), list, use where the contract lists ApiKeyAuth with scopes ∩ the creator's
// current permissions, and every way a key stops working — on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMembership, updateMembership } from "../../server/store/memberships.js";
import { updateTenant } from "../../server/store/tenants.js";
import type { Exchange } from "../helpers/contract.js";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { backends, signUp } from "../tenancy/helpers.js";
import { createKey, KEY_SHAPE, type KeyTenant, keyClient, keyTenant, withKey } from "./helpers.js";

const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

describe.each(backends)("API keys on %s", (_name, open) => {
  let gh: TestGatehouse;
  let drop: () => Promise<void>;
  let t: KeyTenant;
  const seen: Exchange[] = [];

  beforeAll(async () => {
    const db = await open();
    drop = db.drop;
    gh = await startTestGatehouse(db.store ? { store: db.store } : {});
    t = await keyTenant(gh, seen);
  });
  afterAll(async () => {
    await gh.close();
    await drop();
  });

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
      hint: `gh_sk_…${k.key.slice(-4)}`,
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

  it("refused (401) on every operation whose contract does not list ApiKeyAuth, the key routes included", async () => {
    const { key, id } = await createKey(t.admin, { scopes: ["members:read", "roles:read", "tenant:read"] });
    const cases: Array<[string, string, unknown?]> = [
      ["GET", "/user/api-keys"],
      ["POST", "/user/api-keys", { name: "minted by a key", scopes: [] }],
      ["DELETE", `/user/api-keys/${id}`],
      ["PATCH", "/user/me", { name: "Eve" }],
      ["GET", "/user/sessions"],
      ["POST", "/user/signout"],
      ["GET", "/tenants"],
      ["POST", "/user/tenant", { tenantId: t.tenantId }],
      ["PATCH", `/tenants/${t.tenantId}`, { name: "Renamed" }],
      ["POST", `/tenants/${t.tenantId}/roles`, { name: "by-key", permissions: ["report:read"] }],
      ["DELETE", `/tenants/${t.tenantId}/members/${t.analyst.userId}`],
      ["GET", "/admin/users"],
    ];
    for (const [method, path, body] of cases) {
      const res = await withKey(gh, key, path, {
        method,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(await errorOf(res), `${method} ${path}`).toBe("AUTH_UNAUTHENTICATED");
    }
    // The SuperTokens-style and legacy routes refuse it as well (their own error shapes).
    for (const path of ["/me", "/auth/user/email/verify"])
      expect((await withKey(gh, key, path)).status).toBe(401);
    // Nothing was done: the key is not revoked, no key was minted, the member is still there.
    expect((await withKey(gh, key, "/user/me")).status).toBe(200);
    const names = (await t.admin.client.listApiKeys()).data?.apiKeys.map((k) => k.name);
    expect(names).not.toContain("minted by a key");
    expect((await withKey(gh, key, `/tenants/${t.tenantId}/members`)).status).toBe(200);
  });

  it("other bearer schemes refuse a key by its prefix: no JWT is parsed, and no key is looked up off its routes", async () => {
    const { key } = await createKey(t.admin, { scopes: ["tenant:read"] });
    const access = gh.deps.access;
    const apiKeys = gh.deps.apiKeys;
    const calls = { jwt: 0, lookup: 0 };
    const verify = access.verify.bind(access);
    const authenticate = apiKeys.authenticate.bind(apiKeys);
    access.verify = ((...args: Parameters<typeof verify>) => {
      calls.jwt++;
      return verify(...args);
    }) as typeof access.verify;
    apiKeys.authenticate = (token: string) => {
      calls.lookup++;
      return authenticate(token);
    };
    try {
      for (const path of ["/user/sessions", "/me", "/admin/users", "/user/api-keys"])
        expect((await withKey(gh, key, path)).status, path).toBe(401);
      expect(calls).toEqual({ jwt: 0, lookup: 0 });
      expect((await withKey(gh, key, "/user/me")).status).toBe(200);
      expect(calls).toEqual({ jwt: 0, lookup: 1 });
      // The spies do see the verifiers' work: a session's JWT is parsed, and not looked up as a key.
      expect((await withKey(gh, await t.admin.accessToken(), "/user/me")).status).toBe(200);
      expect(calls).toEqual({ jwt: 1, lookup: 1 });
    } finally {
      access.verify = verify;
      apiKeys.authenticate = authenticate;
    }
  });

  it("presented any other way than as a bearer token, or beside a service secret, it is refused", async () => {
    const { key } = await createKey(t.admin, { scopes: ["tenant:read"] });
    const ways: Record<string, string>[] = [
      { cookie: `backend_session=${key}` },
      { authorization: key },
      { authorization: `Basic ${key}` },
      { "x-api-key": key },
      { authorization: `Bearer ${key}`, "x-service-auth": "anything" },
    ];
    for (const headers of ways) {
      const res = await gh.fetch(`${BASE_URL}/user/me`, { headers });
      expect(res.status, JSON.stringify(Object.keys(headers))).toBe(401);
    }
  });

  it("revoked, expired, wrong-prefix, tampered, truncated or unknown keys are all the same 401", async () => {
    const revoked = await createKey(t.admin, { scopes: [] });
    expect((await withKey(gh, revoked.key, "/user/me")).status).toBe(200);
    expect((await t.admin.client.revokeApiKey(revoked.id)).response.status).toBe(204);
    const expiring = await createKey(t.admin, {
      scopes: [],
      expiresAt: new Date(gh.clock.now().getTime() + 60_000).toISOString(),
    });
    expect((await withKey(gh, expiring.key, "/user/me")).status).toBe(200);
    gh.clock.advance(60_000);
    const live = await createKey(t.admin, { scopes: [] });
    const last = live.key.at(-1) === "A" ? "B" : "A";
    const bad = [
      revoked.key,
      expiring.key,
      `gx_sk_${live.key.slice(6)}`,
      `GH_SK_${live.key.slice(6)}`,
      `sk_${live.key.slice(6)}`,
      `${live.key.slice(0, -1)}${last}`,
      live.key.slice(0, -1),
      `${live.key}A`,
      `gh_sk_${Buffer.alloc(32, 7).toString("base64url")}`,
      "gh_sk_",
    ];
    const bodies = new Set<string>();
    for (const token of bad) {
      const res = await withKey(gh, token, "/user/me");
      expect(res.status, token).toBe(401);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("AUTH_UNAUTHENTICATED");
      expect(res.headers.get("www-authenticate")).toContain("Bearer");
      bodies.add(body.error.message);
    }
    expect(bodies.size).toBe(1);
    expect((await withKey(gh, live.key, "/user/me")).status).toBe(200);
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
