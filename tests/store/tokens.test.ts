// Legacy v1 tokens, Mondia links, billing portal sessions, revoked external sessions and signing keys, on PGlite and PostgreSQL.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { recordPortalSession } from "../../server/store/billing-portal-sessions.js";
import {
  insertLegacyToken,
  revokeUserLegacyTokens,
  useLegacyToken,
} from "../../server/store/legacy-v1-tokens.js";
import { linkMondiaCustomer } from "../../server/store/mondia-links.js";
import {
  externalSessionRevokedUntil,
  purgeExpiredExternalSessions,
  revokeExternalSession,
} from "../../server/store/revoked-external-sessions.js";
import {
  insertKeyRetiringOthers,
  latestActivation,
  listKeysLiveAfter,
  listPrivateKeys,
  replacePrivateKey,
  underRotationLock,
} from "../../server/store/signing-keys.js";
import { at, backends, newUser, T0, useStore } from "./stores.js";

const h = (s: string) => createHash("sha256").update(s).digest();
const DAY = 86_400_000;

describe.each(backends)("token stores on %s", (_name, open) => {
  const s = useStore(open);

  it("a legacy v1 token works until it expires or is revoked, and records its last use", async () => {
    const user = await newUser(s.store);
    const t = h(`v1-${crypto.randomUUID()}`);
    await insertLegacyToken(
      s.store.db,
      { tokenHash: t, userId: user.id, label: "ci", expiresAt: at(90 * DAY) },
      T0,
    );
    expect(await useLegacyToken(s.store.db, t, at(DAY))).toBe(user.id);
    expect(await useLegacyToken(s.store.db, t, at(90 * DAY))).toBeUndefined();
    expect(await useLegacyToken(s.store.db, h("unknown"), at(DAY))).toBeUndefined();
    const row = await s.store.db
      .selectFrom("legacy_v1_tokens")
      .selectAll()
      .where("token_hash", "=", t)
      .executeTakeFirst();
    expect(row?.last_used_at?.getTime()).toBe(at(DAY).getTime());
    expect(await revokeUserLegacyTokens(s.store.db, user.id, "admin", at(2 * DAY))).toBe(1);
    expect(await revokeUserLegacyTokens(s.store.db, user.id, "admin", at(2 * DAY))).toBe(0);
    expect(await useLegacyToken(s.store.db, t, at(3 * DAY))).toBeUndefined();
  });

  it("a Mondia customer links to its first user; linking again returns that link", async () => {
    const [a, b] = [await newUser(s.store), await newUser(s.store)];
    const customer = `c-${crypto.randomUUID()}`;
    expect(await linkMondiaCustomer(s.store.db, customer, a.id, at(1))).toMatchObject({ user_id: a.id });
    const again = await linkMondiaCustomer(s.store.db, customer, b.id, at(2));
    expect(again.user_id).toBe(a.id);
    expect(again.linked_at.getTime()).toBe(at(1).getTime());
  });

  it("records a billing portal session once per provider id", async () => {
    const user = await newUser(s.store);
    const id = `ps-${crypto.randomUUID()}`;
    await recordPortalSession(s.store.db, { id, userId: user.id, expiresAt: at(DAY).toISOString() }, T0);
    await recordPortalSession(s.store.db, { id, userId: user.id, expiresAt: at(2 * DAY) }, at(1));
    const rows = await s.store.db
      .selectFrom("billing_portal_sessions")
      .selectAll()
      .where("id", "=", id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.expires_at.getTime()).toBe(at(DAY).getTime());
  });

  it("a revoked external session is only ever extended, and purged once expired", async () => {
    const key = { issuer: "https://st.example.com", handle: `h-${crypto.randomUUID()}` };
    await revokeExternalSession(s.store.db, key, at(60_000), T0);
    await revokeExternalSession(s.store.db, key, at(30_000), at(1));
    expect((await externalSessionRevokedUntil(s.store.db, key, at(2)))?.getTime()).toBe(at(60_000).getTime());
    await revokeExternalSession(s.store.db, key, at(90_000), at(3));
    expect((await externalSessionRevokedUntil(s.store.db, key, at(4)))?.getTime()).toBe(at(90_000).getTime());
    expect(await externalSessionRevokedUntil(s.store.db, key, at(90_000))).toBeUndefined();
    await purgeExpiredExternalSessions(s.store.db, at(90_000));
    await revokeExternalSession(s.store.db, key, at(10), at(5));
    expect((await externalSessionRevokedUntil(s.store.db, key, at(6)))?.getTime()).toBe(at(10).getTime());
  });

  it("a new signing key retires the live ones at the given time; live keys are listed newest first", async () => {
    const key = (kid: string, activatesAt: Date) => ({
      kid,
      alg: "ES256",
      privateJwk: { kid },
      publicJwk: { kid },
      activatesAt,
    });
    const base = (await latestActivation(s.store.db))?.getTime() ?? T0.getTime();
    const t = (ms: number) => new Date(base + ms);
    const [k1, k2] = [`k1-${crypto.randomUUID()}`, `k2-${crypto.randomUUID()}`];
    await underRotationLock(s.store.db, (tx) =>
      insertKeyRetiringOthers(tx, key(k1, t(1_000)), t(1_000), t(0)),
    );
    await underRotationLock(s.store.db, (tx) =>
      insertKeyRetiringOthers(tx, key(k2, t(2_000)), t(2_000), t(1_500)),
    );
    expect((await latestActivation(s.store.db))?.getTime()).toBe(t(2_000).getTime());
    const live = await listKeysLiveAfter(s.store.db, t(1_500));
    expect(live.map((k) => k.kid).slice(0, 2)).toEqual([k2, k1]);
    expect(live.find((k) => k.kid === k1)?.retired_at?.getTime()).toBe(t(2_000).getTime());
    expect((await listKeysLiveAfter(s.store.db, t(2_500))).map((k) => k.kid)).toEqual([k2]);
    await replacePrivateKey(s.store.db, k2, { sealed: true });
    expect((await listPrivateKeys(s.store.db)).find((k) => k.kid === k2)?.private_jwk).toEqual({
      sealed: true,
    });
  });
});
