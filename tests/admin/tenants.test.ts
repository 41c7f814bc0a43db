// /admin/tenants through the SDK, on PGlite and PostgreSQL: create from each preset, list, suspend (every session in the tenant ends at once), reactivate.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGatehouseClient, memoryStorage } from "../../sdk/src/index.js";
import { PRESETS } from "../../server/services/permissions.js";
import { openStore, type Store } from "../../server/store/db.js";
import { addMembership } from "../../server/store/memberships.js";
import { manualClock } from "../../server/tokens/clock.js";
import { conformingFetch, type Exchange } from "../helpers/contract.js";
import {
  BASE_URL,
  PG_URL,
  postgresStore,
  startTestGatehouse,
  type TestGatehouse,
} from "../helpers/gatehouse.js";
import { eventually, PASSWORD, withSession } from "../helpers/http.js";
import { backends, signUp } from "../tenancy/helpers.js";

const SECRET = "tenants-test-service-secret-0123456789abcdef";

const slug = () => `t-${crypto.randomUUID().slice(0, 8)}`;
const sortedRoles = (preset: keyof typeof PRESETS) => PRESETS[preset].map((r) => r.name).sort();

describe.each(backends)("admin tenants on %s", (_name, open) => {
  let gh: TestGatehouse;
  let drop: () => Promise<void>;
  const seen: Exchange[] = [];

  beforeAll(async () => {
    const db = await open();
    drop = db.drop;
    gh = await startTestGatehouse({
      ...(db.store ? { store: db.store } : {}),
      env: { SERVICE_AUTH_SECRETS: SECRET },
    });
  });
  afterAll(async () => {
    await gh.close();
    await drop();
  });

  const sdk = (headers: Record<string, string>) =>
    createGatehouseClient({
      baseUrl: BASE_URL,
      mode: "token",
      storage: memoryStorage(),
      fetch: conformingFetch(gh.fetch, seen),
      headers,
    });
  const admin = () => sdk({ "x-service-auth": SECRET, "user-agent": "tenants-test/1.0" });
  const create = (body: Record<string, unknown>) =>
    // biome-ignore lint/suspicious/noExplicitAny: bad input on purpose, past the SDK's types.
    admin().POST("/admin/tenants", { body: body as any });
  const tenantPath = (tenantId: string) => ({ params: { path: { tenantId } } });
  const events = async (query: Record<string, string>) =>
    (await admin().GET("/admin/audit-events", { params: { query } })).data?.events ?? [];

  it("creates a tenant from each preset with that preset's roles; the first admin (by id or email) holds `admin`", async () => {
    for (const [preset, by] of [
      ["default", "id"],
      ["planning", "email"],
      ["tiers", "id"],
    ] as const) {
      const owner = await signUp(gh);
      const s = slug();
      const created = await create({
        name: `Acme ${preset}`,
        slug: s,
        preset,
        registrationPolicy: "closed",
        ...(by === "id" ? { adminUserId: owner.userId } : { adminEmail: owner.email.toUpperCase() }),
      });
      expect(created.response.status).toBe(201);
      expect(created.data).toMatchObject({
        slug: s,
        name: `Acme ${preset}`,
        preset,
        status: "active",
        registrationPolicy: "closed",
      });
      const tenantId = created.data?.id ?? "";
      // The first admin switches into it and reads its roles as a tenant admin would.
      const switched = await owner.client.switchTenant(tenantId);
      expect(switched.response.status).toBe(200);
      expect(switched.data?.user).toMatchObject({ tenantId, roles: ["admin"] });
      const roles = await owner.client.GET("/tenants/{tenantId}/roles", tenantPath(tenantId));
      expect(roles.response.status).toBe(200);
      expect(roles.data?.roles.map((r) => r.name).sort()).toEqual(sortedRoles(preset));
      const [event] = await events({ action: "admin.tenant.create", target: tenantId });
      expect(event).toMatchObject({
        actor: { type: "service", id: "service" },
        tenantId,
        target: { type: "tenant", id: tenantId },
        reason: preset,
        userAgent: "tenants-test/1.0",
      });
    }
  });

  it("without a first admin the tenant has its roles and no member", async () => {
    const created = await create({ name: "Empty", slug: slug() });
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({ preset: "default", registrationPolicy: "invite" });
    expect((await gh.deps.tenants.listRoles(created.data?.id ?? "")).map((r) => r.name).sort()).toEqual(
      sortedRoles("default"),
    );
    expect((await gh.deps.tenants.listMembers(created.data?.id ?? "", {})).members).toEqual([]);
  });

  it("a taken slug is 409 CONFLICT; 40 parallel creates of one slug make exactly one tenant", async () => {
    const s = slug();
    expect((await create({ name: "First", slug: s })).response.status).toBe(201);
    const again = await create({ name: "Second", slug: s });
    expect(again.response.status).toBe(409);
    expect(again.error?.error.code).toBe("CONFLICT");

    const race = slug();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => create({ name: `R${i}`, slug: race })),
    );
    expect(results.filter((r) => r.response.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.response.status === 409)).toHaveLength(39);
    expect(
      (await admin().GET("/admin/tenants", { params: { query: { q: race } } })).data?.tenants,
    ).toHaveLength(1);
    expect(
      await events({ action: "admin.tenant.create", target: results.find((r) => r.data)?.data?.id ?? "" }),
    ).toHaveLength(1);
  });

  it("bad input is 400 VALIDATION_FAILED and creates nothing; an unknown first admin is 404 and creates nothing", async () => {
    const s = slug();
    const bad: Array<Record<string, unknown>> = [
      { name: "Upper", slug: "Acme" },
      { name: "Dash", slug: "-acme" },
      { name: "Space", slug: "ac me" },
      { name: "NUL", slug: "ac\u0000me" },
      { name: "Long slug", slug: "a".repeat(300) },
      { name: "", slug: s },
      { name: "a\u0000b", slug: s },
      { name: "bell\u0007", slug: s },
      { name: "x".repeat(300), slug: s },
      { name: "Preset", slug: s, preset: "enterprise" },
      { name: "Policy", slug: s, registrationPolicy: "anyone" },
      { name: "Both", slug: s, adminUserId: crypto.randomUUID(), adminEmail: "a@example.com" },
      { name: "Bad id", slug: s, adminUserId: "not-a-uuid" },
      { name: "Bad email", slug: s, adminEmail: "x\u0000@example.com" },
      { name: "Long email", slug: s, adminEmail: `${"a".repeat(300)}@example.com` },
      { slug: s },
    ];
    for (const body of bad) {
      const res = await create(body);
      expect(res.response.status, JSON.stringify(body)).toBe(400);
      expect(res.error?.error.code).toBe("VALIDATION_FAILED");
    }
    for (const body of [
      { name: "Ghost", slug: s, adminUserId: crypto.randomUUID() },
      { name: "Ghost", slug: s, adminEmail: "nobody-here@example.com" },
    ]) {
      const res = await create(body);
      expect(res.response.status).toBe(404);
      expect(res.error?.error.code).toBe("NOT_FOUND");
    }
    // Nothing was written: the slug is still free.
    expect((await create({ name: "Finally", slug: s })).response.status).toBe(201);
  });

  it("lists tenants in slug order, paged, by text and status; get by id; bad queries are 400", async () => {
    const prefix = `p${crypto.randomUUID().slice(0, 6)}`;
    const ids: string[] = [];
    for (const n of ["c", "a", "b"]) {
      const res = await create({ name: `Paged ${prefix.toUpperCase()} ${n}`, slug: `${prefix}-${n}` });
      ids.push(res.data?.id ?? "");
    }
    const first = await admin().GET("/admin/tenants", { params: { query: { q: prefix, limit: 2 } } });
    expect(first.data?.tenants.map((t) => t.slug)).toEqual([`${prefix}-a`, `${prefix}-b`]);
    const cursor = first.data?.nextCursor ?? "";
    const second = await admin().GET("/admin/tenants", {
      params: { query: { q: prefix, limit: 2, cursor } },
    });
    expect(second.data?.tenants.map((t) => t.slug)).toEqual([`${prefix}-c`]);
    expect(second.data?.nextCursor).toBeNull();
    // The name matches case-insensitively too; LIKE wildcards are literal.
    const byName = await admin().GET("/admin/tenants", { params: { query: { q: `PAGED ${prefix}` } } });
    expect(byName.data?.tenants).toHaveLength(3);
    expect((await admin().GET("/admin/tenants", { params: { query: { q: "%" } } })).data?.tenants).toEqual(
      [],
    );

    expect(
      (await admin().POST("/admin/tenants/{tenantId}/suspend", tenantPath(ids[0] ?? ""))).response.status,
    ).toBe(200);
    const suspended = await admin().GET("/admin/tenants", {
      params: { query: { q: prefix, status: "suspended" } },
    });
    expect(suspended.data?.tenants.map((t) => t.slug)).toEqual([`${prefix}-c`]);
    const active = await admin().GET("/admin/tenants", {
      params: { query: { q: prefix, status: "active" } },
    });
    expect(active.data?.tenants.map((t) => t.slug)).toEqual([`${prefix}-a`, `${prefix}-b`]);

    const got = await admin().GET("/admin/tenants/{tenantId}", tenantPath(ids[1] ?? ""));
    expect(got.data).toMatchObject({ id: ids[1], slug: `${prefix}-a` });
    const missing = await admin().GET("/admin/tenants/{tenantId}", tenantPath("no-such-tenant"));
    expect(missing.response.status).toBe(404);
    expect(missing.error?.error.code).toBe("NOT_FOUND");

    for (const query of [
      { q: "a\u0000b" },
      { q: "x".repeat(300) },
      { q: "" },
      { status: "gone" },
      { limit: 0 },
      { limit: 101 },
      { cursor: "UPPER" },
      { cursor: "x".repeat(300) },
    ]) {
      // biome-ignore lint/suspicious/noExplicitAny: bad input on purpose.
      const res = await admin().GET("/admin/tenants", { params: { query: query as any } });
      expect(res.response.status, JSON.stringify(query)).toBe(400);
      expect(res.error?.error.code).toBe("VALIDATION_FAILED");
    }
    for (const tenantId of ["a\u0000b", "x".repeat(300), " default", "-x"]) {
      const res = await admin().GET("/admin/tenants/{tenantId}", tenantPath(tenantId));
      expect(res.response.status, JSON.stringify(tenantId)).toBe(400);
    }
  });

  it("suspending ends every session in the tenant at once and refuses refresh, sign-in and switch into it; reactivating lets members in again", async () => {
    const owner = await signUp(gh);
    const bob = await signUp(gh);
    const created = await create({
      name: "Suspend me",
      slug: slug(),
      preset: "planning",
      adminUserId: owner.userId,
    });
    const tenantId = created.data?.id ?? "";
    expect((await owner.client.switchTenant(tenantId)).response.status).toBe(200);
    await addMembership(
      gh.deps.store.db,
      { userId: bob.userId, tenantId, roles: ["viewer"] },
      gh.clock.now(),
    );
    expect((await bob.client.switchTenant(tenantId)).response.status).toBe(200);
    // A second session of bob's, in the default tenant: untouched by the suspension.
    const bobDefault = sdk({});
    expect((await bobDefault.signIn({ email: bob.email, password: PASSWORD })).response.status).toBe(200);

    const ownerAccess = await owner.accessToken();
    const bobAccess = await bob.accessToken();
    const bobRefresh = await bob.refreshToken();
    const res = await admin().POST("/admin/tenants/{tenantId}/suspend", tenantPath(tenantId));
    expect(res.response.status).toBe(200);
    expect(res.data?.status).toBe("suspended");

    for (const token of [ownerAccess, bobAccess]) {
      const me = await gh.fetch(`${BASE_URL}/user/me`, withSession(token));
      expect(me.status).toBe(401);
      expect(((await me.json()) as { error: { code: string } }).error.code).toBe("AUTH_SESSION_REVOKED");
      const members = await gh.fetch(`${BASE_URL}/tenants/${tenantId}/members`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(members.status).toBe(401);
    }
    const refreshed = await gh.fetch(`${BASE_URL}/user/session/refresh`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-auth-mode": "token" },
      body: JSON.stringify({ refreshToken: bobRefresh }),
    });
    expect(refreshed.status).toBe(401);
    expect((await bobDefault.GET("/user/me")).response.status).toBe(200);

    // A member is told why; the default-tenant session cannot switch into it.
    const signIn = await sdk({}).signIn({ email: bob.email, password: PASSWORD, tenantId });
    expect(signIn.response.status).toBe(403);
    expect(signIn.error?.error).toMatchObject({
      code: "AUTH_TENANT_ACCESS_DENIED",
      message: "This tenant is suspended.",
    });
    const sw = await bobDefault.switchTenant(tenantId);
    expect(sw.response.status).toBe(403);
    expect(sw.error?.error.code).toBe("AUTH_TENANT_ACCESS_DENIED");
    // A non-member still gets the answer that does not tell tenants apart.
    const stranger = await signUp(gh);
    const strange = await sdk({}).signIn({ email: stranger.email, password: PASSWORD, tenantId });
    expect(strange.error?.error.message).not.toContain("suspended");

    const [event] = await events({ action: "admin.tenant.suspend", target: tenantId });
    expect(event).toMatchObject({ tenantId, actor: { type: "service" }, reason: "sessions_revoked:2" });
    // Idempotent: suspending again answers the same, ends nothing more.
    expect((await admin().POST("/admin/tenants/{tenantId}/suspend", tenantPath(tenantId))).data?.status).toBe(
      "suspended",
    );

    const back = await admin().POST("/admin/tenants/{tenantId}/reactivate", tenantPath(tenantId));
    expect(back.response.status).toBe(200);
    expect(back.data?.status).toBe("active");
    expect(await events({ action: "admin.tenant.reactivate", target: tenantId })).toHaveLength(1);
    const again = await sdk({}).signIn({ email: bob.email, password: PASSWORD, tenantId });
    expect(again.response.status).toBe(200);
    // The sessions the suspension ended stay ended.
    expect((await gh.fetch(`${BASE_URL}/user/me`, withSession(bobAccess))).status).toBe(401);
  });

  it("sign-ins racing a suspension: each is refused or its session ends with the rest — none outlives it", async () => {
    const owner = await signUp(gh);
    const created = await create({ name: "Race", slug: slug(), adminUserId: owner.userId });
    const tenantId = created.data?.id ?? "";
    const members = await Promise.all(Array.from({ length: 10 }, () => signUp(gh)));
    for (const m of members)
      await addMembership(
        gh.deps.store.db,
        { userId: m.userId, tenantId, roles: ["member"] },
        gh.clock.now(),
      );
    const signIns = members
      .flatMap((m) => [m, m])
      .map((m) => sdk({}).signIn({ email: m.email, password: PASSWORD, tenantId }));
    const suspended = admin().POST("/admin/tenants/{tenantId}/suspend", tenantPath(tenantId));
    const results = await Promise.all(signIns);
    expect((await suspended).response.status).toBe(200);
    for (const r of results) expect([200, 403]).toContain(r.response.status);
    const live = await gh.deps.store.db
      .selectFrom("sessions")
      .select("id")
      .where("tenant_id", "=", tenantId)
      .where("revoked_at", "is", null)
      .execute();
    expect(live).toEqual([]);
  });

  it("the default tenant cannot be suspended (409 CONFLICT); unknown tenants are 404", async () => {
    const res = await admin().POST("/admin/tenants/{tenantId}/suspend", tenantPath("default"));
    expect(res.response.status).toBe(409);
    expect(res.error?.error.code).toBe("CONFLICT");
    expect((await admin().GET("/admin/tenants/{tenantId}", tenantPath("default"))).data?.status).toBe(
      "active",
    );
    for (const op of ["suspend", "reactivate"] as const) {
      const r = await admin().POST(`/admin/tenants/{tenantId}/${op}`, tenantPath("no-such-tenant"));
      expect(r.response.status).toBe(404);
      expect(r.error?.error.code).toBe("NOT_FOUND");
    }
  });

  it("every other credential is refused on /admin/tenants: none, a user's bearer or cookie, a wrong secret", async () => {
    const user = await signUp(gh);
    const token = await user.accessToken();
    for (const [headers, status, code] of [
      [{}, 401, "AUTH_UNAUTHENTICATED"],
      [{ authorization: `Bearer ${token}` }, 403, "AUTH_INSUFFICIENT_PERMISSIONS"],
      [{ cookie: `backend_session=${token}` }, 401, "AUTH_UNAUTHENTICATED"],
      [{ "x-service-auth": `${SECRET}x` }, 401, "AUTH_UNAUTHENTICATED"],
      [{ "x-service-auth": SECRET, authorization: `Bearer ${token}` }, 401, "AUTH_UNAUTHENTICATED"],
      [{ "cf-access-jwt-assertion": token }, 401, "AUTH_UNAUTHENTICATED"],
    ] as const) {
      const client = sdk(headers);
      const list = await client.GET("/admin/tenants");
      expect(list.response.status, JSON.stringify(Object.keys(headers))).toBe(status);
      expect(list.error?.error.code).toBe(code);
      const made = await client.POST("/admin/tenants", { body: { name: "Nope", slug: slug() } });
      expect(made.response.status).toBe(status);
      const susp = await client.POST("/admin/tenants/{tenantId}/suspend", tenantPath("default"));
      expect(susp.response.status).toBe(status);
    }
    expect(await events({ action: "admin.tenant.create", actor: user.userId })).toEqual([]);
  });

  it("/admin/* is rate limited per operator (429 with Retry-After), one operator's burst not slowing another", async () => {
    const limiter = gh.deps.rateLimits.adminRequestsPerActor;
    const key = "admin:burst@example.com";
    for (let i = 0; i < 300; i++) await limiter.hit(key);
    await expect(limiter.hit(key)).rejects.toMatchObject({ code: "AUTH_RATE_LIMIT_EXCEEDED" });
    // The service actor was not slowed by the other operator's burst.
    expect((await admin().GET("/admin/tenants", { params: { query: { limit: 1 } } })).response.status).toBe(
      200,
    );
    for (let i = 0; i < 300; i++) await limiter.hit("service:service").catch(() => {});
    const limited = await admin().GET("/admin/tenants");
    expect(limited.response.status).toBe(429);
    expect(limited.error?.error.code).toBe("AUTH_RATE_LIMIT_EXCEEDED");
    expect(Number(limited.response.headers.get("retry-after"))).toBeGreaterThan(0);
    // The users, keys and audit operations share the operator's budget.
    const users = await admin().GET("/admin/users");
    expect(users.response.status).toBe(429);
    expect(users.error?.error.code).toBe("AUTH_RATE_LIMIT_EXCEEDED");
    await limiter.reset("service:service");
  });

  it("every response above conformed to the contract", () => {
    expect(seen.length).toBeGreaterThan(60);
  });
});

describe.skipIf(!PG_URL)("admin tenants across instances (PostgreSQL)", () => {
  let a: TestGatehouse;
  let b: TestGatehouse;
  let storeB: Store;
  let url: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const pg = await postgresStore();
    drop = pg.drop;
    url = pg.url;
    storeB = await openStore({ databaseUrl: pg.url });
    const clock = manualClock(new Date());
    a = await startTestGatehouse({ store: pg.store, clock, env: { SERVICE_AUTH_SECRETS: SECRET } });
    // B hears the NOTIFY and never polls in time: what it refuses, it learnt from A's suspension.
    b = await startTestGatehouse({ store: storeB, clock, revocationPollMs: 60_000 });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await storeB?.close();
    await drop?.();
  });

  it("a suspension on A stops the member's access token on B within a second", async () => {
    const owner = await signUp(a);
    const created = await a.fetch(`${BASE_URL}/admin/tenants`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-service-auth": SECRET },
      body: JSON.stringify({ name: "Across", slug: slug(), adminUserId: owner.userId }),
    });
    const tenantId = ((await created.json()) as { id: string }).id;
    expect((await owner.client.switchTenant(tenantId)).response.status).toBe(200);
    const token = await owner.accessToken();
    expect((await b.fetch(`${BASE_URL}/user/me`, withSession(token))).status).toBe(200);
    const suspended = await a.fetch(`${BASE_URL}/admin/tenants/${tenantId}/suspend`, {
      method: "POST",
      headers: { "x-service-auth": SECRET },
    });
    expect(suspended.status).toBe(200);
    const ms = await eventually(
      async () => (await b.fetch(`${BASE_URL}/user/me`, withSession(token))).status === 401,
      5_000,
      10,
    );
    expect(ms).toBeLessThan(1_000);
  });

  it("a sign-in past its membership check when the suspension commits is refused, not left with a live session", async () => {
    const owner = await signUp(a);
    const bob = await signUp(a);
    const made = await a.fetch(`${BASE_URL}/admin/tenants`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-service-auth": SECRET },
      body: JSON.stringify({ name: "Held", slug: slug(), adminUserId: owner.userId }),
    });
    const tenantId = ((await made.json()) as { id: string }).id;
    await addMembership(a.deps.store.db, { userId: bob.userId, tenantId, roles: ["member"] }, a.clock.now());
    // Hold bob's user row: the sign-in checks the tenant, then waits in its transaction (lockEnabledUser).
    const blocker = new pg.Client({ connectionString: url });
    await blocker.connect();
    try {
      await blocker.query("BEGIN");
      await blocker.query("SELECT id FROM users WHERE id = $1 FOR UPDATE", [bob.userId]);
      const pid = (await blocker.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]?.pid;
      const signIn = a.fetch(`${BASE_URL}/user/signin`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-auth-mode": "token" },
        body: JSON.stringify({ email: bob.email, password: PASSWORD, tenantId }),
      });
      await eventually(async () => {
        const r = await blocker.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid))",
          [pid],
        );
        return (r.rows[0]?.n ?? 0) > 0;
      }, 15_000);
      const suspended = await a.fetch(`${BASE_URL}/admin/tenants/${tenantId}/suspend`, {
        method: "POST",
        headers: { "x-service-auth": SECRET },
      });
      expect(suspended.status).toBe(200);
      await blocker.query("COMMIT");
      const res = await signIn;
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
        "This tenant is suspended.",
      );
    } finally {
      await blocker.end();
    }
    const live = await a.deps.store.db
      .selectFrom("sessions")
      .select("id")
      .where("tenant_id", "=", tenantId)
      .where("revoked_at", "is", null)
      .execute();
    expect(live).toEqual([]);
  });
});
