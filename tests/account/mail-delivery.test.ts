// Mail leaves the request path: answers never wait on SMTP (so a reset request for a known email
// looks like one for an unknown email), a transient SMTP refusal is retried, and shutdown lets
// queued mail finish.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { json, signUpToken, uniqueEmail } from "../helpers/http.js";
import { codeIn, type LocalSmtp, startLocalSmtp } from "../helpers/smtp.js";

let smtp: LocalSmtp;
let gh: TestGatehouse;
beforeAll(async () => {
  smtp = await startLocalSmtp();
  gh = await startTestGatehouse({ env: { SMTP_URL: smtp.url }, mailRetryMs: 20 });
});
afterAll(async () => {
  await gh.close();
  await smtp.close();
});

const requestReset = (email: string) => gh.fetch(`${BASE_URL}/user/password/reset/request`, json({ email }));

describe("mail delivery", () => {
  it("a reset request answers before the mail is sent, with the same body for a known and an unknown email", async () => {
    const email = uniqueEmail("known");
    await signUpToken(gh.fetch, BASE_URL, email);
    await smtp.next(email); // the sign-up verification mail
    let release!: () => void;
    smtp.hold = new Promise<void>((r) => {
      release = r;
    });
    const known = await requestReset(email);
    const unknown = await requestReset(uniqueEmail("nobody"));
    // Both answered while the SMTP server is still holding the message.
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    expect(smtp.messages.filter((m) => m.to === email)).toHaveLength(1);
    release();
    smtp.hold = undefined;
    const mail = await smtp.next(email);
    expect(mail.subject).toMatch(/reset/i);
    expect(codeIn(mail)).toMatch(/^\d{6}$/);
  });

  it("a transient SMTP refusal is retried and the message still arrives", async () => {
    const email = uniqueEmail("retry");
    await signUpToken(gh.fetch, BASE_URL, email);
    await smtp.next(email);
    const before = smtp.attempts;
    smtp.failNext = 2;
    expect((await requestReset(email)).status).toBe(202);
    const mail = await smtp.next(email);
    expect(codeIn(mail)).toMatch(/^\d{6}$/);
    expect(smtp.attempts - before).toBe(3);
    expect(gh.logs.join("\n")).toMatch(/email delivery failed; retrying/);
  });

  it("gives up after the retries, logs it once without the message, and the API is unaffected", async () => {
    const email = uniqueEmail("down");
    await signUpToken(gh.fetch, BASE_URL, email);
    await smtp.next(email);
    smtp.failNext = 4;
    expect((await requestReset(email)).status).toBe(202);
    await expect
      .poll(() => gh.logs.filter((l) => l.includes('"msg":"email delivery failed"')).length, {
        timeout: 10_000,
      })
      .toBe(1);
    expect(smtp.attempts).toBeGreaterThanOrEqual(4); // the first try and three retries
    const line = gh.logs.find((l) => l.includes('"msg":"email delivery failed"')) ?? "";
    expect(line).not.toMatch(/code is \d{6}|token=/);
  });

  it("close() waits for queued mail", async () => {
    smtp.failNext = 0;
    const own = await startTestGatehouse({ env: { SMTP_URL: smtp.url }, mailRetryMs: 20 });
    const email = uniqueEmail("drain");
    let release!: () => void;
    smtp.hold = new Promise<void>((r) => {
      release = r;
    });
    await signUpToken(own.fetch, BASE_URL, email);
    const closed = own.close();
    setTimeout(() => release(), 50);
    await closed;
    smtp.hold = undefined;
    expect(smtp.messages.some((m) => m.to === email)).toBe(true);
  });
});
