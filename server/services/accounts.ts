// Accounts: sign-up and password sign-in within a tenant.
import { AppError } from "../errors.js";
import type { Db } from "../store/db.js";
import type { Clock } from "../tokens/clock.js";
import type { RevocationList } from "../tokens/revocations.js";
import { assertAcceptablePassword } from "./password-policy.js";
import type { PasswordHasher } from "./passwords.js";
import { assertHttpsUrl, assertSafeText, canonicalLanguageTag } from "./text-input.js";
import type { UserViews } from "./user-views.js";
import type { UserRow } from "./users.js";

export const DEFAULT_TENANT = "default";

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

const isUniqueViolation = (err: unknown): boolean =>
  typeof err === "object" && err !== null && (err as { code?: unknown }).code === "23505";

export class AccountService {
  constructor(private readonly o: AccountServiceOptions) {}

  async signUp(input: SignUpInput, tenantId = DEFAULT_TENANT): Promise<UserRow> {
    const { db, clock, passwords } = this.o;
    assertAcceptablePassword(input.password);
    if (input.name !== undefined) assertSafeText(input.name, "body.name");
    const locale = input.locale === undefined ? null : canonicalLanguageTag(input.locale, "body.locale");
    const existing = await this.findByEmail(input.email, tenantId);
    if (existing) throw new AppError("AUTH_EMAIL_EXISTS");
    const passwordHash = await passwords.hash(input.password);
    const now = clock.now();
    try {
      return await db.transaction().execute(async (tx) => {
        const user = await tx
          .insertInto("users")
          .values({
            id: crypto.randomUUID(),
            tenant_id: tenantId,
            email: input.email,
            name: input.name ?? null,
            locale,
            avatar_url: null,
            created_at: now,
            updated_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await tx
          .insertInto("credentials")
          .values({ user_id: user.id, password_hash: passwordHash, updated_at: now })
          .execute();
        return user;
      });
    } catch (err) {
      // Two sign-ups for one email racing past the check above: the unique index decides.
      if (isUniqueViolation(err)) throw new AppError("AUTH_EMAIL_EXISTS");
      throw err;
    }
  }

  /** Unknown email and wrong password cost the same and fail the same way. */
  async signIn(email: string, password: string, tenantId = DEFAULT_TENANT): Promise<UserRow> {
    const user = await this.findByEmail(email, tenantId);
    const credential = user
      ? await this.o.db
          .selectFrom("credentials")
          .select("password_hash")
          .where("user_id", "=", user.id)
          .executeTakeFirst()
      : undefined;
    const ok = await this.o.passwords.verify(credential?.password_hash, password);
    if (!user || !ok) throw new AppError("AUTH_INVALID_CREDENTIALS");
    return user;
  }

  findByEmail(email: string, tenantId: string): Promise<UserRow | undefined> {
    return this.o.db
      .selectFrom("users")
      .selectAll()
      .where("tenant_id", "=", tenantId)
      .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.toLowerCase()))
      .executeTakeFirst();
  }

  async updateProfile(
    userId: string,
    patch: { name?: string | null; locale?: string | null; avatarUrl?: string | null },
  ): Promise<UserRow> {
    const set: {
      name?: string | null;
      locale?: string | null;
      avatar_url?: string | null;
      updated_at: Date;
    } = {
      updated_at: this.o.clock.now(),
    };
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
    const user = await this.o.db
      .updateTable("users")
      .set(set)
      .where("id", "=", userId)
      .returningAll()
      .executeTakeFirst();
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
    const credential = await this.o.db
      .selectFrom("credentials")
      .select("password_hash")
      .where("user_id", "=", userId)
      .executeTakeFirst();
    return this.o.passwords.verify(credential?.password_hash, password);
  }

  async setPassword(userId: string, password: string, field = "body.newPassword"): Promise<void> {
    assertAcceptablePassword(password, field);
    const hash = await this.o.passwords.hash(password);
    const now = this.o.clock.now();
    await this.o.db
      .insertInto("credentials")
      .values({ user_id: userId, password_hash: hash, updated_at: now })
      .onConflict((oc) => oc.column("user_id").doUpdateSet({ password_hash: hash, updated_at: now }))
      .execute();
  }

  async markEmailVerified(userId: string): Promise<UserRow> {
    const user = await this.o.db
      .updateTable("users")
      .set({ email_verified: true, updated_at: this.o.clock.now() })
      .where("id", "=", userId)
      .returningAll()
      .executeTakeFirst();
    if (!user) throw new AppError("AUTH_CODE_INVALID");
    await this.o.views.changed([userId]);
    return user;
  }

  /**
   * Deletes the user with everything that hangs off it (cascading), leaving revocation markers for its
   * sessions in the same transaction; returns the ended session ids (publish them).
   */
  async delete(userId: string): Promise<string[]> {
    const ended = await this.o.db.transaction().execute(async (tx) => {
      const ended = await this.o.revocations.markDeleted(tx, userId);
      await tx.deleteFrom("users").where("id", "=", userId).execute();
      return ended;
    });
    await this.o.views.changed([userId]);
    return ended;
  }
}
