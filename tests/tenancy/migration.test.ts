// Migration 010 on existing data: every user becomes a member of its tenant with its roles; emails become
// globally unique; the default tenant stays open; the dropped columns are gone.
import { PGlite } from "@electric-sql/pglite";
import { Kysely, sql } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import { describe, expect, it } from "vitest";
import { migrate } from "../../server/store/migrate.js";
import type { Database } from "../../server/store/schema.js";

describe("migration 010_tenancy", () => {
  it("moves users' tenant and roles into memberships, keeps hand-set roles as roles, and opens only `default`", async () => {
    const db = new Kysely<Database>({ dialect: new PGliteDialect(new PGlite()) });
    try {
      await migrate(db, { before: "010" });
      const ada = crypto.randomUUID();
      const bob = crypto.randomUUID();
      await sql`INSERT INTO users (id, tenant_id, email, roles, created_at, updated_at) VALUES
        (${ada}, 'default', 'Ada@Example.com', ARRAY['member'], now(), now()),
        (${bob}, 'default', 'bob@example.com', ARRAY['member', 'editor'], now(), now())`.execute(db);
      await migrate(db);
      const memberships = await db
        .selectFrom("memberships")
        .select(["user_id", "tenant_id", "roles", "active", "org_unit"])
        .orderBy("roles")
        .execute();
      expect(memberships).toEqual([
        { user_id: ada, tenant_id: "default", roles: ["member"], active: true, org_unit: null },
        { user_id: bob, tenant_id: "default", roles: ["member", "editor"], active: true, org_unit: null },
      ]);
      const roles = await db.selectFrom("roles").select(["name", "permissions"]).orderBy("name").execute();
      expect(roles.map((r) => r.name)).toEqual(["admin", "editor", "member"]);
      expect(roles.find((r) => r.name === "member")?.permissions).toEqual(["tenant:read"]);
      expect(roles.find((r) => r.name === "editor")?.permissions).toEqual([]);
      const tenant = await db.selectFrom("tenants").selectAll().executeTakeFirstOrThrow();
      expect(tenant).toMatchObject({
        id: "default",
        slug: "default",
        status: "active",
        registration_policy: "open",
        preset: "default",
      });
      const columns = await sql<{ column_name: string }>`
        SELECT column_name FROM information_schema.columns WHERE table_name = 'users'`.execute(db);
      expect(columns.rows.map((c) => c.column_name)).not.toContain("tenant_id");
      expect(columns.rows.map((c) => c.column_name)).not.toContain("roles");
      // One account per email, across tenants and case.
      await expect(
        sql`INSERT INTO users (id, email, created_at, updated_at) VALUES (${crypto.randomUUID()}, 'ada@example.COM', now(), now())`.execute(
          db,
        ),
      ).rejects.toMatchObject({ code: "23505" });
      // A new tenant defaults to invite-only; slugs are lower-case [a-z0-9-].
      await sql`INSERT INTO tenants (id, slug, name, created_at, updated_at) VALUES ('t2', 'acme', 'Acme', now(), now())`.execute(
        db,
      );
      expect(
        (
          await db
            .selectFrom("tenants")
            .select("registration_policy")
            .where("id", "=", "t2")
            .executeTakeFirstOrThrow()
        ).registration_policy,
      ).toBe("invite");
      for (const slug of ["Acme2", "-x", "a_b", ""]) {
        await expect(
          sql`INSERT INTO tenants (id, slug, name, created_at, updated_at) VALUES (${`t-${slug}`}, ${slug}, 'X', now(), now())`.execute(
            db,
          ),
        ).rejects.toMatchObject({ code: "23514" });
      }
    } finally {
      await db.destroy();
    }
  });
});
