// The example service behind the guard, against a real Gatehouse: each caller × each route → status and error.code.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey } from "../api-keys/helpers.js";
import {
  bearer,
  CALLER_SECRET,
  call,
  type LiveGatehouse,
  liveGatehouse,
  type RoleTenant,
  roleTenant,
  type Service,
  startService,
} from "./helpers.js";

type Caller =
  | "anonymous"
  | "outsider"
  | "viewer"
  | "analyst"
  | "orchestrator"
  | "admin"
  | "service"
  | "apiKey";
const CALLERS: Caller[] = [
  "anonymous",
  "outsider",
  "viewer",
  "analyst",
  "orchestrator",
  "admin",
  "service",
  "apiKey",
];

const U = "AUTH_UNAUTHENTICATED";
const P = "AUTH_INSUFFICIENT_PERMISSIONS";
const T = "AUTH_TENANT_ACCESS_DENIED";
type Expect = number | [403, string] | [401, string];

// Row per route: what each caller gets, in CALLERS order. The API key is the analyst's, scoped to report:read.
const MATRIX: Array<[string, string, Expect[]]> = [
  ["anyone", "/status", [200, 200, 200, 200, 200, 200, 200, 200]],
  ["any credential", "/whoami", [[401, U], 200, 200, 200, 200, 200, 200, 200]],
  ["report:read", "/reports", [[401, U], [403, P], 200, 200, 200, 200, [403, P], 200]],
  ["forecast:write", "/forecasts", [[401, U], [403, P], [403, P], 201, 201, 201, [403, P], [403, P]]],
  [
    "plan:approve + plan:read",
    "/plans/p-1/approve",
    [[401, U], [403, P], [403, P], [403, P], 200, 200, [403, P], [403, P]],
  ],
  [
    "role admin",
    "/admin/settings",
    [[401, U], [403, P], [403, P], [403, P], [403, P], 200, [403, P], [403, P]],
  ],
  [
    "role service",
    "/internal/reindex",
    [[401, U], [403, P], [403, P], [403, P], [403, P], [403, P], 202, [403, P]],
  ],
  [
    "own tenant + report:read",
    "/tenants/{tenantId}/summary",
    [[401, U], [403, T], 200, 200, 200, 200, [403, T], 200],
  ],
  [
    "another tenant",
    "/tenants/someone-else/summary",
    [
      [401, U],
      [403, T],
      [403, T],
      [403, T],
      [403, T],
      [403, T],
      [403, T],
      [403, T],
    ],
  ],
];

describe("guard permission matrix (example service, real Gatehouse over HTTP)", () => {
  let live: LiveGatehouse;
  let service: Service;
  let t: RoleTenant;
  const headers = {} as Record<Caller, Record<string, string>>;

  beforeAll(async () => {
    live = await liveGatehouse();
    t = await roleTenant(live.gh);
    service = await startService(live);
    const { key } = await createKey(t.analyst, { scopes: ["report:read"] });
    headers.anonymous = {};
    headers.service = { "x-service-auth": CALLER_SECRET };
    headers.apiKey = bearer(key);
    for (const who of ["outsider", "viewer", "analyst", "orchestrator", "admin"] as const)
      headers[who] = bearer(await t[who].accessToken());
  }, 60_000);
  afterAll(async () => {
    await service?.close();
    await live?.close();
  });

  for (const [what, route, row] of MATRIX) {
    it(`${what}: ${route}`, async () => {
      const path = route.replace("{tenantId}", t.tenantId);
      const got: Record<string, unknown> = {};
      const want: Record<string, unknown> = {};
      for (const [i, who] of CALLERS.entries()) {
        const expected = row[i] as Expect;
        const res = await call(service, path, headers[who]);
        got[who] = res.status >= 400 ? [res.status, res.body.error?.code] : res.status;
        want[who] = expected;
        if (res.status >= 400) {
          expect(res.body.error?.requestId, `${who} requestId`).toMatch(/.+/);
          expect(res.headers.get("cache-control")).toBe("no-store");
          if (res.status === 401)
            expect(res.headers.get("www-authenticate")).toMatch(/^Bearer realm="gatehouse"/);
        }
      }
      expect(got).toEqual(want);
    });
  }

  it("names the missing permission in the 403", async () => {
    const res = await call(service, "/plans/p-1/approve", headers.analyst);
    expect(res.status).toBe(403);
    expect(res.body.error?.missingPermissions).toEqual(["plan:approve"]);
    expect(res.body.error?.message).toContain("plan:approve");
  });

  it("hands the handler the context: user, session, tenant, roles, perms; the API key's id; the service role", async () => {
    const viewer = await call(service, "/whoami", headers.viewer);
    expect(viewer.body).toMatchObject({
      kind: "user",
      userId: t.viewer.userId,
      sessionId: (await t.viewer.claims()).sid,
      tenantId: t.tenantId,
      roles: ["viewer"],
      perms: expect.arrayContaining(["report:read", "plan:read", "tenant:read"]),
      emailVerified: false,
    });
    const key = await call(service, "/whoami", headers.apiKey);
    expect(key.body).toMatchObject({
      kind: "apiKey",
      userId: t.analyst.userId,
      sessionId: null,
      perms: ["report:read"],
    });
    expect(key.body.apiKeyId).toMatch(/^[0-9a-f-]{36}$/);
    const svc = await call(service, "/whoami", headers.service);
    expect(svc.body).toMatchObject({ kind: "service", userId: null, roles: ["service"], perms: [] });
    expect((await call(service, "/status")).body).toEqual({ ok: true, kind: "anonymous" });
  });

  it("exposes the operator behind a support session (the token's act claim) as actor", async () => {
    // Issued by Gatehouse's own token issuer, as POST /admin/impersonations does.
    const { token } = await live.gh.deps.access.issue({
      sub: t.viewer.userId,
      sid: crypto.randomUUID(),
      tid: t.tenantId,
      roles: ["viewer"],
      perms: ["report:read"],
      ev: true,
      act: { sub: "ops@example.com" },
    });
    const res = await call(service, "/whoami", bearer(token));
    expect(res.body).toMatchObject({
      kind: "user",
      userId: t.viewer.userId,
      actor: { sub: "ops@example.com" },
    });
    expect((await call(service, "/whoami", headers.viewer)).body).not.toHaveProperty("actor");
  });

  it("accepts the session as the backend_session cookie too, and echoes a sane X-Request-Id", async () => {
    const token = await t.viewer.accessToken();
    const ok = await call(service, "/reports", { cookie: `theme=dark; backend_session=${token}` });
    expect(ok.status).toBe(200);
    const refused = await call(service, "/admin/settings", {
      cookie: `backend_session=${token}`,
      "x-request-id": "req-42",
    });
    expect(refused.body.error).toMatchObject({ code: P, requestId: "req-42" });
  });

  it("refuses an API key revoked at Gatehouse once the cache period ends (30 s)", async () => {
    const { key, id } = await createKey(t.viewer, { scopes: ["report:read"] });
    expect((await call(service, "/reports", bearer(key))).status).toBe(200);
    await t.viewer.client.revokeApiKey(id);
    // Cached: still served inside the period, never longer.
    expect((await call(service, "/reports", bearer(key))).status).toBe(200);
    live.gh.clock.advance(31_000);
    const after = await call(service, "/reports", bearer(key));
    expect([after.status, after.body.error?.code]).toEqual([401, U]);
  });

  it("refuses a wrong caller secret, and a service secret beside a user credential", async () => {
    const wrong = await call(service, "/internal/reindex", { "x-service-auth": "x".repeat(40) });
    expect([wrong.status, wrong.body.error?.code]).toEqual([401, U]);
    const mixed = await call(service, "/internal/reindex", { ...headers.service, ...headers.admin });
    expect([mixed.status, mixed.body.error?.code]).toEqual([401, U]);
    // Gatehouse's own secret is not this service's: it does not make its holder a caller here.
    const gatehouseSecret = await call(service, "/internal/reindex", {
      "x-service-auth": live.gh.config.serviceAuthSecrets[0] as string,
    });
    expect(gatehouseSecret.status).toBe(401);
  });
});
