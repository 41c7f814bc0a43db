// Tenant management policy: create (from a preset), members (roles, org unit, active, removal), roles.
import { AppError } from "../errors.js";
import type { Db } from "../store/db.js";
import { isUniqueViolation } from "../store/errors.js";
import {
  addMembership,
  deleteMembership,
  findMember,
  findMembership,
  listMembers,
  type MembershipPatch,
  updateMembership,
} from "../store/memberships.js";
import { createRoles, findRole, listRoles, updateRole } from "../store/roles.js";
import type { RegistrationPolicy } from "../store/schema.js";
import { revokeTenantSessions } from "../store/sessions.js";
import {
  createTenant,
  findTenantById,
  listTenantsOfUser,
  lockTenant,
  type TenantPatch,
  updateTenant,
} from "../store/tenants.js";
import type { Clock } from "../tokens/clock.js";
import type { RevocationList } from "../tokens/revocations.js";
import {
  type AuditAction,
  type AuditContext,
  type AuditEntries,
  type AuditEntry,
  entryBy,
  SYSTEM_CONTEXT,
  withAudit,
} from "./audit.js";
import { ADMIN_ROLE, PRESETS, type PresetName } from "./permissions.js";
import { assertAnotherAdmin, assertRolesExist } from "./tenant-rules.js";
import {
  assertPermissionNames,
  decodeCursor,
  encodeCursor,
  type MemberView,
  type RoleView,
  type TenantView,
  toMemberView,
  toRoleView,
  toTenantView,
} from "./tenant-views.js";
import { assertSafeText } from "./text-input.js";

export interface TenantServiceOptions {
  db: Db;
  clock: Clock;
  /** Removing or deactivating a member ends their sessions in the tenant at once. */
  revocations: Pick<RevocationList, "publish">;
}

export interface NewTenantInput {
  name: string;
  slug: string;
  preset?: PresetName | undefined;
  registrationPolicy?: RegistrationPolicy | undefined;
}

export interface MemberPatchInput {
  roles?: string[] | undefined;
  orgUnit?: string | null | undefined;
  active?: boolean | undefined;
}

/** A unique violation as 409 CONFLICT on the field that must be unique; any other error unchanged. */
function takenAsConflict(err: unknown, message: string, path: string): unknown {
  return isUniqueViolation(err)
    ? new AppError("CONFLICT", { message, fields: [{ path, message: "Taken" }] })
    : err;
}

/** An event of `by` acting in `tenantId` on `target`. */
function tenantEvent(
  by: AuditContext,
  action: AuditAction,
  tenantId: string,
  target: { type: "tenant" | "user" | "role"; id: string },
): AuditEntry {
  return entryBy(by, action, target, tenantId);
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));

export class TenantService {
  constructor(private readonly o: TenantServiceOptions) {}

  /**
   * Creates a tenant with the preset's roles; its creator (if any: an operator may create one without a
   * first admin) becomes an `admin` member. Slug taken: 409 CONFLICT; a creator deleted meanwhile: 404.
   * Audited in the same transaction: `by` names the actor of a `tenant.create` event (default: the creator),
   * or is the whole event for callers that record their own action (an operator's `admin.tenant.create`).
   */
  async create(
    creatorId: string | undefined,
    input: NewTenantInput,
    by: AuditContext | ((t: TenantView) => AuditEntries) = {
      ...SYSTEM_CONTEXT,
      ...(creatorId !== undefined ? { actor: { type: "user", id: creatorId } } : {}),
    },
  ): Promise<TenantView> {
    assertSafeText(input.name, "body.name");
    const preset = input.preset ?? "default";
    const now = this.o.clock.now();
    const audit =
      typeof by === "function"
        ? by
        : (t: TenantView) => tenantEvent(by, "tenant.create", t.id, { type: "tenant", id: t.id });
    try {
      return await withAudit(this.o.db, this.o.clock, audit, async (tx) => {
        const tenant = await createTenant(
          tx,
          {
            id: crypto.randomUUID(),
            slug: input.slug,
            name: input.name,
            preset,
            registrationPolicy: input.registrationPolicy ?? "invite",
          },
          now,
        );
        await createRoles(
          tx,
          tenant.id,
          PRESETS[preset].map((r) => ({
            name: r.name,
            permissions: r.permissions,
            description: r.description,
          })),
          now,
        );
        if (creatorId !== undefined)
          await addMembership(tx, { userId: creatorId, tenantId: tenant.id, roles: [ADMIN_ROLE] }, now);
        return toTenantView(tenant);
      });
    } catch (err) {
      if ((err as { code?: unknown } | null)?.code === "23503")
        throw new AppError("NOT_FOUND", { message: "No such user." });
      throw takenAsConflict(err, "This slug is taken.", "body.slug");
    }
  }

  /** The tenants the user is an active member of, with their roles there. */
  async listMine(userId: string): Promise<Array<TenantView & { roles: string[] }>> {
    const rows = await listTenantsOfUser(this.o.db, userId);
    return rows.map((r) => ({ ...toTenantView(r), roles: r.member_roles }));
  }

  async get(tenantId: string): Promise<TenantView> {
    const tenant = await findTenantById(this.o.db, tenantId);
    // The route checked membership first: a missing tenant here was deleted in between.
    if (!tenant) throw new AppError("AUTH_TENANT_ACCESS_DENIED");
    return toTenantView(tenant);
  }

  async update(
    tenantId: string,
    patch: {
      name?: string | undefined;
      slug?: string | undefined;
      registrationPolicy?: RegistrationPolicy | undefined;
    },
    by: AuditContext = SYSTEM_CONTEXT,
  ): Promise<TenantView> {
    const set: TenantPatch = {};
    if (patch.name !== undefined) {
      assertSafeText(patch.name, "body.name");
      set.name = patch.name;
    }
    if (patch.slug !== undefined) set.slug = patch.slug;
    if (patch.registrationPolicy !== undefined) set.registration_policy = patch.registrationPolicy;
    const audit = tenantEvent(by, "tenant.update", tenantId, { type: "tenant", id: tenantId });
    try {
      return await withAudit(this.o.db, this.o.clock, audit, async (tx) => {
        const tenant = await updateTenant(tx, tenantId, set, this.o.clock.now());
        if (!tenant) throw new AppError("AUTH_TENANT_ACCESS_DENIED");
        return toTenantView(tenant);
      });
    } catch (err) {
      throw takenAsConflict(err, "This slug is taken.", "body.slug");
    }
  }

  async listMembers(
    tenantId: string,
    q: { limit?: number | undefined; cursor?: string | undefined; search?: string | undefined },
  ): Promise<{ members: MemberView[]; nextCursor: string | null }> {
    const limit = q.limit ?? 50;
    if (q.search !== undefined) assertSafeText(q.search, "query.search");
    const rows = await listMembers(this.o.db, tenantId, {
      limit: limit + 1,
      after: q.cursor ? decodeCursor(q.cursor) : undefined,
      search: q.search || undefined,
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      members: page.map(toMemberView),
      nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
    };
  }

  /**
   * Changes a member's roles, org unit or active flag. A role the tenant does not define: 400
   * VALIDATION_FAILED naming it. The last active admin cannot be demoted or deactivated: 409 TENANT_LAST_ADMIN.
   * Deactivating ends the member's sessions in this tenant at once. Each change of roles or active flag
   * is audited (an org unit is not a grant, so it is not).
   */
  async updateMember(
    tenantId: string,
    userId: string,
    patch: MemberPatchInput,
    by: AuditContext = SYSTEM_CONTEXT,
  ): Promise<MemberView> {
    if (patch.orgUnit !== undefined && patch.orgUnit !== null) assertSafeText(patch.orgUnit, "body.orgUnit");
    const now = this.o.clock.now();
    const event = (action: AuditAction) => tenantEvent(by, action, tenantId, { type: "user", id: userId });
    const { view, ended } = await withAudit(
      this.o.db,
      this.o.clock,
      (r: { events: AuditEntry[] }) => r.events,
      async (tx) => {
        await lockTenant(tx, tenantId);
        const current = await findMembership(tx, userId, tenantId);
        if (!current) throw new AppError("NOT_FOUND", { message: "No such member in this tenant." });
        if (patch.roles !== undefined) await assertRolesExist(tx, tenantId, patch.roles, "body.roles");
        const losesAdmin =
          current.active &&
          current.roles.includes(ADMIN_ROLE) &&
          (patch.active === false || (patch.roles !== undefined && !patch.roles.includes(ADMIN_ROLE)));
        if (losesAdmin) await assertAnotherAdmin(tx, tenantId, userId);
        const set: MembershipPatch = {};
        if (patch.roles !== undefined) set.roles = [...new Set(patch.roles)];
        if (patch.orgUnit !== undefined) set.org_unit = patch.orgUnit;
        if (patch.active !== undefined) set.active = patch.active;
        await updateMembership(tx, userId, tenantId, set, now);
        const ended =
          patch.active === false && current.active
            ? (await revokeTenantSessions(tx, userId, tenantId, "membership_deactivated", now)).map(
                (r) => r.id,
              )
            : [];
        const row = await findMember(tx, tenantId, userId);
        if (!row) throw new Error("the membership vanished inside its own transaction");
        const events: AuditEntry[] = [];
        if (set.roles !== undefined && !sameSet(set.roles, current.roles))
          events.push(event("tenant.member.roles_change"));
        if (set.active !== undefined && set.active !== current.active)
          events.push({
            ...event(set.active ? "tenant.member.reactivate" : "tenant.member.deactivate"),
            sessionIds: ended,
          });
        return { view: toMemberView(row), ended, events };
      },
    );
    await this.o.revocations.publish(ended);
    return view;
  }

  /** Removes a member; their sessions in this tenant end at once. The last active admin: 409 TENANT_LAST_ADMIN. */
  async removeMember(tenantId: string, userId: string, by: AuditContext = SYSTEM_CONTEXT): Promise<void> {
    const now = this.o.clock.now();
    const audit = tenantEvent(by, "tenant.member.remove", tenantId, { type: "user", id: userId });
    const entry = (ended: string[]) => ({ ...audit, sessionIds: ended });
    const ended = await withAudit(this.o.db, this.o.clock, entry, async (tx) => {
      await lockTenant(tx, tenantId);
      const current = await findMembership(tx, userId, tenantId);
      if (!current) throw new AppError("NOT_FOUND", { message: "No such member in this tenant." });
      if (current.active && current.roles.includes(ADMIN_ROLE))
        await assertAnotherAdmin(tx, tenantId, userId);
      await deleteMembership(tx, userId, tenantId);
      return (await revokeTenantSessions(tx, userId, tenantId, "membership_removed", now)).map((r) => r.id);
    });
    await this.o.revocations.publish(ended);
  }

  async listRoles(tenantId: string): Promise<RoleView[]> {
    return (await listRoles(this.o.db, tenantId)).map(toRoleView);
  }

  /** Adds a role; a name the tenant already has: 409 CONFLICT. */
  async createRole(
    tenantId: string,
    input: { name: string; permissions: string[]; description?: string | null | undefined },
    by: AuditContext = SYSTEM_CONTEXT,
  ): Promise<RoleView> {
    assertPermissionNames(input.permissions, "body.permissions");
    if (input.description) assertSafeText(input.description, "body.description");
    const role = {
      name: input.name,
      permissions: [...new Set(input.permissions)],
      description: input.description ?? null,
    };
    const audit = tenantEvent(by, "tenant.role.create", tenantId, { type: "role", id: input.name });
    try {
      return await withAudit(this.o.db, this.o.clock, audit, async (tx) => {
        const [row] = await createRoles(tx, tenantId, [role], this.o.clock.now());
        if (!row) throw new Error("insert returned no row");
        return toRoleView(row);
      });
    } catch (err) {
      throw takenAsConflict(err, "This role exists.", "body.name");
    }
  }

  /** Replaces a role's permissions (effective for members at their next refresh). Unknown role: 404. */
  async updateRole(
    tenantId: string,
    name: string,
    patch: { permissions?: string[] | undefined; description?: string | null | undefined },
    by: AuditContext = SYSTEM_CONTEXT,
  ): Promise<RoleView> {
    if (patch.permissions !== undefined) assertPermissionNames(patch.permissions, "body.permissions");
    if (patch.description) assertSafeText(patch.description, "body.description");
    const set = {
      ...(patch.permissions !== undefined ? { permissions: [...new Set(patch.permissions)] } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
    };
    const audit = tenantEvent(by, "tenant.role.update", tenantId, { type: "role", id: name });
    return withAudit(this.o.db, this.o.clock, audit, async (tx) => {
      const row = await updateRole(tx, tenantId, name, set, this.o.clock.now());
      if (!row) throw new AppError("NOT_FOUND", { message: "No such role in this tenant." });
      return toRoleView(row);
    });
  }

  /** Whether the tenant defines the role (for callers outside a transaction). */
  async hasRole(tenantId: string, name: string): Promise<boolean> {
    return (await findRole(this.o.db, tenantId, name)) !== undefined;
  }
}
