// Support impersonation: an operator acts as one member of one tenant, briefly, audited, never as a super-admin.
import { AppError } from "../errors.js";
import type { Db } from "../store/db.js";
import { findMembershipGrant } from "../store/memberships.js";
import { findImpersonation } from "../store/sessions.js";
import { findTenantById } from "../store/tenants.js";
import { findUserById } from "../store/users.js";
import type { Operator } from "./admin.js";
import type { AuditEntry } from "./audit.js";
import type { IssuedSession, SessionService } from "./sessions.js";
import { activeTenantOf } from "./tenant-access.js";

export interface ImpersonationRequest {
  userId: string;
  tenantId: string;
  reason: string;
}

export interface StartedImpersonation {
  id: string;
  userId: string;
  tenantId: string;
  impersonator: string;
  reason: string;
  expiresAt: Date;
  session: IssuedSession;
}

const refused = (message: string) => new AppError("CONFLICT", { message });

export class Impersonations {
  constructor(
    private readonly o: {
      db: Db;
      sessions: Pick<SessionService, "startImpersonation" | "revoke">;
      /** Absolute lifetime of a support session (IMPERSONATION_TTL_SECONDS, at most 30 minutes). */
      lifetimeMs: number;
    },
  ) {}

  /**
   * Starts a support session as an enabled, non-super-admin, active member of an active tenant. A
   * super-admin is refused outright: impersonation must never be a way to hold admin powers, and the
   * session's tokens are refused by SuperAdminAuth regardless (`act`). The user's own sessions are untouched.
   */
  async start(req: ImpersonationRequest, by: Operator): Promise<StartedImpersonation> {
    const { db } = this.o;
    if ((by.actor.type !== "admin" && by.actor.type !== "service") || !by.actor.id) {
      throw new AppError("AUTH_INSUFFICIENT_PERMISSIONS");
    }
    const actor = { type: by.actor.type, id: by.actor.id };
    const user = await findUserById(db, req.userId);
    if (!user) throw new AppError("NOT_FOUND", { message: "No such user." });
    const tenant = await findTenantById(db, req.tenantId);
    if (!tenant) throw new AppError("NOT_FOUND", { message: "No such tenant." });
    if (user.disabled_at) throw refused("A disabled user cannot be impersonated.");
    if (user.super_admin) throw refused("A super-admin cannot be impersonated.");
    if (tenant.status !== "active") throw refused("This tenant is suspended.");
    if (typeof activeTenantOf(await findMembershipGrant(db, user.id, tenant.id)) === "string") {
      throw refused("This user is no active member of this tenant.");
    }
    const audit: AuditEntry = {
      action: "admin.impersonation.start",
      actor: by.actor,
      meta: by.meta,
      reason: req.reason,
      tenantId: tenant.id,
      target: { type: "user", id: user.id },
    };
    const session = await this.o.sessions
      .startImpersonation(user, by.meta, {
        tenantId: tenant.id,
        impersonation: { by: { ...actor, reason: req.reason }, lifetimeMs: this.o.lifetimeMs },
        audit,
      })
      .catch((err: unknown) => {
        // Disabled between the check above and the session's transaction (which locks the user).
        if (err instanceof AppError && err.reason === "account_disabled")
          throw refused("A disabled user cannot be impersonated.");
        throw err;
      });
    return {
      id: session.sessionId,
      userId: user.id,
      tenantId: tenant.id,
      impersonator: actor.id,
      reason: req.reason,
      expiresAt: session.sessionExpiresAt,
      session,
    };
  }

  /**
   * Ends a support session at once (revoked and published to every instance). Idempotent; audited only by
   * the call that ended it, so parallel ends record one event. An id that is no impersonation: 404.
   */
  async end(id: string, by: Operator): Promise<void> {
    const found = await findImpersonation(this.o.db, id);
    if (!found) throw new AppError("NOT_FOUND", { message: "No such impersonation." });
    await this.o.sessions.revoke(found.user_id, id, "impersonation_ended", {
      action: "admin.impersonation.end",
      actor: by.actor,
      meta: by.meta,
      reason: found.impersonation_reason,
      tenantId: found.tenant_id,
      target: { type: "user", id: found.user_id },
    });
  }
}
