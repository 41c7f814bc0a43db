// The audit log's policy: what an event holds (never a secret), the one helper that writes it with its change, and queries.
import { AppError } from "../errors.js";
import {
  type AuditEventRow,
  appendAuditEvent,
  findAuditEvents,
  type NewAuditEvent,
} from "../store/audit-events.js";
import { type Db, type Queryable, transaction } from "../store/db.js";
import type { Clock } from "../tokens/clock.js";
import { emitEvents, eventsFor } from "./events.js";

/** Every action the log records. */
export type AuditAction =
  | "user.signup"
  | "user.signin"
  | "user.signout"
  | "user.update"
  | "user.password_change"
  | "user.password_reset"
  | "user.email_verified"
  | "user.delete"
  | "session.revoke"
  | "user.sessions_revoked"
  | "session.theft_detected"
  | "admin.user.disable"
  | "admin.user.enable"
  | "admin.user.delete"
  | "admin.user.revoke_sessions"
  | "admin.user.super_admin_set"
  | "admin.user.super_admin_unset"
  | "admin.signing_key.rotate"
  | "api_key.create"
  | "api_key.revoke"
  | "admin.tenant.create"
  | "admin.tenant.suspend"
  | "admin.tenant.reactivate"
  | "admin.impersonation.start"
  | "admin.impersonation.end"
  | "system.super_admin_promoted"
  | "tenant.create"
  | "tenant.update"
  | "tenant.switch"
  | "tenant.member.add"
  | "tenant.member.roles_change"
  | "tenant.member.deactivate"
  | "tenant.member.reactivate"
  | "tenant.member.remove"
  | "tenant.role.create"
  | "tenant.role.update"
  | "tenant.invitation.create"
  | "tenant.invitation.accept"
  | "tenant.invitation.revoke";

export interface AuditActor {
  type: "user" | "admin" | "service" | "anonymous" | "system";
  id: string | null;
}

/** Where a request came from: what every event carries besides who and what. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId?: string | null | undefined;
}

/** Who acts, and from where: what a service is told so that the event it writes with a change names them. */
export interface AuditContext {
  actor: AuditActor;
  meta: RequestMeta;
}

/** The entry for `by` doing `action` to `target` (in `tenantId`, when the change belongs to a tenant). */
export function entryBy(
  by: AuditContext,
  action: AuditAction,
  target: { type: string; id: string },
  tenantId?: string,
): AuditEntry {
  return { action, actor: by.actor, meta: by.meta, target, ...(tenantId !== undefined ? { tenantId } : {}) };
}

/** For changes made by the process itself (start-up, seeding, tests calling a service directly). */
export const SYSTEM_CONTEXT: AuditContext = {
  actor: { type: "system", id: null },
  meta: { ip: null, userAgent: null },
};

export interface AuditEntry {
  action: AuditAction;
  actor: AuditActor;
  meta: RequestMeta;
  outcome?: "success" | "failure";
  /**
   * A short machine-readable cause (`invalid_credentials`, `refresh_token_reused`…), never free text from a
   * request — except an operator's stated reason for impersonating a member (contract-bounded to 100
   * characters, no control characters), which is exactly what that event must keep.
   */
  reason?: string | null;
  tenantId?: string | null;
  target?: { type: string; id: string } | null;
  /**
   * The sessions the change ended (not stored in the log): the session.revoked event derived from the entry
   * names them, so realtime connections and webhook receivers learn which sessions to drop.
   */
  sessionIds?: readonly string[] | undefined;
  /**
   * The tenant of those sessions, when it is not the entry's (not stored in the log either): a tenant switch is
   * recorded in the tenant entered, and ends the session of the tenant left.
   */
  sessionTenantId?: string | null | undefined;
}

/** Entries written with one change: one, several (a change of several things), or none. */
export type AuditEntries = AuditEntry | readonly AuditEntry[] | undefined;

/** The entries, or ones made from the change's result (e.g. its target); undefined records nothing. */
export type AuditSpec<T> = AuditEntries | ((result: T) => AuditEntries);

const clip = (s: string | null | undefined, max: number) => (s == null ? null : s.slice(0, max));

/**
 * Appends the entry on `db` (pass the change's transaction), with the domain events it stands for (outbox +
 * NOTIFY, see events.ts): they commit with the change or not at all.
 */
export async function recordAudit(db: Queryable, clock: Clock, e: AuditEntry): Promise<void> {
  await appendAuditEvent(db, auditEvent(clock, e));
  await emitEvents(db, eventsFor(e, clock.now()));
}

/** The stored row of an entry. Bounded lengths: an event never grows with request input. */
export function auditEvent(clock: Clock, e: AuditEntry): NewAuditEvent {
  return {
    occurred_at: clock.now(),
    action: e.action,
    outcome: e.outcome ?? "success",
    reason: clip(e.reason, 100),
    actor_type: e.actor.type,
    actor_id: clip(e.actor.id, 320),
    tenant_id: clip(e.tenantId, 100),
    target_type: clip(e.target?.type, 50),
    target_id: clip(e.target?.id, 320),
    ip: clip(e.meta.ip, 100),
    user_agent: clip(e.meta.userAgent, 512),
    request_id: clip(e.meta.requestId, 100),
  };
}

/**
 * Runs `work` in one transaction and appends the audit event in it: the change and its record commit
 * together or not at all. The one way a service writes an event with a change.
 */
export function withAudit<T>(
  db: Db,
  clock: Clock,
  audit: AuditSpec<T>,
  work: (tx: Queryable) => Promise<T>,
): Promise<T> {
  return transaction(db, async (tx) => {
    const result = await work(tx);
    const entries = typeof audit === "function" ? audit(result) : audit;
    for (const entry of entries === undefined ? [] : [entries].flat()) await recordAudit(tx, clock, entry);
    return result;
  });
}

export interface AuditQuery {
  actor?: string | undefined;
  target?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

export interface AuditEventView {
  id: string;
  occurredAt: string;
  action: string;
  outcome: "success" | "failure";
  reason: string | null;
  actor: AuditActor;
  tenantId: string | null;
  target: { type: string; id: string } | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

const CURSOR = /^[0-9]{1,18}$/;

export class AuditLog {
  constructor(private readonly o: { db: Db; clock: Clock }) {}

  /** An event with no change of its own to share a transaction with (a refused sign-in). */
  record(entry: AuditEntry): Promise<void> {
    return recordAudit(this.o.db, this.o.clock, entry);
  }

  async query(q: AuditQuery): Promise<{ events: AuditEventView[]; nextCursor: string | null }> {
    if (q.cursor !== undefined && !CURSOR.test(q.cursor)) {
      throw new AppError("VALIDATION_FAILED", {
        fields: [{ path: "query.cursor", message: "Not a cursor this server returned" }],
      });
    }
    const limit = q.limit ?? 50;
    const rows = await findAuditEvents(this.o.db, {
      actorId: q.actor,
      targetId: q.target,
      action: q.action,
      from: q.from === undefined ? undefined : new Date(q.from),
      to: q.to === undefined ? undefined : new Date(q.to),
      beforeId: q.cursor,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    return {
      events: page.map(toView),
      nextCursor: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
    };
  }
}

function toView(r: AuditEventRow): AuditEventView {
  return {
    id: r.id,
    occurredAt: r.occurred_at.toISOString(),
    action: r.action,
    outcome: r.outcome,
    reason: r.reason,
    actor: { type: r.actor_type, id: r.actor_id },
    tenantId: r.tenant_id,
    target: r.target_type !== null && r.target_id !== null ? { type: r.target_type, id: r.target_id } : null,
    ip: r.ip,
    userAgent: r.user_agent,
    requestId: r.request_id,
  };
}
