// Multi-instance behaviour on one real PostgreSQL: revocation across instances, refresh races, sign-up races.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../server/store/db.js";
import { openStore } from "../server/store/db.js";
import {
  BASE_URL,
  PG_URL,
  postgresStore,
  startTestGatehouse,
  type TestGatehouse,
} from "./helpers/gatehouse.js";
import {
  errorCode,
  eventually,
  json,
  kidOf,
  PASSWORD,
  refreshToken,
  signUpToken,
  uniqueEmail,
  withSession,
} from "./helpers/http.js";

describe.skipIf(!PG_URL)("two instances on one PostgreSQL", () => {
  let a: TestGatehouse;
  let b: TestGatehouse;
  let storeB: Store;
  let drop: () => Promise<void>;
  let pgUrl: string;

  beforeAll(async () => {
    const pg = await postgresStore();
    drop = pg.drop;
    pgUrl = pg.url;
    // Separate pools and LISTEN connections, as two processes would have.
    storeB = await openStore({ databaseUrl: pg.url });
    a = await startTestGatehouse({ store: pg.store });
    b = await startTestGatehouse({ store: storeB, revocationPollMs: 60_000 });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await storeB?.close();
    await drop?.();
  });

  it("a session signed out on instance A is refused by instance B within seconds", async () => {
    const s = await signUpToken(a.fetch, BASE_URL);
    expect((await b.fetch(`${BASE_URL}/user/me`, withSession(s.accessToken))).status).toBe(200);
    const out = await a.fetch(`${BASE_URL}/user/signout`, withSession(s.accessToken, { method: "POST" }));
    expect(out.status).toBe(204);
    // B polls only every 60 s here, so this measures the NOTIFY path.
    const ms = await eventually(async () => {
      const res = await b.fetch(`${BASE_URL}/user/me`, withSession(s.accessToken));
      return res.status === 401 && (await errorCode(res)) === "AUTH_SESSION_REVOKED";
    });
    expect(ms).toBeLessThan(5_000);
  });

  it("instance B verifies tokens signed with a key instance A rotated in after B started", async () => {
    a.clock.advance(31 * 86_400_000);
    b.clock.advance(31 * 86_400_000);
    expect(await a.deps.keys.rotateIfDue()).toBe(true);
    const s = await signUpToken(a.fetch, BASE_URL);
    const res = await b.fetch(`${BASE_URL}/user/me`, withSession(s.accessToken));
    expect(res.status, await res.clone().text()).toBe(200);
  });

  it("an emergency rotation by the admin command reaches instance B within a second; with --retire-now old tokens stop working", async () => {
    const before = await signUpToken(b.fetch, BASE_URL);
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "server/admin.ts", "rotate-signing-key", "--retire-now"],
      { env: { ...process.env, DATABASE_URL: pgUrl }, encoding: "utf8", timeout: 30_000 },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const kid = /signing key (\S+) is now signing/.exec(run.stdout)?.[1];
    expect(kid).toBeDefined();
    // B hears of it through NOTIFY (its revocation poll is off): it signs with the new key and
    // refuses what the retired key signed.
    await eventually(async () => kidOf((await signUpToken(b.fetch, BASE_URL)).accessToken) === kid, 2_000);
    const res = await b.fetch(`${BASE_URL}/user/me`, withSession(before.accessToken));
    expect(res.status).toBe(401);
    const jwks = (await (await a.fetch(`${BASE_URL}/.well-known/jwks.json`)).json()) as {
      keys: Array<{ kid: string }>;
    };
    expect(jwks.keys.map((k) => k.kid)).toEqual([kid]);
  });

  it("20 concurrent refreshes with one token on two instances: all get the same successor (grace window), the session survives", async () => {
    const s = await signUpToken(a.fetch, BASE_URL);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => refreshToken(i % 2 ? a.fetch : b.fetch, BASE_URL, s.refreshToken)),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    const pairs = (await Promise.all(results.map((r) => r.json()))) as Array<{
      tokens: { refreshToken: string };
    }>;
    expect(new Set(pairs.map((p) => p.tokens.refreshToken)).size).toBe(1);
    const next = await refreshToken(a.fetch, BASE_URL, pairs[0]?.tokens.refreshToken ?? "");
    expect(next.status).toBe(200);
  });

  it("a replayed token outside the grace window while another refresh runs revokes the session exactly once", async () => {
    const s = await signUpToken(a.fetch, BASE_URL);
    const rotated = (await (await refreshToken(a.fetch, BASE_URL, s.refreshToken)).json()) as {
      tokens: { refreshToken: string };
    };
    a.clock.advance(60_000);
    b.clock.advance(60_000);
    const [legit, replay] = await Promise.all([
      refreshToken(a.fetch, BASE_URL, rotated.tokens.refreshToken),
      refreshToken(b.fetch, BASE_URL, s.refreshToken),
    ]);
    expect(replay.status).toBe(401);
    expect(await errorCode(replay)).toBe("AUTH_SESSION_REVOKED");
    // Whichever ran first, the session ends revoked and its refresh tokens are dead.
    const after = await refreshToken(a.fetch, BASE_URL, rotated.tokens.refreshToken);
    expect(after.status).toBe(401);
    void legit;
  });

  it("concurrent sign-ups with one email create exactly one account", async () => {
    const email = uniqueEmail("race");
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? a : b).fetch(`${BASE_URL}/user/signup`, json({ email, password: PASSWORD })),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
  });
});
