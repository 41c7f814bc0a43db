// Accounts: sign-up (into a tenant) and password sign-in; accounts are global, one per email.
import { AppError } from "../errors.js";
import { findPasswordHash, type SignInRow, setPasswordHash, signInLookup } from "../store/credentials.js";
import type { Db } from "../store/db.js";
import { isUniqueViolation } from "../store/errors.js";
import { addMembership, type MembershipGrant } from "../store/memberships.js";
import type { RowRead } from "../store/rate-limit-budgets.js";
import {
  createUser,
  deleteUser,
  findUserByEmail,
  findUserById,
  type UserPatch,
  updateUser,
} from "../store/users.js";
import type { Clock } from "../tokens/clock.js";
import type { RevocationList } from "../tokens/revocations.js";
import { type AuditEntry, type RequestMeta, recordAudit, withAudit } from "./audit.js";
import { assertAcceptablePassword } from "./password-policy.js";
import type { PasswordHasher } from "./passwords.js";
import { DEFAULT_MEMBER_ROLE } from "./permissions.js";
import { DEFAULT_TENANT, landingTenant } from "./tenant-access.js";
import { resolveTenant, type TenantRef } from "./tenant-ref.js";
import { assertNoTenantLosesItsLastAdmin } from "./tenant-rules.js";
import { assertHttpsUrl, assertSafeText, canonicalLanguageTag } from "./text-input.js";
import type { UserViews } from "./user-views.js";
import type { UserRow, ViewTenant } from "./users.js";

export { DEFAULT_TENANT };

export interface AccountServiceOptions {
  db: Db;
  clock: Clock;
  passwords: PasswordHasher;
  /** Deleting a user leaves revocation markers for its sessions (their rows go with it). */
  revocations: RevocationList;
  /** Told of every committed change to a user, so that no instance keeps serving the old view. */
  views: Pick<UserViews, "changed">;
}

export interface SignUpInput {
  email: string;
  password: string;
  name?: string | undefined;
  locale?: string | undefined;
}

/** A password sign-in: the user, and where their session lands unless the sign-in names a tenant. */
export interface PasswordSignIn {
  user: UserRow;
  /** The landing membership (see landingTenant), read with the user; null when there is none. */
  landing: MembershipGrant | null;
}

export class AccountService {
  constructor(private readonly o: AccountServiceOptions) {}

  /**
   * Creates the account and its membership of the tenant `ref` names (the default tenant if none; with the
   * tenant preset's default role) in one transaction. The tenant must be active and `open` to registration,
   * else 403 AUTH_REGISTRATION_CLOSED — the same answer for an unknown tenant (`invite` tenants are joined
   * by accepting an invitation). Returns the account and the tenant it joined. With `meta` (a request),
   * the `user.signup` event is written with the account.
   */
  async signUp(
    input: SignUpInput,
    ref?: TenantRef,
    meta?: RequestMeta,
  ): Promise<{ user: UserRow; tenantId: string }> {
    const { db, clock, passwords } = this.o;
    assertAcceptablePassword(input.password);
    if (input.name !== undefined) assertSafeText(input.name, "body.name");
    const locale = input.locale === undefined ? null : canonicalLanguageTag(input.locale, "body.locale");
    const tenant = await resolveTenant(db, ref);
    if (tenant?.status !== "active" || tenant.registration_policy !== "open")
      throw new AppError("AUTH_REGISTRATION_CLOSED");
    const tenantId = tenant.id;
    const existing = await this.findByEmail(input.email);
    if (existing) throw new AppError("AUTH_EMAIL_EXISTS");
    const passwordHash = await passwords.hash(input.password);
    const now = clock.now();
    const audit = (r: { user: UserRow; tenantId: string }): AuditEntry | undefined =>
      meta && {
        action: "user.signup",
        actor: { type: "user", id: r.user.id },
        target: { type: "user", id: r.user.id },
        tenantId: r.tenantId,
        meta,
      };
    try {
      return await withAudit(db, clock, audit, async (tx) => {
        const user = await createUser(tx, { email: input.email, name: input.name ?? null, locale }, now);
        await setPasswordHash(tx, user.id, passwordHash, now);
        await addMembership(
          tx,
          { userId: user.id, tenantId, roles: [DEFAULT_MEMBER_ROLE[tenant.preset]] },
          now,
        );
        return { user, tenantId };
      });
    } catch (err) {
      // Two sign-ups for one email racing past the check above: the unique index decides.
      if (isUniqueViolation(err)) throw new AppError("AUTH_EMAIL_EXISTS");
      throw err;
    }
  }

  /**
   * What a password sign-in reads (the account, its password hash and landing membership), unexecuted:
   * PasswordGuesses.verifyWith runs it with the spending of the guess, and hands the row to `signIn`.
   */
  signInLookup(email: string): RowRead<SignInRow> {
    return signInLookup(this.o.db, email, DEFAULT_TENANT);
  }

  /**
   * Checks `password` against `found` (what signInLookup read for `email`; undefined: no such account).
   * Unknown email and wrong password cost the same and fail the same way; so does a disabled account
   * (after the password check, so it tells nothing to someone without the password).
   */
  async signIn(
    email: string,
    password: string,
    found: SignInRow | undefined,
    meta?: RequestMeta,
  ): Promise<PasswordSignIn> {
    // An account without a password (SSO only) costs the same verification as an unknown one.
    const ok = await this.o.passwords.verify(found?.password_hash ?? undefined, password);
    const refusal =
      !found || !ok ? "invalid_credentials" : found.disabled_at ? "account_disabled" : undefined;
    if (refusal) {
      // A refusal changes nothing, so its event stands alone; the address tried is named, never the password.
      if (meta) {
        await recordAudit(this.o.db, this.o.clock, {
          action: "user.signin",
          outcome: "failure",
          reason: refusal,
          actor: found ? { type: "user", id: found.id } : { type: "anonymous", id: null },
          tenantId: null,
          target: found ? { type: "user", id: found.id } : { type: "email", id: email.toLowerCase() },
          meta,
        });
      }
      throw new AppError("AUTH_INVALID_CREDENTIALS", { reason: refusal });
    }
    const { password_hash: _, landing, ...user } = found as NonNullable<typeof found>;
    return { user, landing };
  }

  /**
   * The id of the tenant a sign-in names (undefined: none named, the usual landing tenant). An unknown
   * tenant is 403 AUTH_TENANT_ACCESS_DENIED, like one the user is not an active member of.
   */
  async signInTenant(ref: TenantRef | undefined): Promise<string | undefined> {
    if (ref === undefined) return undefined;
    const tenant = await resolveTenant(this.o.db, ref);
    if (!tenant) throw new AppError("AUTH_TENANT_ACCESS_DENIED");
    return tenant.id;
  }

  findByEmail(email: string): Promise<UserRow | undefined> {
    return findUserByEmail(this.o.db, email);
  }

  /** The tenant a sign-in would land in, with the user's roles there (the default tenant, no roles, if none). */
  async viewTenant(userId: string): Promise<ViewTenant> {
    const active = await landingTenant(this.o.db, userId).catch(() => undefined);
    return active ?? { tenantId: DEFAULT_TENANT, roles: [] };
  }

  findById(userId: string): Promise<UserRow | undefined> {
    return findUserById(this.o.db, userId);
  }

  async updateProfile(
    userId: string,
    patch: { name?: string | null; locale?: string | null; avatarUrl?: string | null },
    audit?: AuditEntry,
  ): Promise<UserRow> {
    const set: UserPatch = {};
    // The contract's patterns already hold for /user/me and /me; these hold for every caller, and add
    // what a pattern cannot say (the canonical tag, a URL that really parses as https).
    if (patch.name !== undefined) {
      if (patch.name !== null) assertSafeText(patch.name, "body.name");
      set.name = patch.name;
    }
    if (patch.locale !== undefined)
      set.locale = patch.locale === null ? null : canonicalLanguageTag(patch.locale, "body.locale");
    if (patch.avatarUrl !== undefined) {
      if (patch.avatarUrl !== null) assertHttpsUrl(patch.avatarUrl, "body.avatarUrl");
      set.avatar_url = patch.avatarUrl;
    }
    // The event is written only when the user still exists (user.updated for an account just deleted is none).
    const user = await withAudit(
      this.o.db,
      this.o.clock,
      (u: UserRow | undefined) => (u ? audit : undefined),
      (tx) => updateUser(tx, userId, set, this.o.clock.now()),
    );
    if (!user) throw new AppError("AUTH_UNAUTHENTICATED");
    await this.o.views.changed([userId]);
    return user;
  }

  /** Throws unless the password meets the policy (length, not common). */
  async assertPasswordAcceptable(password: string, field = "body.newPassword"): Promise<void> {
    assertAcceptablePassword(password, field);
  }

  /** True when `password` is the user's current password (false for accounts without one, e.g. SSO-only). */
  async checkPassword(userId: string, password: string): Promise<boolean> {
    return this.o.passwords.verify(await findPasswordHash(this.o.db, userId), password);
  }

  /** Sets the password; `audit` is written in the same transaction. */
  async setPassword(
    userId: string,
    password: string,
    field = "body.newPassword",
    audit?: AuditEntry,
  ): Promise<void> {
    assertAcceptablePassword(password, field);
    const hash = await this.o.passwords.hash(password);
    await withAudit(this.o.db, this.o.clock, audit, (tx) =>
      setPasswordHash(tx, userId, hash, this.o.clock.now()),
    );
  }

  async markEmailVerified(userId: string, audit?: AuditEntry): Promise<UserRow> {
    const user = await withAudit(
      this.o.db,
      this.o.clock,
      (u: UserRow | undefined) => (u ? audit : undefined),
      (tx) => updateUser(tx, userId, { email_verified: true }, this.o.clock.now()),
    );
    if (!user) throw new AppError("AUTH_CODE_INVALID");
    await this.o.views.changed([userId]);
    return user;
  }

  /**
   * Deletes the user with everything that hangs off it (cascading), leaving revocation markers for its
   * sessions in the same transaction; returns the ended session ids (publish them). The only active admin
   * of a tenant is refused (409 TENANT_LAST_ADMIN), whoever asks: the tenant would be left unmanageable.
   */
  async delete(userId: string, audit?: AuditEntry): Promise<string[]> {
    const entry = (ended: string[]) => audit && { ...audit, sessionIds: ended };
    const ended = await withAudit(this.o.db, this.o.clock, entry, async (tx) => {
      await assertNoTenantLosesItsLastAdmin(tx, userId);
      const ended = await this.o.revocations.markDeleted(tx, userId);
      await deleteUser(tx, userId);
      return ended;
    });
    await this.o.views.changed([userId]);
    return ended;
  }
}
