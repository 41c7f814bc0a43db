// The verified-token cache (tokens/access.ts): a cached token still stops working the moment it expires,
// its session is revoked or its key leaves the JWKS; an expired token is refused without a signature check.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Store } from "../../server/store/db.js";
import {
  BASE_URL,
  PG_URL,
  postgresStore,
  startTestGatehouse,
  type TestGatehouse,
} from "../helpers/gatehouse.js";
import { errorCode, json, signUpToken, withSession } from "../helpers/http.js";

const backends: Array<[string, () => Promise<{ store?: Store; drop: () => Promise<void> }>]> = [
  ["PGlite", async () => ({ drop: async () => {} })],
];
if (PG_URL) backends.push(["PostgreSQL", async () => postgresStore()]);

describe.each(backends)("verified-token cache on %s", (_name, open) => {
  let gh: TestGatehouse;
  let drop: () => Promise<void>;
  const me = (token: string) => gh.fetch(`${BASE_URL}/user/me`, withSession(token));
  // Every signature check resolves a key first: counting resolutions counts signature checks.
  let resolutions: ReturnType<typeof vi.spyOn>;

  beforeAll(async () => {
    const db = await open();
    drop = db.drop;
    gh = await startTestGatehouse(db.store ? { store: db.store } : {});
    resolutions = vi.spyOn(gh.deps.keys, "resolveKey");
  });
  afterAll(async () => {
    await gh.close();
    await drop();
  });

  it("answers a token it verified from the cache, and refuses it as expired, without a signature check, from its expiry on", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    expect((await me(s.accessToken)).status).toBe(200);
    const checks = resolutions.mock.calls.length;
    expect((await me(s.accessToken)).status).toBe(200);
    expect(resolutions.mock.calls.length).toBe(checks);

    gh.clock.advance(16 * 60_000);
    for (let i = 0; i < 3; i++) {
      const expired = await me(s.accessToken);
      expect(expired.status).toBe(401);
      expect(await errorCode(expired)).toBe("AUTH_SESSION_EXPIRED");
      expect(expired.headers.get("www-authenticate")).toContain('error="expired_token"');
    }
    expect(resolutions.mock.calls.length).toBe(checks);
  });

  it("refuses a token that carries a cached token's signature under another header or payload", async () => {
    const victim = await signUpToken(gh.fetch, BASE_URL);
    const attacker = await signUpToken(gh.fetch, BASE_URL);
    expect((await me(victim.accessToken)).status).toBe(200);
    const [vh = "", vp = "", vs = ""] = victim.accessToken.split(".");
    const [, ap = ""] = attacker.accessToken.split(".");
    // Both tokens share a header (same key): one with an extra member tells them apart.
    const header = { ...JSON.parse(Buffer.from(vh, "base64url").toString()), x: 1 };
    const otherHeader = Buffer.from(JSON.stringify(header)).toString("base64url");
    const forged = [
      `${otherHeader}.${vp}.${vs}`,
      `${vh}.${ap}.${vs}`,
      `${vh}.${vp}x.${vs}`,
      vs,
      `.${vs}`,
      `${vh}.${vp}.${vs}.`,
    ];
    for (const token of forged) {
      const res = await me(token);
      expect(res.status, token.slice(0, 40)).toBe(401);
      expect(await errorCode(res)).toBe("AUTH_UNAUTHENTICATED");
    }
    // The refusals left the genuine entries alone.
    expect((await me(victim.accessToken)).status).toBe(200);
    expect((await me(attacker.accessToken)).status).toBe(200);
  });

  it("refuses a cached token as soon as its session is revoked", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    expect((await me(s.accessToken)).status).toBe(200);
    expect((await me(s.accessToken)).status).toBe(200);
    const out = await gh.fetch(
      `${BASE_URL}/user/signout`,
      json({}, { cookie: `backend_session=${s.accessToken}` }),
    );
    expect(out.status).toBeLessThan(300);
    const after = await me(s.accessToken);
    expect(after.status).toBe(401);
    expect(await errorCode(after)).toBe("AUTH_SESSION_REVOKED");
  });

  it("refuses a cached token, expired or not, once its key has left the JWKS", async () => {
    const old = await signUpToken(gh.fetch, BASE_URL);
    gh.clock.advance(10 * 60_000);
    const live = await signUpToken(gh.fetch, BASE_URL);
    for (const token of [old.accessToken, live.accessToken]) expect((await me(token)).status).toBe(200);
    gh.clock.advance(6 * 60_000);
    expect(await errorCode(await me(old.accessToken))).toBe("AUTH_SESSION_EXPIRED");
    expect((await me(live.accessToken)).status).toBe(200);

    await gh.deps.keys.rotateNow({ retireOld: true });
    gh.clock.advance(1);
    const dropped = await me(live.accessToken);
    expect(dropped.status).toBe(401);
    expect(await errorCode(dropped)).toBe("AUTH_UNAUTHENTICATED");
    expect((await me(old.accessToken)).status).toBe(401);
    const fresh = await signUpToken(gh.fetch, BASE_URL);
    expect((await me(fresh.accessToken)).status).toBe(200);
  });
});
