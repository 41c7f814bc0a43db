// store/sso-identities.ts and store/sso-used-tokens.ts on PGlite and PostgreSQL.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { transaction } from "../../server/store/db.js";
import { createSession, revokeSessionsOfIdentities } from "../../server/store/sessions.js";
import {
  findUserByIdentity,
  linkIdentity,
  lockUnvouchedIdentities,
  markIdentityVouched,
  unlinkIdentities,
  unlinkUnvouchedIdentities,
} from "../../server/store/sso-identities.js";
import { purgeExpiredSsoTokens, spendSsoToken } from "../../server/store/sso-used-tokens.js";
import { at, backends, newUser, T0, useStore } from "./stores.js";

const ISS = "https://idp.example.com";
const h = (s: string) => createHash("sha256").update(s).digest();

describe.each(backends)("SSO store on %s", (_name, open) => {
  const s = useStore(open);
  const link = (userId: string, subject: string, emailVerified: boolean) =>
    linkIdentity(
      s.store.db,
      { issuer: ISS, subject, provider: "idp", userId, email: null, emailVerified },
      T0,
    );

  it("links an identity and finds its user by (issuer, subject) only", async () => {
    const user = await newUser(s.store);
    const sub = `sub-${crypto.randomUUID()}`;
    await link(user.id, sub, true);
    expect((await findUserByIdentity(s.store.db, ISS, sub))?.id).toBe(user.id);
    expect(await findUserByIdentity(s.store.db, "https://other.example.com", sub)).toBeUndefined();
    expect(await findUserByIdentity(s.store.db, ISS, "nobody")).toBeUndefined();
  });

  it("unvouched identities: listed under lock, one vouched, the rest unlinked with their sessions revoked", async () => {
    const user = await newUser(s.store);
    const [a, b, c] = ["a", "b", "c"].map((x) => `${x}-${crypto.randomUUID()}`) as [string, string, string];
    await link(user.id, a, false);
    await link(user.id, b, false);
    await link(user.id, c, true);
    const sid = crypto.randomUUID();
    await createSession(
      s.store.db,
      {
        id: sid,
        userId: user.id,
        tenantId: "default",
        expiresAt: at(3_600_000),
        userAgent: null,
        ip: null,
        profile: "gatehouse",
        authMethod: "credential",
        refreshSeed: new Uint8Array(32),
        sso: { issuer: ISS, subject: b },
      },
      h(sid),
      T0,
    );
    const revoked = await transaction(s.store.db, async (tx) => {
      const unvouched = await lockUnvouchedIdentities(tx, user.id);
      expect(unvouched.map((i) => i.subject).sort()).toEqual([a, b].sort());
      await markIdentityVouched(tx, { issuer: ISS, subject: a });
      const doomed = unvouched.filter((i) => i.subject !== a);
      const ended = await revokeSessionsOfIdentities(tx, doomed, "sso_identity_unlinked", at(1));
      await unlinkIdentities(tx, doomed);
      return ended;
    });
    expect(revoked).toEqual([sid]);
    expect(await lockUnvouchedIdentities(s.store.db, user.id)).toEqual([]);
    expect((await findUserByIdentity(s.store.db, ISS, a))?.id).toBe(user.id);
    expect(await findUserByIdentity(s.store.db, ISS, b)).toBeUndefined();
    expect(await revokeSessionsOfIdentities(s.store.db, [], "x", at(2))).toEqual([]);
  });

  it("unlinks every unvouched identity of a user at once", async () => {
    const user = await newUser(s.store);
    const [a, b] = [`a-${crypto.randomUUID()}`, `b-${crypto.randomUUID()}`];
    await link(user.id, a, false);
    await link(user.id, b, true);
    await unlinkUnvouchedIdentities(s.store.db, user.id);
    expect(await findUserByIdentity(s.store.db, ISS, a)).toBeUndefined();
    expect((await findUserByIdentity(s.store.db, ISS, b))?.id).toBe(user.id);
  });

  it("an ID token is spent once, even 40 times in parallel; expired ones are purged", async () => {
    const key = h(`token-${crypto.randomUUID()}`);
    const spent = await Promise.all(
      Array.from({ length: 40 }, () => spendSsoToken(s.store.db, key, at(60_000))),
    );
    expect(spent.filter(Boolean)).toHaveLength(1);
    await purgeExpiredSsoTokens(s.store.db, at(30_000));
    expect(await spendSsoToken(s.store.db, key, at(60_000))).toBe(false);
    await purgeExpiredSsoTokens(s.store.db, at(61_000));
    expect(await spendSsoToken(s.store.db, key, at(60_000))).toBe(true);
  });
});
