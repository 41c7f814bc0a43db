// Owns the `webhook_outbox` table: domain events appended with their change (and announced by NOTIFY in the same
// statement), claimed for delivery under a lease, marked delivered or failed, and purged.
import { sql } from "kysely";
import type { Queryable } from "./db.js";

export interface NewOutboxEvent {
  id: string;
  type: string;
  /** The JSON body destinations receive. */
  payload: string;
  createdAt: Date;
}

/**
 * Appends the events and, in the same statement, `pg_notify(channel, note)` for each note: on the change's
 * transaction both happen on commit or not at all (PostgreSQL holds a transaction's notifications until it commits).
 */
export async function appendOutboxEvents(
  db: Queryable,
  events: readonly NewOutboxEvent[],
  channel: string,
  notes: readonly string[],
): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map(
    (e) =>
      sql`(${e.id}::uuid, ${e.type}, ${e.payload}::jsonb, ${e.createdAt}::timestamptz, ${e.createdAt}::timestamptz)`,
  );
  const inserted = sql`INSERT INTO webhook_outbox (id, type, payload, created_at, next_attempt_at) VALUES ${sql.join(rows)}`;
  if (notes.length === 0) {
    await inserted.execute(db);
    return;
  }
  const values = sql.join(notes.map((n) => sql`(${n})`));
  await sql`WITH e AS (${inserted}) SELECT pg_notify(${channel}, n.note) FROM (VALUES ${values}) AS n(note)`.execute(
    db,
  );
}

export interface ClaimedEvent {
  id: string;
  type: string;
  /** The stored body, as text: sent byte for byte as signed. */
  payload: string;
  createdAt: Date;
  /** This claim's attempt number (1 for the first delivery round). */
  attempts: number;
  deliveredTo: string[];
}

/**
 * Claims up to `limit` due events for one delivery round: each is locked with `FOR UPDATE SKIP LOCKED` (another
 * instance claiming at the same moment takes other rows) and its `next_attempt_at` pushed to `leaseUntil`, so
 * no instance claims it again before this round has finished or the lease has run out.
 */
export async function claimDueEvents(
  db: Queryable,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<ClaimedEvent[]> {
  const { rows } = await sql<{
    id: string;
    type: string;
    payload: string;
    created_at: Date | string;
    attempts: number;
    delivered_to: string[];
  }>`UPDATE webhook_outbox o SET attempts = o.attempts + 1, next_attempt_at = ${leaseUntil}::timestamptz
    FROM (SELECT id FROM webhook_outbox
          WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ${now}::timestamptz
          ORDER BY next_attempt_at, seq LIMIT ${limit} FOR UPDATE SKIP LOCKED) due
    WHERE o.id = due.id
    RETURNING o.id::text AS id, o.type, o.payload::text AS payload, o.created_at, o.attempts, o.delivered_to`.execute(
    db,
  );
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    payload: r.payload,
    createdAt: new Date(r.created_at),
    attempts: r.attempts,
    deliveredTo: r.delivered_to,
  }));
}

export interface DeliveryRound {
  id: string;
  /** The claim's attempt number: a round whose lease ran out (and was claimed again) records nothing. */
  attempts: number;
  deliveredTo: string[];
  /** Set when every destination has the event. */
  deliveredAt: Date | null;
  /** Set when the attempts are spent. */
  failedAt: Date | null;
  nextAttemptAt: Date;
  lastError: string | null;
}

/** Records a delivery round's outcome; false when the claim was lost (its lease ran out and another took it). */
export async function recordDeliveryRound(db: Queryable, r: DeliveryRound): Promise<boolean> {
  const result = await db
    .updateTable("webhook_outbox")
    .set({
      delivered_to: r.deliveredTo,
      delivered_at: r.deliveredAt,
      failed_at: r.failedAt,
      next_attempt_at: r.nextAttemptAt,
      last_error: r.lastError,
    })
    .where("id", "=", r.id)
    .where("attempts", "=", r.attempts)
    .where("delivered_at", "is", null)
    .where("failed_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The earliest time an undelivered event is due (the worker sleeps until then), if any. */
export async function nextDueAt(db: Queryable): Promise<Date | undefined> {
  const row = await db
    .selectFrom("webhook_outbox")
    .select((eb) => eb.fn.min("next_attempt_at").as("at"))
    .where("delivered_at", "is", null)
    .where("failed_at", "is", null)
    .executeTakeFirst();
  return row?.at ? new Date(row.at as Date | string) : undefined;
}

/**
 * Deletes events created before `cutoff` that are finished (delivered or failed) — or, with `all`, every
 * event before it (no destinations configured: nothing will ever deliver them). Returns how many.
 */
export async function purgeOutbox(db: Queryable, cutoff: Date, options: { all: boolean }): Promise<number> {
  let q = db.deleteFrom("webhook_outbox").where("created_at", "<", cutoff);
  if (!options.all)
    q = q.where((eb) => eb.or([eb("delivered_at", "is not", null), eb("failed_at", "is not", null)]));
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface OutboxEventRow {
  id: string;
  type: string;
  payload: unknown;
  attempts: number;
  deliveredTo: string[];
  deliveredAt: Date | null;
  failedAt: Date | null;
  lastError: string | null;
}

/** Every stored event, oldest first (operators' inspection and tests). */
export async function listOutboxEvents(db: Queryable): Promise<OutboxEventRow[]> {
  const rows = await db
    .selectFrom("webhook_outbox")
    .select(["id", "type", "payload", "attempts", "delivered_to", "delivered_at", "failed_at", "last_error"])
    .orderBy("seq")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    payload: r.payload,
    attempts: r.attempts,
    deliveredTo: r.delivered_to,
    deliveredAt: r.delivered_at && new Date(r.delivered_at),
    failedAt: r.failed_at && new Date(r.failed_at),
    lastError: r.last_error,
  }));
}
