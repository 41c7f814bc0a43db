// Switches: required email verification, test mode (codes in responses and logs), and the defaults without them.
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config.js";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { json, PASSWORD, signUpToken, uniqueEmail, withSession } from "../helpers/http.js";

const started: TestGatehouse[] = [];
afterAll(async () => {
  for (const gh of started) await gh.close();
});
const instance = async (env: Record<string, string>) => {
  const gh = await startTestGatehouse({ env });
  started.push(gh);
  return gh;
};

describe("REQUIRE_EMAIL_VERIFICATION", () => {
  it("refuses sign-in with 403 AUTH_EMAIL_NOT_VERIFIED until the address is verified (wrong passwords still 401)", async () => {
    const gh = await instance({ REQUIRE_EMAIL_VERIFICATION: "true", OTP_TEST_MODE: "true" });
    const email = uniqueEmail("req");
    const s = await signUpToken(gh.fetch, BASE_URL, email);
    const blocked = await gh.fetch(`${BASE_URL}/user/signin`, json({ email, password: PASSWORD }));
    expect(blocked.status).toBe(403);
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe(
      "AUTH_EMAIL_NOT_VERIFIED",
    );
    expect(
      (await gh.fetch(`${BASE_URL}/user/signin`, json({ email, password: "wrong password" }))).status,
    ).toBe(401);
    const req = await gh.fetch(
      `${BASE_URL}/user/email/verification/request`,
      withSession(s.accessToken, { method: "POST" }),
    );
    const { testToken } = (await req.json()) as { testToken: string };
    expect(
      (await gh.fetch(`${BASE_URL}/user/email/verification/confirm`, json({ token: testToken }))).status,
    ).toBe(200);
    expect((await gh.fetch(`${BASE_URL}/user/signin`, json({ email, password: PASSWORD }))).status).toBe(200);
  });
});

describe("delivery without SMTP", () => {
  it("test mode returns the code in the response and writes it to the log", async () => {
    const gh = await instance({ OTP_TEST_MODE: "true" });
    const email = uniqueEmail("tm");
    await signUpToken(gh.fetch, BASE_URL, email);
    const res = await gh.fetch(`${BASE_URL}/user/password/reset/request`, json({ email }));
    const body = (await res.json()) as { testCode?: string };
    expect(body.testCode).toMatch(/^\d{6}$/);
    await new Promise((r) => setTimeout(r, 50));
    expect(gh.logs.join("\n")).toContain(`code is ${body.testCode}`);
  });

  it("without test mode the code is neither returned nor logged", async () => {
    const gh = await instance({});
    const email = uniqueEmail("quiet");
    await signUpToken(gh.fetch, BASE_URL, email);
    const res = await gh.fetch(`${BASE_URL}/user/password/reset/request`, json({ email }));
    expect(await res.json()).toEqual({ status: "accepted" });
    await new Promise((r) => setTimeout(r, 50));
    const logs = gh.logs.join("\n");
    expect(logs).toContain("Reset your password");
    expect(logs).not.toMatch(/code is \d{6}/);
  });

  it("production refuses test mode", () => {
    expect(() => loadConfig({ NODE_ENV: "production", OTP_TEST_MODE: "true" })).toThrow(
      /^config: OTP_TEST_MODE/,
    );
  });
});
