// A tenant's last active admin cannot take the tenant down with their account: self-deletion and the operator's
// /admin delete are refused (409 TENANT_LAST_ADMIN), also when admins delete themselves in parallel.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, serviceClient } from "../admin/helpers.js";
import type { Exchange } from "../helpers/contract.js";
import type { TestGatehouse } from "../helpers/gatehouse.js";
import * as tenancy from "./helpers.js";
import { addMember, backends, join, type Person, signUp, startOn } from "./helpers.js";

const SECRET = "last-admin-service-secret-0123456789abc";

describe.each(backends)("deleting a tenant's last admin on %s", (_name, open) => {
  let gh: TestGatehouse;
  let close: () => Promise<void>;
  const seen: Exchange[] = [];
  beforeAll(async () => ({ gh, close } = await startOn(open, { env: { SERVICE_AUTH_SECRETS: SECRET } })));
  afterAll(() => close());

  const operator = () => serviceClient(gh, SECRET, seen);
  const adminOfNewTenant = () => tenancy.adminOfNewTenant(gh, seen);
  const deleteMe = (p: Person) => p.client.DELETE("/user/me", { body: {} });
  const exists = async (p: Person) => (await gh.deps.accounts.findById(p.userId)) !== undefined;
  const activeAdmins = async (tenantId: string) =>
    (await gh.deps.tenants.listMembers(tenantId, { limit: 200 })).members
      .filter((m) => m.active && m.roles.includes("admin"))
      .map((m) => m.userId);

  it("the only admin deleting their account: 409 TENANT_LAST_ADMIN, nothing deleted, no event", async () => {
    const { admin, tenantId } = await adminOfNewTenant();
    const r = await deleteMe(admin);
    expect(r.response.status).toBe(409);
    expect(r.error?.error.code).toBe("TENANT_LAST_ADMIN");
    expect(r.error?.error.message).toMatch(/admin/);
    expect(await exists(admin)).toBe(true);
    expect(await activeAdmins(tenantId)).toEqual([admin.userId]);
    expect((await admin.client.GET("/user/me")).response.status).toBe(200);
    expect(await auditEvents(operator(), { action: "user.delete", target: admin.userId })).toEqual([]);
  });

  it("a deactivated second admin does not count; an active one lets the first go", async () => {
    const { admin, tenantId } = await adminOfNewTenant();
    const second = await join(gh, tenantId, ["admin"]);
    await gh.deps.tenants.updateMember(tenantId, second.userId, { active: false });
    expect((await deleteMe(admin)).error?.error.code).toBe("TENANT_LAST_ADMIN");
    await gh.deps.tenants.updateMember(tenantId, second.userId, { active: true });
    expect((await deleteMe(admin)).response.status).toBe(204);
    expect(await exists(admin)).toBe(false);
    expect(await activeAdmins(tenantId)).toEqual([second.userId]);
  });

  it("an admin of several tenants is refused while any of them would lose its last admin", async () => {
    const { admin, tenantId } = await adminOfNewTenant();
    const other = await adminOfNewTenant();
    await addMember(gh, admin, other.tenantId, ["admin"]);
    await addMember(gh, await signUp(gh), tenantId, ["admin"]);
    // `other` has a second admin (its creator), `tenantId` now too: allowed. Before that, refused.
    const lone = await adminOfNewTenant();
    await addMember(gh, lone.admin, other.tenantId, ["viewer"]);
    expect((await deleteMe(lone.admin)).error?.error.code).toBe("TENANT_LAST_ADMIN");
    expect((await deleteMe(admin)).response.status).toBe(204);
    expect(await activeAdmins(other.tenantId)).toEqual([other.admin.userId]);
  });

  it("the operator's /admin delete is refused the same way (no override), and allowed once another admin exists", async () => {
    const { admin, tenantId } = await adminOfNewTenant();
    const path = { params: { path: { userId: admin.userId } } };
    const refused = await operator().DELETE("/admin/users/{userId}", path);
    expect(refused.response.status).toBe(409);
    expect(refused.error?.error.code).toBe("TENANT_LAST_ADMIN");
    expect(await exists(admin)).toBe(true);
    expect(await auditEvents(operator(), { action: "admin.user.delete", target: admin.userId })).toEqual([]);
    const successor = await join(gh, tenantId, ["admin"]);
    expect((await operator().DELETE("/admin/users/{userId}", path)).response.status).toBe(204);
    expect(await exists(admin)).toBe(false);
    expect(await activeAdmins(tenantId)).toEqual([successor.userId]);
    expect(await auditEvents(operator(), { action: "admin.user.delete", target: admin.userId })).toHaveLength(
      1,
    );
  });

  it("five admins of two shared tenants deleting themselves at once: exactly one stays, no deadlock", async () => {
    const first = await adminOfNewTenant();
    const second = await adminOfNewTenant();
    const admins = [first.admin];
    await addMember(gh, first.admin, second.tenantId, ["admin"]);
    // The second tenant's creator leaves the admin role, so both tenants have exactly the same five admins.
    for (let i = 0; i < 4; i++) {
      const p = await join(gh, first.tenantId, ["admin"]);
      await addMember(gh, p, second.tenantId, ["admin"]);
      admins.push(p);
    }
    await gh.deps.tenants.updateMember(second.tenantId, second.admin.userId, { roles: ["viewer"] });
    const results = await Promise.all(admins.map(deleteMe));
    const statuses = results.map((r) => r.response.status).sort();
    expect(statuses).toEqual([204, 204, 204, 204, 409]);
    expect(results.find((r) => r.response.status === 409)?.error?.error.code).toBe("TENANT_LAST_ADMIN");
    const left = await activeAdmins(first.tenantId);
    expect(left).toHaveLength(1);
    expect(await activeAdmins(second.tenantId)).toEqual(left);
  });

  it("every response conformed to the contract", () => {
    expect(seen.length).toBeGreaterThan(20);
  });
});
