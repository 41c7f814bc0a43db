// RBAC matrix generated from the contract: every operation that declares x-gatehouse-permissions × every
// planning-preset role → allowed or 403 as the preset says; the token's perms are what the server enforces.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { missingPermissions, PRESETS } from "../../server/services/permissions.js";
import { contract, operations } from "../helpers/contract.js";
import type { TestGatehouse } from "../helpers/gatehouse.js";
import { addMember, backends, join, newTenant, type Person, signUp, startOn } from "./helpers.js";

interface ScopedOp {
  id: string;
  method: string;
  path: string;
  perms: string[];
  tenantParam: string;
}

const scoped: ScopedOp[] = operations.flatMap((op) => {
  const def = contract.paths[op.path]?.[op.method.toLowerCase()] as Record<string, unknown>;
  const perms = def["x-gatehouse-permissions"] as string[] | undefined;
  const tenantParam = def["x-gatehouse-tenant-param"] as string | undefined;
  return perms && tenantParam
    ? [{ id: op.id, method: op.method.toUpperCase(), path: op.path, perms, tenantParam }]
    : [];
});

/** A request for the operation that passes validation; a success or 404 once authorized. */
function requestFor(op: ScopedOp, tenantId: string): { path: Record<string, string>; body?: unknown } {
  const path: Record<string, string> = { [op.tenantParam]: tenantId };
  if (op.path.includes("{userId}")) path.userId = crypto.randomUUID();
  if (op.path.includes("{roleName}")) path.roleName = "no-such-role";
  if (op.path.includes("{invitationId}")) path.invitationId = crypto.randomUUID();
  const bodies: Record<string, unknown> = {
    TenantOperations_updateTenant: { name: "Renamed" },
    TenantOperations_updateMember: { orgUnit: "Ops" },
    TenantOperations_createRole: {
      name: `r-${crypto.randomUUID().slice(0, 8)}`,
      permissions: ["report:read"],
    },
    TenantOperations_updateRole: { permissions: ["report:read"] },
    InvitationOperations_createInvitation: {
      email: `rbac-${crypto.randomUUID()}@example.com`,
      roles: ["viewer"],
    },
  };
  return { path, ...(bodies[op.id] !== undefined ? { body: bodies[op.id] } : {}) };
}

async function call(p: Person, op: ScopedOp, tenantId: string) {
  const { path, body } = requestFor(op, tenantId);
  // biome-ignore lint/suspicious/noExplicitAny: one call site for every operation of the matrix
  const method = (p.client as any)[op.method] as (
    url: string,
    init: unknown,
  ) => Promise<{ response: Response; error?: { error: { code: string; missingPermissions?: string[] } } }>;
  return method(op.path, { params: { path }, ...(body !== undefined ? { body } : {}) });
}

describe("the matrix covers the contract", () => {
  it("every tenant-scoped operation is in it, and every one declares permissions", () => {
    const underTenants = operations.filter((o) => o.path.startsWith("/tenants/{tenantId}"));
    expect(scoped.map((s) => s.id).sort()).toEqual(underTenants.map((o) => o.id).sort());
    expect(scoped.length).toBeGreaterThanOrEqual(8);
  });
});

describe.each(backends)("RBAC matrix on %s", (_name, open) => {
  let gh: TestGatehouse;
  let close: () => Promise<void>;
  let tenantId: string;
  let otherTenantId: string;
  const people = new Map<string, Person>();

  beforeAll(async () => {
    ({ gh, close } = await startOn(open));
    tenantId = (await newTenant(gh, await signUp(gh), { name: "Plan Co" })).id;
    otherTenantId = (await newTenant(gh, await signUp(gh), { name: "Other" })).id;
    for (const role of PRESETS.planning) {
      const p = await join(gh, tenantId, [role.name]);
      // Every matrix user is also a member elsewhere with full rights: nothing may leak across.
      await addMember(gh, p, otherTenantId, ["admin"]);
      expect((await p.client.switchTenant(tenantId)).response.status).toBe(200);
      people.set(role.name, p);
    }
  });
  afterAll(() => close());

  for (const role of PRESETS.planning) {
    it(`${role.name}: the token's perms are the preset's, and the server enforces exactly them`, async () => {
      const p = people.get(role.name) as Person;
      const claims = await p.claims();
      expect(claims).toMatchObject({ tid: tenantId, roles: [role.name] });
      expect(claims.perms).toEqual([...role.permissions].sort());
      for (const op of scoped) {
        const res = await call(p, op, tenantId);
        const fromPreset = missingPermissions(op.perms, role.permissions);
        const fromToken = missingPermissions(op.perms, claims.perms as string[]);
        expect(fromToken, op.id).toEqual(fromPreset);
        if (fromPreset.length === 0) {
          expect([200, 201, 204, 404], `${role.name} ${op.id}`).toContain(res.response.status);
        } else {
          expect(res.response.status, `${role.name} ${op.id}`).toBe(403);
          expect(res.error?.error.code).toBe("AUTH_INSUFFICIENT_PERMISSIONS");
          expect(res.error?.error.missingPermissions).toEqual(fromPreset);
        }
      }
    });
  }

  it("another tenant's id is 403 AUTH_TENANT_ACCESS_DENIED for every role and operation, even where the caller is admin", async () => {
    for (const [role, p] of people) {
      for (const op of scoped) {
        for (const id of [otherTenantId, "default", "no-such-tenant"]) {
          const res = await call(p, op, id);
          expect(res.response.status, `${role} ${op.id} ${id}`).toBe(403);
          expect(res.error?.error.code).toBe("AUTH_TENANT_ACCESS_DENIED");
        }
      }
    }
  });

  it("a blank, padded, empty or oversized tenantId never falls back to the active tenant", async () => {
    const admin = people.get("admin") as Person;
    const token = await admin.accessToken();
    for (const bad of [
      " ",
      "%20",
      `${encodeURIComponent(` ${tenantId}`)}`,
      `${tenantId}%00`,
      "x".repeat(300),
    ]) {
      for (const suffix of ["", "/members", "/roles"]) {
        const res = await gh.fetch(`http://gatehouse.test/tenants/${bad}${suffix}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect([400, 403, 404], `${bad}${suffix}`).toContain(res.status);
        const body = (await res.json()) as { error: { code: string }; members?: unknown; roles?: unknown };
        expect(body.members).toBeUndefined();
        expect(body.roles).toBeUndefined();
      }
    }
    const empty = await gh.fetch("http://gatehouse.test/tenants//members", {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(empty.status).not.toBe(200);
  });

  it("each scheme's credential elsewhere: a SuperTokens-profile or v1 token is refused on the tenant routes", async () => {
    const p = people.get("admin") as Person;
    const v1 = await gh.deps.legacyTokens.issue(p.userId, "rbac");
    const res = await gh.fetch(`http://gatehouse.test/tenants/${tenantId}`, {
      headers: { authorization: `Bearer ${v1}` },
    });
    expect(res.status).toBe(401);
  });
});
