// API keys under attack: parallel revokes and creates at the cap, hostile names and expiries, other users' keys,
// and the secret's absence from logs — on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_KEY_LIMITS } from "../../server/services/api-keys.js";
import type { Exchange } from "../helpers/contract.js";
import type { TestGatehouse } from "../helpers/gatehouse.js";
import { backends, signUp } from "../tenancy/helpers.js";
import { createKey, type KeyTenant, openKeyTenant, withKey } from "./helpers.js";

const meta = { ip: null, userAgent: null };

describe.each(backends)("API key abuse on %s", (_name, open) => {
  let gh: TestGatehouse;
  let close: () => Promise<void>;
  let t: KeyTenant;
  const seen: Exchange[] = [];
  const secrets: string[] = [];

  beforeAll(async () => {
    ({ gh, t, close } = await openKeyTenant(open, seen));
  });
  afterAll(() => close());

  it("40 parallel revokes of one key: all 204, revoked once (one audit event, one revocation time)", async () => {
    const { key, id } = await createKey(t.admin, { scopes: [] });
    secrets.push(key);
    const results = await Promise.all(Array.from({ length: 40 }, () => t.admin.client.revokeApiKey(id)));
    for (const r of results) expect(r.response.status).toBe(204);
    expect((await withKey(gh, key, "/user/me")).status).toBe(401);
    const events = await gh.deps.audit.query({ action: "api_key.revoke", target: id });
    expect(events.events).toHaveLength(1);
    const revokedAt = (await t.admin.client.listApiKeys()).data?.apiKeys.find((k) => k.id === id)?.revokedAt;
    expect(revokedAt).not.toBeNull();
    gh.clock.advance(1000);
    expect((await t.admin.client.revokeApiKey(id)).response.status).toBe(204);
    expect((await t.admin.client.listApiKeys()).data?.apiKeys.find((k) => k.id === id)?.revokedAt).toBe(
      revokedAt,
    );
  });

  it("another user's key, or an unknown or malformed id, cannot be revoked (404 / 400) and keeps working", async () => {
    const { key, id } = await createKey(t.analyst, { scopes: [] });
    secrets.push(key);
    const theirs = await t.admin.client.revokeApiKey(id);
    expect(theirs.response.status).toBe(404);
    expect(theirs.error?.error.code).toBe("NOT_FOUND");
    expect((await t.admin.client.revokeApiKey(crypto.randomUUID())).response.status).toBe(404);
    for (const bad of ["not-a-uuid", "%00", "x".repeat(300)]) {
      const res = await t.admin.client.revokeApiKey(bad);
      expect(res.response.status, bad).toBe(400);
      expect(res.error?.error.code).toBe("VALIDATION_FAILED");
    }
    expect((await withKey(gh, key, "/user/me")).status).toBe(200);
    expect(await gh.deps.audit.query({ action: "api_key.revoke", target: id })).toMatchObject({ events: [] });
  });

  it("hostile names are 400 VALIDATION_FAILED and create nothing", async () => {
    const before = (await t.admin.client.listApiKeys()).data?.apiKeys.length;
    const names = [
      "",
      "   ",
      "nul\u0000name",
      "tab\tname",
      "line\nbreak",
      "del\u007f",
      "c1\u0085",
      "lone \ud800 surrogate",
      "x".repeat(101),
      "x".repeat(300),
    ];
    for (const name of names) {
      const res = await t.admin.client.createApiKey({ name, scopes: [] });
      expect(res.response.status, JSON.stringify(name)).toBe(400);
      expect(res.error?.error.code).toBe("VALIDATION_FAILED");
    }
    // Not the contract's types at all.
    for (const body of [{ name: 7, scopes: [] }, { name: "n" }, { name: "n", scopes: "tenant:read" }, {}]) {
      const res = await t.admin.client.POST("/user/api-keys", { body: body as never });
      expect(res.response.status, JSON.stringify(body)).toBe(400);
    }
    expect((await t.admin.client.listApiKeys()).data?.apiKeys.length).toBe(before);
  });

  it("expiry: past, now, beyond 365 days or not a date-time is 400; 365 days is fine", async () => {
    const now = gh.clock.now().getTime();
    const day = 24 * 60 * 60 * 1000;
    for (const expiresAt of [
      new Date(now - 1000).toISOString(),
      new Date(now).toISOString(),
      new Date(now + 366 * day).toISOString(),
      "tomorrow",
      "2026-13-45T99:00:00Z",
    ]) {
      const res = await t.admin.client.createApiKey({ name: "exp", scopes: [], expiresAt });
      expect(res.response.status, expiresAt).toBe(400);
      expect(res.error?.error.code).toBe("VALIDATION_FAILED");
    }
    const ok = await t.admin.client.createApiKey({
      name: "a year",
      scopes: [],
      expiresAt: new Date(now + 365 * day).toISOString(),
    });
    expect(ok.response.status).toBe(201);
    secrets.push(ok.data?.key ?? "");
  });

  it(`at most ${API_KEY_LIMITS.liveKeysPerUser} live keys per user, also under parallel creates; revoked and expired ones do not count`, async () => {
    const user = await signUp(gh, seen);
    const { apiKeys } = gh.deps;
    // An expired key does not count.
    const soon = new Date(gh.clock.now().getTime() + 1000).toISOString();
    await apiKeys.create(user.userId, "default", { name: "soon", scopes: [], expiresAt: soon }, meta);
    gh.clock.advance(2000);
    for (let i = 0; i < API_KEY_LIMITS.liveKeysPerUser - 3; i++)
      await apiKeys.create(user.userId, "default", { name: `k${i}`, scopes: [] }, meta);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => user.client.createApiKey({ name: `p${i}`, scopes: [] })),
    );
    const statuses = results.map((r) => r.response.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    for (const r of results) {
      if (r.data) secrets.push(r.data.key);
      else expect(r.error?.error.code).toBe("API_KEY_LIMIT_REACHED");
    }
    const live = (await user.client.listApiKeys()).data?.apiKeys.filter((k) => k.revokedAt === null) ?? [];
    expect(live.filter((k) => k.name !== "soon")).toHaveLength(API_KEY_LIMITS.liveKeysPerUser);
    expect((await user.client.revokeApiKey(live[0]?.id ?? "")).response.status).toBe(204);
    const again = await user.client.createApiKey({ name: "after revoke", scopes: [] });
    expect(again.response.status).toBe(201);
    secrets.push(again.data?.key ?? "");
  });

  it("the key routes need a session: a session of another tenant creates keys in its own active tenant only", async () => {
    const stranger = await signUp(gh, seen);
    const res = await stranger.client.createApiKey({ name: "mine", scopes: ["members:read"] });
    // In the default tenant a plain member holds only tenant:read.
    expect(res.response.status).toBe(400);
    expect(res.error?.error.code).toBe("API_KEY_SCOPE_EXCEEDED");
    const { key } = await createKey(stranger, { scopes: ["tenant:read"] });
    secrets.push(key);
    const other = await withKey(gh, key, `/tenants/${t.tenantId}/members`);
    expect(other.status).toBe(403);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe(
      "AUTH_TENANT_ACCESS_DENIED",
    );
  });

  it("no secret ever reaches the log; every response matched the contract", () => {
    expect(secrets.length).toBeGreaterThan(4);
    const log = gh.logs.join("\n");
    expect(log.length).toBeGreaterThan(0);
    for (const s of secrets) {
      expect(s).toMatch(/^gh_sk_/);
      expect(log).not.toContain(s);
      expect(log).not.toContain(s.slice(6));
    }
    expect(seen.length).toBeGreaterThan(20);
  });
});
