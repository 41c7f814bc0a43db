// Webhook delivery end to end: a real receiver on 127.0.0.1 verifies every request with the Standard Webhooks
// reference verifier; each event type arrives once, signed; failures are retried with backoff from the outbox
// (across a restart too), redirects are not followed, attempts are bounded, and no secret reaches a log.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../server/store/db.js";
import { listOutboxEvents } from "../../server/store/webhook-outbox.js";
import {
  backends,
  freePort,
  PG_URL,
  postgresStore,
  startOn,
  startTestGatehouse,
  type TestGatehouse,
} from "../helpers/gatehouse.js";
import { PASSWORD } from "../helpers/http.js";
import {
  newWebhookSecret,
  type ReceivedHook,
  type Receiver,
  startReceiver,
} from "../helpers/webhook-receiver.js";
import { adminOfNewTenant, join, signUp, tokenClient } from "../tenancy/helpers.js";

const SECRET = newWebhookSecret();
/** A credential in the destination's query: it must never reach a log. */
const URL_TOKEN = "url-token-0123456789abcdef";
const FAST = { webhookRetryMs: 20, webhookPollMs: 50 };

/**
 * Waits for `check` to hold, moving the server's clock on between looks: a retry is due only after its backoff,
 * counted from when the failed round was recorded (which may be after the receiver answered).
 */
async function advancingUntil<T>(
  gh: TestGatehouse,
  check: () => Promise<T | undefined> | T | undefined,
  stepMs = 1_000,
) {
  const until = Date.now() + 10_000;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error("timed out waiting");
    gh.clock.advance(stepMs);
    await new Promise((r) => setTimeout(r, 50));
  }
}

type Payload = { type: string; timestamp: string; data: Record<string, unknown> };
const payloadOf = (h: ReceivedHook) => JSON.parse(h.body) as Payload;

describe.each(backends)("webhook delivery on %s", (_name, open) => {
  let gh: TestGatehouse;
  let close: () => Promise<void>;
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver(SECRET);
    ({ gh, close } = await startOn(open, {
      env: { WEBHOOK_URLS: `${receiver.url}?token=${URL_TOKEN}`, WEBHOOK_SECRET: SECRET },
      ...FAST,
    }));
  });
  afterAll(async () => {
    await close();
    await receiver.close();
  });
  afterEach(() => receiver.always(undefined));

  /** The accepted deliveries of events about `userId`, once `types` have all arrived (in any order). */
  async function deliveredFor(userId: string, types: string[]): Promise<ReceivedHook[]> {
    const mine = () =>
      [...receiver.accepted().values()].flat().filter((h) => payloadOf(h).data.userId === userId);
    await expect
      .poll(
        () =>
          mine()
            .map((h) => payloadOf(h).type)
            .sort(),
        { timeout: 10_000 },
      )
      .toEqual([...types].sort());
    return mine();
  }

  it("each event type arrives once, signed and verifiable, its webhook-id the event's id", async () => {
    const person = await signUp(gh);
    const [created] = await deliveredFor(person.userId, ["user.created"]);
    expect(created?.verified).toBe(true);
    expect(payloadOf(created as ReceivedHook)).toMatchObject({
      type: "user.created",
      data: { userId: person.userId, tenantId: "default" },
    });
    const ids = (await listOutboxEvents(gh.deps.store.db)).map((r) => r.id);
    expect(ids).toContain(created?.id);
    expect(created?.headers["content-type"]).toBe("application/json");
    expect(created?.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(Number(created?.headers["webhook-timestamp"])).toBeCloseTo(gh.clock.now().getTime() / 1000, -1);

    expect((await person.client.PATCH("/user/me", { body: { name: "Grace" } })).response.status).toBe(200);
    await deliveredFor(person.userId, ["user.created", "user.updated"]);

    const phone = tokenClient(gh);
    expect((await phone.client.signIn({ email: person.email, password: PASSWORD })).response.status).toBe(
      200,
    );
    const phoneSession = (await phone.claims()).sid as string;
    const revoke = await person.client.DELETE("/user/sessions/{sessionId}", {
      params: { path: { sessionId: phoneSession } },
    });
    expect(revoke.response.status).toBe(204);
    expect((await person.client.signOut()).response.status).toBe(204);
    const after = await deliveredFor(person.userId, [
      "user.created",
      "user.updated",
      "session.revoked",
      "session.revoked",
    ]);
    const revoked = after
      .filter((h) => payloadOf(h).type === "session.revoked")
      .map((h) => payloadOf(h).data);
    expect(revoked.map((d) => d.reason).sort()).toEqual(["revoked", "signout"]);
    expect(revoked.find((d) => d.reason === "revoked")?.sessionIds).toEqual([phoneSession]);

    const { admin, tenantId } = await adminOfNewTenant(gh);
    const bob = await join(gh, tenantId, ["viewer"]);
    const member = { params: { path: { tenantId, userId: bob.userId } } };
    const patched = await admin.client.PATCH("/tenants/{tenantId}/members/{userId}", {
      ...member,
      body: { roles: ["analyst"] },
    });
    expect(patched.response.status).toBe(200);
    expect((await admin.client.DELETE("/tenants/{tenantId}/members/{userId}", member)).response.status).toBe(
      204,
    );
    const bobs = await deliveredFor(bob.userId, ["user.created", "membership.changed", "membership.changed"]);
    expect(
      bobs
        .filter((h) => payloadOf(h).type === "membership.changed")
        .map((h) => payloadOf(h).data.change)
        .sort(),
    ).toEqual(["removed", "roles_changed"]);

    expect((await bob.client.DELETE("/user/me", { body: { password: PASSWORD } })).response.status).toBe(204);
    await deliveredFor(bob.userId, [
      "user.created",
      "membership.changed",
      "membership.changed",
      "user.deleted",
      "session.revoked",
    ]);
    // Exactly once each, every request verified.
    for (const [id, hooks] of receiver.accepted()) expect(hooks, id).toHaveLength(1);
    expect(receiver.received.every((h) => h.verified)).toBe(true);
  });

  it("a receiver answering 500 gets the same event again after the backoff, and keeps it once", async () => {
    const before = receiver.received.length;
    receiver.failNext(1, 500);
    const person = await signUp(gh);
    const failures = () => receiver.received.slice(before).filter((h) => h.status === 500);
    await expect.poll(() => failures().length).toBeGreaterThan(0);
    const failed = failures()[0] as ReceivedHook;
    // The retry is due only after the backoff (on the server's clock).
    await advancingUntil(gh, () => receiver.accepted().get(failed.id));
    const [ok] = await deliveredFor(person.userId, ["user.created"]);
    expect(ok?.id).toBe(failed.id);
    expect(ok?.body).toBe(failed.body);
    expect(ok?.verified).toBe(true);
    // The outcome is recorded once the round ends (just after the receiver answered).
    const row = async () => (await listOutboxEvents(gh.deps.store.db)).find((r) => r.id === failed.id);
    await expect.poll(async () => (await row())?.deliveredAt).toBeInstanceOf(Date);
    expect(await row()).toMatchObject({ attempts: 2, lastError: null, failedAt: null });
  });

  it("a redirect is not followed (it counts as a failed attempt)", async () => {
    receiver.always(302);
    const person = await signUp(gh);
    await expect
      .poll(
        async () => (await listOutboxEvents(gh.deps.store.db)).find((r) => r.lastError === "http_302")?.id,
      )
      .toBeDefined();
    expect(receiver.received.some((h) => h.status === 302)).toBe(true);
    receiver.always(undefined);
    const mine = (h: ReceivedHook) => payloadOf(h).data.userId === person.userId;
    await advancingUntil(gh, () => [...receiver.accepted().values()].flat().find(mine));
    await deliveredFor(person.userId, ["user.created"]);
  });

  it("a tampered body, another secret or an old timestamp is refused by the verifier", async () => {
    const person = await signUp(gh);
    const [hook] = await deliveredFor(person.userId, ["user.created"]);
    const h = hook as ReceivedHook;
    const headers = {
      "webhook-id": String(h.headers["webhook-id"]),
      "webhook-timestamp": String(h.headers["webhook-timestamp"]),
      "webhook-signature": String(h.headers["webhook-signature"]),
    };
    const { Webhook } = await import("standardwebhooks");
    const verifier = new Webhook(SECRET);
    expect(() => verifier.verify(h.body, headers)).not.toThrow();
    expect(() => verifier.verify(h.body.replace(person.userId, crypto.randomUUID()), headers)).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(h.body, headers)).toThrow();
    // A replay later than the verifier's tolerance (5 minutes): refused even with a valid signature.
    const old = new Date(Date.now() - 10 * 60_000);
    const stale = { ...headers, "webhook-timestamp": String(Math.floor(old.getTime() / 1000)) };
    expect(() =>
      verifier.verify(h.body, { ...stale, "webhook-signature": verifier.sign(h.id, old, h.body) }),
    ).toThrow();
    // The id is signed too: the same body under another id does not verify.
    expect(() => verifier.verify(h.body, { ...headers, "webhook-id": crypto.randomUUID() })).toThrow();
  });

  it("no secret, URL credential, token or receiver response body in the logs", async () => {
    const before = receiver.received.filter((h) => h.status === 500).length;
    receiver.failNext(1, 500);
    const person = await signUp(gh);
    await expect.poll(() => receiver.received.filter((h) => h.status === 500).length).toBeGreaterThan(before);
    const mine = (h: ReceivedHook) => payloadOf(h).data.userId === person.userId;
    await advancingUntil(gh, () => [...receiver.accepted().values()].flat().find(mine));
    await deliveredFor(person.userId, ["user.created"]);
    const logs = gh.logs.join("\n");
    expect(logs).toContain("webhook delivery attempt failed");
    for (const secret of [
      SECRET,
      SECRET.slice(6),
      URL_TOKEN,
      "receiver-said-something-private",
      await person.accessToken(),
    ])
      expect(logs).not.toContain(secret);
  });
});

describe("webhook delivery: bounded attempts, timeouts, restarts", () => {
  it("gives up after WEBHOOK_MAX_ATTEMPTS, logging once (no secret), and a hung receiver times out", async () => {
    const receiver = await startReceiver(SECRET);
    receiver.always(503);
    const gh = await startTestGatehouse({
      env: {
        WEBHOOK_URLS: receiver.url,
        WEBHOOK_SECRET: SECRET,
        WEBHOOK_MAX_ATTEMPTS: "3",
        WEBHOOK_TIMEOUT_MS: "200",
      },
      ...FAST,
    });
    try {
      const person = await signUp(gh);
      await advancingUntil(
        gh,
        async () => (await listOutboxEvents(gh.deps.store.db))[0]?.failedAt ?? undefined,
        10_000,
      );
      const [row] = (await listOutboxEvents(gh.deps.store.db)).filter(
        (r) => (r.payload as Payload).data.userId === person.userId,
      );
      expect(row).toMatchObject({ attempts: 3, lastError: "http_503", deliveredTo: [] });
      gh.clock.advance(60_000);
      await new Promise((r) => setTimeout(r, 300));
      expect(receiver.received).toHaveLength(3);
      expect(gh.logs.filter((l) => l.includes("attempts exhausted"))).toHaveLength(1);
      expect(gh.logs.join("\n")).not.toContain(SECRET.slice(6));

      // A receiver that never answers in time: the attempt ends at the timeout, recorded as such.
      receiver.always(undefined);
      receiver.delay(1_000);
      const slow = await signUp(gh);
      await expect
        .poll(
          async () =>
            (await listOutboxEvents(gh.deps.store.db)).find(
              (r) => (r.payload as Payload).data.userId === slow.userId,
            )?.lastError,
          { timeout: 5_000 },
        )
        .toBe("timeout");
    } finally {
      await gh.close();
      await receiver.close();
    }
  });

  it("a retry goes only to the destinations that have not acknowledged", async () => {
    const up = await startReceiver(SECRET);
    const flaky = await startReceiver(SECRET);
    flaky.failNext(1, 500);
    const gh = await startTestGatehouse({
      env: { WEBHOOK_URLS: `${up.url},${flaky.url}`, WEBHOOK_SECRET: SECRET },
      ...FAST,
    });
    try {
      await signUp(gh);
      await advancingUntil(gh, () => flaky.accepted().size > 0);
      await expect
        .poll(async () => (await listOutboxEvents(gh.deps.store.db))[0]?.deliveredAt)
        .toBeInstanceOf(Date);
      const [row] = await listOutboxEvents(gh.deps.store.db);
      expect(row).toMatchObject({ attempts: 2, lastError: null });
      expect(row?.deliveredTo).toHaveLength(2);
      // The destination that answered 2xx the first time got the event once; the other twice (500, then 204).
      expect(up.received.map((h) => h.status)).toEqual([204]);
      expect(flaky.received.map((h) => h.status)).toEqual([500, 204]);
      expect(flaky.received[1]?.id).toBe(up.received[0]?.id);
    } finally {
      await gh.close();
      await up.close();
      await flaky.close();
    }
  });

  it("an event whose receiver is down is delivered after a restart (its state is in the outbox)", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/hooks`;
    const env = { WEBHOOK_URLS: url, WEBHOOK_SECRET: SECRET };
    // The database outlives both runs (as a PostgreSQL or PGlite directory outlives a process).
    const store = await openStore({ dataDir: "memory://" });
    const firstRun = await startTestGatehouse({ env, ...FAST, store });
    const person = await signUp(firstRun);
    await expect
      .poll(
        async () =>
          (await listOutboxEvents(store.db)).find((r) => r.lastError?.startsWith("network_"))?.attempts,
      )
      .toBeGreaterThan(0);
    await firstRun.close();
    const receiver = await startReceiver(SECRET, port);
    const secondRun = await startTestGatehouse({
      env,
      ...FAST,
      store,
      clock: firstRun.clock,
    });
    try {
      secondRun.clock.advance(60_000);
      await expect
        .poll(
          () =>
            [...receiver.accepted().values()].flat().map((h) => (JSON.parse(h.body) as Payload).data.userId),
          {
            timeout: 10_000,
          },
        )
        .toContain(person.userId);
      expect(receiver.received.every((h) => h.verified)).toBe(true);
    } finally {
      await secondRun.close();
      await store.close();
      await receiver.close();
    }
  });
});

describe.skipIf(!PG_URL)("webhook delivery: two instances on one PostgreSQL", () => {
  it("deliver each event exactly once between them", async () => {
    const receiver = await startReceiver(SECRET);
    // Slow answers keep both instances' rounds in flight together.
    receiver.delay(30);
    const { store, url, drop } = await postgresStore();
    const other = await openStore({ databaseUrl: url });
    const env = { WEBHOOK_URLS: receiver.url, WEBHOOK_SECRET: SECRET };
    const a = await startTestGatehouse({ env, ...FAST, store });
    const b = await startTestGatehouse({ env, ...FAST, store: other });
    try {
      // Every event's NOTIFY wakes both workers at once: they race for the same rows.
      await Promise.all(Array.from({ length: 30 }, (_, i) => signUp(i % 2 ? a : b)));
      const ids = (await listOutboxEvents(store.db)).map((r) => r.id);
      expect(ids.length).toBeGreaterThanOrEqual(30);
      await expect.poll(() => receiver.accepted().size, { timeout: 15_000 }).toBe(ids.length);
      // Exactly once: no event was even attempted twice.
      expect(receiver.received).toHaveLength(ids.length);
      expect(new Set(receiver.received.map((h) => h.id))).toEqual(new Set(ids));
      // Each row was claimed once, by one of them, and is recorded delivered.
      await expect
        .poll(async () => (await listOutboxEvents(store.db)).filter((r) => r.deliveredAt === null).length)
        .toBe(0);
      expect(new Set((await listOutboxEvents(store.db)).map((r) => r.attempts))).toEqual(new Set([1]));
    } finally {
      await a.close();
      await b.close();
      await other.close();
      await drop();
      await receiver.close();
    }
  });
});
