// Realtime across two instances on one PostgreSQL: a revocation on A closes the socket on B (NOTIFY) and on an
// instance that missed the NOTIFY (poll), with the delays measured; domain events reach the right sockets only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../server/store/db.js";
import { addMembership } from "../../server/store/memberships.js";
import { keyTenant } from "../api-keys/helpers.js";
import { BASE_URL, instancesOnPostgres, PG_URL, type TestGatehouse } from "../helpers/gatehouse.js";
import { signUpToken, withSession } from "../helpers/http.js";
import { signUp } from "../tenancy/helpers.js";
import { assertFrame, bearer, type Client, type Listening, open, serveRealtime } from "./helpers.js";

const POLL_MS = 1_000;

describe.skipIf(!PG_URL)("realtime on two instances of one PostgreSQL", () => {
  let a: TestGatehouse;
  let srvB: Listening;
  let srvDeaf: Listening;
  let storeA: Store;
  let close: () => Promise<void>;

  beforeAll(async () => {
    let b: TestGatehouse;
    let deaf: TestGatehouse;
    ({ a, b, deaf, storeA, close } = await instancesOnPostgres(POLL_MS));
    srvB = await serveRealtime(b);
    srvDeaf = await serveRealtime(deaf);
  });
  afterAll(async () => {
    await srvB?.close();
    await srvDeaf?.close();
    await close?.();
  });

  async function ready(url: string, token: string): Promise<Client> {
    const c = await open(url, bearer(token));
    expect((await c.next()).type).toBe("ready");
    return c;
  }

  /** Signs out on A and returns how long the socket took to close after A answered. */
  async function signOutOnA(token: string, c: Client): Promise<number> {
    const out = await a.fetch(`${BASE_URL}/user/signout`, withSession(token, { method: "POST" }));
    expect(out.status).toBe(204);
    const t0 = performance.now();
    const closed = await c.closed;
    expect(closed.code).toBe(4003);
    return performance.now() - t0;
  }

  it("a sign-out on A closes the session's socket on B (NOTIFY): session.revoked, then 4003, well within a second", async () => {
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      const s = await signUpToken(a.fetch, BASE_URL);
      const c = await ready(srvB.wsUrl, s.accessToken);
      delays.push(await signOutOnA(s.accessToken, c));
      expect(c.pending()).toEqual([{ type: "session.revoked", sessionId: s.sessionId }]);
    }
    console.info(`realtime revocation A→B via NOTIFY: ${delays.map((d) => d.toFixed(0)).join(", ")} ms`);
    expect(Math.max(...delays)).toBeLessThan(1_000);
  });

  it("an instance that missed the NOTIFY closes the socket within its poll interval", async () => {
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      const s = await signUpToken(a.fetch, BASE_URL);
      const c = await ready(srvDeaf.wsUrl, s.accessToken);
      delays.push(await signOutOnA(s.accessToken, c));
    }
    console.info(
      `realtime revocation A→missed NOTIFY (poll ${POLL_MS} ms): ${delays.map((d) => d.toFixed(0)).join(", ")} ms`,
    );
    // One poll interval, plus the poll's own query.
    expect(Math.max(...delays)).toBeLessThan(POLL_MS + 500);
  });

  /** A domain event as the emitter (services/events.ts) NOTIFYs it on commit: from A's database connection. */
  async function emit(event: { type: string; userId: string; tenantId: string | null }) {
    const payload = JSON.stringify({ id: crypto.randomUUID(), ...event });
    await storeA.pool?.query("SELECT pg_notify('gatehouse_events', $1)", [payload]);
  }

  it("user.updated reaches the user's sockets on every instance that hears it, and no one else's", async () => {
    const x = await signUpToken(a.fetch, BASE_URL);
    const y = await signUpToken(a.fetch, BASE_URL);
    const x1 = await ready(srvB.wsUrl, x.accessToken);
    const x2 = await ready(srvB.wsUrl, x.accessToken);
    const y1 = await ready(srvB.wsUrl, y.accessToken);
    await emit({ type: "user.updated", userId: x.userId, tenantId: null });
    for (const c of [x1, x2])
      expect(await c.next()).toMatchObject({ type: "user.updated", userId: x.userId });
    await new Promise((r) => setTimeout(r, 200));
    expect(y1.pending()).toEqual([]);
    for (const c of [x1, x2, y1]) c.ws.close();
  });

  it("membership.changed reaches the member and the tenant's members:read holders, not a viewer or another tenant", async () => {
    const t = await keyTenant(a);
    const viewer = await signUp(a);
    await addMembership(
      a.deps.store.db,
      { userId: viewer.userId, tenantId: t.tenantId, roles: ["viewer"] },
      a.clock.now(),
    );
    expect((await viewer.client.switchTenant(t.tenantId)).response.status).toBe(200);
    const outsider = await keyTenant(a); // another tenant's analyst holds members:read there, not here
    const member = await signUp(a);
    const sockets = {
      member: await ready(srvB.wsUrl, await member.accessToken()),
      analyst: await ready(srvB.wsUrl, await t.analyst.accessToken()),
      viewer: await ready(srvB.wsUrl, await viewer.accessToken()),
      outsider: await ready(srvB.wsUrl, await outsider.analyst.accessToken()),
    };
    await emit({ type: "membership.changed", userId: member.userId, tenantId: t.tenantId });
    const expected = { type: "membership.changed", userId: member.userId, tenantId: t.tenantId };
    const frame = await sockets.member.next();
    assertFrame(frame);
    expect(frame).toMatchObject(expected);
    expect(await sockets.analyst.next()).toMatchObject(expected);
    await new Promise((r) => setTimeout(r, 200));
    expect(sockets.viewer.pending()).toEqual([]);
    expect(sockets.outsider.pending()).toEqual([]);
    for (const c of Object.values(sockets)) c.ws.close();
  });

  it("a malformed event on the channel is ignored and the listener keeps working", async () => {
    const x = await signUpToken(a.fetch, BASE_URL);
    const c = await ready(srvB.wsUrl, x.accessToken);
    for (const bad of ["not json", "{}", JSON.stringify({ type: "user.updated", userId: "x'; --" })])
      await storeA.pool?.query("SELECT pg_notify('gatehouse_events', $1)", [bad]);
    await emit({ type: "user.updated", userId: x.userId, tenantId: null });
    expect(await c.next()).toMatchObject({ type: "user.updated", userId: x.userId });
    c.ws.close();
  });
});
