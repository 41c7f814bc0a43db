// Owns the `audit_events` table: appends events and reads them back; nothing here changes or removes one.

import type { Insertable, Selectable } from "kysely";
import { type RawBuilder, sql } from "kysely";
import type { Queryable } from "./db.js";
import type { AuditEventsTable } from "./schema.js";

export type NewAuditEvent = Omit<Insertable<AuditEventsTable>, "id">;
export type AuditEventRow = Selectable<AuditEventsTable>;

export interface AuditFilter {
  actorId?: string | undefined;
  targetId?: string | undefined;
  action?: string | undefined;
  /** Inclusive. */
  from?: Date | undefined;
  /** Exclusive. */
  to?: Date | undefined;
  /** Only events older than this id (the previous page's last). */
  beforeId?: string | undefined;
  limit: number;
}

/**
 * The INSERT of one event as a CTE body, run only if `condition` holds (e.g. `EXISTS (SELECT 1 FROM s)`, s the
 * CTE that made the change): the change and its record in one statement (a sign-in's session).
 */
export function auditEventInsertIf(condition: RawBuilder<unknown>, e: NewAuditEvent) {
  return sql`INSERT INTO audit_events (occurred_at, action, outcome, reason, actor_type, actor_id, tenant_id,
      target_type, target_id, ip, user_agent, request_id)
    SELECT ${e.occurred_at}, ${e.action}, ${e.outcome}, ${e.reason ?? null}, ${e.actor_type}, ${e.actor_id ?? null},
      ${e.tenant_id ?? null}, ${e.target_type ?? null}, ${e.target_id ?? null}, ${e.ip ?? null},
      ${e.user_agent ?? null}, ${e.request_id ?? null}
    WHERE ${condition}`;
}

/** Appends one event; call it with the transaction of the change it records. */
export async function appendAuditEvent(db: Queryable, event: NewAuditEvent): Promise<void> {
  await db.insertInto("audit_events").values(event).execute();
}

/** Events matching every given filter, newest first. */
export async function findAuditEvents(db: Queryable, f: AuditFilter): Promise<AuditEventRow[]> {
  let q = db
    .selectFrom("audit_events")
    .select([
      sql<string>`id::text`.as("id"),
      "occurred_at",
      "action",
      "outcome",
      "reason",
      "actor_type",
      "actor_id",
      "tenant_id",
      "target_type",
      "target_id",
      "ip",
      "user_agent",
      "request_id",
    ]);
  if (f.actorId !== undefined) q = q.where("actor_id", "=", f.actorId);
  if (f.targetId !== undefined) q = q.where("target_id", "=", f.targetId);
  if (f.action !== undefined) q = q.where("action", "=", f.action);
  if (f.from !== undefined) q = q.where("occurred_at", ">=", f.from);
  if (f.to !== undefined) q = q.where("occurred_at", "<", f.to);
  if (f.beforeId !== undefined) q = q.where("id", "<", sql<string>`${f.beforeId}::bigint`);
  const rows = await q.orderBy("id", "desc").limit(f.limit).execute();
  return rows.map((r) => ({ ...r, occurred_at: new Date(r.occurred_at) }));
}
