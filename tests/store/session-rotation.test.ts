// store/session-rotation.ts (the one-statement refresh rotation) on PGlite and PostgreSQL.
import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Store } from "../../server/store/db.js";
import { rotateLiveRefreshToken } from "../../server/store/session-rotation.js";
import { createSession } from "../../server/store/sessions.js";
import type { UserRow } from "../../server/store/users.js";
import { derivedOpaqueToken, newOpaqueToken } from "../../server/tokens/opaque.js";
import { at, backends, newUser, T0, useStore } from "./stores.js";

const hash = (s: string) => createHash("sha256").update(s).digest();
const HOUR = 3_600_000;

async function open(store: Store, user: UserRow, seed: Uint8Array | null = randomBytes(32)) {
  const id = crypto.randomUUID();
  const token = newOpaqueToken("rt");
  await createSession(
    store.db,
    {
      id,
      userId: user.id,
      tenantId: "default",
      expiresAt: at(24 * HOUR),
      userAgent: "ua",
      ip: "127.0.0.1",
      profile: "gatehouse",
      authMethod: "credential",
      refreshSeed: seed ?? randomBytes(32),
      sso: undefined,
    },
    hash(token),
    T0,
  );
  if (seed === null)
    await store.db.updateTable("sessions").set({ refresh_seed: null }).where("id", "=", id).execute();
  return { id, token, seed };
}

const rotation = (token: string, profile: "gatehouse" | "supertokens" = "gatehouse") => ({
  token: Buffer.from(token),
  tokenHash: hash(token),
  profile,
  userAgent: "ua-2",
  ip: null,
});

/** The session's tokens and generation, to prove a declined rotation changed nothing. */
async function state(store: Store, sessionId: string) {
  const tokens = await store.db
    .selectFrom("refresh_tokens")
    .select(["generation", "used_at"])
    .where("session_id", "=", sessionId)
    .orderBy("generation")
    .execute();
  const session = await store.db
    .selectFrom("sessions")
    .select(["generation", "last_used_at", "user_agent"])
    .where("id", "=", sessionId)
    .executeTakeFirstOrThrow();
  return { tokens, session };
}

describe.each(backends)("one-statement refresh rotation on %s", (name, openStore) => {
  const s = useStore(openStore);

  it("mints exactly the successor derivedOpaqueToken gives (the grace reuse derives it again in JS), spends, touches", async () => {
    const user = await newUser(s.store);
    const { id, token, seed } = await open(s.store, user);
    const r = await rotateLiveRefreshToken(s.store.db, rotation(token), at(1_000));
    expect(r?.refreshToken).toBe(derivedOpaqueToken("rt", seed as Uint8Array, token));
    expect(r).toMatchObject({ sessionId: id, user: { id: user.id, email: user.email } });
    expect(r?.grant).toMatchObject({ tenant_id: "default", roles: ["member"], active: true });
    expect(r?.expiresAt.getTime()).toBe(at(24 * HOUR).getTime());
    const after = await state(s.store, id);
    expect(after.tokens.map((t) => [t.generation, t.used_at?.getTime() ?? null])).toEqual([
      [0, at(1_000).getTime()],
      [1, null],
    ]);
    expect(after.session).toMatchObject({ generation: 1, user_agent: "ua-2" });
    expect(after.session.last_used_at.getTime()).toBe(at(1_000).getTime());
    // The successor is stored as its hash, and rotates in turn.
    const next = await rotateLiveRefreshToken(s.store.db, rotation(r?.refreshToken ?? ""), at(2_000));
    expect(next?.refreshToken).toBe(derivedOpaqueToken("rt", seed as Uint8Array, r?.refreshToken ?? ""));
  });

  it("declines, changing nothing: a spent token, another profile, no seed, revoked, expired, unknown, NUL bytes", async () => {
    const user = await newUser(s.store);
    const spent = await open(s.store, user);
    await rotateLiveRefreshToken(s.store.db, rotation(spent.token), at(1));
    const cases: Array<[string, string, Date, "gatehouse" | "supertokens"]> = [];
    cases.push(["spent", spent.token, at(2), "gatehouse"]);
    const other = await open(s.store, user);
    cases.push(["other profile", other.token, at(2), "supertokens"]);
    const seedless = await open(s.store, user, null);
    cases.push(["no seed", seedless.token, at(2), "gatehouse"]);
    const revoked = await open(s.store, user);
    await s.store.db
      .updateTable("sessions")
      .set({ revoked_at: at(1) })
      .where("id", "=", revoked.id)
      .execute();
    cases.push(["revoked", revoked.token, at(2), "gatehouse"]);
    const expired = await open(s.store, user);
    cases.push(["expired", expired.token, at(24 * HOUR), "gatehouse"]);
    for (const [what, token, now, profile] of cases) {
      const id = [spent, other, seedless, revoked, expired].find((x) => x.token === token)?.id ?? "";
      const before = await state(s.store, id);
      expect(await rotateLiveRefreshToken(s.store.db, rotation(token, profile), now), what).toBeUndefined();
      expect(await state(s.store, id), what).toEqual(before);
    }
    expect(await rotateLiveRefreshToken(s.store.db, rotation("rt_unknown"), at(2))).toBeUndefined();
    expect(
      await rotateLiveRefreshToken(s.store.db, rotation(`rt_\0${"x".repeat(300)}`), at(2)),
    ).toBeUndefined();
  });

  it("declines when the membership ended or the tenant is suspended (the transaction then ends the session)", async () => {
    const user = await newUser(s.store);
    const a = await open(s.store, user);
    await s.store.db
      .updateTable("memberships")
      .set({ active: false })
      .where("user_id", "=", user.id)
      .execute();
    const before = await state(s.store, a.id);
    expect(await rotateLiveRefreshToken(s.store.db, rotation(a.token), at(1))).toBeUndefined();
    expect(await state(s.store, a.id)).toEqual(before);
  });

  it.skipIf(name !== "PostgreSQL")(
    "40 parallel rotations of one token: exactly one rotates, one successor",
    async () => {
      const user = await newUser(s.store);
      const { id, token } = await open(s.store, user);
      const results = await Promise.all(
        Array.from({ length: 40 }, () => rotateLiveRefreshToken(s.store.db, rotation(token), at(5))),
      );
      expect(results.filter((r) => r !== undefined)).toHaveLength(1);
      const after = await state(s.store, id);
      expect(after.tokens.filter((t) => t.used_at === null).map((t) => t.generation)).toEqual([1]);
      expect(after.session.generation).toBe(1);
    },
  );
});
