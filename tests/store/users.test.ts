// store/users.ts and store/credentials.ts against PGlite and PostgreSQL.
import { describe, expect, it } from "vitest";
import { deletePassword, findPasswordHash, setPasswordHash } from "../../server/store/credentials.js";
import { sqlState } from "../../server/store/errors.js";
import {
  createUser,
  deleteUser,
  findUserByEmail,
  findUserById,
  updateUser,
} from "../../server/store/users.js";
import { at, backends, email, newUser, T0, useStore } from "./stores.js";

describe.each(backends)("users store on %s", (_name, open) => {
  const s = useStore(open);

  it("creates a user unverified by default and finds it by id and by email in any case", async () => {
    const address = email("Mixed");
    const user = await newUser(s.store, address);
    expect(user).toMatchObject({ email: address, email_verified: false });
    expect(user.created_at.getTime()).toBe(T0.getTime());
    expect((await findUserById(s.store.db, user.id))?.email).toBe(address);
    expect((await findUserByEmail(s.store.db, address.toUpperCase()))?.id).toBe(user.id);
    expect((await findUserByEmail(s.store.db, address.toLowerCase()))?.id).toBe(user.id);
    expect(await findUserByEmail(s.store.db, `x${address}`)).toBeUndefined();
  });

  it("takes an explicit emailVerified (a provider that vouched for the address)", async () => {
    const user = await createUser(
      s.store.db,
      { email: email(), emailVerified: true, name: "Ada", locale: "en" },
      T0,
    );
    expect(user).toMatchObject({ email_verified: true, name: "Ada", locale: "en" });
  });

  it("one email, ten parallel creations differing only in case: one row, nine unique violations", async () => {
    const address = email("race");
    const variants = Array.from({ length: 10 }, (_, i) => (i % 2 ? address.toUpperCase() : address));
    const results = await Promise.allSettled(variants.map((e) => newUser(s.store, e)));
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(sqlState(r.reason)).toBe("23505");
  });

  it("updates only the patched columns and stamps updated_at; undefined for an unknown id", async () => {
    const user = await newUser(s.store);
    const later = at(60_000);
    const updated = await updateUser(s.store.db, user.id, { name: "N", email_verified: true }, later);
    expect(updated).toMatchObject({ name: "N", email_verified: true, locale: null });
    expect(updated?.updated_at.getTime()).toBe(later.getTime());
    expect(updated?.created_at.getTime()).toBe(T0.getTime());
    expect(await updateUser(s.store.db, crypto.randomUUID(), { name: "x" }, later)).toBeUndefined();
  });

  it("sets, replaces and deletes the password hash; deleting the user takes its credential with it", async () => {
    const user = await newUser(s.store);
    expect(await findPasswordHash(s.store.db, user.id)).toBeUndefined();
    await setPasswordHash(s.store.db, user.id, "h1", T0);
    await setPasswordHash(s.store.db, user.id, "h2", at(1));
    expect(await findPasswordHash(s.store.db, user.id)).toBe("h2");
    await deletePassword(s.store.db, user.id);
    expect(await findPasswordHash(s.store.db, user.id)).toBeUndefined();
    await setPasswordHash(s.store.db, user.id, "h3", at(2));
    expect(await deleteUser(s.store.db, user.id)).toBe(true);
    expect(await findUserById(s.store.db, user.id)).toBeUndefined();
    expect(await findPasswordHash(s.store.db, user.id)).toBeUndefined();
    expect(await deleteUser(s.store.db, user.id)).toBe(false);
  });
});
