// Legacy APIv1 routes: v1 tokens, Mondia links, the billing portal against a local stand-in, the exchange, the admin CLI.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, sql } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGatehouseClient } from "../sdk/src/index.js";
import { migrate } from "../server/store/migrate.js";
import type { Database } from "../server/store/schema.js";
import { type LocalBilling, startLocalBilling } from "./helpers/billing.js";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "./helpers/gatehouse.js";
import { errorCode, json, PASSWORD, signUpToken, uniqueEmail, withSession } from "./helpers/http.js";
import { type LocalOidc, startLocalOidc } from "./helpers/oidc.js";

let gh: TestGatehouse;
let billing: LocalBilling;
let oidc: LocalOidc;

beforeAll(async () => {
  billing = await startLocalBilling();
  oidc = await startLocalOidc("gatehouse-legacy-test");
  gh = await startTestGatehouse({
    env: {
      BILLING_BASE_URL: billing.url,
      BILLING_API_KEY: billing.apiKey,
      BILLING_TIMEOUT_MS: "300",
      OTP_TEST_MODE: "true",
      SSO_OIDC_PROVIDERS: JSON.stringify([
        {
          id: "acme",
          issuer: oidc.issuer,
          jwksUrl: oidc.jwksUrl,
          audience: "gatehouse-legacy-test",
          nonce: "none",
        },
      ]),
    },
  });
});
afterAll(async () => {
  await gh.close();
  await billing.close();
  await oidc.close();
});

async function v1Client(email = uniqueEmail()) {
  const s = await signUpToken(gh.fetch, BASE_URL, email);
  const token = await gh.deps.legacyTokens.issue(s.userId, "test");
  const client = createGatehouseClient({
    baseUrl: BASE_URL,
    mode: "token",
    fetch: (r) => gh.fetch(r),
    headers: { authorization: `Bearer ${token}` },
  });
  return { client, token, userId: s.userId, session: s, email };
}

/** A v1 call and the exchange, both with the token: their statuses. */
async function v1Statuses(token: string): Promise<[number, number]> {
  const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
  const link = await gh.fetch(`${BASE_URL}/monetization/mondia/link_user`, {
    ...json({ customerId: `MND-${crypto.randomUUID()}` }),
    headers,
  });
  const exchange = await gh.fetch(`${BASE_URL}/user/legacy/exchange`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "x-auth-mode": "token" },
  });
  return [link.status, exchange.status];
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
    await gh.deps.legacyTokens.revokeAll(userId, "admin");
    const revoked = await gh.fetch(`${BASE_URL}/monetization/mondia/link_user`, {
      ...body,
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    });
    expect(revoked.status).toBe(401);
  });
});

describe("APIv1 token revocation", () => {
  it("password change revokes the user's v1 tokens", async () => {
    const { token, session } = await v1Client();
    expect(await v1Statuses(token)).toEqual([200, 200]);
    const changed = await gh.fetch(
      `${BASE_URL}/user/password/change`,
      withSession(
        session.accessToken,
        json({ currentPassword: PASSWORD, newPassword: "a brand new passphrase" }),
      ),
    );
    expect(changed.status).toBe(204);
    expect(await v1Statuses(token)).toEqual([401, 401]);
  });

  it("password reset (/user and /auth) revokes the user's v1 tokens", async () => {
    const a = await v1Client();
    const requested = await gh.fetch(`${BASE_URL}/user/password/reset/request`, json({ email: a.email }));
    const { testToken } = (await requested.json()) as { testToken: string };
    const reset = await gh.fetch(
      `${BASE_URL}/user/password/reset/confirm`,
      json({ token: testToken, newPassword: "a brand new passphrase" }),
    );
    expect(reset.status).toBe(204);
    expect(await v1Statuses(a.token)).toEqual([401, 401]);

    const b = await v1Client();
    const { token: link } = await gh.deps.codes.issue(b.userId, "reset_password");
    const st = await gh.fetch(
      `${BASE_URL}/auth/user/password/reset`,
      json({
        method: "token",
        token: link,
        formFields: [{ id: "password", value: "a brand new passphrase" }],
      }),
    );
    expect(await st.json()).toEqual({ status: "OK" });
    expect(await v1Statuses(b.token)).toEqual([401, 401]);
  });

  it("account deletion ends the user's v1 tokens", async () => {
    const { token, session } = await v1Client();
    const deleted = await gh.fetch(
      `${BASE_URL}/user/me`,
      withSession(session.accessToken, { ...json({ password: PASSWORD }), method: "DELETE" }),
    );
    expect(deleted.status).toBe(204);
    expect(await v1Statuses(token)).toEqual([401, 401]);
  });

  it("an SSO takeover of an unverified account revokes its v1 tokens with its sessions", async () => {
    const email = uniqueEmail("squat");
    const { token } = await v1Client(email);
    const owner = await gh.fetch(
      `${BASE_URL}/user/sso/acme`,
      json({
        idToken: await oidc.idToken({ sub: `owner-${crypto.randomUUID()}`, email, email_verified: true }),
      }),
    );
    expect(owner.status).toBe(200);
    expect(await v1Statuses(token)).toEqual([401, 401]);
  });

  it("expire after LEGACY_TOKEN_TTL_DAYS (90 by default), whatever their use", async () => {
    const { token } = await v1Client();
    gh.clock.advance(89 * 86_400_000);
    expect((await v1Statuses(token))[0]).toBe(200);
    gh.clock.advance(86_400_000 + 1_000);
    const res = await gh.fetch(`${BASE_URL}/monetization/mondia/link_user`, {
      ...json({ customerId: "MND-1" }),
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(401);
    expect(await errorCode(res)).toBe("AUTH_UNAUTHENTICATED");
    expect(res.headers.get("www-authenticate")).toContain('error="invalid_token"');
  });

  it("revocation holds against 40 parallel calls racing it", async () => {
    const { token, session } = await v1Client();
    const change = gh.fetch(
      `${BASE_URL}/user/password/change`,
      withSession(
        session.accessToken,
        json({ currentPassword: PASSWORD, newPassword: "a brand new passphrase" }),
      ),
    );
    await Promise.all([change, ...Array.from({ length: 40 }, () => v1Statuses(token))]);
    const after = await Promise.all(Array.from({ length: 40 }, () => v1Statuses(token)));
    expect(new Set(after.flat())).toEqual(new Set([401]));
  });
});

describe("migration 007", () => {
  it("gives v1 tokens issued before it 90 days from the upgrade; existing sessions count as credential sign-ins of no fixed scheme", async () => {
    const db = new Kysely<Database>({ dialect: new PGliteDialect(new PGlite()) });
    try {
      await migrate(db, { before: "007" });
      const userId = crypto.randomUUID();
      await sql`INSERT INTO users (id, tenant_id, email, created_at, updated_at)
        VALUES (${userId}, 'default', 'old@example.com', now(), now())`.execute(db);
      await sql`INSERT INTO legacy_v1_tokens (token_hash, user_id, created_at)
        VALUES (${Buffer.from("old")}, ${userId}, now() - interval '3 years')`.execute(db);
      await sql`INSERT INTO sessions (id, user_id, tenant_id, created_at, last_used_at, expires_at)
        VALUES (${crypto.randomUUID()}, ${userId}, 'default', now(), now(), now() + interval '7 days')`.execute(
        db,
      );
      await migrate(db);
      const token = await db.selectFrom("legacy_v1_tokens").selectAll().executeTakeFirstOrThrow();
      const days = (token.expires_at.getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(89.9);
      expect(days).toBeLessThanOrEqual(90);
      expect(token.revoked_at).toBeNull();
      const session = await db.selectFrom("sessions").selectAll().executeTakeFirstOrThrow();
      expect(session).toMatchObject({ profile: null, auth_method: "credential" });
    } finally {
      await db.destroy();
    }
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

  it("is not a fresh sign-in: deleting the account from an exchanged session needs the password", async () => {
    const { token } = await v1Client();
    const res = await gh.fetch(`${BASE_URL}/user/legacy/exchange`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "x-auth-mode": "token" },
    });
    const { tokens } = (await res.json()) as { tokens: { accessToken: string } };
    const del = (body: unknown) =>
      gh.fetch(`${BASE_URL}/user/me`, withSession(tokens.accessToken, { ...json(body), method: "DELETE" }));
    const noPassword = await del({});
    expect(noPassword.status).toBe(403);
    expect(await errorCode(noPassword)).toBe("AUTH_REAUTHENTICATION_REQUIRED");
    expect((await del({ password: PASSWORD })).status).toBe(204);
  });
});

describe("admin CLI", () => {
  it("issues (with an expiry) and revokes v1 tokens from the command line", async () => {
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
      const expires = new Date(/expires (\S+)/.exec(issued.stderr)?.[1] ?? "");
      expect((expires.getTime() - Date.now()) / 86_400_000).toBeCloseTo(90, 1);
      expect(run(["issue-v1-token", "nobody@example.com"]).status).toBe(1);
      expect(run([]).status).toBe(2);
      const exchange = async () => {
        const server = await startTestGatehouse({ env });
        try {
          const res = await server.fetch(`${BASE_URL}/user/legacy/exchange`, {
            method: "POST",
            headers: { authorization: `Bearer ${token}`, "x-auth-mode": "token" },
          });
          return res.status;
        } finally {
          await server.close();
        }
      };
      expect(await exchange()).toBe(200);
      const revoked = run(["revoke-v1-tokens", email]);
      expect(revoked.stdout.trim()).toBe("revoked 1 token(s)");
      expect(await exchange()).toBe(401);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
