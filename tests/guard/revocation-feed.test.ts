// GET /service/revocations and POST /service/api-keys/introspect: what a guard asks Gatehouse, on every backend.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RevocationFeed } from "../../server/services/revocation-feed.js";
import { headerClient } from "../admin/helpers.js";
import { createKey, keyTenant } from "../api-keys/helpers.js";
import { backends, startOn, type TestGatehouse } from "../helpers/gatehouse.js";
import { signUp } from "../tenancy/helpers.js";

const SECRET = "feed-test-service-secret-0123456789abcdef";

describe.each(backends)("service feed on %s", (_name, open) => {
  let gh: TestGatehouse;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ gh, close } = await startOn(open, { env: { SERVICE_AUTH_SECRETS: SECRET } }));
  });
  afterAll(() => close());

  const service = () => headerClient(gh, { "x-service-auth": SECRET });
  const feed = (cursor?: string) =>
    service().GET("/service/revocations", { params: { query: cursor ? { cursor } : {} } });

  it("lists a signed-out session from the first page, and after a cursor only what came since", async () => {
    const alice = await signUp(gh);
    const aliceSid = (await alice.claims()).sid as string;
    expect((await alice.client.signOut()).response.status).toBe(204);
    gh.clock.advance(20_000);
    const first = await feed();
    expect(first.response.status).toBe(200);
    expect(first.data?.sessionIds).toContain(aliceSid);
    expect(first.data?.pollIntervalSeconds).toBe(2);
    expect(first.data?.retentionSeconds).toBe(gh.config.accessTokenTtlSeconds + 30);
    expect(first.data?.hasMore).toBe(false);

    const bob = await signUp(gh);
    const bobSid = (await bob.claims()).sid as string;
    expect((await bob.client.signOut()).response.status).toBe(204);
    const next = await feed(first.data?.cursor);
    expect(next.response.status).toBe(200);
    expect(next.data?.sessionIds).toEqual([bobSid]);
  });

  it("sends again what falls in the overlap window (a late commit is not missed)", async () => {
    const p = await signUp(gh);
    const sid = (await p.claims()).sid as string;
    const start = await feed();
    await p.client.signOut();
    // Revoked "before" the previous read ended, as a transaction that commits late would appear.
    await gh.deps.store.db
      .updateTable("sessions")
      .set({ revoked_at: new Date(gh.clock.now().getTime() - 5_000) })
      .where("id", "=", sid)
      .execute();
    const again = await feed(start.data?.cursor);
    expect(again.data?.sessionIds).toContain(sid);
  });

  it("pages a burst exactly, every id once across the pages", async () => {
    const people = await Promise.all([1, 2, 3, 4, 5].map(() => signUp(gh)));
    // Past the overlap window of what earlier tests revoked.
    gh.clock.advance(20_000);
    const cursor = (await feed()).data?.cursor;
    gh.clock.advance(1_000);
    const sids = await Promise.all(people.map(async (p) => (await p.claims()).sid as string));
    for (const p of people) await p.client.signOut();
    const small = new RevocationFeed({
      db: gh.deps.store.db,
      clock: gh.clock,
      retentionMs: 60_000,
      pollIntervalSeconds: 2,
      pageSize: 2,
    });
    const seen: string[] = [];
    let page = await small.page(cursor);
    seen.push(...page.sessionIds);
    let pages = 1;
    while (page.hasMore) {
      page = await small.page(page.cursor);
      seen.push(...page.sessionIds);
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen.filter((id) => sids.includes(id)).sort()).toEqual([...sids].sort());
  });

  it("accepts a cursor written by an instance whose clock is a little ahead", async () => {
    const ahead = Buffer.from(JSON.stringify({ v: 1, s: gh.clock.now().getTime() + 10_000 })).toString(
      "base64url",
    );
    const res = await feed(ahead);
    expect(res.response.status).toBe(200);
  });

  it.each([
    ["not base64 JSON", "bm90LWpzb24"],
    [
      "a future position",
      Buffer.from(JSON.stringify({ v: 1, s: Date.now() + 86_400_000 })).toString("base64url"),
    ],
    ["an unknown version", Buffer.from(JSON.stringify({ v: 2, s: 1 })).toString("base64url")],
    ["extra fields", Buffer.from(JSON.stringify({ v: 1, s: 1, x: 1 })).toString("base64url")],
    [
      "a bad paging id",
      Buffer.from(JSON.stringify({ v: 1, s: 1, u: 5, a: [3, "../x"] })).toString("base64url"),
    ],
    ["characters outside base64url", "abc%00def"],
    ["300 characters", "a".repeat(300)],
  ])("refuses a cursor that is %s: 400 VALIDATION_FAILED", async (_what, cursor) => {
    const res = await feed(cursor);
    expect(res.response.status).toBe(400);
    expect(res.error?.error.code).toBe("VALIDATION_FAILED");
  });

  it("is ServiceAuth only: no secret, a wrong one, or a user's session is 401", async () => {
    const p = await signUp(gh);
    const attempts: Record<string, string>[] = [
      {},
      { "x-service-auth": "wrong-secret-wrong-secret-wrong-secret" },
      { authorization: `Bearer ${await p.accessToken()}` },
      { "x-service-auth": SECRET, authorization: `Bearer ${await p.accessToken()}` },
    ];
    for (const headers of attempts) {
      const res = await headerClient(gh, headers).GET("/service/revocations", { params: { query: {} } });
      expect(res.response.status).toBe(401);
      expect(res.error?.error.code).toBe("AUTH_UNAUTHENTICATED");
    }
  });

  it("brakes one source at 1200 requests a minute across both operations, 40 at once at the edge: 429 with Retry-After", async () => {
    // A fresh instance: the earlier tests' requests count against the same source.
    const { gh: own, close: closeOwn } = await startOn(open, { env: { SERVICE_AUTH_SECRETS: SECRET } });
    try {
      const client = headerClient(own, { "x-service-auth": SECRET });
      const introspect = () => client.POST("/service/api-keys/introspect", { body: { apiKey: "not-a-key" } });
      for (let i = 0; i < 1180; i += 100) {
        const size = Math.min(100, 1180 - i);
        const batch = await Promise.all(Array.from({ length: size }, introspect));
        expect(batch.map((r) => r.response.status)).toEqual(Array(size).fill(404));
      }
      // 40 at once across the limit: exactly the 20 left get through, whatever order they land in.
      const edge = await Promise.all(Array.from({ length: 40 }, introspect));
      const statuses = edge.map((r) => r.response.status);
      expect(statuses.filter((s) => s === 404)).toHaveLength(20);
      expect(statuses.filter((s) => s === 429)).toHaveLength(20);
      const braked = await client.GET("/service/revocations", { params: { query: {} } });
      expect(braked.response.status).toBe(429);
      expect(braked.error?.error.code).toBe("AUTH_RATE_LIMIT_EXCEEDED");
      expect(Number(braked.response.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      await closeOwn();
    }
  }, 60_000);

  it("introspects an API key: its user, tenant and effective permissions; unknown or revoked is 404", async () => {
    const t = await keyTenant(gh);
    const { key, id } = await createKey(t.analyst, { scopes: ["tenant:read"] });
    const res = await service().POST("/service/api-keys/introspect", { body: { apiKey: key } });
    expect(res.response.status).toBe(200);
    expect(res.data).toEqual({
      keyId: id,
      userId: t.analyst.userId,
      tenantId: t.tenantId,
      roles: ["analyst"],
      permissions: ["tenant:read"],
      emailVerified: false,
    });
    await t.analyst.client.revokeApiKey(id);
    for (const apiKey of [key, `gh_sk_${"A".repeat(43)}`, "not-a-key", "x".repeat(300)]) {
      const gone = await service().POST("/service/api-keys/introspect", { body: { apiKey } });
      expect([400, 404]).toContain(gone.response.status);
      expect(gone.error?.error.code).toBe(apiKey.length > 200 ? "VALIDATION_FAILED" : "NOT_FOUND");
    }
    const noAuth = await headerClient(gh, {}).POST("/service/api-keys/introspect", { body: { apiKey: key } });
    expect(noAuth.response.status).toBe(401);
  });
});
