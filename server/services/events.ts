// Domain events: the one mapping from audit entries to the events webhooks and realtime clients receive, and
// their write — an outbox row and a NOTIFY on `gatehouse_events` — in the transaction of the change itself.
import { randomUUID } from "node:crypto";
import type { Queryable } from "../store/db.js";
import { appendOutboxEvents } from "../store/webhook-outbox.js";
import type { AuditAction, AuditActor, AuditEntry } from "./audit.js";

/** The channel every instance hears committed domain events on (payload: {@link EventNote}). */
export const EVENTS_CHANNEL = "gatehouse_events";

export const DOMAIN_EVENT_TYPES = [
  "user.created",
  "user.updated",
  "user.deleted",
  "session.revoked",
  "membership.changed",
] as const;
export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

/** What changed, for user.updated and membership.changed; why, for session.revoked. */
export type UserChange = "profile" | "password" | "email_verified" | "disabled" | "enabled" | "super_admin";
export type MembershipChange = "joined" | "roles_changed" | "deactivated" | "reactivated" | "removed";
export type RevocationCause =
  | "signout"
  | "revoked"
  | "theft_detected"
  | "admin_revoked"
  | "user_disabled"
  | "user_deleted"
  | "membership_ended"
  | "impersonation_ended"
  | "password_changed"
  | "password_reset"
  | "account_takeover"
  | "tenant_suspended"
  | "tenant_switched"
  | "replaced_by_sign_in"
  | "sso_identity_unlinked";

export interface DomainEventData {
  userId: string;
  tenantId: string | null;
  actor: AuditActor;
  change?: UserChange | MembershipChange;
  reason?: RevocationCause;
  sessionIds?: string[];
}

/** A domain event as webhooks deliver it (the Standard Webhooks payload shape: type, timestamp, data). */
export interface DomainEvent {
  id: string;
  type: DomainEventType;
  timestamp: string;
  data: DomainEventData;
}

/** The NOTIFY payload on {@link EVENTS_CHANNEL} (kept well under PostgreSQL's 8000-byte limit). */
export interface EventNote {
  id: string;
  type: DomainEventType;
  userId: string;
  tenantId: string | null;
  sessionIds?: string[];
}

/**
 * Session ids per event (and per NOTIFY): a larger set is split over several events. 100 uuids keep a NOTIFY near
 * 4 kB; 200 (the agreed upper bound) would come within bytes of PostgreSQL's 8000-byte payload limit.
 */
export const SESSION_IDS_PER_EVENT = 100;

type Derived =
  | { type: "user.created" }
  | { type: "user.updated"; change: UserChange }
  | { type: "user.deleted" }
  | { type: "membership.changed"; change: MembershipChange }
  | { type: "session.revoked"; reason: RevocationCause | ((e: AuditEntry) => RevocationCause) };

// Why sessions were revoked, from the entry's reason: user.sessions_revoked (AccessRevocation's reason, or an
// SSO identity unlinked once the mailbox was proved) and session.revoke (a session replaced by a new sign-in).
const CAUSES: Record<string, RevocationCause> = {
  password_change: "password_changed",
  password_reset: "password_reset",
  sso_account_takeover: "account_takeover",
  admin_disabled: "user_disabled",
  admin_revoked: "admin_revoked",
  tenant_suspended: "tenant_suspended",
  sso_identity_unlinked: "sso_identity_unlinked",
  replaced_by_sign_in: "replaced_by_sign_in",
};
const causeOf = (e: AuditEntry): RevocationCause => CAUSES[e.reason ?? ""] ?? "revoked";

// The audited actions that are domain events; every other action (sign-in, API keys, roles…) is none.
// A session.revoked is derived only when the entry names the sessions the change ended (`sessionIds`).
const EVENTS: Partial<Record<AuditAction, readonly Derived[]>> = {
  "user.signup": [{ type: "user.created" }],
  "user.update": [{ type: "user.updated", change: "profile" }],
  "user.password_change": [{ type: "user.updated", change: "password" }],
  "user.password_reset": [{ type: "user.updated", change: "password" }],
  "user.email_verified": [{ type: "user.updated", change: "email_verified" }],
  "admin.user.disable": [
    { type: "user.updated", change: "disabled" },
    { type: "session.revoked", reason: "user_disabled" },
  ],
  "admin.user.enable": [{ type: "user.updated", change: "enabled" }],
  "admin.user.super_admin_set": [{ type: "user.updated", change: "super_admin" }],
  "admin.user.super_admin_unset": [{ type: "user.updated", change: "super_admin" }],
  "system.super_admin_promoted": [{ type: "user.updated", change: "super_admin" }],
  "user.delete": [{ type: "user.deleted" }, { type: "session.revoked", reason: "user_deleted" }],
  "admin.user.delete": [{ type: "user.deleted" }, { type: "session.revoked", reason: "user_deleted" }],
  "user.signout": [{ type: "session.revoked", reason: "signout" }],
  "session.revoke": [{ type: "session.revoked", reason: causeOf }],
  "session.theft_detected": [{ type: "session.revoked", reason: "theft_detected" }],
  "admin.user.revoke_sessions": [{ type: "session.revoked", reason: "admin_revoked" }],
  "admin.impersonation.end": [{ type: "session.revoked", reason: "impersonation_ended" }],
  "user.sessions_revoked": [{ type: "session.revoked", reason: causeOf }],
  "tenant.switch": [{ type: "session.revoked", reason: "tenant_switched" }],
  "tenant.create": [{ type: "membership.changed", change: "joined" }],
  "tenant.invitation.accept": [{ type: "membership.changed", change: "joined" }],
  "tenant.member.add": [{ type: "membership.changed", change: "joined" }],
  "tenant.member.roles_change": [{ type: "membership.changed", change: "roles_changed" }],
  "tenant.member.deactivate": [
    { type: "membership.changed", change: "deactivated" },
    { type: "session.revoked", reason: "membership_ended" },
  ],
  "tenant.member.reactivate": [{ type: "membership.changed", change: "reactivated" }],
  "tenant.member.remove": [
    { type: "membership.changed", change: "removed" },
    { type: "session.revoked", reason: "membership_ended" },
  ],
};

/**
 * The user an entry is about: its target when that is a user, else the user who acted (a tenant's creator,
 * an invitation's acceptor: the membership is theirs).
 */
function subjectOf(e: AuditEntry): string | undefined {
  if (e.target?.type === "user") return e.target.id;
  if (e.actor.type === "user" && e.actor.id !== null) return e.actor.id;
  return undefined;
}

/** The domain events an audit entry stands for (none for a refusal, or for an action that is no event). */
export function eventsFor(e: AuditEntry, at: Date, newId: () => string = randomUUID): DomainEvent[] {
  if (e.outcome === "failure") return [];
  const derived = EVENTS[e.action];
  const userId = subjectOf(e);
  if (!derived || userId === undefined) return [];
  const base = { userId, tenantId: e.tenantId ?? null, actor: e.actor };
  const timestamp = at.toISOString();
  const events: DomainEvent[] = [];
  for (const d of derived) {
    if (d.type === "session.revoked") {
      const ids = [...new Set(e.sessionIds ?? [])];
      for (let i = 0; i < ids.length; i += SESSION_IDS_PER_EVENT) {
        const sessionIds = ids.slice(i, i + SESSION_IDS_PER_EVENT);
        const reason = typeof d.reason === "function" ? d.reason(e) : d.reason;
        const tenantId = e.sessionTenantId !== undefined ? e.sessionTenantId : base.tenantId;
        events.push({
          id: newId(),
          type: d.type,
          timestamp,
          data: { ...base, tenantId, reason, sessionIds },
        });
      }
    } else {
      const change = "change" in d ? { change: d.change } : {};
      events.push({ id: newId(), type: d.type, timestamp, data: { ...base, ...change } });
    }
  }
  return events;
}

/** The NOTIFY payload of an event. */
export function noteOf(ev: DomainEvent): EventNote {
  const { userId, tenantId, sessionIds } = ev.data;
  return { id: ev.id, type: ev.type, userId, tenantId, ...(sessionIds ? { sessionIds } : {}) };
}

/** Writes the events to the outbox and announces them, on `db` (the change's transaction). */
export async function emitEvents(db: Queryable, events: readonly DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  await appendOutboxEvents(
    db,
    events.map((ev) => ({
      id: ev.id,
      type: ev.type,
      payload: JSON.stringify({ type: ev.type, timestamp: ev.timestamp, data: ev.data }),
      createdAt: new Date(ev.timestamp),
    })),
    EVENTS_CHANNEL,
    events.map((ev) => JSON.stringify(noteOf(ev))),
  );
}
