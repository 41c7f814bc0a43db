// API keys refused: on every operation whose contract does not list ApiKeyAuth, presented any other way, and
// every kind of bad key alike — on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Exchange } from "../helpers/contract.js";
import { BASE_URL, type TestGatehouse } from "../helpers/gatehouse.js";
import { backends } from "../tenancy/helpers.js";
import { createKey, type KeyTenant, openKeyTenant, withKey } from "./helpers.js";

const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

describe.each(backends)("API keys refused on %s", (_name, open) => {
  let gh: TestGatehouse;
  let close: () => Promise<void>;
  let t: KeyTenant;
  const seen: Exchange[] = [];

  beforeAll(async () => {
    ({ gh, t, close } = await openKeyTenant(open, seen));
  });
  afterAll(() => close());

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
});
