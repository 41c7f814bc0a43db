// Property (fast-check): no sequence of member/role/tenant operations by one tenant's users ever reads or
// changes another tenant's data — on PGlite and PostgreSQL, through the SDK.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestGatehouse } from "../helpers/gatehouse.js";
import { backends, join, newTenant, type Person, signUp, startOn } from "./helpers.js";

type Target = "own" | "other";
type Command =
  | { op: "getTenant" | "listMembers" | "listRoles"; target: Target; search?: string }
  | { op: "updateTenant"; target: Target; name: string }
  | { op: "updateMember"; target: Target; who: number; roles?: string[]; active?: boolean; orgUnit?: string }
  | { op: "removeMember"; target: Target; who: number }
  | { op: "createRole" | "updateRole"; target: Target; role: string; permissions: string[] };

const target = fc.constantFrom<Target>("own", "other");
const roleName = fc.constantFrom("admin", "viewer", "analyst", "s&op_orchestrator", "auditor", "ghost");
const permission = fc.constantFrom("report:read", "members:manage", "tenant:delete", "plan:read");
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record(
    {
      op: fc.constantFrom("getTenant" as const, "listMembers" as const, "listRoles" as const),
      target,
      search: fc.option(fc.constantFrom("example", "tenancy", "@"), { nil: undefined }),
    },
    { requiredKeys: ["op", "target"] },
  ),
  fc.record({
    op: fc.constant("updateTenant" as const),
    target,
    name: fc.constantFrom("Renamed", "Other name"),
  }),
  fc.record(
    {
      op: fc.constant("updateMember" as const),
      target,
      who: fc.nat(5),
      roles: fc.array(roleName, { maxLength: 2 }),
      active: fc.boolean(),
      orgUnit: fc.constantFrom("HQ", "Ops"),
    },
    { requiredKeys: ["op", "target", "who"] },
  ),
  fc.record({ op: fc.constant("removeMember" as const), target, who: fc.nat(5) }),
  fc.record({
    op: fc.constantFrom("createRole" as const, "updateRole" as const),
    target,
    role: roleName,
    permissions: fc.array(permission, { maxLength: 3 }),
  }),
);

describe.each(backends)("tenant isolation (property) on %s", (_name, open) => {
  let gh: TestGatehouse;
  let close: () => Promise<void>;
  let own: { id: string; admin: Person; members: Person[] };
  let other: { id: string; members: Person[] };

  async function tenantWith(admin: Person, roles: string[]) {
    const t = await newTenant(gh, admin, { name: "T" });
    const members: Person[] = [admin];
    for (const role of roles) members.push(await join(gh, t.id, [role]));
    return { id: t.id, members };
  }

  /** Everything the other tenant owns, as one comparable value. */
  async function snapshot(tenantId: string) {
    const db = gh.deps.store.db;
    const [tenant, memberships, roles] = await Promise.all([
      db.selectFrom("tenants").selectAll().where("id", "=", tenantId).execute(),
      db.selectFrom("memberships").selectAll().where("tenant_id", "=", tenantId).orderBy("user_id").execute(),
      db.selectFrom("roles").selectAll().where("tenant_id", "=", tenantId).orderBy("name").execute(),
    ]);
    return JSON.stringify({ tenant, memberships, roles });
  }

  beforeAll(async () => {
    ({ gh, close } = await startOn(open));
    const ownAdmin = await signUp(gh);
    const o = await tenantWith(ownAdmin, ["viewer", "analyst"]);
    own = { id: o.id, admin: ownAdmin, members: o.members };
    other = await tenantWith(await signUp(gh), ["viewer", "admin"]);
    expect((await ownAdmin.client.switchTenant(own.id)).response.status).toBe(200);
  });
  afterAll(() => close());

  async function run(cmd: Command): Promise<{ status: number; text: string }> {
    const c = own.admin.client;
    const tenantId = cmd.target === "own" ? own.id : other.id;
    // Anyone but the caller (who may legitimately end their own session by leaving once a second admin exists).
    const everyone = [...own.members.slice(1), ...other.members];
    const who = (n: number) => everyone[n % everyone.length]?.userId ?? crypto.randomUUID();
    const path = { tenantId };
    let res: { response: Response; data?: unknown; error?: unknown };
    switch (cmd.op) {
      case "getTenant":
        res = await c.GET("/tenants/{tenantId}", { params: { path } });
        break;
      case "listMembers":
        res = await c.GET("/tenants/{tenantId}/members", {
          params: { path, query: cmd.search ? { search: cmd.search } : {} },
        });
        break;
      case "listRoles":
        res = await c.GET("/tenants/{tenantId}/roles", { params: { path } });
        break;
      case "updateTenant":
        res = await c.PATCH("/tenants/{tenantId}", { params: { path }, body: { name: cmd.name } });
        break;
      case "updateMember": {
        const body = {
          ...(cmd.roles ? { roles: cmd.roles } : {}),
          ...(cmd.active !== undefined ? { active: cmd.active } : {}),
          ...(cmd.orgUnit ? { orgUnit: cmd.orgUnit } : {}),
        };
        res = await c.PATCH("/tenants/{tenantId}/members/{userId}", {
          params: { path: { ...path, userId: who(cmd.who) } },
          body,
        });
        break;
      }
      case "removeMember":
        res = await c.DELETE("/tenants/{tenantId}/members/{userId}", {
          params: { path: { ...path, userId: who(cmd.who) } },
        });
        break;
      case "createRole":
        res = await c.POST("/tenants/{tenantId}/roles", {
          params: { path },
          body: { name: cmd.role, permissions: cmd.permissions },
        });
        break;
      case "updateRole":
        res = await c.PATCH("/tenants/{tenantId}/roles/{roleName}", {
          params: { path: { ...path, roleName: cmd.role } },
          body: { permissions: cmd.permissions },
        });
        break;
    }
    return { status: res.response.status, text: JSON.stringify(res.data ?? res.error ?? null) };
  }

  it("the other tenant's rows never change and never appear in an answer; its id is always 403", async () => {
    const before = await snapshot(other.id);
    const secrets = other.members.filter((m) => !own.members.includes(m)).flatMap((m) => [m.email, m.userId]);
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 8 }), async (cmds) => {
        for (const cmd of cmds) {
          const { status, text } = await run(cmd);
          expect(status, JSON.stringify(cmd)).toBeLessThan(500);
          if (cmd.target === "other") {
            expect(status, JSON.stringify(cmd)).toBe(403);
            expect(text).toContain("AUTH_TENANT_ACCESS_DENIED");
          }
          for (const s of [...secrets, other.id]) expect(text, JSON.stringify(cmd)).not.toContain(s);
          // The own tenant always keeps an active admin (the caller, or the rule refused the change).
          const admins = await gh.deps.store.db
            .selectFrom("memberships")
            .select("user_id")
            .where("tenant_id", "=", own.id)
            .where("active", "=", true)
            .where(
              (eb) => eb.val("admin"),
              "=",
              (eb) => eb.fn.any("roles"),
            )
            .execute();
          expect(admins.length).toBeGreaterThan(0);
        }
        expect(await snapshot(other.id)).toBe(before);
      }),
      { numRuns: 25 },
    );
  });
});
