// One-time codes under real concurrency: PostgreSQL runs the redemptions in parallel (PGlite would serialize them).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BASE_URL,
  PG_URL,
  postgresStore,
  startTestGatehouse,
  type TestGatehouse,
} from "../helpers/gatehouse.js";
import { json, signUpToken, uniqueEmail, withSession } from "../helpers/http.js";

describe.skipIf(!PG_URL)("one-time codes on PostgreSQL", () => {
  let gh: TestGatehouse;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const pg = await postgresStore();
    drop = pg.drop;
    gh = await startTestGatehouse({ store: pg.store, env: { OTP_TEST_MODE: "true", TRUST_PROXY: "1" } });
  });
  afterAll(async () => {
    await gh?.close();
    await drop?.();
  });

  async function issue() {
    const email = uniqueEmail("race");
    const s = await signUpToken(gh.fetch, BASE_URL, email);
    const res = await gh.fetch(
      `${BASE_URL}/user/email/verification/request`,
      withSession(s.accessToken, { method: "POST" }),
    );
    const body = (await res.json()) as { testCode: string; testToken: string };
    return { email, ...body };
  }

  // Distinct client addresses, so the per-IP attempt limit does not decide the race.
  const confirm = (body: unknown, i: number) =>
    gh.fetch(
      `${BASE_URL}/user/email/verification/confirm`,
      json(body, { "x-forwarded-for": `198.18.0.${i}` }),
    );

  it("20 concurrent redemptions of one link token: exactly one succeeds", async () => {
    const { testToken } = await issue();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => confirm({ token: testToken }, i)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 400)).toHaveLength(19);
  });

  it("20 concurrent redemptions of one numeric code: exactly one succeeds", async () => {
    const { email, testCode } = await issue();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => confirm({ email, code: testCode }, 100 + i)),
    );
    expect(results.map((r) => r.status).filter((s) => s === 200)).toHaveLength(1);
  });
});
