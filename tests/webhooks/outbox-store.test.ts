// The outbox's store semantics on PGlite and PostgreSQL: claims under a lease never overlap (concurrent claims
// included), a round whose claim was lost records nothing, and the purge keeps what is still to deliver.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitEvents, eventsFor } from "../../server/services/events.js";
import { openStore, type Store } from "../../server/store/db.js";
import {
  claimDueEvents,
  listOutboxEvents,
  purgeOutbox,
  recordDeliveryRound,
} from "../../server/store/webhook-outbox.js";
import { backends } from "../helpers/gatehouse.js";

const T0 = new Date("2026-01-01T00:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describe.each(backends)("webhook outbox store on %s", (_name, open) => {
  let store: Store;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const opened = await open();
    store = opened.store ?? (await openStore({ dataDir: "memory://" }));
    drop = async () => {
      if (!opened.store) await store.close();
      await opened.drop();
    };
  });
  afterAll(() => drop());

  async function addEvents(n: number, when = T0): Promise<string[]> {
    const events = Array.from({ length: n }).flatMap(() =>
      eventsFor(
        {
          action: "user.update",
          actor: { type: "system", id: null },
          meta: { ip: null, userAgent: null },
          target: { type: "user", id: crypto.randomUUID() },
        },
        when,
      ),
    );
    await emitEvents(store.db, events);
    return events.map((e) => e.id);
  }
  const clear = () => store.db.deleteFrom("webhook_outbox").execute();

  it("a claimed event is not claimed again until its lease runs out; a lost claim records nothing", async () => {
    await clear();
    const ids = await addEvents(5);
    const first = await claimDueEvents(store.db, T0, at(60_000), 3);
    expect(first.map((e) => e.attempts)).toEqual([1, 1, 1]);
    const second = await claimDueEvents(store.db, T0, at(60_000), 10);
    expect(second).toHaveLength(2);
    expect(new Set([...first, ...second].map((e) => e.id))).toEqual(new Set(ids));
    expect(await claimDueEvents(store.db, at(59_000), at(120_000), 10)).toEqual([]);
    // The lease ran out (the instance died mid-round): another claims the event again, as attempt 2…
    const again = await claimDueEvents(store.db, at(61_000), at(120_000), 1);
    expect(again.map((e) => e.attempts)).toEqual([2]);
    const stale = first.find((e) => e.id === again[0]?.id) ?? second.find((e) => e.id === again[0]?.id);
    // …and the first claimant's late outcome is not recorded over it.
    const round = {
      deliveredTo: [],
      deliveredAt: at(62_000),
      failedAt: null,
      nextAttemptAt: at(62_000),
      lastError: null,
    };
    expect(await recordDeliveryRound(store.db, { id: stale?.id as string, attempts: 1, ...round })).toBe(
      false,
    );
    expect(await recordDeliveryRound(store.db, { id: again[0]?.id as string, attempts: 2, ...round })).toBe(
      true,
    );
    const row = (await listOutboxEvents(store.db)).find((r) => r.id === again[0]?.id);
    expect(row?.deliveredAt?.toISOString()).toBe(at(62_000).toISOString());
    // Delivered: never claimed again.
    expect((await claimDueEvents(store.db, at(10 ** 9), at(10 ** 9 + 1), 10)).map((e) => e.id)).not.toContain(
      again[0]?.id,
    );
  });

  it("concurrent claims take disjoint events", async () => {
    for (let round = 0; round < 5; round++) {
      await clear();
      const ids = await addEvents(20);
      const claims = await Promise.all(
        Array.from({ length: 4 }, () => claimDueEvents(store.db, T0, at(60_000), 8)),
      );
      const claimed = claims.flat().map((e) => e.id);
      expect(new Set(claimed).size).toBe(claimed.length);
      expect(claimed.length).toBe(ids.length);
    }
  });

  it("the purge deletes finished events past the retention, and pending ones only when nothing delivers them", async () => {
    await clear();
    const [done, failed, pending, recent] = [
      ...(await addEvents(3)),
      ...(await addEvents(1, at(86_400_000))),
    ] as string[];
    const claimed = await claimDueEvents(store.db, T0, at(1_000), 3);
    const outcome = (id: string, delivered: boolean) => ({
      id,
      attempts: 1,
      deliveredTo: [],
      deliveredAt: delivered ? T0 : null,
      failedAt: delivered ? null : T0,
      nextAttemptAt: T0,
      lastError: delivered ? null : "http_500",
    });
    expect(claimed).toHaveLength(3);
    await recordDeliveryRound(store.db, outcome(done as string, true));
    await recordDeliveryRound(store.db, outcome(failed as string, false));
    expect(await purgeOutbox(store.db, at(3_600_000), { all: false })).toBe(2);
    expect((await listOutboxEvents(store.db)).map((r) => r.id).sort()).toEqual([pending, recent].sort());
    expect(await purgeOutbox(store.db, at(3_600_000), { all: true })).toBe(1);
    expect((await listOutboxEvents(store.db)).map((r) => r.id)).toEqual([recent]);
  });
});
