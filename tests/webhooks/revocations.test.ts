// session.revoked for the revocations that are side effects of another change — a tenant switch, a sign-in
// replacing the session it arrived with, SSO identities unlinked once the mailbox is proved — on PGlite and
// PostgreSQL: each reaches a webhook receiver once, signed and valid against the contract, and ends the
// session's realtime sockets; a refused change, or one that ended no session, emits nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOutboxEvents } from "../../server/store/webhook-outbox.js";
import { errorsText, schemaAt } from "../helpers/contract.js";
import { BASE_URL } from "../helpers/gatehouse.js";
import { json, PASSWORD, TOKEN_MODE, uniqueEmail, withSession } from "../helpers/http.js";
import { SSO_BACKENDS, type SsoHarness, squat as squatAt, startSsoHarness } from "../helpers/sso.js";
import {
  newWebhookSecret,
  type ReceivedHook,
  type Receiver,
  startReceiver,
} from "../helpers/webhook-receiver.js";
import { bearer, type Client, type Listening, open, serveRealtime } from "../realtime/helpers.js";
import { newTenant, type Person, signUp } from "../tenancy/helpers.js";

const SECRET = newWebhookSecret();
const sessionRevokedBody = schemaAt(
  "webhooks",
  "session.revoked",
  "post",
  "requestBody",
  "content",
  "application/json",
  "schema",
);

interface RevokedData {
  userId: string;
  tenantId: string | null;
  actor: { type: string; id: string | null };
  reason: string;
  sessionIds: string[];
}

describe.each(
  SSO_BACKENDS,
)("session.revoked of switches, replacing sign-ins and unlinked identities on %s", (_name, openDb) => {
  let h: SsoHarness;
  let drop: () => Promise<void>;
  let receiver: Receiver;
  let srv: Listening;
  beforeAll(async () => {
    receiver = await startReceiver(SECRET);
    const db = await openDb();
    drop = db.drop;
    h = await startSsoHarness(db.store, {
      env: { WEBHOOK_URLS: receiver.url, WEBHOOK_SECRET: SECRET },
      webhookRetryMs: 20,
      webhookPollMs: 50,
    });
    srv = await serveRealtime(h.gh);
  });
  afterAll(async () => {
    await srv?.close();
    await h?.close();
    await drop?.();
    await receiver?.close();
  });

  const hooksAbout = (userId: string) =>
    receiver.received.filter((r) => {
      const body = JSON.parse(r.body) as { type: string; data: { userId: string } };
      return body.type === "session.revoked" && body.data.userId === userId;
    });

  /**
   * The session.revoked events delivered about `userId`, once `count` have arrived (and no more): each
   * accepted once, signed, and valid against the contract's webhook body.
   */
  async function delivered(userId: string, count: number): Promise<RevokedData[]> {
    await expect.poll(() => hooksAbout(userId).length, { timeout: 10_000 }).toBe(count);
    return hooksAbout(userId).map((hook: ReceivedHook) => {
      expect(hook.verified).toBe(true);
      expect(hook.status).toBe(204);
      const body = JSON.parse(hook.body) as { data: RevokedData };
      expect(sessionRevokedBody(body), errorsText(sessionRevokedBody.errors)).toBe(true);
      return body.data;
    });
  }

  /** The session.revoked events written about `userId` (in the change's transaction: no waiting). */
  const written = async (userId: string) =>
    (await listOutboxEvents(h.gh.deps.store.db)).filter(
      (r) => r.type === "session.revoked" && (r.payload as { data: RevokedData }).data.userId === userId,
    );

  /** A socket of the session `accessToken` belongs to, past its `ready` frame. */
  async function socket(accessToken: string): Promise<Client> {
    const c = await open(srv.wsUrl, bearer(accessToken));
    expect((await c.next()).type).toBe("ready");
    return c;
  }

  /** The socket is told its session ended, then closed 4003. */
  async function endedBy(c: Client, sessionId: string) {
    expect((await c.closed).code).toBe(4003);
    expect(c.pending()).toEqual([{ type: "session.revoked", sessionId }]);
  }

  // Each person comes from their own address: the per-address sign-up limit never decides a test here.
  let people = 0;
  const person = () => signUp(h.gh, [], { "x-forwarded-for": `10.88.0.${++people}` });
  const sid = async (p: Pick<Person, "claims">) => (await p.claims()).sid as string;

  describe("tenant switch", () => {
    it("ends the session of the tenant left: one session.revoked (tenant_switched) naming it, its socket closed", async () => {
      const p = await person();
      const tenant = await newTenant(h.gh, p);
      const first = await sid(p);
      const ws = await socket(await p.accessToken());
      expect((await p.client.switchTenant(tenant.id)).response.status).toBe(200);
      const second = await sid(p);
      expect(second).not.toBe(first);
      await endedBy(ws, first);
      const self = { userId: p.userId, actor: { type: "user", id: p.userId }, reason: "tenant_switched" };
      expect(await delivered(p.userId, 1)).toEqual([{ ...self, tenantId: "default", sessionIds: [first] }]);
      // And back: the event is in the tenant the ended session belonged to, not the one entered.
      expect((await p.client.switchTenant("default")).response.status).toBe(200);
      const events = await delivered(p.userId, 2);
      expect(events).toContainEqual({ ...self, tenantId: tenant.id, sessionIds: [second] });
    });

    it("a refused switch (not a member: 403) ends nothing and emits nothing", async () => {
      const p = await person();
      const stranger = await person();
      const theirs = await newTenant(h.gh, stranger);
      const refused = await p.client.switchTenant(theirs.id);
      expect(refused.response.status).toBe(403);
      expect(refused.error?.error.code).toBe("AUTH_TENANT_ACCESS_DENIED");
      expect(await written(p.userId)).toEqual([]);
      expect((await p.client.GET("/user/me")).response.status).toBe(200);
    });
  });

  describe("a sign-in replacing the session it arrived with", () => {
    const replaced = (userId: string, by: string, sessionId: string) => ({
      userId,
      tenantId: "default",
      actor: { type: "user", id: by },
      reason: "replaced_by_sign_in",
      sessionIds: [sessionId],
    });
    it("one session.revoked (replaced_by_sign_in) naming the replaced session; its socket closed", async () => {
      const p = await person();
      const first = await sid(p);
      const ws = await socket(await p.accessToken());
      expect((await p.client.signIn({ email: p.email, password: PASSWORD })).response.status).toBe(200);
      expect(await sid(p)).not.toBe(first);
      await endedBy(ws, first);
      expect(await delivered(p.userId, 1)).toEqual([replaced(p.userId, p.userId, first)]);
    });

    it("another person signing in on the client: the event is about the replaced session's user, by the new one", async () => {
      const a = await person();
      const b = await person();
      const first = await sid(a);
      // a's client, b's credentials.
      expect((await a.client.signIn({ email: b.email, password: PASSWORD })).response.status).toBe(200);
      expect(await delivered(a.userId, 1)).toEqual([replaced(a.userId, b.userId, first)]);
    });

    it("a sign-in arriving with a session that had already ended emits nothing more", async () => {
      const p = await person();
      const token = await p.accessToken();
      expect((await p.client.signOut()).response.status).toBe(204);
      const afterSignOut = (await written(p.userId)).map((r) => r.id);
      expect(afterSignOut).toHaveLength(1);
      const res = await h.gh.fetch(
        `${BASE_URL}/user/signin`,
        withSession(token, json({ email: p.email, password: PASSWORD }, TOKEN_MODE)),
      );
      expect(res.status).toBe(200);
      expect((await written(p.userId)).map((r) => r.id)).toEqual(afterSignOut);
    });
  });

  describe("SSO identities unlinked once the mailbox is proved", () => {
    const squat = (victim: string) => squatAt(h, victim);
    const unlinked = (userId: string, sessionId: string) => ({
      userId,
      tenantId: null,
      actor: { type: "user", id: userId },
      reason: "sso_identity_unlinked",
      sessionIds: [sessionId],
    });

    it("email verification from another client: one session.revoked (sso_identity_unlinked); its socket closed", async () => {
      const squatter = await squat(uniqueEmail("victim"));
      const ws = await socket(squatter.accessToken);
      const requested = await squatter.client.POST("/user/email/verification/request");
      expect(requested.response.status).toBe(202);
      // The link opened where the mailbox is read: no session of that identity.
      const confirmed = await h.client().POST("/user/email/verification/confirm", {
        body: { token: requested.data?.testToken ?? "" },
      });
      expect(confirmed.response.status).toBe(200);
      await endedBy(ws, squatter.sessionId);
      expect(await delivered(squatter.userId, 1)).toEqual([unlinked(squatter.userId, squatter.sessionId)]);
    });

    it("password reset: one session.revoked (sso_identity_unlinked), and none for the reset (nothing else was live)", async () => {
      const victim = uniqueEmail("victim");
      const squatter = await squat(victim);
      const owner = h.client();
      const requested = await owner.POST("/user/password/reset/request", { body: { email: victim } });
      expect(requested.response.status).toBe(202);
      const reset = await owner.POST("/user/password/reset/confirm", {
        body: { token: requested.data?.testToken ?? "", newPassword: "the owner's new passphrase" },
      });
      expect(reset.response.status).toBe(204);
      expect(await delivered(squatter.userId, 1)).toEqual([unlinked(squatter.userId, squatter.sessionId)]);
    });

    it.each([
      ["password reset", "reset_password", "/auth/user/password/reset"],
      ["email verification", "verify_email", "/auth/user/email/verify"],
    ] as const)("the deprecated /auth %s: one session.revoked (sso_identity_unlinked)", async (_l, purpose, path) => {
      const squatter = await squat(uniqueEmail("victim"));
      const { token } = await h.gh.deps.codes.issue(squatter.userId, purpose);
      const body =
        purpose === "reset_password"
          ? { method: "token", token, formFields: [{ id: "password", value: "the owner's new passphrase" }] }
          : { method: "token", token };
      const res = await h.gh.fetch(`${BASE_URL}${path}`, json(body));
      expect(res.status).toBe(200);
      expect(((await res.json()) as { status: string }).status).toBe("OK");
      expect(await delivered(squatter.userId, 1)).toEqual([unlinked(squatter.userId, squatter.sessionId)]);
    });

    it("verified from the identity's own session: nothing is unlinked or ended, and nothing emitted", async () => {
      const squatter = await squat(uniqueEmail("owner"));
      const requested = await squatter.client.POST("/user/email/verification/request");
      const confirmed = await squatter.client.POST("/user/email/verification/confirm", {
        body: { token: requested.data?.testToken ?? "" },
      });
      expect(confirmed.response.status).toBe(200);
      expect(await written(squatter.userId)).toEqual([]);
      expect((await squatter.client.GET("/user/me")).response.status).toBe(200);
    });
  });

  it("every webhook request was verified and accepted once", () => {
    for (const [id, hooks] of receiver.accepted()) expect(hooks, id).toHaveLength(1);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
  });
});
