// Owns the `signing_keys` table: access-token signing keys (private JWK possibly sealed), published and retired on a schedule.
import { sql, type Transaction } from "kysely";
import type { Db, Queryable } from "./db.js";
import type { Database } from "./schema.js";

const ROTATION_LOCK_ID = 7_426_114;

/** Runs `work` in a transaction holding the key-rotation advisory lock (one rotation at a time, across instances). */
export function underRotationLock<T>(db: Db, work: (tx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(${ROTATION_LOCK_ID})`.execute(tx);
    return work(tx);
  });
}

/** Keys not retired at `at` (or retired after it), newest activation first. */
export function listKeysLiveAfter(db: Queryable, at: Date) {
  return db
    .selectFrom("signing_keys")
    .selectAll()
    .where((eb) => eb.or([eb("retired_at", "is", null), eb("retired_at", ">", at)]))
    .orderBy("activates_at", "desc")
    .execute();
}

/** The latest activation time of any key. */
export async function latestActivation(db: Queryable): Promise<Date | undefined> {
  const row = await db
    .selectFrom("signing_keys")
    .select((eb) => eb.fn.max("activates_at").as("at"))
    .executeTakeFirst();
  return row?.at ? new Date(row.at) : undefined;
}

/** Retires, at `retireAt`, every key that is live then; then stores the new key. */
export async function insertKeyRetiringOthers(
  db: Queryable,
  key: { kid: string; alg: string; privateJwk: object; publicJwk: object; activatesAt: Date },
  retireAt: Date,
  now: Date,
): Promise<void> {
  await db
    .updateTable("signing_keys")
    .set({ retired_at: retireAt })
    .where((eb) => eb.or([eb("retired_at", "is", null), eb("retired_at", ">", retireAt)]))
    .execute();
  await db
    .insertInto("signing_keys")
    .values({
      kid: key.kid,
      alg: key.alg,
      private_jwk: JSON.stringify(key.privateJwk),
      public_jwk: JSON.stringify(key.publicJwk),
      created_at: now,
      activates_at: key.activatesAt,
      retired_at: null,
    })
    .execute();
}

/** Every stored key's public facts (no key material), newest activation first. */
export function listAllKeys(db: Queryable) {
  return db
    .selectFrom("signing_keys")
    .select(["kid", "alg", "created_at", "activates_at", "retired_at"])
    .orderBy("activates_at", "desc")
    .execute();
}

export function listPrivateKeys(db: Queryable) {
  return db.selectFrom("signing_keys").select(["kid", "private_jwk"]).execute();
}

export async function replacePrivateKey(db: Queryable, kid: string, privateJwk: object): Promise<void> {
  await db
    .updateTable("signing_keys")
    .set({ private_jwk: JSON.stringify(privateJwk) })
    .where("kid", "=", kid)
    .execute();
}
