// The databases every store suite runs on: in-memory PGlite always, PostgreSQL when DATABASE_URL is set.
import { afterAll, beforeAll } from "vitest";
import { openStore, type Store } from "../../server/store/db.js";
import { addMembership } from "../../server/store/memberships.js";
import { createUser, type UserRow } from "../../server/store/users.js";
import { PG_URL, postgresStore } from "../helpers/gatehouse.js";

export type Backend = [name: string, open: () => Promise<{ store: Store; drop: () => Promise<void> }>];

export const backends: Backend[] = [
  [
    "PGlite",
    async () => {
      const store = await openStore({});
      return { store, drop: () => store.close() };
    },
  ],
];
if (PG_URL) backends.push(["PostgreSQL", async () => postgresStore()]);

/** Opens the backend for the enclosing describe block; read `.store` inside tests. */
export function useStore(open: Backend[1]): { readonly store: Store } {
  const ref = {} as { store: Store; drop: () => Promise<void> };
  beforeAll(async () => Object.assign(ref, await open()));
  afterAll(async () => ref.drop?.());
  return ref;
}

let n = 0;
export const email = (tag = "u") => `${tag}-${process.pid}-${Date.now()}-${n++}@example.com`;

export const T0 = new Date("2030-01-01T00:00:00Z");
export const at = (ms: number) => new Date(T0.getTime() + ms);

/** A user who is a `member` of the default tenant (what sign-up creates). */
export async function newUser(store: Store, address = email()): Promise<UserRow> {
  return store.db.transaction().execute(async (tx) => {
    const user = await createUser(tx, { email: address, name: null, locale: null }, T0);
    await addMembership(tx, { userId: user.id, tenantId: "default", roles: ["member"] }, T0);
    return user;
  });
}
