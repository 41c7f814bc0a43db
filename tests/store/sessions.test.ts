// store/sessions.ts (sessions + refresh tokens, the rotation CTE) and store/revoked-sessions.ts on PGlite and PostgreSQL.
import { createHash, randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findAuditEvents, type NewAuditEvent } from "../../server/store/audit-events.js";
import type { Store } from "../../server/store/db.js";
import { transaction } from "../../server/store/db.js";
import { updateMembership } from "../../server/store/memberships.js";
import {
  markUserSessionsDeleted,
  purgeRevokedSessionMarkers,
  revocationsBetween,
  revokedSessionIdsSince,
} from "../../server/store/revoked-sessions.js";
import {
  createSession,
  findCurrentRefreshTokenHash,
  findLiveSession,
  findSessionAuthentication,
  listLiveSessions,
  lockRefreshToken,
  purgeEndedSessions,
  revokeSessionById,
  revokeUserSessions,
  rotateRefreshToken,
} from "../../server/store/sessions.js";
import { createTenant, updateTenant } from "../../server/store/tenants.js";
import { deleteUser, disableUser, type UserRow } from "../../server/store/users.js";
import { PG_URL, postgresStore } from "../helpers/gatehouse.js";
import { at, backends, newUser, T0, useStore } from "./stores.js";

const hash = (s: string) => createHash("sha256").update(s).digest();

/** A stored refresh token's state, read directly (the server only reads tokens while locking them). */
const findRefreshToken = (db: Store["db"], tokenHash: Uint8Array) =>
  db
    .selectFrom("refresh_tokens")
    .select(["generation", "used_at"])
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
const HOUR = 3_600_000;

async function open(
  store: Store,
  user: UserRow,
  token = `rt-${crypto.randomUUID()}`,
  expiresAt = at(24 * HOUR),
) {
  const id = crypto.randomUUID();
  await createSession(
    store.db,
    {
      id,
      userId: user.id,
      tenantId: "default",
      expiresAt,
      userAgent: "ua",
      ip: "127.0.0.1",
      profile: "gatehouse",
      authMethod: "credential",
      refreshSeed: randomBytes(32),
      sso: undefined,
    },
    hash(token),
    T0,
  );
  return { id, token };
}

/** The service's normal rotation, in one transaction: lock, read the token, spend it and mint `next`. */
function rotate(store: Store, token: string, next: string, now: Date) {
  return transaction(store.db, async (tx) => {
    const { session, token: current } = (await lockRefreshToken(tx, hash(token))) ?? {};
    if (!session || !current || current.used_at !== null || current.generation !== session.generation)
      return undefined;
    const generation = session.generation + 1;
    const user = await rotateRefreshToken(
      tx,
      {
        sessionId: session.id,
        userId: session.user_id,
        tenantId: session.tenant_id,
        spend: true,
        nextHash: hash(next),
        generation,
        profile: "gatehouse",
        seed: session.refresh_seed ?? randomBytes(32),
        userAgent: null,
        ip: null,
      },
      now,
    );
    return { user, generation };
  });
}

describe.each(backends)("sessions store on %s", (_name, openStore) => {
  const s = useStore(openStore);

  it("creates a session with its first refresh token, finds it live, and knows how it was authenticated", async () => {
    const user = await newUser(s.store);
    const { id, token } = await open(s.store, user);
    expect(await findLiveSession(s.store.db, id, at(1))).toMatchObject({ user_id: user.id });
    expect(await findLiveSession(s.store.db, id, at(25 * HOUR))).toBeUndefined();
    expect(await findRefreshToken(s.store.db, hash(token))).toEqual({ generation: 0, used_at: null });
    expect(await findCurrentRefreshTokenHash(s.store.db, id)).toEqual(hash(token));
    expect(await findSessionAuthentication(s.store.db, id)).toMatchObject({ auth_method: "credential" });
    expect((await listLiveSessions(s.store.db, user.id, at(1))).map((r) => r.id)).toEqual([id]);
  });

  it("the rotation CTE spends the token, mints one successor, touches the session and returns the user", async () => {
    const user = await newUser(s.store);
    const { id, token } = await open(s.store, user);
    const r = await rotate(s.store, token, "next-1", at(1_000));
    expect(r?.user?.user.id).toBe(user.id);
    expect((await findRefreshToken(s.store.db, hash(token)))?.used_at?.getTime()).toBe(at(1_000).getTime());
    expect(await findRefreshToken(s.store.db, hash("next-1"))).toEqual({ generation: 1, used_at: null });
    expect(await findCurrentRefreshTokenHash(s.store.db, id)).toEqual(hash("next-1"));
    const [row] = await listLiveSessions(s.store.db, user.id, at(1_000));
    expect(row).toMatchObject({ generation: 1, user_agent: "ua", ip: "127.0.0.1" });
    expect(row?.last_used_at.getTime()).toBe(at(1_000).getTime());
  });

  it("40 parallel rotations of one token: exactly one wins and the session has a single successor", async () => {
    const user = await newUser(s.store);
    const { id, token } = await open(s.store, user);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => rotate(s.store, token, `succ-${id}-${i}`, at(2_000))),
    );
    expect(results.filter((r) => r !== undefined)).toHaveLength(1);
    const live = await s.store.db
      .selectFrom("refresh_tokens")
      .select("generation")
      .where("session_id", "=", id)
      .where("used_at", "is", null)
      .execute();
    expect(live).toEqual([{ generation: 1 }]);
  });

  it("minting an already stored successor does nothing (the grace reuse derives the same token)", async () => {
    const user = await newUser(s.store);
    const { id, token } = await open(s.store, user);
    await rotate(s.store, token, "same-next", at(1));
    const again = await transaction(s.store.db, (tx) =>
      rotateRefreshToken(
        tx,
        {
          sessionId: id,
          userId: user.id,
          tenantId: "default",
          spend: false,
          nextHash: hash("same-next"),
          generation: 1,
          profile: "gatehouse",
          seed: randomBytes(32),
          userAgent: null,
          ip: null,
        },
        at(2),
      ),
    );
    expect(again?.user.id).toBe(user.id);
    expect(again?.grant).toEqual({
      tenant_id: "default",
      roles: ["member"],
      active: true,
      tenant_status: "active",
      role_permissions: { member: ["tenant:read"] },
    });
    expect(await findRefreshToken(s.store.db, hash("same-next"))).toEqual({ generation: 1, used_at: null });
  });

  it("revokes one session, all but one, or by id; revoked sessions leave the live list and enter the feed", async () => {
    const user = await newUser(s.store);
    const a = await open(s.store, user);
    const b = await open(s.store, user);
    const c = await open(s.store, user);
    expect(await revokeUserSessions(s.store.db, user.id, "test", at(10), { only: a.id })).toEqual([a.id]);
    expect(await revokeUserSessions(s.store.db, user.id, "test", at(10), { only: a.id })).toEqual([]);
    expect(await revokeUserSessions(s.store.db, user.id, "test", at(20), { except: c.id })).toEqual([b.id]);
    await revokeSessionById(s.store.db, c.id, "refresh_token_reuse", at(30));
    expect(await listLiveSessions(s.store.db, user.id, at(40))).toEqual([]);
    const feed = await revokedSessionIdsSince(s.store.db, at(15));
    expect(feed).toEqual(expect.arrayContaining([b.id, c.id]));
    expect(feed).not.toContain(a.id);
  });

  it("marks the sessions of a deleted user, so the feed still carries them after the rows are gone", async () => {
    const user = await newUser(s.store);
    const live = await open(s.store, user);
    const expired = await open(s.store, user, undefined, at(-1));
    const ended = await transaction(s.store.db, async (tx) => {
      const ids = await markUserSessionsDeleted(tx, user.id, at(100), at(100 + HOUR), at(100 - HOUR));
      await deleteUser(tx, user.id);
      return ids;
    });
    expect(ended).toEqual([live.id]);
    expect(expired.id).not.toBe(live.id);
    expect(await revokedSessionIdsSince(s.store.db, at(50))).toContain(live.id);
    await purgeRevokedSessionMarkers(s.store.db, at(100 + 2 * HOUR));
    expect(await revokedSessionIdsSince(s.store.db, at(50))).not.toContain(live.id);
  });

  it("pages the feed window (since, until] in (revoked_at, id) order across revoked rows and deleted users' markers", async () => {
    const user = await newUser(s.store);
    const [a, b, c] = [await open(s.store, user), await open(s.store, user), await open(s.store, user)];
    await revokeSessionById(s.store.db, a.id, "test", at(1_010));
    await revokeSessionById(s.store.db, b.id, "test", at(1_020));
    await revokeSessionById(s.store.db, c.id, "test", at(1_020));
    const gone = await newUser(s.store);
    const marked = await open(s.store, gone);
    await transaction(s.store.db, async (tx) => {
      await markUserSessionsDeleted(tx, gone.id, at(1_030), at(1_030 + HOUR), at(1_030 - HOUR));
      await deleteUser(tx, gone.id);
    });
    const window = { since: at(1_000), until: at(1_030) };
    const all = await revocationsBetween(s.store.db, { ...window, limit: 10 });
    const sameMs = [b.id, c.id].sort();
    expect(all.map((r) => r.id)).toEqual([a.id, ...sameMs, marked.id]);
    expect(all.map((r) => r.at.getTime() - T0.getTime())).toEqual([1_010, 1_020, 1_020, 1_030]);
    // Paging two at a time from the last position lands exactly on the rest, equal timestamps included.
    const first = await revocationsBetween(s.store.db, { ...window, limit: 2 });
    const rest = await revocationsBetween(s.store.db, { ...window, after: first[1], limit: 10 });
    expect([...first, ...rest].map((r) => r.id)).toEqual(all.map((r) => r.id));
    // Exclusive lower bound, inclusive upper bound.
    expect(
      (await revocationsBetween(s.store.db, { since: at(1_010), until: at(1_020), limit: 10 })).map(
        (r) => r.id,
      ),
    ).toEqual(sameMs);
  });

  it("purges sessions that ended before the cutoff, with their refresh tokens", async () => {
    const user = await newUser(s.store);
    const old = await open(s.store, user, undefined, at(HOUR));
    const current = await open(s.store, user, undefined, at(48 * HOUR));
    await purgeEndedSessions(s.store.db, at(2 * HOUR));
    expect(await findRefreshToken(s.store.db, hash(old.token))).toBeUndefined();
    expect(await findRefreshToken(s.store.db, hash(current.token))).toBeDefined();
  });

  it("starts a session with its token and audit event in one statement; a disabled user gets none of the three", async () => {
    const user = await newUser(s.store);
    const event = (target: string): NewAuditEvent => ({
      occurred_at: T0,
      action: "user.signin",
      outcome: "success",
      reason: null,
      actor_type: "user",
      actor_id: target,
      tenant_id: "default",
      target_type: "user",
      target_id: target,
      ip: "127.0.0.1",
      user_agent: "ua\u0001",
      request_id: null,
    });
    const session = (id: string, userId: string) => ({
      id,
      userId,
      tenantId: "default",
      expiresAt: at(HOUR),
      userAgent: "ua",
      ip: null,
      profile: "gatehouse" as const,
      authMethod: "credential" as const,
      refreshSeed: randomBytes(32),
      sso: undefined,
    });
    const events = (target: string) => findAuditEvents(s.store.db, { targetId: target, limit: 10 });
    const id = crypto.randomUUID();
    expect(await createSession(s.store.db, session(id, user.id), hash(id), T0, event(user.id))).toBe(
      "created",
    );
    expect(await findLiveSession(s.store.db, id, at(1))).toMatchObject({ user_id: user.id });
    expect(await findRefreshToken(s.store.db, hash(id))).toEqual({ generation: 0, used_at: null });
    expect((await events(user.id)).map((e) => [e.action, e.user_agent])).toEqual([
      ["user.signin", "ua\u0001"],
    ]);

    const disabled = await newUser(s.store);
    await disableUser(s.store.db, disabled.id, T0);
    const refused = crypto.randomUUID();
    expect(
      await createSession(s.store.db, session(refused, disabled.id), hash(refused), T0, event(disabled.id)),
    ).toBe("user_disabled");
    expect(await findSessionAuthentication(s.store.db, refused)).toBeUndefined();
    expect(await findRefreshToken(s.store.db, hash(refused))).toBeUndefined();
    expect(await events(disabled.id)).toEqual([]);

    // A suspended tenant: nothing of the three either.
    const tenantId = crypto.randomUUID();
    const slug = `s-${tenantId.slice(0, 8)}`;
    await createTenant(
      s.store.db,
      { id: tenantId, slug, name: "S", registrationPolicy: "invite", preset: "default" },
      T0,
    );
    await updateTenant(s.store.db, tenantId, { status: "suspended" }, T0);
    const member = await newUser(s.store);
    const inSuspended = crypto.randomUUID();
    expect(
      await createSession(
        s.store.db,
        { ...session(inSuspended, member.id), tenantId },
        hash(inSuspended),
        T0,
        event(member.id),
      ),
    ).toBe("tenant_inactive");
    expect(await findSessionAuthentication(s.store.db, inSuspended)).toBeUndefined();
    expect(await findRefreshToken(s.store.db, hash(inSuspended))).toBeUndefined();
    expect(await events(member.id)).toEqual([]);

    // A membership deactivated (or never there) since the caller read it: nothing either. A sign-in reads
    // its landing membership before the password check, so this is what closes that window.
    const deactivated = await newUser(s.store);
    await updateMembership(s.store.db, deactivated.id, "default", { active: false }, T0);
    const stranger = await newUser(s.store);
    const other = crypto.randomUUID();
    await createTenant(
      s.store.db,
      {
        id: other,
        slug: `o-${other.slice(0, 8)}`,
        name: "O",
        registrationPolicy: "invite",
        preset: "default",
      },
      T0,
    );
    for (const [user, tenant] of [
      [deactivated, "default"],
      [stranger, other],
    ] as const) {
      const refusedId = crypto.randomUUID();
      expect(
        await createSession(
          s.store.db,
          { ...session(refusedId, user.id), tenantId: tenant },
          hash(refusedId),
          T0,
          event(user.id),
        ),
      ).toBe("membership_inactive");
      expect(await findSessionAuthentication(s.store.db, refusedId)).toBeUndefined();
      expect(await findRefreshToken(s.store.db, hash(refusedId))).toBeUndefined();
      expect(await events(user.id)).toEqual([]);
    }
  });
});

describe.skipIf(!PG_URL)("session start against a concurrent membership change (PostgreSQL)", () => {
  let store: Store;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ store, drop } = await postgresStore());
  });
  afterAll(() => drop());

  it("waits for a deactivation in progress (tenant, then membership locked) and then starts nothing", async () => {
    const user = await newUser(store);
    const pool = store.pool;
    if (!pool) throw new Error("no pool");
    const admin = await pool.connect();
    try {
      // The order TenantService.updateMember takes its locks in: the tenant row, then the membership.
      await admin.query("BEGIN");
      await admin.query("SELECT id FROM tenants WHERE id = 'default' FOR UPDATE");
      await admin.query(
        "UPDATE memberships SET active = false WHERE user_id = $1 AND tenant_id = 'default'",
        [user.id],
      );
      const id = crypto.randomUUID();
      const started = createSession(
        store.db,
        {
          id,
          userId: user.id,
          tenantId: "default",
          expiresAt: at(HOUR),
          userAgent: "ua",
          ip: null,
          profile: "gatehouse",
          authMethod: "credential",
          refreshSeed: randomBytes(32),
          sso: undefined,
        },
        hash(id),
        T0,
      );
      const raced = await Promise.race([started.then(() => "done"), sleep(300).then(() => "waiting")]);
      expect(raced).toBe("waiting");
      await admin.query("COMMIT");
      expect(await started).toBe("membership_inactive");
      expect(await findSessionAuthentication(store.db, id)).toBeUndefined();
    } finally {
      await admin.query("ROLLBACK").catch(() => {});
      admin.release();
    }
  });
});
