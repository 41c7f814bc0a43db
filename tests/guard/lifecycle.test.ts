// The guard over time, against a real Gatehouse: revocation delay (measured), JWKS rotation without restart, the user-sync hook.
import type { AccessTokenClaims } from "@gatehouse/guard";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headerClient } from "../admin/helpers.js";
import { kidOf } from "../helpers/http.js";
import { signUp } from "../tenancy/helpers.js";
import { bearer, call, type LiveGatehouse, liveGatehouse, SERVICE_SECRET, startService } from "./helpers.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("guard lifecycle (real Gatehouse over HTTP)", () => {
  let live: LiveGatehouse;
  beforeAll(async () => {
    live = await liveGatehouse();
  });
  afterAll(() => live?.close());

  it("stops a signed-out session within the feed interval (default: Gatehouse's 2 s); measured", async () => {
    const service = await startService(live);
    try {
      await service.guard.ready();
      const delays: number[] = [];
      for (let round = 0; round < 4; round++) {
        const p = await signUp(live.gh);
        const headers = bearer(await p.accessToken());
        expect((await call(service, "/whoami", headers)).status).toBe(200);
        // Sign out at a different phase of the poll cycle each round.
        await sleep(round * 500);
        const start = performance.now();
        expect((await p.client.signOut()).response.status).toBe(204);
        for (;;) {
          const res = await call(service, "/whoami", headers);
          if (res.status === 401) {
            expect(res.body.error?.code).toBe("AUTH_SESSION_REVOKED");
            break;
          }
          expect(performance.now() - start).toBeLessThan(5_000);
          await sleep(20);
        }
        delays.push(Math.round(performance.now() - start));
      }
      console.log(
        `guard revocation delay (ms, poll every 2 s): ${delays.join(", ")}; max ${Math.max(...delays)}`,
      );
      expect(Math.max(...delays)).toBeLessThan(3_000);
    } finally {
      await service.close();
    }
  }, 60_000);

  it("keeps a revoked session refused after the guard restarts (first read covers the token lifetime)", async () => {
    const p = await signUp(live.gh);
    const headers = bearer(await p.accessToken());
    await p.client.signOut();
    const fresh = await startService(live);
    try {
      await fresh.guard.ready();
      const res = await call(fresh, "/whoami", headers);
      expect([res.status, res.body.error?.code]).toEqual([401, "AUTH_SESSION_REVOKED"]);
    } finally {
      await fresh.close();
    }
  });

  it("warns, and keeps serving, when the feed refuses the service's secret", async () => {
    const service = await startService(live, { serviceSecret: "not-the-secret-not-the-secret-0123" });
    try {
      const p = await signUp(live.gh);
      expect((await call(service, "/whoami", bearer(await p.accessToken()))).status).toBe(200);
      await sleep(100);
      expect(service.warnings.join("\n")).toContain("revocation feed poll failed");
      expect(service.warnings.join("\n")).not.toContain("not-the-secret");
    } finally {
      await service.close();
    }
  });

  it("fails closed with maxStalenessMs: 503 once the feed has not been read for that long, served again after a read", async () => {
    const broken = await startService(live, {
      serviceSecret: "not-the-secret-not-the-secret-0123",
      revocations: { maxStalenessMs: 5_000 },
    });
    const healthy = await startService(live, { revocations: { maxStalenessMs: 5_000 } });
    try {
      await healthy.guard.ready();
      const h = bearer(await (await signUp(live.gh)).accessToken());
      // Within the grace after start, and with a fresh read.
      expect((await call(broken, "/whoami", h)).status).toBe(200);
      expect((await call(healthy, "/whoami", h)).status).toBe(200);
      live.gh.clock.advance(6_000);
      const refused = await call(broken, "/whoami", h);
      expect([refused.status, refused.body.error?.code]).toEqual([503, "SERVICE_UNAVAILABLE"]);
      expect(refused.headers.get("retry-after")).toBe("5");
      // Credential-less routes and other kinds do not depend on the feed.
      expect((await call(broken, "/status")).status).toBe(200);
      // The healthy guard's next poll (every 2 s) brings it back.
      const start = performance.now();
      while ((await call(healthy, "/whoami", h)).status !== 200) {
        expect(performance.now() - start).toBeLessThan(4_000);
        await sleep(50);
      }
    } finally {
      await broken.close();
      await healthy.close();
    }
  });

  it("accepts tokens of a rotated signing key without a restart; a key retired at once stops within the cache age", async () => {
    const service = await startService(live, { jwksCooldownMs: 300, jwksCacheMaxAgeMs: 1_000 });
    try {
      const before = await signUp(live.gh);
      const old = bearer(await before.accessToken());
      expect((await call(service, "/whoami", old)).status).toBe(200);
      const operator = headerClient(live.gh, { "x-service-auth": SERVICE_SECRET });
      const rotated = await operator.POST("/admin/signing-keys/rotate", { body: {} });
      expect(rotated.response.status).toBe(200);
      // The new key activates strictly after the previous one: let the manual clock reach it.
      live.gh.clock.advance(1_000);
      const after = await signUp(live.gh);
      const fresh = await after.accessToken();
      expect(kidOf(fresh)).toBe(rotated.data?.kid);
      expect(kidOf(fresh)).not.toBe(kidOf(old.authorization.slice(7)));
      await sleep(350); // past the cooldown since the guard's last JWKS fetch
      expect((await call(service, "/whoami", bearer(fresh))).status).toBe(200);
      // The retired key stays published until its tokens expire: the earlier token still works.
      expect((await call(service, "/whoami", old)).status).toBe(200);

      const leaked = await operator.POST("/admin/signing-keys/rotate", { body: { retireOld: true } });
      expect(leaked.response.status).toBe(200);
      live.gh.clock.advance(1_000);
      await sleep(1_100);
      for (const h of [old, bearer(fresh)]) {
        const res = await call(service, "/whoami", h);
        expect([res.status, res.body.error?.code]).toEqual([401, "AUTH_UNAUTHENTICATED"]);
      }
      const newest = await signUp(live.gh);
      expect((await call(service, "/whoami", bearer(await newest.accessToken()))).status).toBe(200);
    } finally {
      await service.close();
    }
  }, 30_000);

  it("calls the user-sync hook once per user per interval, with the token's claims", async () => {
    const calls: AccessTokenClaims[] = [];
    const service = await startService(live, {
      userSyncIntervalMs: 60_000,
      onUser: async (claims) => {
        await sleep(50);
        calls.push(claims);
      },
    });
    try {
      const a = await signUp(live.gh);
      const b = await signUp(live.gh);
      const ha = bearer(await a.accessToken());
      const results = await Promise.all([1, 2, 3, 4, 5].map(() => call(service, "/whoami", ha)));
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      expect(calls.map((c) => c.sub)).toEqual([a.userId]);
      expect(calls[0]).toMatchObject({ sub: a.userId, tid: "default", roles: ["member"], iss: live.url });
      await call(service, "/whoami", bearer(await b.accessToken()));
      await call(service, "/whoami", ha);
      expect(calls.map((c) => c.sub)).toEqual([a.userId, b.userId]);
      live.gh.clock.advance(61_000);
      await call(service, "/whoami", ha);
      expect(calls.map((c) => c.sub)).toEqual([a.userId, b.userId, a.userId]);
    } finally {
      await service.close();
    }
  });

  it("retries the hook on the user's next request when it failed, and serves the request meanwhile", async () => {
    let attempts = 0;
    const service = await startService(live, {
      onUser: () => {
        attempts++;
        if (attempts === 1) throw new Error("users table locked");
      },
    });
    try {
      const p = await signUp(live.gh);
      const h = bearer(await p.accessToken());
      expect((await call(service, "/whoami", h)).status).toBe(200);
      expect(service.warnings.join("\n")).toContain("user-sync hook failed");
      expect((await call(service, "/whoami", h)).status).toBe(200);
      expect((await call(service, "/whoami", h)).status).toBe(200);
      expect(attempts).toBe(2);
    } finally {
      await service.close();
    }
  });
});
