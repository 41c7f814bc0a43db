// Invitations: invite an address with roles (emailed single-use link), list, revoke, and accept (joining the tenant).
import { AppError } from "../errors.js";
import { setPasswordHash } from "../store/credentials.js";
import type { Db } from "../store/db.js";
import { isUniqueViolation } from "../store/errors.js";
import {
  findLiveInvitation,
  type InvitationRow,
  listPendingInvitations,
  markInvitationAcceptedBy,
  replaceInvitation,
  revokeInvitation,
  spendInvitation,
} from "../store/invitations.js";
import { addMembership, findMembership, updateMembership } from "../store/memberships.js";
import { existingRoleNames } from "../store/roles.js";
import { findTenantById } from "../store/tenants.js";
import { createUser, findUserByEmail, findUserById } from "../store/users.js";
import type { Clock } from "../tokens/clock.js";
import { newOpaqueToken, sha256 } from "../tokens/opaque.js";
import {
  type AuditContext,
  type AuditEntry,
  entryBy,
  type RequestMeta,
  SYSTEM_CONTEXT,
  withAudit,
} from "./audit.js";
import { invitationEmail } from "./messages.js";
import type { Outbox } from "./outbox.js";
import { assertAcceptablePassword } from "./password-policy.js";
import type { PasswordHasher } from "./passwords.js";
import { assertRolesExist } from "./tenant-rules.js";
import { assertSafeText } from "./text-input.js";
import type { UserRow } from "./users.js";

export interface InvitationServiceOptions {
  db: Db;
  clock: Clock;
  passwords: PasswordHasher;
  outbox: Outbox;
  appUrl: string;
}

export interface InvitationView {
  id: string;
  tenantId: string;
  email: string;
  roles: string[];
  invitedBy: string | null;
  expiresAt: string;
  createdAt: string;
}

export interface AcceptInput {
  token: string;
  password?: string | undefined;
  name?: string | undefined;
}

/** Who accepts: the signed-in user, or (anonymous) an existing account proving itself with its password. */
export interface Acceptor {
  signedInUserId?: string | undefined;
  /** Checks an existing account's password (rate-limited by the caller); throws AUTH_INVALID_CREDENTIALS. */
  checkPassword: (email: string, password: string) => Promise<UserRow>;
  /** The request accepting, for the event that records who joined. */
  meta?: RequestMeta | undefined;
}

/** An event of `by` acting on an invitation of `tenantId`; never its token, which is a credential. */
const invitationEvent = (
  by: AuditContext,
  action: "tenant.invitation.create" | "tenant.invitation.accept" | "tenant.invitation.revoke",
  tenantId: string,
  invitationId: string,
): AuditEntry => ({
  action,
  actor: by.actor,
  meta: by.meta,
  tenantId,
  target: { type: "invitation", id: invitationId },
});

const DEFAULT_TTL_HOURS = 168;

const toView = (r: InvitationRow): InvitationView => ({
  id: r.id,
  tenantId: r.tenant_id,
  email: r.email,
  roles: [...r.roles],
  invitedBy: r.invited_by,
  expiresAt: new Date(r.expires_at).toISOString(),
  createdAt: new Date(r.created_at).toISOString(),
});

const codeInvalid = () =>
  new AppError("AUTH_CODE_INVALID", {
    message: "The invitation is invalid, expired, revoked or already used.",
  });

export class InvitationService {
  constructor(private readonly o: InvitationServiceOptions) {}

  /**
   * Invites `email` to the tenant with `roles` (each must exist there: 400 naming the unknown ones), replacing a
   * pending invitation for the same address, and posts the email. The token is for the mail (and OTP_TEST_MODE) only.
   */
  async invite(
    requestId: string | undefined,
    tenantId: string,
    inviterId: string,
    input: { email: string; roles: readonly string[]; expiresInHours?: number | undefined },
    by: AuditContext = { ...SYSTEM_CONTEXT, actor: { type: "user", id: inviterId } },
  ): Promise<{ invitation: InvitationView; token: string }> {
    const { db, clock, outbox, appUrl } = this.o;
    const roles = [...new Set(input.roles)];
    const tenant = await findTenantById(db, tenantId);
    if (!tenant) throw new AppError("AUTH_TENANT_ACCESS_DENIED");
    await assertRolesExist(db, tenantId, roles, "body.roles");
    const now = clock.now();
    const token = newOpaqueToken("inv");
    const expiresAt = new Date(now.getTime() + (input.expiresInHours ?? DEFAULT_TTL_HOURS) * 3_600_000);
    const audit = (r: InvitationRow) => invitationEvent(by, "tenant.invitation.create", tenantId, r.id);
    const row = await withAudit(db, clock, audit, (tx) =>
      replaceInvitation(
        tx,
        {
          id: crypto.randomUUID(),
          tenantId,
          email: input.email,
          roles,
          tokenHash: sha256(token),
          invitedBy: inviterId,
          expiresAt,
        },
        now,
      ),
    );
    outbox.post(requestId, async () => invitationEmail(input.email, appUrl, tenant.name, token, expiresAt));
    return { invitation: toView(row), token };
  }

  async list(tenantId: string): Promise<InvitationView[]> {
    return (await listPendingInvitations(this.o.db, tenantId, this.o.clock.now())).map(toView);
  }

  /** Revokes a pending invitation of the tenant; 404 for another tenant's, a spent or an unknown one. */
  async revoke(tenantId: string, id: string, by: AuditContext = SYSTEM_CONTEXT): Promise<void> {
    const { db, clock } = this.o;
    const audit = (done: boolean) =>
      done ? invitationEvent(by, "tenant.invitation.revoke", tenantId, id) : undefined;
    if (!(await withAudit(db, clock, audit, (tx) => revokeInvitation(tx, tenantId, id, clock.now()))))
      throw new AppError("NOT_FOUND", { message: "No such pending invitation." });
  }

  /**
   * Spends the invitation and makes the acceptor a member of its tenant with the invited roles, creating the
   * account if there is none (its email verified: the link proved the mailbox). All in one transaction that
   * spends the token first, so of concurrent accepts exactly one gets past it and the others change nothing.
   */
  async accept(input: AcceptInput, who: Acceptor): Promise<{ user: UserRow; tenantId: string }> {
    const { db, clock, passwords } = this.o;
    if (input.name !== undefined) assertSafeText(input.name, "body.name");
    const tokenHash = sha256(input.token);
    const peek = await findLiveInvitation(db, tokenHash, clock.now());
    if (!peek) throw codeInvalid();
    const email = peek.email.toLowerCase();

    let existing: UserRow | undefined;
    let newPasswordHash: string | undefined;
    if (who.signedInUserId !== undefined) {
      existing = await findUserById(db, who.signedInUserId);
      if (!existing) throw new AppError("AUTH_UNAUTHENTICATED");
      if (existing.email.toLowerCase() !== email)
        throw new AppError("AUTH_TENANT_ACCESS_DENIED", {
          message: "This invitation was sent to another email address.",
        });
    } else {
      existing = await findUserByEmail(db, peek.email);
      if (existing) {
        if (input.password === undefined)
          throw new AppError("AUTH_INVALID_CREDENTIALS", {
            message: "Sign in, or send the account's password, to accept this invitation.",
          });
        existing = await who.checkPassword(existing.email, input.password);
      } else {
        if (input.password === undefined)
          throw new AppError("VALIDATION_FAILED", {
            message: "A password is needed to create the account.",
            fields: [{ path: "body.password", message: "Required for a new account" }],
          });
        assertAcceptablePassword(input.password, "body.password");
        newPasswordHash = await passwords.hash(input.password);
      }
    }

    const now = clock.now();
    const accepted = (r: { user: UserRow; tenantId: string; invitationId: string; created: boolean }) => {
      const by: AuditContext = {
        actor: { type: "user", id: r.user.id },
        meta: who.meta ?? SYSTEM_CONTEXT.meta,
      };
      const event = invitationEvent(by, "tenant.invitation.accept", r.tenantId, r.invitationId);
      // An account made by accepting is a sign-up too (user.created), into the inviting tenant.
      return r.created
        ? [entryBy(by, "user.signup", { type: "user", id: r.user.id }, r.tenantId), event]
        : event;
    };
    try {
      const { user, tenantId } = await withAudit(db, clock, accepted, async (tx) => {
        // First: the row lock makes concurrent accepts wait here, and re-check after the winner commits.
        const inv = await spendInvitation(tx, tokenHash, now);
        if (!inv) throw codeInvalid();
        const tenant = await findTenantById(tx, inv.tenant_id);
        if (tenant?.status !== "active") throw new AppError("AUTH_TENANT_ACCESS_DENIED");
        let user = existing;
        if (!user) {
          user = await createUser(
            tx,
            { email: inv.email, emailVerified: true, name: input.name ?? null, locale: null },
            now,
          );
          if (newPasswordHash) await setPasswordHash(tx, user.id, newPasswordHash, now);
        }
        await markInvitationAcceptedBy(tx, inv.id, user.id);
        // Roles may have been deleted since the invitation: never create a membership naming one.
        const known = await existingRoleNames(tx, inv.tenant_id, inv.roles);
        if (inv.roles.some((r) => !known.has(r)))
          throw new AppError("CONFLICT", {
            message: "A role of this invitation no longer exists; ask for a new one.",
          });
        const member = await findMembership(tx, user.id, inv.tenant_id);
        if (member?.active)
          throw new AppError("CONFLICT", { message: "You are already a member of this tenant." });
        if (member)
          await updateMembership(tx, user.id, inv.tenant_id, { roles: inv.roles, active: true }, now);
        else await addMembership(tx, { userId: user.id, tenantId: inv.tenant_id, roles: inv.roles }, now);
        return { user, tenantId: inv.tenant_id, invitationId: inv.id, created: !existing };
      });
      return { user, tenantId };
    } catch (err) {
      // An account for the address was created (sign-up) between the look-up above and here.
      if (isUniqueViolation(err))
        throw new AppError("AUTH_EMAIL_EXISTS", {
          message: "An account with this email exists; sign in first.",
        });
      throw err;
    }
  }
}
