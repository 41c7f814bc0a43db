// store/one-time-codes.ts on PGlite and PostgreSQL: replacement, single-use links, attempt reservation.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Store } from "../../server/store/db.js";
import { replaceCode, reserveCodeAttempt, spendCode, spendLink } from "../../server/store/one-time-codes.js";
import { at, backends, newUser, useStore } from "./stores.js";

const h = (s: string) => createHash("sha256").update(s).digest();
const MIN = 60_000;

async function issue(store: Store, userId: string, link: string, now = at(0)) {
  const id = crypto.randomUUID();
  await replaceCode(
    store.db,
    {
      id,
      userId,
      purpose: "verify_email",
      codeHash: h(`code-${id}`),
      linkHash: h(link),
      codeExpiresAt: new Date(now.getTime() + 10 * MIN),
      linkExpiresAt: new Date(now.getTime() + 60 * MIN),
    },
    now,
  );
  return id;
}

describe.each(backends)("one-time codes store on %s", (_name, open) => {
  const s = useStore(open);

  it("a link is spent once, only for its purpose and before it expires; a new code retires the old one", async () => {
    const user = await newUser(s.store);
    await issue(s.store, user.id, "link-a");
    expect(await spendLink(s.store.db, h("link-a"), "reset_password", at(1))).toBeUndefined();
    expect(await spendLink(s.store.db, h("link-a"), "verify_email", at(61 * MIN))).toBeUndefined();
    await issue(s.store, user.id, "link-b", at(2));
    expect(await spendLink(s.store.db, h("link-a"), "verify_email", at(3))).toBeUndefined();
    expect(await spendLink(s.store.db, h("link-b"), "verify_email", at(3))).toBe(user.id);
    expect(await spendLink(s.store.db, h("link-b"), "verify_email", at(4))).toBeUndefined();
  });

  it("40 parallel spends of one link: exactly one wins", async () => {
    const user = await newUser(s.store);
    await issue(s.store, user.id, "link-race");
    const won = await Promise.all(
      Array.from({ length: 40 }, () => spendLink(s.store.db, h("link-race"), "verify_email", at(1))),
    );
    expect(won.filter((u) => u === user.id)).toHaveLength(1);
  });

  it("40 parallel guesses reserve at most the allowed attempts on the newest live code", async () => {
    const user = await newUser(s.store);
    const id = await issue(s.store, user.id, `l-${crypto.randomUUID()}`);
    const reserved = await Promise.all(
      Array.from({ length: 40 }, () => reserveCodeAttempt(s.store.db, user.id, "verify_email", 5, at(1))),
    );
    expect(reserved.filter((r) => r !== undefined)).toHaveLength(5);
    for (const r of reserved) if (r) expect(r.id).toBe(id);
    expect(await reserveCodeAttempt(s.store.db, user.id, "verify_email", 5, at(2))).toBeUndefined();
  });

  it("an expired code reserves nothing; a spent code is spent once", async () => {
    const user = await newUser(s.store);
    const id = await issue(s.store, user.id, `l-${crypto.randomUUID()}`);
    expect(await reserveCodeAttempt(s.store.db, user.id, "verify_email", 5, at(11 * MIN))).toBeUndefined();
    expect((await reserveCodeAttempt(s.store.db, user.id, "verify_email", 5, at(1)))?.id).toBe(id);
    expect(await spendCode(s.store.db, id, at(2))).toBe(true);
    expect(await spendCode(s.store.db, id, at(3))).toBe(false);
    expect(await reserveCodeAttempt(s.store.db, user.id, "verify_email", 5, at(4))).toBeUndefined();
  });
});
