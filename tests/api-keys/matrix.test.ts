// Generated from the contract: a live API key is accepted exactly on the operations whose `security` lists
// ApiKeyAuth, and refused (401) on every other authenticated operation — on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { missingPermissions, PRESETS } from "../../server/services/permissions.js";
import { addMembership } from "../../server/store/memberships.js";
import { contract, operations } from "../helpers/contract.js";
import type { TestGatehouse } from "../helpers/gatehouse.js";
import { backends, signUp } from "../tenancy/helpers.js";
import { createKey, type KeyTenant, openKeyTenant, withKey } from "./helpers.js";

type Security = Array<Record<string, unknown>>;

const classified = operations.map((op) => {
  const security = (contract.paths[op.path]?.[op.method.toLowerCase()]?.security ?? []) as Security;
  return {
    ...op,
    acceptsKey: security.some((s) => "ApiKeyAuth" in s),
    perms: (contract.paths[op.path]?.[op.method.toLowerCase()]?.["x-gatehouse-permissions"] ??
      []) as string[],
    // Public, or anonymous allowed: a credential that is not usable there is simply not used.
    open: security.length === 0 || security.some((s) => Object.keys(s).length === 0),
  };
});

describe("the contract's use of ApiKeyAuth", () => {
  it("only read operations list it, never the key routes themselves", () => {
    const accepting = classified.filter((o) => o.acceptsKey);
    expect(accepting.map((o) => `${o.method} ${o.path}`).sort()).toEqual([
      "GET /tenants/{tenantId}",
      "GET /tenants/{tenantId}/members",
      "GET /tenants/{tenantId}/roles",
      "GET /user/me",
      "GET /user_identity/me",
    ]);
    for (const op of accepting) expect(op.method).toBe("GET");
  });
});

describe.each(backends)("an API key on every operation, on %s", (_name, open) => {
  let gh: TestGatehouse;
  let close: () => Promise<void>;
  let t: KeyTenant;
  let key: string;

  beforeAll(async () => {
    ({ gh, t, close } = await openKeyTenant(open));
    const admin = PRESETS.planning.find((r) => r.name === "admin");
    key = (await createKey(t.admin, { scopes: [...(admin?.permissions ?? [])] })).key;
  });
  afterAll(() => close());

  /** The operation's path with every parameter filled so that the request would pass validation. */
  function pathOf(path: string): string {
    return path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      if (name === "tenantId") return t.tenantId;
      if (name === "provider") return "google";
      if (name === "roleName") return "viewer";
      return crypto.randomUUID();
    });
  }

  it("accepted where listed (200, with the creator's view), 401 on every other authenticated operation", async () => {
    const checked: string[] = [];
    for (const op of classified) {
      if (op.open && !op.acceptsKey) continue;
      const res = await withKey(gh, key, pathOf(op.path), {
        method: op.method,
        ...(op.method === "GET" || op.method === "DELETE" ? {} : { body: "{}" }),
      });
      if (op.acceptsKey) expect(res.status, op.id).toBe(200);
      else expect(res.status, op.id).toBe(401);
      checked.push(op.id);
    }
    expect(checked.length).toBeGreaterThan(40);
    // Nothing any refused request could have changed: the key still works, the analyst is still a member.
    const members = await withKey(gh, key, `/tenants/${t.tenantId}/members`);
    expect(members.status).toBe(200);
    const body = (await members.json()) as { members: Array<{ userId: string }> };
    expect(body.members.map((m) => m.userId)).toContain(t.analyst.userId);
  });

  it("RBAC through keys: per planning role, a key with the role's permissions is allowed exactly what the role is; an unscoped key nothing", async () => {
    const scoped = classified.filter((o) => o.acceptsKey && o.perms.length > 0);
    expect(scoped.length).toBeGreaterThanOrEqual(3);
    for (const role of PRESETS.planning) {
      const p = await signUp(gh);
      await addMembership(
        gh.deps.store.db,
        { userId: p.userId, tenantId: t.tenantId, roles: [role.name] },
        gh.clock.now(),
      );
      expect((await p.client.switchTenant(t.tenantId)).response.status).toBe(200);
      const full = (await createKey(p, { scopes: [...role.permissions] })).key;
      const none = (await createKey(p, { scopes: [] })).key;
      for (const op of scoped) {
        const missing = missingPermissions(op.perms, role.permissions);
        const res = await withKey(gh, full, pathOf(op.path));
        expect(res.status, `${role.name} ${op.id}`).toBe(missing.length === 0 ? 200 : 403);
        const bare = await withKey(gh, none, pathOf(op.path));
        expect(bare.status, `${role.name} ${op.id} unscoped`).toBe(403);
        const body = (await bare.json()) as { error: { code: string; missingPermissions: string[] } };
        expect(body.error).toMatchObject({
          code: "AUTH_INSUFFICIENT_PERMISSIONS",
          missingPermissions: op.perms,
        });
      }
    }
  });
});
