// Domain events: each audited change writes exactly its events (outbox row + NOTIFY on gatehouse_events) in
// its own transaction; a refused or rolled-back change writes none and announces none — on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit, SYSTEM_CONTEXT, withAudit } from "../../server/services/audit.js";
import {
  type DomainEvent,
  EVENTS_CHANNEL,
  type EventNote,
  eventsFor,
  noteOf,
  SESSION_IDS_PER_EVENT,
} from "../../server/services/events.js";
import { transaction } from "../../server/store/db.js";
import { listOutboxEvents, type OutboxEventRow } from "../../server/store/webhook-outbox.js";
import { BASE_URL, type TestGatehouse } from "../helpers/gatehouse.js";
import { PASSWORD, refreshToken, signUpToken, uniqueEmail } from "../helpers/http.js";
import { type SsoHarness, startSsoHarness } from "../helpers/sso.js";
import {
  adminOfNewTenant,
  backends,
  join,
  type Person,
  signUp,
  startOn,
  tokenClient,
} from "../tenancy/helpers.js";

describe.each(backends)("domain events on %s", (_name, open) => {
  let gh: TestGatehouse;
  let close: () => Promise<void>;
  const notes: EventNote[] = [];
  const known = new Set<string>();
  beforeAll(async () => {
    ({ gh, close } = await startOn(open));
    await gh.deps.store.notifier.listen(EVENTS_CHANNEL, (p) => notes.push(JSON.parse(p) as EventNote));
    for (const r of await listOutboxEvents(gh.deps.store.db)) known.add(r.id);
  });
  afterAll(() => close());

  /** The events written since the last call, oldest first, once their NOTIFYs have arrived. */
  async function fresh(): Promise<OutboxEventRow[]> {
    const rows = (await listOutboxEvents(gh.deps.store.db)).filter((r) => !known.has(r.id));
    for (const r of rows) known.add(r.id);
    const ids = rows.map((r) => r.id);
    await expect
      .poll(() => ids.filter((id) => !notes.some((n) => n.id === id)), { timeout: 5_000 })
      .toEqual([]);
    return rows;
  }
  /** Signs the person in on another client: a second live session. */
  async function secondDevice(person: Person) {
    const other = tokenClient(gh);
    const signedIn = await other.client.signIn({ email: person.email, password: PASSWORD });
    expect(signedIn.response.status).toBe(200);
  }
  /** An event's data for a change the user made to their own account, in the default tenant. */
  const bySelf = (userId: string) => ({ userId, tenantId: "default", actor: { type: "user", id: userId } });
  const shape = (rows: OutboxEventRow[]) => rows.map((r) => [r.type, (r.payload as { data: object }).data]);
  const noteWith = (id: string) => notes.find((n) => n.id === id);

  it("sign-up: one user.created naming the user and the tenant joined; its NOTIFY says the same", async () => {
    const person = await signUp(gh);
    const rows = await fresh();
    expect(shape(rows)).toEqual([["user.created", bySelf(person.userId)]]);
    const row = rows[0] as OutboxEventRow;
    expect(row.payload).toMatchObject({ type: "user.created", timestamp: expect.any(String) });
    expect(noteWith(row.id)).toEqual({
      id: row.id,
      type: "user.created",
      userId: person.userId,
      tenantId: "default",
    });
    // Refused: the address is taken. No event.
    const again = await person.client.signUp({ email: person.email, password: PASSWORD });
    expect(again.error?.error.code).toBe("AUTH_EMAIL_EXISTS");
    expect(await fresh()).toEqual([]);
  });

  it("PATCH /user/me: one user.updated (profile); a refused patch none", async () => {
    const person = await signUp(gh);
    await fresh();
    const ok = await person.client.PATCH("/user/me", { body: { name: "Ada" } });
    expect(ok.response.status).toBe(200);
    expect(shape(await fresh())).toEqual([["user.updated", { ...bySelf(person.userId), change: "profile" }]]);
    const bad = await person.client.PATCH("/user/me", { body: { name: "a\u0000b" } });
    expect(bad.response.status).toBe(400);
    expect(await fresh()).toEqual([]);
  });

  it("password change: user.updated (password) and session.revoked for the sessions it ended; a wrong password none", async () => {
    const person = await signUp(gh);
    const before = (await person.claims()).sid as string;
    await fresh();
    const wrong = await person.client.POST("/user/password/change", {
      body: { currentPassword: "not it at all", newPassword: "changed passphrase" },
    });
    expect(wrong.response.status).toBe(401);
    expect(await fresh()).toEqual([]);
    const ok = await person.client.POST("/user/password/change", {
      body: { currentPassword: PASSWORD, newPassword: "changed passphrase" },
    });
    expect(ok.response.status).toBe(200);
    expect(shape(await fresh())).toEqual([
      ["user.updated", { ...bySelf(person.userId), change: "password" }],
      [
        "session.revoked",
        { ...bySelf(person.userId), tenantId: null, reason: "password_changed", sessionIds: [before] },
      ],
    ]);
  });

  it("sign-out and session revoke: one session.revoked each naming the session; repeats and unknown ids none", async () => {
    const person = await signUp(gh);
    await secondDevice(person);
    const sessions = await person.client.GET("/user/sessions");
    const other = sessions.data?.sessions.find((s) => !s.current)?.id as string;
    const current = sessions.data?.sessions.find((s) => s.current)?.id as string;
    await fresh();
    const revoked = await person.client.DELETE("/user/sessions/{sessionId}", {
      params: { path: { sessionId: other } },
    });
    expect(revoked.response.status).toBe(204);
    const rows = await fresh();
    const data = bySelf(person.userId);
    expect(shape(rows)).toEqual([["session.revoked", { ...data, reason: "revoked", sessionIds: [other] }]]);
    expect(noteWith(rows[0]?.id as string)).toMatchObject({ type: "session.revoked", sessionIds: [other] });
    const unknown = await person.client.DELETE("/user/sessions/{sessionId}", {
      params: { path: { sessionId: other } },
    });
    expect(unknown.response.status).toBe(404);
    expect(await fresh()).toEqual([]);
    expect((await person.client.signOut()).response.status).toBe(204);
    expect(shape(await fresh())).toEqual([
      ["session.revoked", { ...data, reason: "signout", sessionIds: [current] }],
    ]);
  });

  it("a reused refresh token (theft): one session.revoked naming the session, with its tenant", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    expect((await refreshToken(gh.fetch, BASE_URL, s.refreshToken)).status).toBe(200);
    await fresh();
    gh.clock.advance(60_000);
    expect((await refreshToken(gh.fetch, BASE_URL, s.refreshToken)).status).toBe(401);
    expect(shape(await fresh())).toEqual([
      [
        "session.revoked",
        {
          userId: s.userId,
          tenantId: "default",
          actor: { type: "anonymous", id: null },
          reason: "theft_detected",
          sessionIds: [s.sessionId],
        },
      ],
    ]);
  });

  it("account deletion: user.deleted and session.revoked for every session it ended; a refused one none", async () => {
    const person = await signUp(gh);
    await secondDevice(person);
    const ids = (await person.client.GET("/user/sessions")).data?.sessions.map((s) => s.id) ?? [];
    expect(ids).toHaveLength(2);
    await fresh();
    const wrong = await person.client.DELETE("/user/me", { body: { password: "wrong password" } });
    expect(wrong.error?.error.code).toBe("AUTH_INVALID_CREDENTIALS");
    expect(await fresh()).toEqual([]);
    expect((await person.client.DELETE("/user/me", { body: { password: PASSWORD } })).response.status).toBe(
      204,
    );
    const rows = await fresh();
    expect(rows.map((r) => r.type)).toEqual(["user.deleted", "session.revoked"]);
    const revoked = (rows[1]?.payload as { data: { sessionIds: string[]; reason: string } }).data;
    expect(revoked.reason).toBe("user_deleted");
    expect([...revoked.sessionIds].sort()).toEqual([...ids].sort());
  });

  it("membership: created tenant (joined), role change, deactivate, reactivate, remove; refusals none", async () => {
    const { admin, tenantId } = await adminOfNewTenant(gh);
    const created = (await fresh()).filter((r) => r.type === "membership.changed");
    expect(shape(created)).toEqual([
      [
        "membership.changed",
        { userId: admin.userId, tenantId, actor: { type: "user", id: admin.userId }, change: "joined" },
      ],
    ]);
    const bob = await join(gh, tenantId, ["viewer"]);
    // Bob works in the tenant: deactivating him ends that session.
    expect((await bob.client.switchTenant(tenantId)).response.status).toBe(200);
    const bobSession = (await bob.claims()).sid as string;
    await fresh();
    const path = { params: { path: { tenantId, userId: bob.userId } } };
    const patch = (body: { roles?: string[]; active?: boolean }) =>
      admin.client.PATCH("/tenants/{tenantId}/members/{userId}", { ...path, body });
    const data = { userId: bob.userId, tenantId, actor: { type: "user", id: admin.userId } };
    expect((await patch({ roles: ["analyst"] })).response.status).toBe(200);
    expect(shape(await fresh())).toEqual([["membership.changed", { ...data, change: "roles_changed" }]]);
    // Refused: an unknown role. Unchanged roles: nothing changed, nothing to tell.
    expect((await patch({ roles: ["ghost"] })).response.status).toBe(400);
    expect((await patch({ roles: ["analyst"] })).response.status).toBe(200);
    expect(await fresh()).toEqual([]);
    expect((await patch({ active: false })).response.status).toBe(200);
    expect(shape(await fresh())).toEqual([
      ["membership.changed", { ...data, change: "deactivated" }],
      ["session.revoked", { ...data, reason: "membership_ended", sessionIds: [bobSession] }],
    ]);
    expect((await patch({ active: true })).response.status).toBe(200);
    expect(shape(await fresh())).toEqual([["membership.changed", { ...data, change: "reactivated" }]]);
    // The last admin cannot leave: refused, no event.
    const self = { params: { path: { tenantId, userId: admin.userId } } };
    expect((await admin.client.DELETE("/tenants/{tenantId}/members/{userId}", self)).response.status).toBe(
      409,
    );
    expect(await fresh()).toEqual([]);
    expect((await admin.client.DELETE("/tenants/{tenantId}/members/{userId}", path)).response.status).toBe(
      204,
    );
    expect(shape(await fresh())).toEqual([["membership.changed", { ...data, change: "removed" }]]);
  });

  it("an operator's new tenant with a first admin: one membership.changed (joined) for that admin", async () => {
    const owner = await signUp(gh);
    await fresh();
    const operator = { type: "admin" as const, id: "ops@example.com" };
    const tenant = await gh.deps.adminTenants.create(
      { name: "Ops", slug: `o-${crypto.randomUUID().slice(0, 12)}`, adminUserId: owner.userId },
      { actor: operator, meta: { ip: null, userAgent: null } },
    );
    expect(shape(await fresh())).toEqual([
      [
        "membership.changed",
        { userId: owner.userId, tenantId: tenant.id, actor: operator, change: "joined" },
      ],
    ]);
  });

  it("a tenant suspended by an operator: one session.revoked per member whose sessions it ended, none for others", async () => {
    const { admin, tenantId } = await adminOfNewTenant(gh);
    const member = await join(gh, tenantId, ["viewer"]);
    const switched = await member.client.switchTenant(tenantId);
    expect(switched.response.status).toBe(200);
    const bystander = await signUp(gh);
    await fresh();
    const sessionOf = async (p: Person) => (await p.client.GET("/user/me")).data?.tenantId;
    expect(await sessionOf(member)).toBe(tenantId);
    const operator = { type: "admin" as const, id: "ops@example.com" };
    await gh.deps.adminTenants.suspend(tenantId, { actor: operator, meta: { ip: null, userAgent: null } });
    const rows = await fresh();
    const revoked = rows.filter((r) => r.type === "session.revoked");
    const data = revoked.map(
      (r) => (r.payload as { data: { userId: string; reason: string; tenantId: string } }).data,
    );
    expect(data.map((d) => d.userId).sort()).toEqual([admin.userId, member.userId].sort());
    for (const d of data) expect(d).toMatchObject({ reason: "tenant_suspended", tenantId, actor: operator });
    expect(rows.filter((r) => r.type !== "session.revoked")).toEqual([]);
    expect(data.some((d) => d.userId === bystander.userId)).toBe(false);
  });

  it("a change that rolls back after its audit entry leaves no event and sends no NOTIFY", async () => {
    await fresh();
    const before = notes.length;
    const entry = {
      ...SYSTEM_CONTEXT,
      action: "user.update" as const,
      target: { type: "user", id: crypto.randomUUID() },
    };
    await expect(
      transaction(gh.deps.store.db, async (tx) => {
        await recordAudit(tx, gh.clock, entry);
        throw new Error("refused after the entry");
      }),
    ).rejects.toThrow("refused after the entry");
    await expect(
      withAudit(gh.deps.store.db, gh.clock, entry, async () => {
        throw new Error("refused before the entry");
      }),
    ).rejects.toThrow("refused before the entry");
    // The control: the same entry committed is one event, announced once.
    await withAudit(gh.deps.store.db, gh.clock, entry, async () => {});
    const committed = await fresh();
    expect(committed.map((r) => r.type)).toEqual(["user.updated"]);
    await new Promise((r) => setTimeout(r, 100));
    expect(notes.slice(before).map((n) => n.id)).toEqual([committed[0]?.id]);
  });
});

describe("eventsFor", () => {
  const actor = { type: "admin" as const, id: "ops@example.com" };
  const meta = { ip: null, userAgent: null };
  it("splits a session.revoked over events of at most 100 sessions", () => {
    const ids = Array.from({ length: 250 }, () => crypto.randomUUID());
    const events = eventsFor(
      {
        action: "admin.user.revoke_sessions",
        actor,
        meta,
        target: { type: "user", id: "u1" },
        sessionIds: ids,
      },
      new Date(),
    );
    expect(events.map((e) => e.data.sessionIds?.length)).toEqual([
      SESSION_IDS_PER_EVENT,
      SESSION_IDS_PER_EVENT,
      50,
    ]);
    expect(events.flatMap((e) => e.data.sessionIds)).toEqual(ids);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    // The largest NOTIFY payload (uuids everywhere) stays well under PostgreSQL's 8000 bytes.
    const first = events[0] as DomainEvent;
    const note = noteOf({
      ...first,
      data: { ...first.data, userId: ids[0] as string, tenantId: ids[1] as string },
    });
    expect(Buffer.byteLength(JSON.stringify(note))).toBeLessThan(4_500);
  });
  it("derives nothing from a failure, from an action that is no event, or from sessions none ended", () => {
    const target = { type: "user", id: "u1" };
    expect(eventsFor({ action: "user.signup", outcome: "failure", actor, meta, target }, new Date())).toEqual(
      [],
    );
    expect(eventsFor({ action: "user.signin", actor, meta, target }, new Date())).toEqual([]);
    expect(eventsFor({ action: "api_key.create", actor, meta, target }, new Date())).toEqual([]);
    expect(
      eventsFor({ action: "admin.user.revoke_sessions", actor, meta, target, sessionIds: [] }, new Date()),
    ).toEqual([]);
  });
});

describe("domain events of SSO sign-in (PGlite)", () => {
  let h: SsoHarness;
  beforeAll(async () => {
    h = await startSsoHarness(undefined);
  });
  afterAll(() => h.close());

  it("a first SSO sign-in that creates the account is one user.created; signing in again is none", async () => {
    const before = new Set((await listOutboxEvents(h.gh.deps.store.db)).map((r) => r.id));
    const since = async () => (await listOutboxEvents(h.gh.deps.store.db)).filter((r) => !before.has(r.id));
    const claims = {
      sub: `sso-${crypto.randomUUID()}`,
      email: uniqueEmail("sso-events"),
      email_verified: true,
    };
    const first = await h.sso(h.client(), claims);
    expect(first.response.status).toBe(200);
    const userId = first.data?.user.id as string;
    const created = await since();
    expect(created.map((r) => [r.type, (r.payload as { data: { userId: string } }).data.userId])).toEqual([
      ["user.created", userId],
    ]);
    const again = await h.sso(h.client(), claims);
    expect(again.response.status).toBe(200);
    expect(await since()).toEqual(created);
  });
});
