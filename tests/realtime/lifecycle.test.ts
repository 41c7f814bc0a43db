// An open realtime socket over time: frames it refuses, expiry and in-band re-auth (manual clock), revocation,
// heartbeat and backpressure — each closes with the code the contract documents.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { json, PASSWORD, refreshToken, signUpToken, uniqueEmail, withSession } from "../helpers/http.js";
import { assertFrame, bearer, type Listening, open, serveRealtime } from "./helpers.js";

let gh: TestGatehouse;
let srv: Listening;

beforeAll(async () => {
  gh = await startTestGatehouse({
    realtime: { heartbeatMs: 300, sweepMs: 50, maxBufferedBytes: 64 * 1024 },
  });
  srv = await serveRealtime(gh);
});
afterAll(async () => {
  await srv.close();
  await gh.close();
});

async function ready(token: string) {
  const c = await open(srv.wsUrl, bearer(token));
  expect((await c.next()).type).toBe("ready");
  return c;
}

async function refreshed(token: string): Promise<{ accessToken: string; refreshToken: string }> {
  const res = await refreshToken(gh.fetch, BASE_URL, token);
  expect(res.status).toBe(200);
  return ((await res.json()) as { tokens: { accessToken: string; refreshToken: string } }).tokens;
}

/** One user signed up (session `s`) and signed in again: the second session's access token. */
async function twoSessions() {
  const email = uniqueEmail("rt");
  const s = await signUpToken(gh.fetch, BASE_URL, email);
  const signIn = await gh.fetch(
    `${BASE_URL}/user/signin`,
    json({ email, password: PASSWORD }, { "x-auth-mode": "token" }),
  );
  expect(signIn.status).toBe(200);
  return { s, second: ((await signIn.json()) as { tokens: { accessToken: string } }).tokens.accessToken };
}

describe("frames from the client", () => {
  it("a frame over 4096 bytes closes 1009", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const c = await ready(s.accessToken);
    c.ws.send(JSON.stringify({ type: "auth", token: "x".repeat(5000) }));
    expect((await c.closed).code).toBe(1009);
  });

  it("anything but an auth frame closes 1008: other JSON, not JSON, binary, an empty token", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    for (const frame of [
      '{"type":"subscribe","room":"tenant:other"}',
      "hello",
      "null",
      '{"type":"auth","token":""}',
    ]) {
      const c = await ready(s.accessToken);
      c.ws.send(frame);
      expect((await c.closed).code, frame).toBe(1008);
    }
    const c = await ready(s.accessToken);
    c.ws.send(Buffer.from([1, 2, 3]));
    expect((await c.closed).code).toBe(1008);
  });
});

describe("access-token expiry and in-band re-auth", () => {
  it("closes 4001 when the access token expires without an auth frame", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const c = await ready(s.accessToken);
    gh.clock.advance(14 * 60_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(c.ws.readyState).toBe(c.ws.OPEN);
    gh.clock.advance(60_001);
    expect((await c.closed).code).toBe(4001);
  });

  it("an auth frame with a newer token of the same session extends it; a stale one never shortens it", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const c = await ready(s.accessToken);
    gh.clock.advance(10 * 60_000);
    const next = await refreshed(s.refreshToken);
    c.ws.send(JSON.stringify({ type: "auth", token: next.accessToken }));
    const ok = await c.next();
    assertFrame(ok);
    expect(ok.type).toBe("auth.ok");
    const extended = Date.parse(String(ok.expiresAt));
    expect(extended).toBeGreaterThan(gh.clock.now().getTime() + 14 * 60_000);
    // Re-sending the first token (still valid) does not set the expiry back.
    c.ws.send(JSON.stringify({ type: "auth", token: s.accessToken }));
    expect(Date.parse(String((await c.next()).expiresAt))).toBe(extended);
    gh.clock.advance(6 * 60_000); // past the first token's expiry
    await new Promise((r) => setTimeout(r, 200));
    expect(c.ws.readyState).toBe(c.ws.OPEN);
    gh.clock.advance(10 * 60_000); // past the second's
    expect((await c.closed).code).toBe(4001);
  });

  it("an auth frame with another session's token (same user) or another user's closes 4003", async () => {
    const { s, second } = await twoSessions();
    const other = await signUpToken(gh.fetch, BASE_URL);
    for (const token of [second, other.accessToken]) {
      const c = await ready(s.accessToken);
      c.ws.send(JSON.stringify({ type: "auth", token }));
      expect((await c.closed).code).toBe(4003);
    }
  });

  it("an auth frame with an expired token closes 4001; with a forged one, 4003", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const c1 = await ready(s.accessToken);
    c1.ws.send(JSON.stringify({ type: "auth", token: "eyJhbGciOiJFUzI1NiJ9.e30.AAAA" }));
    expect((await c1.closed).code).toBe(4003);
    const fresh = await refreshed(s.refreshToken);
    const c2 = await ready(fresh.accessToken);
    gh.clock.advance(16 * 60_000);
    c2.ws.send(JSON.stringify({ type: "auth", token: fresh.accessToken }));
    expect((await c2.closed).code).toBe(4001);
  });
});

describe("revocation", () => {
  it("sign-out sends session.revoked and closes 4003 that session's sockets only", async () => {
    const { s, second } = await twoSessions();
    const a = await ready(s.accessToken);
    const b = await ready(second);
    const out = await gh.fetch(`${BASE_URL}/user/signout`, withSession(s.accessToken, { method: "POST" }));
    expect(out.status).toBe(204);
    const revoked = await a.next();
    assertFrame(revoked);
    expect(revoked).toEqual({ type: "session.revoked", sessionId: s.sessionId });
    expect((await a.closed).code).toBe(4003);
    await new Promise((r) => setTimeout(r, 100));
    expect(b.ws.readyState).toBe(b.ws.OPEN);
    expect(b.pending()).toEqual([]);
    b.ws.close();
  });
});

describe("heartbeat and backpressure", () => {
  it("a peer that stops answering pings is terminated", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const c = await ready(s.accessToken);
    const before = gh.deps.realtime.size;
    // The client stops reading: pings go unanswered.
    (c.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const started = Date.now();
    while (gh.deps.realtime.size >= before && Date.now() - started < 3_000)
      await new Promise((r) => setTimeout(r, 50));
    expect(gh.deps.realtime.size).toBe(before - 1);
    c.ws.terminate();
  });

  it("a slow consumer is dropped once more than maxBufferedBytes wait to be sent", async () => {
    const slow = await signUpToken(gh.fetch, BASE_URL);
    const c = await ready(slow.accessToken);
    (c.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const before = gh.deps.realtime.size;
    let sent = 0;
    while (gh.deps.realtime.size === before && sent < 500_000) {
      gh.deps.realtime.dispatch({
        id: crypto.randomUUID(),
        type: "user.updated",
        userId: slow.userId,
        tenantId: null,
        sessionIds: [],
      });
      sent++;
      if (sent % 1000 === 0) await new Promise((r) => setImmediate(r));
    }
    expect(gh.deps.realtime.size).toBe(before - 1);
    c.ws.terminate();
  });
});
