// Switches: required email verification, test mode (codes in responses and logs), and the defaults without them.
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config.js";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import {
  claimsOf,
  errorCode,
  json,
  PASSWORD,
  refreshToken,
  signUpToken,
  TOKEN_MODE,
  uniqueEmail,
  withSession,
} from "../helpers/http.js";

const started: TestGatehouse[] = [];
afterAll(async () => {
  for (const gh of started) await gh.close();
});
const instance = async (env: Record<string, string>) => {
  const gh = await startTestGatehouse({ env });
  started.push(gh);
  return gh;
};

// Every session-start path, the contract's marks and the FDI claim: tests/account/email-verification-required.test.ts.
describe("REQUIRE_EMAIL_VERIFICATION", () => {
  it("password sign-in of an unverified account gives a restricted session (ev: false) until the address is verified; wrong passwords still 401", async () => {
    const gh = await instance({ REQUIRE_EMAIL_VERIFICATION: "true", OTP_TEST_MODE: "true" });
    const email = uniqueEmail("req");
    await signUpToken(gh.fetch, BASE_URL, email);
    const signIn = await gh.fetch(`${BASE_URL}/user/signin`, json({ email, password: PASSWORD }, TOKEN_MODE));
    expect(signIn.status).toBe(200);
    const { tokens } = (await signIn.json()) as { tokens: { accessToken: string; refreshToken: string } };
    expect(claimsOf(tokens.accessToken).ev).toBe(false);
    const blocked = await gh.fetch(`${BASE_URL}/user/sessions`, withSession(tokens.accessToken));
    expect(blocked.status).toBe(403);
    expect(await errorCode(blocked)).toBe("AUTH_EMAIL_NOT_VERIFIED");
    expect((await gh.fetch(`${BASE_URL}/user/me`, withSession(tokens.accessToken))).status).toBe(200);
    expect(
      (await gh.fetch(`${BASE_URL}/user/signin`, json({ email, password: "wrong password" }))).status,
    ).toBe(401);
    const req = await gh.fetch(
      `${BASE_URL}/user/email/verification/request`,
      withSession(tokens.accessToken, { method: "POST" }),
    );
    expect(req.status).toBe(202);
    const { testToken } = (await req.json()) as { testToken: string };
    expect(
      (await gh.fetch(`${BASE_URL}/user/email/verification/confirm`, json({ token: testToken }))).status,
    ).toBe(200);
    // The next refresh carries the verified state and lifts the restriction.
    const refreshed = await refreshToken(gh.fetch, BASE_URL, tokens.refreshToken);
    const next = ((await refreshed.json()) as { tokens: { accessToken: string } }).tokens.accessToken;
    expect(claimsOf(next).ev).toBe(true);
    expect((await gh.fetch(`${BASE_URL}/user/sessions`, withSession(next))).status).toBe(200);
  });

  it("is off by default: an unverified account's session has full access", async () => {
    const gh = await instance({});
    const s = await signUpToken(gh.fetch, BASE_URL);
    expect(claimsOf(s.accessToken).ev).toBe(false);
    expect((await gh.fetch(`${BASE_URL}/user/sessions`, withSession(s.accessToken))).status).toBe(200);
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
