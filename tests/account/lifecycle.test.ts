// Email verification, password reset and change, account deletion: end to end through the SDK, codes read from real SMTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGatehouseClient, type GatehouseClient } from "../../sdk/src/index.js";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { PASSWORD, uniqueEmail } from "../helpers/http.js";
import { codeIn, type LocalSmtp, startLocalSmtp, tokenIn } from "../helpers/smtp.js";

let gh: TestGatehouse;
let smtp: LocalSmtp;

beforeAll(async () => {
  smtp = await startLocalSmtp();
  gh = await startTestGatehouse({ env: { SMTP_URL: smtp.url, APP_URL: "https://app.example.com" } });
});
afterAll(async () => {
  await gh.close();
  await smtp.close();
});

const client = () => createGatehouseClient({ baseUrl: BASE_URL, mode: "token", fetch: (r) => gh.fetch(r) });

async function newAccount(): Promise<{ c: GatehouseClient; email: string }> {
  const c = client();
  const email = uniqueEmail("life");
  const up = await c.signUp({ email, password: PASSWORD });
  expect(up.response.status).toBe(201);
  await smtp.next(email); // the verification email sent on sign-up
  return { c, email };
}

describe("email verification", () => {
  it("sends a code and a link by SMTP; the code verifies the address and a refreshed token says so", async () => {
    const { c, email } = await newAccount();
    const req = await c.POST("/user/email/verification/request");
    expect(req.response.status).toBe(202);
    expect(req.data).toEqual({ status: "accepted" }); // no test mode: nothing secret in the response
    const mail = await smtp.next(email);
    expect(mail.subject).toBe("Verify your email address");
    expect(mail.text).toContain("https://app.example.com/verify-email?token=");
    const ok = await c.POST("/user/email/verification/confirm", { body: { email, code: codeIn(mail) } });
    expect(ok.response.status).toBe(200);
    expect(ok.data?.emailVerified).toBe(true);
    await c.refresh();
    const access = (await c.getTokens())?.accessToken ?? "";
    expect(JSON.parse(Buffer.from(access.split(".")[1] ?? "", "base64url").toString()).ev).toBe(true);
  });

  it("the link verifies once; a second use is refused", async () => {
    const { c, email } = await newAccount();
    await c.POST("/user/email/verification/request");
    const token = tokenIn(await smtp.next(email));
    expect((await c.POST("/user/email/verification/confirm", { body: { token } })).response.status).toBe(200);
    const again = await c.POST("/user/email/verification/confirm", { body: { token } });
    expect(again.response.status).toBe(400);
    expect(again.error?.error.code).toBe("AUTH_CODE_INVALID");
  });

  it("a code expires after 10 minutes; the link lives for an hour", async () => {
    const { c, email } = await newAccount();
    await c.POST("/user/email/verification/request");
    const mail = await smtp.next(email);
    gh.clock.advance(11 * 60_000);
    const late = await c.POST("/user/email/verification/confirm", { body: { email, code: codeIn(mail) } });
    expect(late.error?.error.code).toBe("AUTH_CODE_INVALID");
    const link = await c.POST("/user/email/verification/confirm", { body: { token: tokenIn(mail) } });
    expect(link.response.status).toBe(200);
  });

  it("five wrong guesses kill the code, even for the right one after", async () => {
    const { c, email } = await newAccount();
    await c.POST("/user/email/verification/request");
    const code = codeIn(await smtp.next(email));
    const wrong = code === "000000" ? "000001" : "000000";
    for (let i = 0; i < 5; i++) {
      const r = await c.POST("/user/email/verification/confirm", { body: { email, code: wrong } });
      expect(r.error?.error.code).toBe("AUTH_CODE_INVALID");
    }
    const right = await c.POST("/user/email/verification/confirm", { body: { email, code } });
    expect(right.error?.error.code).toBe("AUTH_CODE_INVALID");
  });

  it("a code is bound to its user and its purpose", async () => {
    const a = await newAccount();
    const b = await newAccount();
    await a.c.POST("/user/email/verification/request");
    const mailA = await smtp.next(a.email);
    // A's code presented for B.
    const crossUser = await b.c.POST("/user/email/verification/confirm", {
      body: { email: b.email, code: codeIn(mailA) },
    });
    expect(crossUser.error?.error.code).toBe("AUTH_CODE_INVALID");
    // A verification link presented as a password reset.
    const crossPurpose = await a.c.POST("/user/password/reset/confirm", {
      body: { token: tokenIn(mailA), newPassword: "another fine passphrase" },
    });
    expect(crossPurpose.error?.error.code).toBe("AUTH_CODE_INVALID");
    // A fresh request makes the older code stale.
    await a.c.POST("/user/email/verification/request");
    const fresh = await smtp.next(a.email);
    const stale = await a.c.POST("/user/email/verification/confirm", { body: { token: tokenIn(mailA) } });
    expect(stale.error?.error.code).toBe("AUTH_CODE_INVALID");
    expect(
      (await a.c.POST("/user/email/verification/confirm", { body: { token: tokenIn(fresh) } })).response
        .status,
    ).toBe(200);
  });

  it("a confirm request without token or code is a 400 naming what is missing", async () => {
    const r = await client().POST("/user/email/verification/confirm", { body: {} });
    expect(r.response.status).toBe(400);
    expect(r.error?.error.code).toBe("VALIDATION_FAILED");
  });
});

describe("password reset", () => {
  it("answers unknown emails exactly like known ones, and sends mail only to real accounts", async () => {
    const { email } = await newAccount();
    const unknown = uniqueEmail("nobody");
    const a = await client().POST("/user/password/reset/request", { body: { email } });
    const b = await client().POST("/user/password/reset/request", { body: { email: unknown } });
    expect(a.response.status).toBe(202);
    expect(b.response.status).toBe(202);
    expect(a.data).toEqual(b.data);
    expect((await smtp.next(email)).subject).toBe("Reset your password");
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.messages.some((m) => m.to === unknown)).toBe(false);
  });

  it("resets by code, signs out every session, and the old password stops working", async () => {
    const { c, email } = await newAccount();
    const other = client();
    await other.signIn({ email, password: PASSWORD });
    await client().POST("/user/password/reset/request", { body: { email } });
    const code = codeIn(await smtp.next(email));
    const weak = await client().POST("/user/password/reset/confirm", {
      body: { email, code, newPassword: "password123" },
    });
    expect(weak.error?.error.code).toBe("AUTH_PASSWORD_TOO_WEAK");
    const done = await client().POST("/user/password/reset/confirm", {
      body: { email, code, newPassword: "reset to something long" },
    });
    expect(done.response.status).toBe(204);
    for (const s of [c, other]) {
      const me = await s.GET("/user/me");
      expect(me.error?.error.code).toBe("AUTH_SESSION_REVOKED");
    }
    expect((await client().signIn({ email, password: PASSWORD })).error?.error.code).toBe(
      "AUTH_INVALID_CREDENTIALS",
    );
    expect((await client().signIn({ email, password: "reset to something long" })).response.status).toBe(200);
  });
});

describe("password change", () => {
  it("needs the current password; the SDK continues in a new session and every old one ends", async () => {
    const { c, email } = await newAccount();
    const other = client();
    await other.signIn({ email, password: PASSWORD });
    const wrong = await c.POST("/user/password/change", {
      body: { currentPassword: "not it at all", newPassword: "changed passphrase" },
    });
    expect(wrong.response.status).toBe(401);
    expect(wrong.error?.error.code).toBe("AUTH_INVALID_CREDENTIALS");
    const common = await c.POST("/user/password/change", {
      body: { currentPassword: PASSWORD, newPassword: "iloveyou" },
    });
    expect(common.error?.error.code).toBe("AUTH_PASSWORD_TOO_WEAK");
    const before = await c.getTokens();
    const ok = await c.POST("/user/password/change", {
      body: { currentPassword: PASSWORD, newPassword: "changed passphrase" },
    });
    expect(ok.response.status).toBe(200);
    const after = await c.getTokens();
    expect(after?.refreshToken).not.toBe(before?.refreshToken);
    expect((await c.GET("/user/me")).response.status).toBe(200);
    const stale = client();
    await stale.setTokens(before ?? { accessToken: "", refreshToken: "" });
    expect((await stale.GET("/user/me")).error?.error.code).toBe("AUTH_SESSION_REVOKED");
    expect((await other.GET("/user/me")).error?.error.code).toBe("AUTH_SESSION_REVOKED");
  });
});

describe("account deletion", () => {
  it("needs the password once the sign-in is not recent; removes user, sessions, tokens and codes", async () => {
    const { c, email } = await newAccount();
    const userId = (await c.GET("/user/me")).data?.id ?? "";
    gh.clock.advance(6 * 60_000);
    await c.refresh();
    const noPassword = await c.DELETE("/user/me", { body: {} });
    expect(noPassword.response.status).toBe(403);
    expect(noPassword.error?.error.code).toBe("AUTH_REAUTHENTICATION_REQUIRED");
    const wrong = await c.DELETE("/user/me", { body: { password: "wrong password" } });
    expect(wrong.error?.error.code).toBe("AUTH_INVALID_CREDENTIALS");
    const tokens = await c.getTokens();
    const ok = await c.DELETE("/user/me", { body: { password: PASSWORD } });
    expect(ok.response.status).toBe(204);
    const db = gh.deps.store.db;
    for (const table of ["users", "credentials", "sessions", "one_time_codes"] as const) {
      const col = table === "users" ? "id" : "user_id";
      const rows = await db.selectFrom(table).select(col).where(col, "=", userId).execute();
      expect(rows, table).toHaveLength(0);
    }
    const me = await gh.fetch(`${BASE_URL}/user/me`, {
      headers: { cookie: `backend_session=${tokens?.accessToken}` },
    });
    expect(me.status).toBe(401);
    expect((await client().signIn({ email, password: PASSWORD })).response.status).toBe(401);
  });

  it("a fresh sign-in may delete without the password", async () => {
    const { c } = await newAccount();
    expect((await c.DELETE("/user/me", { body: {} })).response.status).toBe(204);
  });
});
