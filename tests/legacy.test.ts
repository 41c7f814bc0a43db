// Legacy APIv1 routes: v1 tokens, Mondia links, the billing portal against a local stand-in, the exchange, the admin CLI.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGatehouseClient } from "../sdk/src/index.js";
import { type LocalBilling, startLocalBilling } from "./helpers/billing.js";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "./helpers/gatehouse.js";
import { json, PASSWORD, signUpToken, uniqueEmail, withSession } from "./helpers/http.js";

let gh: TestGatehouse;
let billing: LocalBilling;

beforeAll(async () => {
  billing = await startLocalBilling();
  gh = await startTestGatehouse({
    env: { BILLING_BASE_URL: billing.url, BILLING_API_KEY: billing.apiKey, BILLING_TIMEOUT_MS: "300" },
  });
});
afterAll(async () => {
  await gh.close();
  await billing.close();
});

async function v1Client() {
  const s = await signUpToken(gh.fetch, BASE_URL);
  const token = await gh.deps.legacyTokens.issue(s.userId, "test");
  const client = createGatehouseClient({
    baseUrl: BASE_URL,
    mode: "token",
    fetch: (r) => gh.fetch(r),
    headers: { authorization: `Bearer ${token}` },
  });
  return { client, token, userId: s.userId };
}

describe("APIv1 tokens", () => {
  it("are stored only as hashes", async () => {
    const { token, userId } = await v1Client();
    const rows = await gh.deps.store.db
      .selectFrom("legacy_v1_tokens")
      .selectAll()
      .where("user_id", "=", userId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(Buffer.from(rows[0]?.token_hash ?? []).toString("utf8")).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("missing, unknown or revoked tokens get 401 with a Bearer challenge", async () => {
    const { token, userId } = await v1Client();
    const body = json({ customerId: "MND-1" });
    const none = await gh.fetch(`${BASE_URL}/monetization/mondia/link_user`, body);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain('error="invalid_request"');
    const unknown = await gh.fetch(`${BASE_URL}/monetization/mondia/link_user`, {
      ...body,
      headers: { "content-type": "application/json", authorization: "Bearer v1_unknown" },
    });
    expect(unknown.status).toBe(401);
    await gh.deps.legacyTokens.revokeAll(userId);
    const revoked = await gh.fetch(`${BASE_URL}/monetization/mondia/link_user`, {
      ...body,
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    });
    expect(revoked.status).toBe(401);
  });
});

describe("Mondia link", () => {
  it("is idempotent for the same user and a 409 for anyone else", async () => {
    const a = await v1Client();
    const b = await v1Client();
    const customerId = `MND-${Date.now()}`;
    const first = await a.client.POST("/monetization/mondia/link_user", { body: { customerId } });
    const again = await a.client.POST("/monetization/mondia/link_user", { body: { customerId } });
    expect(first.response.status).toBe(200);
    expect(again.data).toEqual(first.data);
    const other = await b.client.POST("/monetization/mondia/link_user", { body: { customerId } });
    expect(other.response.status).toBe(409);
    expect(other.error?.error.code).toBe("CONFLICT");
    const bad = await a.client.POST("/monetization/mondia/link_user", { body: { customerId: "has spaces" } });
    expect(bad.error?.error.code).toBe("VALIDATION_FAILED");
  });
});

describe("billing portal session", () => {
  const portalRows = (userId: string) =>
    gh.deps.store.db
      .selectFrom("billing_portal_sessions")
      .selectAll()
      .where("user_id", "=", userId)
      .execute();

  it("creates a portal session at the provider for the caller and records it", async () => {
    billing.mode = "ok";
    const { client, userId } = await v1Client();
    const res = await client.POST("/chargebee/self_serve_portal/session");
    expect(res.response.status).toBe(200);
    expect(res.data?.accessUrl).toMatch(/^https:\/\/billing\.example\.com\//);
    expect(billing.requests.at(-1)).toEqual({ customerId: userId, authorized: true });
    expect(await portalRows(userId)).toHaveLength(1);
  });

  it.each([
    "error",
    "slow",
    "garbage",
  ] as const)("provider %s → 502 UPSTREAM_FAILED, nothing recorded", async (mode) => {
    billing.mode = mode;
    const { client, userId } = await v1Client();
    const started = Date.now();
    const res = await client.POST("/chargebee/self_serve_portal/session");
    expect(res.response.status).toBe(502);
    expect(res.error?.error.code).toBe("UPSTREAM_FAILED");
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await portalRows(userId)).toHaveLength(0);
    billing.mode = "ok";
  });
});

describe("legacy exchange", () => {
  it("trades a v1 token for a cookie session", async () => {
    const { token, userId } = await v1Client();
    const res = await gh.fetch(`${BASE_URL}/user/legacy/exchange`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("backend_session="));
    const access = cookie?.split(";")[0]?.split("=")[1] ?? "";
    const me = await gh.fetch(`${BASE_URL}/user/me`, withSession(access));
    expect(((await me.json()) as { id: string }).id).toBe(userId);
  });
});

describe("admin CLI", () => {
  it("issues a v1 token for an existing user from the command line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gatehouse-admin-"));
    try {
      const env = { NODE_ENV: "test", DATA_DIR: dir, PUBLIC_URL: BASE_URL };
      const email = uniqueEmail("cli");
      const first = await startTestGatehouse({ env });
      await first.fetch(`${BASE_URL}/user/signup`, json({ email, password: PASSWORD }));
      await first.close();
      const run = (args: string[]) =>
        spawnSync(process.execPath, ["--import", "tsx", "server/admin.ts", ...args], {
          env: { ...process.env, ...env, DATABASE_URL: "" },
          encoding: "utf8",
          timeout: 30_000,
        });
      const issued = run(["issue-v1-token", email, "migration"]);
      expect(issued.status, issued.stderr).toBe(0);
      const token = issued.stdout.trim();
      expect(token).toMatch(/^v1_[A-Za-z0-9_-]{43}$/);
      expect(run(["issue-v1-token", "nobody@example.com"]).status).toBe(1);
      expect(run([]).status).toBe(2);
      const second = await startTestGatehouse({ env });
      const res = await second.fetch(`${BASE_URL}/user/legacy/exchange`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "x-auth-mode": "token" },
      });
      await second.close();
      expect(res.status).toBe(200);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
