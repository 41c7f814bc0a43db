// Invitations: invite with roles (emailed single-use link), list, revoke, accept — creating the account if needed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMembership } from "../../server/store/memberships.js";
import type { TestGatehouse } from "../helpers/gatehouse.js";
import { PASSWORD, uniqueEmail } from "../helpers/http.js";
import { type LocalSmtp, startLocalSmtp, tokenIn } from "../helpers/smtp.js";
import { backends, newTenant, type Person, signUp, startOn, tokenClient } from "./helpers.js";

describe.each(backends)("invitations on %s", (name, open) => {
  let gh: TestGatehouse;
  let smtp: LocalSmtp;
  let close: () => Promise<void>;
  beforeAll(async () => {
    smtp = await startLocalSmtp();
    ({ gh, close } = await startOn(open, {
      env: { SMTP_URL: smtp.url, APP_URL: "https://app.example.com" },
    }));
  });
  afterAll(async () => {
    await close();
    await smtp.close();
  });

  const anonymous = () => {
    const { client, claims } = tokenClient(gh);
    return { c: client, claims };
  };

  /** A planning tenant whose admin `owner` is switched into it. */
  async function tenantWithAdmin() {
    const owner = await signUp(gh);
    const tenant = await newTenant(gh, owner, { switchOwner: true });
    return { owner, tenant };
  }
  const invite = (
    p: Person,
    tenantId: string,
    body: { email: string; roles: string[]; expiresInHours?: number },
  ) => p.client.POST("/tenants/{tenantId}/invitations", { params: { path: { tenantId } }, body });
  async function invited(p: Person, tenantId: string, email: string, roles = ["analyst"]) {
    const res = await invite(p, tenantId, { email, roles });
    expect(res.response.status).toBe(201);
    // Skip the verification email an existing account got at sign-up.
    let mail = await smtp.next(email);
    while (!mail.subject.startsWith("You are invited")) mail = await smtp.next(email);
    return { invitation: res.data, token: tokenIn(mail), mail };
  }

  it("invite → email with a link → a new account accepts with a password: member with the invited roles, email verified", async () => {
    const { owner, tenant } = await tenantWithAdmin();
    const email = uniqueEmail("invitee");
    const { invitation, token, mail } = await invited(owner, tenant.id, email, ["analyst"]);
    expect(invitation).toMatchObject({
      tenantId: tenant.id,
      email,
      roles: ["analyst"],
      invitedBy: owner.userId,
    });
    expect(mail.subject).toBe("You are invited to join Acme");
    expect(mail.text).toContain("https://app.example.com/accept-invitation?token=inv_");
    expect(JSON.stringify(invitation)).not.toContain(token);
    const list = await owner.client.GET("/tenants/{tenantId}/invitations", {
      params: { path: { tenantId: tenant.id } },
    });
    expect(list.data?.invitations.map((i) => i.id)).toEqual([invitation?.id]);

    const { c, claims } = anonymous();
    const acc = await c.POST("/user/invitations/accept", {
      body: { token, password: PASSWORD, name: "Grace" },
    });
    expect(acc.response.status).toBe(200);
    expect(acc.data?.user).toMatchObject({
      email,
      emailVerified: true,
      name: "Grace",
      tenantId: tenant.id,
      roles: ["analyst"],
    });
    expect(await claims()).toMatchObject({ tid: tenant.id, roles: ["analyst"] });
    // Single use; no longer pending.
    const again = await anonymous().c.POST("/user/invitations/accept", {
      body: { token, password: PASSWORD },
    });
    expect(again.response.status).toBe(400);
    expect(again.error?.error.code).toBe("AUTH_CODE_INVALID");
    const after = await owner.client.GET("/tenants/{tenantId}/invitations", {
      params: { path: { tenantId: tenant.id } },
    });
    expect(after.data?.invitations).toEqual([]);
    // The new account signs in into the tenant by slug.
    const inn = await anonymous().c.signIn({ email, password: PASSWORD, tenantSlug: tenant.slug });
    expect(inn.response.status).toBe(200);
    // And nobody saw the token in a log line.
    expect(gh.logs.join("\n")).not.toContain(token.slice(4));
  });

  it("refusals at invite time: unknown role 400 naming it, no members:invite 403, another tenant's id 403, no credential 401", async () => {
    const { owner, tenant } = await tenantWithAdmin();
    const unknown = await invite(owner, tenant.id, { email: uniqueEmail("x"), roles: ["analyst", "wizard"] });
    expect(unknown.response.status).toBe(400);
    expect(unknown.error?.error.code).toBe("VALIDATION_FAILED");
    expect(unknown.error?.error.message).toContain("wizard");
    expect(unknown.error?.error.fields?.[0]?.message).toContain("wizard");

    const viewer = await signUp(gh);
    await addMembership(
      gh.deps.store.db,
      { userId: viewer.userId, tenantId: tenant.id, roles: ["viewer"] },
      gh.clock.now(),
    );
    expect((await viewer.client.switchTenant(tenant.id)).response.status).toBe(200);
    const denied = await invite(viewer, tenant.id, { email: uniqueEmail("x"), roles: ["viewer"] });
    expect(denied.response.status).toBe(403);
    expect(denied.error?.error.code).toBe("AUTH_INSUFFICIENT_PERMISSIONS");

    const other = await tenantWithAdmin();
    const cross = await invite(owner, other.tenant.id, { email: uniqueEmail("x"), roles: ["viewer"] });
    expect(cross.response.status).toBe(403);
    expect(cross.error?.error.code).toBe("AUTH_TENANT_ACCESS_DENIED");
    const crossList = await owner.client.GET("/tenants/{tenantId}/invitations", {
      params: { path: { tenantId: other.tenant.id } },
    });
    expect(crossList.response.status).toBe(403);

    const anon = await anonymous().c.POST("/tenants/{tenantId}/invitations", {
      params: { path: { tenantId: tenant.id } },
      body: { email: uniqueEmail("x"), roles: ["viewer"] },
    });
    expect(anon.response.status).toBe(401);
    // Bad input: NUL, 300 chars, no roles.
    for (const body of [
      { email: "a\u0000@example.com", roles: ["viewer"] },
      { email: `${"a".repeat(300)}@example.com`, roles: ["viewer"] },
      { email: uniqueEmail("x"), roles: [] },
      { email: uniqueEmail("x"), roles: ["Viewer\u0000"] },
    ]) {
      const bad = await invite(owner, tenant.id, body);
      expect(bad.response.status, JSON.stringify(body)).toBe(400);
    }
  });

  it("revoked, expired and replaced invitations stop at once; revoking twice or another tenant's is 404", async () => {
    const { owner, tenant } = await tenantWithAdmin();
    const email = uniqueEmail("revoked");
    const first = await invited(owner, tenant.id, email);
    const second = await invited(owner, tenant.id, email); // replaces the first
    const replaced = await anonymous().c.POST("/user/invitations/accept", {
      body: { token: first.token, password: PASSWORD },
    });
    expect(replaced.error?.error.code).toBe("AUTH_CODE_INVALID");
    const del = (tenantId: string, invitationId: string) =>
      owner.client.DELETE("/tenants/{tenantId}/invitations/{invitationId}", {
        params: { path: { tenantId, invitationId } },
      });
    expect((await del(tenant.id, second.invitation?.id ?? "")).response.status).toBe(204);
    const revoked = await anonymous().c.POST("/user/invitations/accept", {
      body: { token: second.token, password: PASSWORD },
    });
    expect(revoked.response.status).toBe(400);
    expect(revoked.error?.error.code).toBe("AUTH_CODE_INVALID");
    const twice = await del(tenant.id, second.invitation?.id ?? "");
    expect(twice.response.status).toBe(404);
    expect(twice.error?.error.code).toBe("NOT_FOUND");

    // Another tenant's invitation, by id, through my tenant: 404 and it still works.
    const other = await tenantWithAdmin();
    const theirs = await invited(other.owner, other.tenant.id, uniqueEmail("theirs"));
    expect((await del(tenant.id, theirs.invitation?.id ?? "")).response.status).toBe(404);

    const late = await invite(owner, tenant.id, {
      email: uniqueEmail("late"),
      roles: ["viewer"],
      expiresInHours: 1,
    });
    const lateToken = tokenIn(await smtp.next(late.data?.email ?? ""));
    gh.clock.advance(3_600_001);
    const expired = await anonymous().c.POST("/user/invitations/accept", {
      body: { token: lateToken, password: PASSWORD },
    });
    expect(expired.response.status).toBe(400);
    expect(expired.error?.error.code).toBe("AUTH_CODE_INVALID");
    const ok = await anonymous().c.POST("/user/invitations/accept", {
      body: { token: theirs.token, password: PASSWORD },
    });
    expect(ok.response.status).toBe(200); // an hour is nothing to a week-long invitation
  });

  it("existing accounts: signed in with the invited email joins; another email is 403; anonymous needs the account's password", async () => {
    const { owner, tenant } = await tenantWithAdmin();
    const ada = await signUp(gh);
    const eve = await signUp(gh);
    const forAda = await invited(owner, tenant.id, ada.email, ["s&op_orchestrator"]);
    const wrong = await eve.client.POST("/user/invitations/accept", { body: { token: forAda.token } });
    expect(wrong.response.status, JSON.stringify(wrong.error)).toBe(403);
    expect(wrong.error?.error.code).toBe("AUTH_TENANT_ACCESS_DENIED");
    const noPassword = await anonymous().c.POST("/user/invitations/accept", {
      body: { token: forAda.token },
    });
    expect(noPassword.response.status).toBe(401);
    const badPassword = await anonymous().c.POST("/user/invitations/accept", {
      body: { token: forAda.token, password: "not the password" },
    });
    expect(badPassword.response.status).toBe(401);
    expect(badPassword.error?.error.code).toBe("AUTH_INVALID_CREDENTIALS");
    const joined = await ada.client.POST("/user/invitations/accept", { body: { token: forAda.token } });
    expect(joined.response.status).toBe(200);
    expect(joined.data?.user).toMatchObject({
      id: ada.userId,
      tenantId: tenant.id,
      roles: ["s&op_orchestrator"],
    });
    expect(await ada.claims()).toMatchObject({ tid: tenant.id, roles: ["s&op_orchestrator"] });

    // Already a member: 409, and the invitation is not spent.
    const dup = await invited(owner, tenant.id, ada.email);
    const conflict = await anonymous().c.POST("/user/invitations/accept", {
      body: { token: dup.token, password: PASSWORD },
    });
    expect(conflict.response.status).toBe(409);
    const list = await owner.client.GET("/tenants/{tenantId}/invitations", {
      params: { path: { tenantId: tenant.id } },
    });
    expect(list.data?.invitations.map((i) => i.email)).toContain(ada.email);

    // New account: a password is required and must meet the policy.
    const fresh = await invited(owner, tenant.id, uniqueEmail("fresh"));
    for (const body of [{ token: fresh.token }, { token: fresh.token, password: "short" }]) {
      const res = await anonymous().c.POST("/user/invitations/accept", { body });
      expect(res.response.status).toBe(400);
    }
    const garbage = await anonymous().c.POST("/user/invitations/accept", {
      body: { token: "inv_nope", password: PASSWORD },
    });
    expect(garbage.error?.error.code).toBe("AUTH_CODE_INVALID");
  });

  it("40 parallel accepts of one invitation: exactly one wins, one account and one membership", async () => {
    const { owner, tenant } = await tenantWithAdmin();
    const email = uniqueEmail("race");
    const { token } = await invited(owner, tenant.id, email);
    const results = await Promise.all(
      Array.from({ length: 40 }, () =>
        anonymous().c.POST("/user/invitations/accept", { body: { token, password: PASSWORD } }),
      ),
    );
    const statuses = results.map((r) => r.response.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(
      statuses.filter((s) => s !== 200).every((s) => s === 400),
      `${name}: ${statuses.join(",")}`,
    ).toBe(true);
    const members = await owner.client.GET("/tenants/{tenantId}/members", {
      params: { path: { tenantId: tenant.id }, query: { search: email } },
    });
    expect(members.data?.members).toHaveLength(1);
  });
});
