// Domain events end to end: a change through the API → its audited event → NOTIFY on commit → the realtime frames,
// to the right sockets only; on PGlite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMembership } from "../../server/store/memberships.js";
import { keyTenant } from "../api-keys/helpers.js";
import { BASE_URL, backends, startOn, type TestGatehouse } from "../helpers/gatehouse.js";
import { signUpToken, withSession } from "../helpers/http.js";
import { type Person, signUp } from "../tenancy/helpers.js";
import { assertFrame, bearer, type Client, type Listening, open, serveRealtime } from "./helpers.js";

describe.each(backends)("realtime domain events on %s", (_name, openDb) => {
  let gh: TestGatehouse;
  let srv: Listening;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ gh, close } = await startOn(openDb));
    srv = await serveRealtime(gh);
  });
  afterAll(async () => {
    await srv?.close();
    await close?.();
  });

  async function ready(token: string): Promise<Client> {
    const c = await open(srv.wsUrl, bearer(token));
    expect((await c.next()).type).toBe("ready");
    return c;
  }

  /** Lets anything that was going to arrive arrive. */
  const settle = () => new Promise((r) => setTimeout(r, 300));

  it("PATCH /user/me: user.updated on each of the user's sockets, nothing on another user's", async () => {
    const x = await signUpToken(gh.fetch, BASE_URL);
    const y = await signUpToken(gh.fetch, BASE_URL);
    const [x1, x2, y1] = [await ready(x.accessToken), await ready(x.accessToken), await ready(y.accessToken)];
    const res = await gh.fetch(
      `${BASE_URL}/user/me`,
      withSession(x.accessToken, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "Ada" }),
      }),
    );
    expect(res.status).toBe(200);
    const frames = [await x1.next(), await x2.next()];
    for (const f of frames) {
      assertFrame(f);
      expect(f).toMatchObject({ type: "user.updated", userId: x.userId });
    }
    expect(frames[0]?.id).toBe(frames[1]?.id);
    await settle();
    expect(y1.pending()).toEqual([]);
    for (const c of [x1, x2, y1]) c.ws.close();
  });

  it("a member's roles changed by the tenant admin: membership.changed to the member and members:read holders only", async () => {
    const t = await keyTenant(gh);
    const join = async (roles: string[]): Promise<Person> => {
      const p = await signUp(gh);
      await addMembership(
        gh.deps.store.db,
        { userId: p.userId, tenantId: t.tenantId, roles },
        gh.clock.now(),
      );
      expect((await p.client.switchTenant(t.tenantId)).response.status).toBe(200);
      return p;
    };
    const member = await join(["viewer"]);
    const otherViewer = await join(["viewer"]);
    const outsider = await keyTenant(gh);
    const sockets = {
      member: await ready(await member.accessToken()),
      analyst: await ready(await t.analyst.accessToken()),
      otherViewer: await ready(await otherViewer.accessToken()),
      outsider: await ready(await outsider.analyst.accessToken()),
    };
    const res = await gh.fetch(
      `${BASE_URL}/tenants/${t.tenantId}/members/${member.userId}`,
      withSession(await t.admin.accessToken(), {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ roles: ["analyst"] }),
      }),
    );
    expect(res.status, await res.clone().text()).toBe(200);
    const expected = { type: "membership.changed", userId: member.userId, tenantId: t.tenantId };
    for (const c of [sockets.member, sockets.analyst]) {
      const f = await c.next();
      assertFrame(f);
      expect(f).toMatchObject(expected);
    }
    await settle();
    expect(sockets.otherViewer.pending()).toEqual([]);
    expect(sockets.outsider.pending()).toEqual([]);
    for (const c of Object.values(sockets)) c.ws.close();
  });

  it("a member removed from the tenant: told, then the socket of the session that ended is closed 4003", async () => {
    const t = await keyTenant(gh);
    const c = await ready(await t.analyst.accessToken());
    const res = await gh.fetch(
      `${BASE_URL}/tenants/${t.tenantId}/members/${t.analyst.userId}`,
      withSession(await t.admin.accessToken(), { method: "DELETE" }),
    );
    expect(res.status, await res.clone().text()).toBe(204);
    const closed = await c.closed;
    expect(closed.code).toBe(4003);
    expect(c.pending().map((f) => f.type)).toContain("session.revoked");
  });
});
