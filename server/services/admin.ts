// Operator actions on users and signing keys (the /admin area's policy); every change is audited in its own transaction.
import { AppError } from "../errors.js";
import type { Db } from "../store/db.js";
import {
  disableUser,
  findUserById,
  promoteSuperAdmins,
  searchUsers,
  type UserRow,
  updateUser,
} from "../store/users.js";
import type { Clock } from "../tokens/clock.js";
import type { KeyDescription, KeyRing } from "../tokens/keys.js";
import type { RevocationList } from "../tokens/revocations.js";
import type { AccessRevocation } from "./access-revocation.js";
import type { AccountService } from "./accounts.js";
import { type AuditAction, type AuditContext, entryBy, recordAudit, withAudit } from "./audit.js";
import type { UserViews } from "./user-views.js";
import { toUserView, type UserView, type ViewTenant } from "./users.js";

export interface AdminUserView extends UserView {
  superAdmin: boolean;
  disabledAt: string | null;
}

/** Who acts, and from where: what every admin event records. */
export type Operator = AuditContext;

export interface AdminServiceOptions {
  db: Db;
  clock: Clock;
  accounts: Pick<AccountService, "delete" | "viewTenant">;
  accessRevocation: AccessRevocation;
  revocations: Pick<RevocationList, "publish">;
  views: Pick<UserViews, "changed">;
  keys: Pick<KeyRing, "rotateNow" | "describe">;
}

/** The account as an operator sees it: seen from the tenant a sign-in would land in, plus its admin flags. */
export const toAdminUserView = (u: UserRow, tenant: ViewTenant): AdminUserView => ({
  ...toUserView(u, tenant),
  superAdmin: u.super_admin,
  disabledAt: u.disabled_at ? u.disabled_at.toISOString() : null,
});

const noSuchUser = () => new AppError("NOT_FOUND", { message: "No such user." });

/** The page cursor of user search: the last row's (email, id), base64url-encoded JSON. */
function encodeCursor(u: UserRow): string {
  return Buffer.from(JSON.stringify([u.email, u.id])).toString("base64url");
}

function decodeCursor(cursor: string): { email: string; id: string } {
  try {
    const [email, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (typeof email === "string" && typeof id === "string" && /^[0-9a-f-]{36}$/i.test(id))
      return { email, id };
  } catch {
    // fall through
  }
  throw new AppError("VALIDATION_FAILED", {
    fields: [{ path: "query.cursor", message: "Not a cursor this server returned" }],
  });
}

export class AdminService {
  constructor(private readonly o: AdminServiceOptions) {}

  async listUsers(q: { text?: string | undefined; limit?: number | undefined; cursor?: string | undefined }) {
    const limit = q.limit ?? 50;
    const rows = await searchUsers(this.o.db, {
      text: q.text,
      after: q.cursor === undefined ? undefined : decodeCursor(q.cursor),
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      users: await Promise.all(page.map((u) => this.view(u))),
      nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
    };
  }

  async getUser(userId: string): Promise<AdminUserView> {
    const user = await findUserById(this.o.db, userId);
    if (!user) throw noSuchUser();
    return this.view(user);
  }

  /**
   * Disables the user and, in the same transaction, revokes every session and v1 token (the lock taken
   * by the update waits for sessions being started, which then revoke with the rest). Idempotent: a
   * second call keeps the first time, revokes whatever appeared since and is audited again.
   */
  async disableUser(userId: string, by: Operator): Promise<AdminUserView> {
    let user: UserRow | undefined;
    await this.o.accessRevocation.revokeAllCredentials(userId, "admin_disabled", {
      alongside: async (tx) => {
        user = await disableUser(tx, userId, this.o.clock.now());
        if (!user) throw noSuchUser();
      },
      audit: this.event("admin.user.disable", userId, by),
    });
    await this.o.views.changed([userId]);
    if (!user) throw noSuchUser();
    return this.view(user);
  }

  async enableUser(userId: string, by: Operator): Promise<AdminUserView> {
    return this.update(userId, { disabled_at: null }, "admin.user.enable", by);
  }

  async setSuperAdmin(userId: string, on: boolean, by: Operator): Promise<AdminUserView> {
    const action = on ? "admin.user.super_admin_set" : "admin.user.super_admin_unset";
    return this.update(userId, { super_admin: on }, action, by);
  }

  async deleteUser(userId: string, by: Operator): Promise<void> {
    if (!(await findUserById(this.o.db, userId))) throw noSuchUser();
    const ended = await this.o.accounts.delete(userId, this.event("admin.user.delete", userId, by));
    await this.o.revocations.publish(ended);
  }

  async revokeSessions(userId: string, by: Operator): Promise<{ sessions: number; legacyTokens: number }> {
    if (!(await findUserById(this.o.db, userId))) throw noSuchUser();
    return this.o.accessRevocation.revokeAllCredentials(userId, "admin_revoked", {
      audit: this.event("admin.user.revoke_sessions", userId, by),
    });
  }

  listSigningKeys(): Promise<KeyDescription[]> {
    return this.o.keys.describe();
  }

  async rotateSigningKey(retireOld: boolean, by: Operator): Promise<string> {
    return this.o.keys.rotateNow({
      retireOld,
      alongside: (tx, kid) =>
        recordAudit(tx, this.o.clock, {
          action: "admin.signing_key.rotate",
          actor: by.actor,
          meta: by.meta,
          reason: retireOld ? "retire_old" : null,
          target: { type: "signing_key", id: kid },
        }),
    });
  }

  /** SUPER_ADMIN_EMAILS at start-up: existing users with those emails become super-admins (idempotent). */
  async promoteConfiguredSuperAdmins(emails: readonly string[]): Promise<string[]> {
    const { db, clock } = this.o;
    const promoted = await withAudit(db, clock, undefined, async (tx) => {
      const ids = await promoteSuperAdmins(tx, emails, clock.now());
      for (const id of ids) {
        await recordAudit(tx, clock, {
          action: "system.super_admin_promoted",
          actor: { type: "system", id: "SUPER_ADMIN_EMAILS" },
          meta: { ip: null, userAgent: null },
          target: { type: "user", id },
        });
      }
      return ids;
    });
    if (promoted.length > 0) await this.o.views.changed(promoted);
    return promoted;
  }

  private async update(
    userId: string,
    patch: Parameters<typeof updateUser>[2],
    action: AuditAction,
    by: Operator,
  ): Promise<AdminUserView> {
    const { db, clock } = this.o;
    const user = await withAudit(
      db,
      clock,
      (u: UserRow | undefined) => (u ? this.event(action, userId, by) : undefined),
      (tx) => updateUser(tx, userId, patch, clock.now()),
    );
    if (!user) throw noSuchUser();
    await this.o.views.changed([userId]);
    return this.view(user);
  }

  private async view(user: UserRow): Promise<AdminUserView> {
    return toAdminUserView(user, await this.o.accounts.viewTenant(user.id));
  }

  private event(action: AuditAction, userId: string, by: Operator) {
    return entryBy(by, action, { type: "user", id: userId });
  }
}
