// Demo data: three `planning` tenants with three users each (admin, s&op_orchestrator, viewer); idempotent.
import { setPasswordHash } from "../store/credentials.js";
import { type Db, transaction } from "../store/db.js";
import { addMembership, findMembership, updateMembership } from "../store/memberships.js";
import { createRoles } from "../store/roles.js";
import { createTenant, findTenantBySlug } from "../store/tenants.js";
import { createUser, findUserByEmail } from "../store/users.js";
import type { Clock } from "../tokens/clock.js";
import type { PasswordHasher } from "./passwords.js";
import { PRESETS } from "./permissions.js";

export const DEMO_TENANTS = [
  { slug: "demo-acme", name: "Acme Planning (demo)" },
  { slug: "demo-globex", name: "Globex Supply (demo)" },
  { slug: "demo-initech", name: "Initech Operations (demo)" },
] as const;

export const DEMO_ROLES = ["admin", "s&op_orchestrator", "viewer"] as const;

export interface DemoRow {
  tenant: string;
  tenantId: string;
  email: string;
  role: string;
}

const emailOf = (slug: string, role: string) => `${role.replace(/[^a-z]/g, "")}@${slug}.example.com`;

/**
 * Creates what is missing and puts back what drifted (the password, the membership's role and active flag);
 * running it again changes nothing else. Returns one row per demo user.
 */
export async function seedDemo(
  o: { db: Db; clock: Clock; passwords: PasswordHasher },
  password: string,
): Promise<DemoRow[]> {
  const hash = await o.passwords.hash(password);
  const rows: DemoRow[] = [];
  for (const t of DEMO_TENANTS) {
    await transaction(o.db, async (tx) => {
      const now = o.clock.now();
      let tenant = await findTenantBySlug(tx, t.slug);
      if (!tenant) {
        tenant = await createTenant(
          tx,
          {
            id: crypto.randomUUID(),
            slug: t.slug,
            name: t.name,
            preset: "planning",
            registrationPolicy: "invite",
          },
          now,
        );
        await createRoles(
          tx,
          tenant.id,
          PRESETS.planning.map((r) => ({
            name: r.name,
            permissions: r.permissions,
            description: r.description,
          })),
          now,
        );
      }
      for (const role of DEMO_ROLES) {
        const email = emailOf(t.slug, role);
        const user =
          (await findUserByEmail(tx, email)) ??
          (await createUser(tx, { email, emailVerified: true, name: `Demo ${role}`, locale: null }, now));
        await setPasswordHash(tx, user.id, hash, now);
        const member = await findMembership(tx, user.id, tenant.id);
        if (!member) await addMembership(tx, { userId: user.id, tenantId: tenant.id, roles: [role] }, now);
        else if (!member.active || member.roles.join() !== role)
          await updateMembership(tx, user.id, tenant.id, { roles: [role], active: true }, now);
        rows.push({ tenant: t.slug, tenantId: tenant.id, email, role });
      }
    });
  }
  return rows;
}
