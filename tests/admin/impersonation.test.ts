// Support impersonation through the SDK, on PGlite and PostgreSQL: a short, audited, clearly marked session as a member, never an admin.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGatehouseClient, memoryStorage } from "../../sdk/src/index.js";
import { addMembership } from "../../server/store/memberships.js";
import { ADMIN_EMAIL, type LocalAccess, startLocalAccess } from "../helpers/access.js";
import { conformingFetch, type Exchange } from "../helpers/contract.js";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { claimsOf, refreshToken } from "../helpers/http.js";
import { backends, type Person, signUp } from "../tenancy/helpers.js";

const SECRET = "impersonation-test-service-secret-0123456789";
const TTL_SECONDS = 600;
const REASON = "Ticket 4711: cannot see the planning board";

describe.each(backends)("admin impersonation on %s", (_name, open) => {
  let gh: TestGatehouse;
  let access: LocalAccess;
  let drop: () => Promise<void>;
  const seen: Exchange[] = [];

  beforeAll(async () => {
    const db = await open();
    drop = db.drop;
    access = await startLocalAccess();
    gh = await startTestGatehouse({
      ...(db.store ? { store: db.store } : {}),
      env: { ...access.env(), SERVICE_AUTH_SECRETS: SECRET, IMPERSONATION_TTL_SECONDS: String(TTL_SECONDS) },
    });
  });
  afterAll(async () => {
    await gh.close();
    await access.close();
    await drop();
  });

  const sdk = (headers: Record<string, string>, tokens?: { accessToken: string; refreshToken: string }) =>
    createGatehouseClient({
      baseUrl: BASE_URL,
      mode: "token",
      storage: memoryStorage(tokens ?? null),
      fetch: conformingFetch(gh.fetch, seen),
      headers,
    });
  const service = () => sdk({ "x-service-auth": SECRET });
  const operator = async () =>
    sdk({ "cf-access-jwt-assertion": await access.token(), "user-agent": "support/2.0" });
  const start = async (body: Record<string, unknown>, client?: ReturnType<typeof sdk>) =>
    (client ?? (await operator())).POST("/admin/impersonations", {
      // biome-ignore lint/suspicious/noExplicitAny: bad input on purpose, past the SDK's types.
      body: body as any,
    });
  const end = (id: string, client = service()) =>
    client.DELETE("/admin/impersonations/{impersonationId}", { params: { path: { impersonationId: id } } });
  const events = async (query: Record<string, string>) =>
    (await service().GET("/admin/audit-events", { params: { query } })).data?.events ?? [];
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  /** A planning tenant (owner: a fresh user) with `member` in it as an analyst. */
  async function tenantWith(member: Person) {
    const owner = await signUp(gh);
    const slug = `t-${crypto.randomUUID().slice(0, 8)}`;
    const tenant = await gh.deps.tenants.create(owner.userId, { name: "Acme", slug, preset: "planning" });
    await addMembership(
      gh.deps.store.db,
      { userId: member.userId, tenantId: tenant.id, roles: ["analyst"] },
      gh.clock.now(),
    );
    return tenant;
  }

  /** A member, their tenant and a running impersonation of them there. */
  async function impersonated() {
    const bob = await signUp(gh);
    const tenant = await tenantWith(bob);
    const res = await start({ userId: bob.userId, tenantId: tenant.id, reason: REASON });
    expect(res.response.status).toBe(201);
    const body = res.data;
    if (!body) throw new Error("no impersonation");
    return { bob, tenant, body, as: sdk({}, body.tokens) };
  }

  it("acts as the member in the tenant, marked: the token's act claim, the sessions list, the audit log", async () => {
    const { bob, tenant, body, as } = await impersonated();
    expect(body).toMatchObject({
      userId: bob.userId,
      tenantId: tenant.id,
      impersonator: ADMIN_EMAIL,
      reason: REASON,
    });
    expect(new Date(body.expiresAt).getTime()).toBe(gh.clock.now().getTime() + TTL_SECONDS * 1000);
    const claims = claimsOf(body.tokens.accessToken);
    expect(claims).toMatchObject({
      sub: bob.userId,
      tid: tenant.id,
      roles: ["analyst"],
      act: { sub: ADMIN_EMAIL },
    });
    expect((claims.exp as number) * 1000).toBeLessThanOrEqual(new Date(body.expiresAt).getTime());

    const me = await as.GET("/user/me");
    expect(me.response.status).toBe(200);
    expect(me.data).toMatchObject({
      id: bob.userId,
      tenantId: tenant.id,
      roles: ["analyst"],
      impersonatedBy: ADMIN_EMAIL,
    });
    expect((await bob.client.GET("/user/me")).data?.impersonatedBy).toBeUndefined();
    const sessions = (await as.GET("/user/sessions")).data?.sessions ?? [];
    expect(sessions.find((s) => s.id === body.id)).toMatchObject({
      current: true,
      impersonatedBy: ADMIN_EMAIL,
    });
    // The member's own session is untouched and unmarked.
    const own = sessions.find((s) => s.id !== body.id);
    expect(own).toBeDefined();
    expect(own?.impersonatedBy).toBeUndefined();
    // The operator cannot end the member's own session from the support session.
    const revokeOwn = await as.DELETE("/user/sessions/{sessionId}", {
      params: { path: { sessionId: own?.id ?? "" } },
    });
    expect(revokeOwn.response.status).toBe(403);
    expect(revokeOwn.error?.error.code).toBe("AUTH_INSUFFICIENT_PERMISSIONS");
    expect((await bob.client.GET("/user/me")).response.status).toBe(200);
    expect(
      (await bob.client.GET("/user/sessions")).data?.sessions.find((s) => s.id === body.id)?.impersonatedBy,
    ).toBe(ADMIN_EMAIL);

    const [started] = await events({ action: "admin.impersonation.start", target: bob.userId });
    expect(started).toMatchObject({
      actor: { type: "admin", id: ADMIN_EMAIL },
      target: { type: "user", id: bob.userId },
      tenantId: tenant.id,
      reason: REASON,
      userAgent: "support/2.0",
    });
    // Never a secret in the log.
    expect(gh.logs.join("\n")).not.toContain(body.tokens.refreshToken);
  });

  it("is refused by SuperAdminAuth and every /admin route, even once the member is made super-admin; it cannot switch tenant", async () => {
    const { bob, tenant, body, as } = await impersonated();
    const token = body.tokens.accessToken;
    const tries = async () => [
      (await sdk(bearer(token)).GET("/admin/users")).response.status,
      (await sdk(bearer(token)).GET("/admin/tenants")).response.status,
      (await start({ userId: bob.userId, tenantId: tenant.id, reason: REASON }, sdk(bearer(token)))).response
        .status,
      (await end(body.id, sdk(bearer(token)))).response.status,
    ];
    expect(await tries()).toEqual([403, 403, 403, 403]);
    const path = { params: { path: { userId: bob.userId } } };
    expect((await service().PUT("/admin/users/{userId}/super-admin", path)).response.status).toBe(200);
    expect(await tries()).toEqual([403, 403, 403, 403]);
    // The member's own session is now a super-admin's: it may.
    expect((await sdk(bearer(await bob.accessToken())).GET("/admin/users")).response.status).toBe(200);
    // A super-admin is not impersonated at all.
    const refused = await start({ userId: bob.userId, tenantId: tenant.id, reason: REASON });
    expect(refused.response.status).toBe(409);
    expect(refused.error?.error.code).toBe("CONFLICT");

    expect((await as.GET("/user/me")).response.status).toBe(200);
  });

  it("may not call what only the owner may (x-gatehouse-owner-only): 403 AUTH_IMPERSONATION_FORBIDDEN, nothing done", async () => {
    const { bob, as } = await impersonated();
    const keysBefore = (await bob.client.listApiKeys()).data?.apiKeys.length;
    const tries = [
      await as.createApiKey({ name: "ci", scopes: [] }),
      await as.POST("/user/password/change", {
        body: { currentPassword: "irrelevant-password-1", newPassword: "another long password 2" },
      }),
      // Even with the right password, the account is not the operator's to delete.
      await as.DELETE("/user/me", { body: { password: "irrelevant-password-1" } }),
      await as.switchTenant("default"),
      await as.POST("/tenants", {
        body: { name: "Side project", slug: `s-${crypto.randomUUID().slice(0, 8)}` },
      }),
    ];
    for (const t of tries) {
      expect(t.response.status).toBe(403);
      expect(t.error?.error.code).toBe("AUTH_IMPERSONATION_FORBIDDEN");
    }
    // Nothing happened: no key, the account and its own session live on, still a member of one tenant only.
    expect((await bob.client.listApiKeys()).data?.apiKeys.length).toBe(keysBefore);
    expect((await bob.client.GET("/user/me")).response.status).toBe(200);
    expect((await as.GET("/user/me")).response.status).toBe(200);
  });

  it("ended by the operator: refused at once (401), refresh dead, audited with the reason; the member's own session lives on", async () => {
    const { bob, body, as } = await impersonated();
    const ended = await end(body.id, await operator());
    expect(ended.response.status).toBe(204);
    const me = await as.GET("/user/me");
    expect(me.response.status).toBe(401);
    expect(me.error?.error.code).toBe("AUTH_SESSION_REVOKED");
    const refreshed = await refreshToken(gh.fetch, BASE_URL, body.tokens.refreshToken);
    expect(refreshed.status).toBe(401);
    expect((await bob.client.GET("/user/me")).response.status).toBe(200);
    const [event] = await events({ action: "admin.impersonation.end", target: bob.userId });
    expect(event).toMatchObject({ actor: { type: "admin", id: ADMIN_EMAIL }, reason: REASON });
    // Idempotent; an id that is not an impersonation (the member's own session, or none) is 404.
    expect((await end(body.id)).response.status).toBe(204);
    const own = claimsOf(await bob.accessToken()).sid as string;
    for (const id of [own, crypto.randomUUID()]) {
      const res = await end(id);
      expect(res.response.status).toBe(404);
      expect(res.error?.error.code).toBe("NOT_FOUND");
    }
    expect((await bob.client.GET("/user/me")).response.status).toBe(200);
    expect(await events({ action: "admin.impersonation.end", target: bob.userId })).toHaveLength(1);
  });

  it("40 parallel ends: every answer 204, one end event", async () => {
    const { bob, body, as } = await impersonated();
    const results = await Promise.all(Array.from({ length: 40 }, () => end(body.id)));
    expect(results.map((r) => r.response.status)).toEqual(Array(40).fill(204));
    expect(await events({ action: "admin.impersonation.end", target: bob.userId })).toHaveLength(1);
    expect((await as.GET("/user/me")).response.status).toBe(401);
  });

  it("only an enabled, non-super-admin, active member of an active tenant; unknown ids are 404; nothing is started otherwise", async () => {
    const bob = await signUp(gh);
    const tenant = await tenantWith(bob);
    const stranger = await signUp(gh);
    const conflicts: Array<[string, Record<string, unknown>]> = [
      ["not a member", { userId: stranger.userId, tenantId: tenant.id }],
    ];
    const inactive = await signUp(gh);
    await addMembership(
      gh.deps.store.db,
      { userId: inactive.userId, tenantId: tenant.id, roles: ["viewer"] },
      gh.clock.now(),
    );
    await gh.deps.tenants.updateMember(tenant.id, inactive.userId, { active: false });
    conflicts.push(["inactive membership", { userId: inactive.userId, tenantId: tenant.id }]);
    const disabled = await signUp(gh);
    expect(
      (
        await service().POST("/admin/users/{userId}/disable", {
          params: { path: { userId: disabled.userId } },
        })
      ).response.status,
    ).toBe(200);
    conflicts.push(["disabled user", { userId: disabled.userId, tenantId: "default" }]);
    const other = await signUp(gh);
    const suspended = await tenantWith(other);
    await service().POST("/admin/tenants/{tenantId}/suspend", {
      params: { path: { tenantId: suspended.id } },
    });
    conflicts.push(["suspended tenant", { userId: other.userId, tenantId: suspended.id }]);
    for (const [why, body] of conflicts) {
      const res = await start({ ...body, reason: REASON });
      expect(res.response.status, why).toBe(409);
      expect(res.error?.error.code).toBe("CONFLICT");
    }
    for (const body of [
      { userId: crypto.randomUUID(), tenantId: tenant.id },
      { userId: bob.userId, tenantId: "no-such-tenant" },
    ]) {
      const res = await start({ ...body, reason: REASON });
      expect(res.response.status).toBe(404);
      expect(res.error?.error.code).toBe("NOT_FOUND");
    }
    for (const body of [
      { userId: bob.userId, tenantId: tenant.id },
      { userId: bob.userId, tenantId: tenant.id, reason: "" },
      { userId: bob.userId, tenantId: tenant.id, reason: "ok" },
      { userId: bob.userId, tenantId: tenant.id, reason: "ticket\u0000 1" },
      { userId: bob.userId, tenantId: tenant.id, reason: "ticket\u0007 1" },
      { userId: bob.userId, tenantId: tenant.id, reason: "x".repeat(300) },
      { userId: bob.userId, tenantId: tenant.id, reason: 42 },
      { userId: "not-a-uuid", tenantId: tenant.id, reason: REASON },
      { userId: bob.userId, tenantId: "a\u0000b", reason: REASON },
      { userId: bob.userId, tenantId: "x".repeat(300), reason: REASON },
      { userId: bob.userId, reason: REASON },
    ]) {
      const res = await start(body);
      expect(res.response.status, JSON.stringify(body)).toBe(400);
      expect(res.error?.error.code).toBe("VALIDATION_FAILED");
    }
    for (const id of ["not-a-uuid", "x".repeat(300)]) expect((await end(id)).response.status).toBe(400);
    for (const who of [bob, stranger, inactive, disabled, other]) {
      expect(await events({ action: "admin.impersonation.start", target: who.userId })).toEqual([]);
    }
    expect((await bob.client.GET("/user/sessions")).data?.sessions).toHaveLength(1);
  });

  it("every other credential is refused: none, a member's bearer or cookie, a wrong secret", async () => {
    const bob = await signUp(gh);
    const token = await bob.accessToken();
    for (const [headers, status, code] of [
      [{}, 401, "AUTH_UNAUTHENTICATED"],
      [bearer(token), 403, "AUTH_INSUFFICIENT_PERMISSIONS"],
      [{ cookie: `backend_session=${token}` }, 401, "AUTH_UNAUTHENTICATED"],
      [{ "x-service-auth": `${SECRET}x` }, 401, "AUTH_UNAUTHENTICATED"],
      [{ "cf-access-jwt-assertion": token }, 401, "AUTH_UNAUTHENTICATED"],
    ] as const) {
      const res = await start({ userId: bob.userId, tenantId: "default", reason: REASON }, sdk(headers));
      expect(res.response.status, JSON.stringify(Object.keys(headers))).toBe(status);
      expect(res.error?.error.code).toBe(code);
      expect((await end(crypto.randomUUID(), sdk(headers))).response.status).toBe(status);
    }
    expect(await events({ action: "admin.impersonation.start", target: bob.userId })).toEqual([]);
  });

  it("suspending the tenant ends a running impersonation in it too", async () => {
    const { tenant, as } = await impersonated();
    await service().POST("/admin/tenants/{tenantId}/suspend", { params: { path: { tenantId: tenant.id } } });
    expect((await as.GET("/user/me")).response.status).toBe(401);
  });

  it("an operator may start only so many impersonations an hour (429 with Retry-After)", async () => {
    const bob = await signUp(gh);
    const limiter = gh.deps.rateLimits.impersonationsPerActor;
    const key = `admin:${ADMIN_EMAIL}`;
    for (let i = 0; i < 30; i++) await limiter.hit(key).catch(() => {});
    const res = await start({ userId: bob.userId, tenantId: "default", reason: REASON });
    expect(res.response.status).toBe(429);
    expect(res.error?.error.code).toBe("AUTH_RATE_LIMIT_EXCEEDED");
    expect(Number(res.response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await events({ action: "admin.impersonation.start", target: bob.userId })).toEqual([]);
    // Another operator (the service) is not slowed.
    expect(
      (await start({ userId: bob.userId, tenantId: "default", reason: REASON }, service())).response.status,
    ).toBe(201);
    await limiter.reset(key);
  });

  // Last: it moves the shared clock past the operator's Access JWTs' lifetime.
  it("lives at most its short lifetime: refresh keeps the act claim and never goes past the end", async () => {
    const { body, as } = await impersonated();
    gh.clock.advance((TTL_SECONDS / 2) * 1000);
    const before = body.tokens.accessToken;
    const refreshed = await refreshToken(gh.fetch, BASE_URL, body.tokens.refreshToken);
    expect(refreshed.status).toBe(200);
    const pair = ((await refreshed.json()) as { tokens: { accessToken: string; refreshToken: string } })
      .tokens;
    expect(pair.accessToken).not.toBe(before);
    const claims = claimsOf(pair.accessToken);
    expect(claims.act).toEqual({ sub: ADMIN_EMAIL });
    expect((claims.exp as number) * 1000).toBeLessThanOrEqual(new Date(body.expiresAt).getTime());
    const renewed = sdk({}, pair);
    expect((await renewed.GET("/user/me")).response.status).toBe(200);

    // Past the end and the verifier's clock tolerance (5 s).
    gh.clock.advance((TTL_SECONDS / 2) * 1000 + 10_000);
    const me = await gh.fetch(`${BASE_URL}/user/me`, { headers: bearer(pair.accessToken) });
    expect(me.status).toBe(401);
    expect(((await me.json()) as { error: { code: string } }).error.code).toBe("AUTH_SESSION_EXPIRED");
    expect((await refreshToken(gh.fetch, BASE_URL, pair.refreshToken)).status).toBe(401);
    expect((await as.GET("/user/me")).response.status).toBe(401);
  });

  it("every response above conformed to the contract", () => {
    expect(seen.length).toBeGreaterThan(60);
  });
});
