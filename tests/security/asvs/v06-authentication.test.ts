// ASVS 5.0 L1, V6 (authentication): passwords, brute force, default accounts, codes — one `it` per requirement.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dictionary } from "@zxcvbn-ts/language-common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../../server/errors.js";
import { assertAcceptablePassword } from "../../../server/services/password-policy.js";
import { json } from "../../helpers/http.js";
import {
  BASE_URL,
  contract,
  errorCode,
  freshIp,
  PASSWORD,
  ROOT,
  readme,
  STARTUP_MS,
  signIn,
  signUp,
  sources,
  start,
  type TestGatehouse,
  uniqueEmail,
  withCookie,
} from "./helpers.js";

let gh: TestGatehouse;
let initial: { users: number; credentials: number };
beforeAll(async () => {
  gh = await start({ OTP_TEST_MODE: "true" });
  const count = async (table: "users" | "credentials") =>
    Number(
      (
        await gh.deps.store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  initial = { users: await count("users"), credentials: await count("credentials") };
}, STARTUP_MS);
afterAll(() => gh.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  gh.fetch(`${BASE_URL}${path}`, json(body, { "x-forwarded-for": freshIp(), ...headers }));

const changePassword = (access: string, body: Record<string, string>) =>
  gh.fetch(`${BASE_URL}/user/password/change`, withCookie(access, json(body)));

/** Asks for a password reset code (OTP_TEST_MODE hands it back). */
async function resetCode(email: string): Promise<string> {
  const res = await post("/user/password/reset/request", { email });
  expect(res.status).toBe(202);
  return ((await res.json()) as { testCode: string }).testCode;
}

async function verificationCode(access: string) {
  const res = await gh.fetch(
    `${BASE_URL}/user/email/verification/request`,
    withCookie(access, { method: "POST", headers: { "x-forwarded-for": freshIp() } }),
  );
  expect(res.status).toBe(202);
  return (await res.json()) as { testCode: string; testToken: string };
}

const confirmVerification = (body: Record<string, string>, ip = freshIp()) =>
  post("/user/email/verification/confirm", body, { "x-forwarded-for": ip });

async function expectRefused(res: Response, status: number, code: string, label = "") {
  expect(res.status, label).toBe(status);
  expect(await errorCode(res), label).toBe(code);
}

describe("V6 Authentication", () => {
  // depends on h8-ratelimits
  it("V6.1.1 README documents the brute-force limits and why they cannot lock the owner out", () => {
    const text = readme();
    expect(text).toMatch(/per (IP|source|address)/i);
    expect(text).toMatch(/AUTH_RATE_LIMIT_EXCEEDED/);
    expect(text).toMatch(/lock(s|ed|ing)?[ -]?out/i);
  });

  it("V6.2.1 passwords of at least 8 characters are accepted, shorter refused, on sign-up, change and reset", async () => {
    const short = "kq3vyzm";
    await expectRefused(
      await post("/user/signup", { email: uniqueEmail(), password: short }),
      400,
      "VALIDATION_FAILED",
    );
    const a = await signUp(gh, { password: "kq3vyzmt" });
    await expectRefused(
      await changePassword(a.access, { currentPassword: "kq3vyzmt", newPassword: short }),
      400,
      "VALIDATION_FAILED",
    );
    const code = await resetCode(a.email);
    await expectRefused(
      await post("/user/password/reset/confirm", { email: a.email, code, newPassword: short }),
      400,
      "VALIDATION_FAILED",
    );
    expect((await signIn(gh, a.email, "kq3vyzmt")).status).toBe(200);
  });

  it("V6.2.2 users can change their password: the new one signs in, the old one no longer does", async () => {
    const a = await signUp(gh);
    const res = await changePassword(a.access, {
      currentPassword: a.password,
      newPassword: "a changed passphrase",
    });
    expect(res.status).toBe(204);
    await expectRefused(await signIn(gh, a.email, a.password), 401, "AUTH_INVALID_CREDENTIALS");
    expect((await signIn(gh, a.email, "a changed passphrase")).status).toBe(200);
  });

  it("V6.2.3 changing the password needs the current password as well as the new one", async () => {
    const a = await signUp(gh);
    const missing = await changePassword(a.access, { newPassword: "a changed passphrase" });
    expect(missing.status).toBe(400);
    const body = (await missing.json()) as { error: { code: string; fields: Array<{ path: string }> } };
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.fields.map((f) => f.path)).toContain("body.currentPassword");
    await expectRefused(
      await changePassword(a.access, {
        currentPassword: "not the password",
        newPassword: "a changed passphrase",
      }),
      401,
      "AUTH_INVALID_CREDENTIALS",
    );
    expect((await signIn(gh, a.email, a.password)).status).toBe(200);
  });

  it("V6.2.4 the top 3000 common passwords that meet the length rule are refused on sign-up, change and reset", async () => {
    // zxcvbn-ts's frequency-ranked list (from real leaks); the top 3000 within 8–128 characters.
    const top = (dictionary["passwords-common"] as string[]).slice(0, 3000).filter((p) => [...p].length >= 8);
    expect(top.length).toBeGreaterThan(600);
    const accepted = top.filter((p) => {
      try {
        assertAcceptablePassword(p);
        return true;
      } catch (err) {
        return !(err instanceof AppError && err.code === "AUTH_PASSWORD_TOO_WEAK");
      }
    });
    expect(accepted).toEqual([]);
    // The same rule on every path that sets a password.
    const weak = "AUTH_PASSWORD_TOO_WEAK";
    await expectRefused(
      await post("/user/signup", { email: uniqueEmail(), password: "iloveyou" }),
      400,
      weak,
    );
    const a = await signUp(gh);
    await expectRefused(
      await changePassword(a.access, { currentPassword: a.password, newPassword: "password1" }),
      400,
      weak,
    );
    const code = await resetCode(a.email);
    await expectRefused(
      await post("/user/password/reset/confirm", { email: a.email, code, newPassword: "12345678" }),
      400,
      weak,
    );
  });

  it("V6.2.5 passwords of any composition are accepted: no required case, digit or symbol", async () => {
    for (const password of [
      "only lowercase letters here",
      "ПарольБезЦифр",
      "密码很长但是没有数字",
      "ALL UPPER CASE WORDS",
    ]) {
      const a = await signUp(gh, { password });
      expect((await signIn(gh, a.email, password)).status, password).toBe(200);
    }
  });

  it("V6.2.8 the password is verified exactly as received: no truncation, trimming, case folding or normalisation", async () => {
    // Past bcrypt's 72 bytes, with a composed "ë", upper case and a trailing space; its NFD form still fits 128.
    const password = `${"Zoë keeps An Exact passphrase ".repeat(4).slice(0, 99)} `;
    expect([...password.normalize("NFD")].length).toBeLessThanOrEqual(128);
    const a = await signUp(gh, { password });
    const variants = [
      password.slice(0, 72),
      password.trimEnd(),
      password.toLowerCase(),
      password.normalize("NFD"),
    ];
    for (const variant of variants) {
      expect(variant).not.toBe(password);
      await expectRefused(await signIn(gh, a.email, variant), 401, "AUTH_INVALID_CREDENTIALS");
    }
    expect((await signIn(gh, a.email, password)).status).toBe(200);
  });

  it("V6.3.1 a source that spent its guesses on an account is refused with 429 and Retry-After", async () => {
    const a = await signUp(gh);
    const attacker = freshIp();
    for (let i = 0; i < 5; i++) {
      await expectRefused(
        await signIn(gh, a.email, `wrong guess ${i}`, { ip: attacker }),
        401,
        "AUTH_INVALID_CREDENTIALS",
      );
    }
    const refused = await signIn(gh, a.email, a.password, { ip: attacker });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await errorCode(refused)).toBe("AUTH_RATE_LIMIT_EXCEEDED");
  });

  // depends on h8-ratelimits
  it("V6.3.1 the owner signs in from another address while the attacker's is refused (no lockout switch)", async () => {
    const a = await signUp(gh);
    const attacker = freshIp();
    let guesses = 0;
    while ((await signIn(gh, a.email, `wrong guess ${guesses}`, { ip: attacker })).status === 401) {
      guesses++;
      expect(guesses, "the attacker is stopped").toBeLessThan(60);
    }
    expect((await signIn(gh, a.email, a.password, { ip: attacker })).status).toBe(429);
    expect((await signIn(gh, a.email, a.password, { ip: freshIp() })).status).toBe(200);
  });

  // depends on h8-ratelimits
  it("V6.3.1 forty parallel wrong passwords get at most the documented budget evaluated", async () => {
    const a = await signUp(gh);
    const attacker = freshIp();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(gh, a.email, `parallel guess ${i}`, { ip: attacker })),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((s) => s !== 401).every((s) => s === 429)).toBe(true);
    expect((await signIn(gh, a.email, a.password, { ip: attacker })).status).toBe(429);
  });

  // depends on h8-ratelimits
  it("V6.3.1 forty parallel wrong codes cannot spend more than a one-time code's five attempts", async () => {
    const a = await signUp(gh);
    const { testCode } = await verificationCode(a.access);
    const wrong = Array.from({ length: 40 }, (_, i) =>
      String((Number(testCode) + 1 + i) % 1_000_000).padStart(6, "0"),
    );
    const answers = await Promise.all(wrong.map((code) => confirmVerification({ email: a.email, code })));
    expect(answers.every((r) => r.status === 400 || r.status === 429)).toBe(true);
    const rows = await gh.deps.store.db
      .selectFrom("one_time_codes")
      .select("attempts")
      .where("user_id", "=", a.userId)
      .where("purpose", "=", "verify_email")
      .where("consumed_at", "is", null)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.attempts).toBeLessThanOrEqual(5);
    await expectRefused(
      await confirmVerification({ email: a.email, code: testCode }),
      400,
      "AUTH_CODE_INVALID",
    );
  });

  it("V6.3.2 a fresh deployment has no accounts, and default administrator names do not sign in", async () => {
    expect(initial).toEqual({ users: 0, credentials: 0 });
    for (const [file, sql] of sources("server/store/migrations", /\.sql$/)) {
      expect(sql, file).not.toMatch(/INSERT\s+INTO\s+(users|credentials)\b/i);
    }
    for (const [email, password] of [
      ["root@example.com", "root"],
      ["admin@example.com", "admin"],
      ["administrator@example.com", "changeme"],
      ["sa@example.com", "sa"],
    ]) {
      await expectRefused(
        await signIn(gh, email as string, password as string),
        401,
        "AUTH_INVALID_CREDENTIALS",
        email,
      );
    }
  });

  it("V6.4.1 verification codes and links are random, short-lived, superseded by a newer issue and spent once", async () => {
    const a = await signUp(gh);
    const first = await verificationCode(a.access);
    const second = await verificationCode(a.access);
    expect(second.testCode).toMatch(/^\d{6}$/);
    expect(Buffer.from(second.testToken, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    expect(second.testToken).not.toBe(first.testToken);
    await expectRefused(
      await confirmVerification({ token: first.testToken }),
      400,
      "AUTH_CODE_INVALID",
      "superseded",
    );
    gh.clock.advance(11 * 60_000);
    await expectRefused(
      await confirmVerification({ email: a.email, code: second.testCode }),
      400,
      "AUTH_CODE_INVALID",
      "expired code",
    );
    expect((await confirmVerification({ token: second.testToken })).status).toBe(200); // the link lives longer
    await expectRefused(
      await confirmVerification({ token: second.testToken }),
      400,
      "AUTH_CODE_INVALID",
      "spent",
    );
    // Gatehouse never makes up a password for anyone: no answer in the contract carries one.
    const schemas = JSON.stringify(
      Object.entries(contract.components.schemas).filter(
        ([name]) => !/Request|Confirm|Redemption/.test(name),
      ),
    );
    expect(schemas).not.toMatch(/"(password|temporaryPassword|initialPassword)"\s*:/i);
  });

  it("V6.4.2 there are no password hints or secret questions: none in the contract, and the server refuses one", async () => {
    const text = readFileSync(join(ROOT, "generated/openapi.json"), "utf8");
    expect(text).not.toMatch(/"[a-zA-Z_]*(hint|question|secretAnswer|securityAnswer)[a-zA-Z_]*"\s*:/i);
    await expectRefused(
      await post("/user/signup", { email: uniqueEmail(), password: PASSWORD, passwordHint: "my cat" }),
      400,
      "VALIDATION_FAILED",
    );
  });
});
