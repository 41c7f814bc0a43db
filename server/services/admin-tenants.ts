// Operator actions on tenants (the /admin area's policy): create with a first admin, list, suspend, reactivate.
import { AppError } from "../errors.js";
import type { Db } from "../store/db.js";
import type { TenantStatus } from "../store/schema.js";
import { revokeTenantSessions } from "../store/sessions.js";
import { findTenantById, searchTenants, updateTenant } from "../store/tenants.js";
import { findUserByEmail, findUserById } from "../store/users.js";
import type { Clock } from "../tokens/clock.js";
import type { RevocationList } from "../tokens/revocations.js";
import type { Operator } from "./admin.js";
import { type AuditAction, entryBy, withAudit } from "./audit.js";
import type { PresetName } from "./permissions.js";
import { DEFAULT_TENANT } from "./tenant-access.js";
import type { TenantView } from "./tenant-views.js";
import { toTenantView } from "./tenant-views.js";
import type { TenantService } from "./tenants.js";

export interface AdminNewTenant {
  name: string;
  slug: string;
  preset?: PresetName | undefined;
  registrationPolicy?: "open" | "invite" | "closed" | undefined;
  adminUserId?: string | undefined;
  adminEmail?: string | undefined;
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const noSuchTenant = () => new AppError("NOT_FOUND", { message: "No such tenant." });

export class AdminTenants {
  constructor(
    private readonly o: {
      db: Db;
      clock: Clock;
      tenants: Pick<TenantService, "create">;
      revocations: Pick<RevocationList, "publish">;
    },
  ) {}

  /** Creates the tenant and, when named, makes an existing user its first `admin`; audited with the change. */
  async create(input: AdminNewTenant, by: Operator): Promise<TenantView> {
    if (input.adminUserId !== undefined && input.adminEmail !== undefined) {
      throw new AppError("VALIDATION_FAILED", {
        fields: [
          { path: "body.adminEmail", message: "Name the first admin by adminUserId or adminEmail, not both" },
        ],
      });
    }
    let adminId: string | undefined;
    if (input.adminUserId !== undefined || input.adminEmail !== undefined) {
      const user =
        input.adminUserId !== undefined
          ? await findUserById(this.o.db, input.adminUserId)
          : await findUserByEmail(this.o.db, input.adminEmail ?? "");
      if (!user) throw new AppError("NOT_FOUND", { message: "No such user." });
      adminId = user.id;
    }
    return this.o.tenants.create(adminId, input, (t) => {
      const created = { ...this.event("admin.tenant.create", t.id, by), reason: input.preset ?? "default" };
      // The first admin joins with the tenant: that is their membership's event (membership.changed).
      return adminId === undefined
        ? created
        : [created, entryBy(by, "tenant.member.add", { type: "user", id: adminId }, t.id)];
    });
  }

  async list(q: {
    q?: string | undefined;
    status?: TenantStatus | undefined;
    limit?: number | undefined;
    cursor?: string | undefined;
  }): Promise<{ tenants: TenantView[]; nextCursor: string | null }> {
    // The cursor is the last slug of the previous page (unique, and already URL-safe).
    if (q.cursor !== undefined && !SLUG.test(q.cursor)) {
      throw new AppError("VALIDATION_FAILED", {
        fields: [{ path: "query.cursor", message: "Not a cursor this server returned" }],
      });
    }
    const limit = q.limit ?? 50;
    const rows = await searchTenants(this.o.db, {
      text: q.q,
      status: q.status,
      afterSlug: q.cursor,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    return {
      tenants: page.map(toTenantView),
      nextCursor: rows.length > limit ? (page.at(-1)?.slug ?? null) : null,
    };
  }

  async get(tenantId: string): Promise<TenantView> {
    const tenant = await findTenantById(this.o.db, tenantId);
    if (!tenant) throw noSuchTenant();
    return toTenantView(tenant);
  }

  /**
   * Suspends the tenant and, in the same transaction, revokes every live session in it (whoever's); the
   * revocation list then drops their access tokens on every instance. Members are refused at sign-in,
   * switch and refresh while it stays suspended. The default tenant: 409 (every account lands there).
   */
  async suspend(tenantId: string, by: Operator): Promise<TenantView> {
    if (tenantId === DEFAULT_TENANT)
      throw new AppError("CONFLICT", { message: "The default tenant cannot be suspended." });
    const now = this.o.clock.now();
    const { tenant, ended } = await withAudit(
      this.o.db,
      this.o.clock,
      // One entry for the suspension, and one per member whose sessions it ended (their session.revoked events).
      (r: { ended: { id: string; userId: string }[] }) => [
        { ...this.event("admin.tenant.suspend", tenantId, by), reason: `sessions_revoked:${r.ended.length}` },
        ...[...groupByUser(r.ended)].map(([userId, sessionIds]) => ({
          ...entryBy(by, "user.sessions_revoked", { type: "user", id: userId }, tenantId),
          reason: "tenant_suspended",
          sessionIds,
        })),
      ],
      async (tx) => {
        const tenant = await updateTenant(tx, tenantId, { status: "suspended" }, now);
        if (!tenant) throw noSuchTenant();
        return { tenant, ended: await revokeTenantSessions(tx, null, tenantId, "tenant_suspended", now) };
      },
    );
    await this.o.revocations.publish(ended.map((r) => r.id));
    return toTenantView(tenant);
  }

  /** Reactivates the tenant (sessions it ended stay ended). Idempotent. */
  async reactivate(tenantId: string, by: Operator): Promise<TenantView> {
    const now = this.o.clock.now();
    const tenant = await withAudit(
      this.o.db,
      this.o.clock,
      this.event("admin.tenant.reactivate", tenantId, by),
      async (tx) => {
        const row = await updateTenant(tx, tenantId, { status: "active" }, now);
        if (!row) throw noSuchTenant();
        return row;
      },
    );
    return toTenantView(tenant);
  }

  private event(action: AuditAction, tenantId: string, by: Operator) {
    return entryBy(by, action, { type: "tenant", id: tenantId }, tenantId);
  }
}

function groupByUser(sessions: readonly { id: string; userId: string }[]): Map<string, string[]> {
  const byUser = new Map<string, string[]>();
  for (const s of sessions) byUser.set(s.userId, [...(byUser.get(s.userId) ?? []), s.id]);
  return byUser;
}
