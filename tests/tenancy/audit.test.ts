// Every tenancy change leaves exactly one audit event (actor, tenant, target, request meta, never an invitation
// token), written with the change; a refused change leaves none and changes nothing — on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, serviceClient } from "../admin/helpers.js";
import type { Exchange } from "../helpers/contract.js";
import { BASE_URL, type TestGatehouse } from "../helpers/gatehouse.js";
import { json, PASSWORD, uniqueEmail } from "../helpers/http.js";
import * as tenancy from "./helpers.js";
import { backends, join, type Person, signUp, startOn, tokenClient } from "./helpers.js";

const SECRET = "tenancy-audit-service-secret-0123456789";
const UA = { "user-agent": "tenancy-audit/1.0" };

describe.each(backends)("tenancy audit events on %s", (_name, open) => {
  let gh: TestGatehouse;
  let close: () => Promise<void>;
  const seen: Exchange[] = [];
  beforeAll(
    async () =>
      ({ gh, close } = await startOn(open, {
        env: { SERVICE_AUTH_SECRETS: SECRET, OTP_TEST_MODE: "true" },
      })),
  );
  afterAll(() => close());

  const adminOfNewTenant = () => tenancy.adminOfNewTenant(gh, seen, UA);
  /** The events of `action` on `target` in `tenantId`. */
  async function eventsOf(action: string, target: string, tenantId: string) {
    const events = await auditEvents(serviceClient(gh, SECRET, seen), { action, target, limit: 100 });
    return events.filter((e) => e.tenantId === tenantId);
  }
  /** The one event of `action` on `target`, by `actor`, from a request with the test's user agent. */
  async function theEvent(
    action: string,
    target: { type: string; id: string },
    tenantId: string,
    actor: Person,
  ) {
    const events = await eventsOf(action, target.id, tenantId);
    expect(events, action).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action,
      outcome: "success",
      actor: { type: "user", id: actor.userId },
      tenantId,
      target,
      userAgent: UA["user-agent"],
    });
    expect(events[0]?.requestId).toMatch(/\S/);
    return events[0];
  }
  const memberPath = (tenantId: string, userId: string) => ({ params: { path: { tenantId, userId } } });

  it("sign-up (/user/signup and the FDI /auth/signup) leaves one user.signup event with the tenant joined", async () => {
    const person = await signUp(gh, seen, UA);
    await theEvent("user.signup", { type: "user", id: person.userId }, "default", person);
    const fdi = await gh.fetch(
      `${BASE_URL}/auth/signup`,
      json(
        {
          formFields: [
            { id: "email", value: uniqueEmail("st-audit") },
            { id: "password", value: PASSWORD },
          ],
        },
        UA,
      ),
    );
    const id = ((await fdi.json()) as { user: { id: string } }).user.id;
    await theEvent("user.signup", { type: "user", id }, "default", { userId: id } as Person);
    // A refused sign-up (the address is taken) writes none.
    const again = await person.client.signUp({ email: person.email, password: PASSWORD });
    expect(again.error?.error.code).toBe("AUTH_EMAIL_EXISTS");
    expect(await eventsOf("user.signup", person.userId, "default")).toHaveLength(1);
  });

  it("tenant create, switch and update: one event each, with the request's id", async () => {
    const { admin, tenantId } = await adminOfNewTenant();
    await theEvent("tenant.create", { type: "tenant", id: tenantId }, tenantId, admin);
    await theEvent("tenant.switch", { type: "tenant", id: tenantId }, tenantId, admin);
    const renamed = await admin.client.PATCH("/tenants/{tenantId}", {
      params: { path: { tenantId } },
      body: { name: "Renamed" },
    });
    expect(renamed.response.status).toBe(200);
    const event = await theEvent("tenant.update", { type: "tenant", id: tenantId }, tenantId, admin);
    expect(event?.requestId).toBe(renamed.response.headers.get("x-request-id"));
    // A taken slug: 409, and no second event.
    const other = await adminOfNewTenant();
    const taken = await admin.client.PATCH("/tenants/{tenantId}", {
      params: { path: { tenantId } },
      body: { slug: (await gh.deps.tenants.get(other.tenantId)).slug },
    });
    expect(taken.error?.error.code).toBe("CONFLICT");
    expect(await eventsOf("tenant.update", tenantId, tenantId)).toHaveLength(1);
  });

  it("a refused switch (no membership, malformed id) leaves no event", async () => {
    const { admin } = await adminOfNewTenant();
    const stranger = await adminOfNewTenant();
    for (const id of [stranger.tenantId, "x".repeat(300), "a\u0000b"]) {
      const r = await admin.client.switchTenant(id);
      expect(r.response.status).toBeGreaterThanOrEqual(400);
      expect(r.response.status).toBeLessThan(500);
    }
    expect(await eventsOf("tenant.switch", stranger.tenantId, stranger.tenantId)).toHaveLength(1);
  });

  it("member roles change, deactivate, reactivate and remove: one event each, targeting the member", async () => {
    const { admin, tenantId } = await adminOfNewTenant();
    const bob = await join(gh, tenantId, ["viewer"]);
    const target = { type: "user", id: bob.userId };
    const patch = (body: { roles?: string[]; active?: boolean; orgUnit?: string }) =>
      admin.client.PATCH("/tenants/{tenantId}/members/{userId}", {
        ...memberPath(tenantId, bob.userId),
        body,
      });
    expect((await patch({ roles: ["analyst"] })).response.status).toBe(200);
    await theEvent("tenant.member.roles_change", target, tenantId, admin);
    // The same roles again, or only an org unit: nothing that grants anything changed, so no event.
    expect((await patch({ roles: ["analyst"], orgUnit: "Ops" })).response.status).toBe(200);
    expect(await eventsOf("tenant.member.roles_change", bob.userId, tenantId)).toHaveLength(1);
    expect((await patch({ active: false })).response.status).toBe(200);
    await theEvent("tenant.member.deactivate", target, tenantId, admin);
    expect((await patch({ active: true })).response.status).toBe(200);
    await theEvent("tenant.member.reactivate", target, tenantId, admin);
    const removed = await admin.client.DELETE(
      "/tenants/{tenantId}/members/{userId}",
      memberPath(tenantId, bob.userId),
    );
    expect(removed.response.status).toBe(204);
    await theEvent("tenant.member.remove", target, tenantId, admin);
  });

  it("refused member changes (unknown role, last admin, no such member) leave no event and change nothing", async () => {
    const { admin, tenantId } = await adminOfNewTenant();
    const bob = await join(gh, tenantId, ["viewer"]);
    const unknown = await admin.client.PATCH("/tenants/{tenantId}/members/{userId}", {
      ...memberPath(tenantId, bob.userId),
      body: { roles: ["analyst", "ghost"], active: false },
    });
    expect(unknown.error?.error.code).toBe("VALIDATION_FAILED");
    const self = memberPath(tenantId, admin.userId);
    for (const body of [{ roles: ["viewer"] }, { active: false }]) {
      const r = await admin.client.PATCH("/tenants/{tenantId}/members/{userId}", { ...self, body });
      expect(r.response.status).toBe(409);
      expect(r.error?.error.code).toBe("TENANT_LAST_ADMIN");
    }
    const removeSelf = await admin.client.DELETE("/tenants/{tenantId}/members/{userId}", self);
    expect(removeSelf.error?.error.code).toBe("TENANT_LAST_ADMIN");
    const nobody = await admin.client.DELETE(
      "/tenants/{tenantId}/members/{userId}",
      memberPath(tenantId, crypto.randomUUID()),
    );
    expect(nobody.response.status).toBe(404);
    for (const who of [bob.userId, admin.userId]) {
      for (const action of ["roles_change", "deactivate", "remove"])
        expect(await eventsOf(`tenant.member.${action}`, who, tenantId), `${action} ${who}`).toEqual([]);
    }
    const members = await admin.client.GET("/tenants/{tenantId}/members", { params: { path: { tenantId } } });
    expect(members.data?.members.map((m) => [m.userId, m.roles, m.active]).sort()).toEqual(
      [
        [admin.userId, ["admin"], true],
        [bob.userId, ["viewer"], true],
      ].sort(),
    );
  });

  it("role create and update: one event each naming the role; refused ones leave none", async () => {
    const { admin, tenantId } = await adminOfNewTenant();
    const path = { params: { path: { tenantId } } };
    const rolePath = (roleName: string) => ({ params: { path: { tenantId, roleName } } });
    const body = { name: "auditor", permissions: ["report:read"] };
    expect((await admin.client.POST("/tenants/{tenantId}/roles", { ...path, body })).response.status).toBe(
      201,
    );
    await theEvent("tenant.role.create", { type: "role", id: "auditor" }, tenantId, admin);
    const updated = await admin.client.PATCH("/tenants/{tenantId}/roles/{roleName}", {
      ...rolePath("auditor"),
      body: { permissions: ["report:read", "members:read"] },
    });
    expect(updated.response.status).toBe(200);
    await theEvent("tenant.role.update", { type: "role", id: "auditor" }, tenantId, admin);
    // Refused: a taken name (409), a malformed permission (400), an unknown role (404), a NUL in the name.
    expect((await admin.client.POST("/tenants/{tenantId}/roles", { ...path, body })).response.status).toBe(
      409,
    );
    const bad = await admin.client.PATCH("/tenants/{tenantId}/roles/{roleName}", {
      ...rolePath("auditor"),
      body: { permissions: ["Not A Permission"] },
    });
    expect(bad.response.status).toBe(400);
    const ghost = await admin.client.PATCH("/tenants/{tenantId}/roles/{roleName}", {
      ...rolePath("ghost"),
      body: { permissions: [] },
    });
    expect(ghost.response.status).toBe(404);
    const nul = await admin.client.POST("/tenants/{tenantId}/roles", {
      ...path,
      body: { name: "a\u0000b", permissions: [] },
    });
    expect(nul.response.status).toBe(400);
    expect(await eventsOf("tenant.role.create", "auditor", tenantId)).toHaveLength(1);
    expect(await eventsOf("tenant.role.update", "auditor", tenantId)).toHaveLength(1);
    expect(await eventsOf("tenant.role.update", "ghost", tenantId)).toEqual([]);
    const roles = await admin.client.GET("/tenants/{tenantId}/roles", path);
    expect(roles.data?.roles.find((r) => r.name === "auditor")?.permissions).toEqual([
      "members:read",
      "report:read",
    ]);
  });

  it("invitation create, accept and revoke: one event each, never the invitation's token or link", async () => {
    const { admin, tenantId } = await adminOfNewTenant();
    const invite = async (email: string) => {
      const r = await admin.client.POST("/tenants/{tenantId}/invitations", {
        params: { path: { tenantId } },
        body: { email, roles: ["analyst"] },
      });
      expect(r.response.status).toBe(201);
      return { id: r.data?.id ?? "", token: (r.data as { testToken?: string } | undefined)?.testToken ?? "" };
    };
    const accepted = await invite(uniqueEmail("invitee"));
    const revoked = await invite(uniqueEmail("revoked"));
    expect(accepted.token).toMatch(/\S{20}/);
    await theEvent("tenant.invitation.create", { type: "invitation", id: accepted.id }, tenantId, admin);
    await theEvent("tenant.invitation.create", { type: "invitation", id: revoked.id }, tenantId, admin);

    const path = { params: { path: { tenantId, invitationId: revoked.id } } };
    expect(
      (await admin.client.DELETE("/tenants/{tenantId}/invitations/{invitationId}", path)).response.status,
    ).toBe(204);
    await theEvent("tenant.invitation.revoke", { type: "invitation", id: revoked.id }, tenantId, admin);
    // Revoked twice: 404 and no second event; accepting it: refused, no accept event.
    expect(
      (await admin.client.DELETE("/tenants/{tenantId}/invitations/{invitationId}", path)).response.status,
    ).toBe(404);
    expect(await eventsOf("tenant.invitation.revoke", revoked.id, tenantId)).toHaveLength(1);
    const late = tokenClient(gh, seen, UA);
    const refused = await late.client.POST("/user/invitations/accept", {
      body: { token: revoked.token, password: PASSWORD },
    });
    expect(refused.error?.error.code).toBe("AUTH_CODE_INVALID");
    expect(await eventsOf("tenant.invitation.accept", revoked.id, tenantId)).toEqual([]);

    const invitee = tokenClient(gh, seen, UA);
    const joined = await invitee.client.POST("/user/invitations/accept", {
      body: { token: accepted.token, password: PASSWORD },
    });
    expect(joined.response.status).toBe(200);
    const newUserId = joined.data?.user.id ?? "";
    const [event] = await eventsOf("tenant.invitation.accept", accepted.id, tenantId);
    expect(event).toMatchObject({
      actor: { type: "user", id: newUserId },
      target: { type: "invitation", id: accepted.id },
      userAgent: UA["user-agent"],
    });
    expect(await eventsOf("tenant.invitation.accept", accepted.id, tenantId)).toHaveLength(1);

    const all = JSON.stringify(await gh.deps.store.db.selectFrom("audit_events").selectAll().execute());
    for (const secret of [accepted.token, revoked.token, PASSWORD]) expect(all).not.toContain(secret);
  });
});
