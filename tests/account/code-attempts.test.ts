// A one-time code's 5-attempt limit holds under parallel guesses, on PGlite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BASE_URL,
  PG_URL,
  postgresStore,
  startTestGatehouse,
  type TestGatehouse,
} from "../helpers/gatehouse.js";
import { json, signUpToken, uniqueEmail, withSession } from "../helpers/http.js";

const DATABASES = [
  { name: "PGlite", enabled: true },
  { name: "PostgreSQL", enabled: !!PG_URL },
] as const;

for (const database of DATABASES) {
  describe.skipIf(!database.enabled)(`one-time code attempts (${database.name})`, () => {
    let gh: TestGatehouse;
    let drop: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      const env = { OTP_TEST_MODE: "true", TRUST_PROXY: "1" };
      if (database.name === "PostgreSQL") {
        const pg = await postgresStore();
        drop = pg.drop;
        gh = await startTestGatehouse({ store: pg.store, env });
      } else {
        gh = await startTestGatehouse({ env });
      }
    });
    afterAll(async () => {
      await gh?.close();
      await drop?.();
    });

    async function issue() {
      const email = uniqueEmail("guess");
      const s = await signUpToken(gh.fetch, BASE_URL, email);
      const res = await gh.fetch(
        `${BASE_URL}/user/email/verification/request`,
        withSession(s.accessToken, { method: "POST" }),
      );
      const { testCode } = (await res.json()) as { testCode: string };
      return { email, code: testCode, accessToken: s.accessToken, userId: s.userId };
    }
    // Distinct client addresses, so the per-IP attempt limit (30) does not decide the race.
    const confirm = (email: string, code: string, i: number) =>
      gh.fetch(
        `${BASE_URL}/user/email/verification/confirm`,
        json({ email, code }, { "x-forwarded-for": `198.18.${Math.floor(i / 200)}.${(i % 200) + 1}` }),
      );
    const wrong = (code: string, i: number) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0");

    it("40 parallel wrong guesses: exactly 5 are compared, and the right code is then refused", async () => {
      const { email, code, accessToken, userId } = await issue();
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) => confirm(email, wrong(code, i), i)),
      );
      expect(results.map((r) => r.status)).toEqual(Array(40).fill(400));
      for (const r of results) {
        expect(((await r.json()) as { error: { code: string } }).error.code).toBe("AUTH_CODE_INVALID");
      }
      // Every comparison spends one attempt first, so the counter is the number of guesses compared.
      const row = await gh.deps.store.db
        .selectFrom("one_time_codes")
        .select("attempts")
        .where("user_id", "=", userId)
        .where("purpose", "=", "verify_email")
        .where("consumed_at", "is", null)
        .executeTakeFirstOrThrow();
      expect(row.attempts).toBe(5);
      expect((await confirm(email, code, 100)).status).toBe(400);
      const me = await gh.fetch(`${BASE_URL}/user/me`, withSession(accessToken));
      expect(((await me.json()) as { emailVerified: boolean }).emailVerified).toBe(false);
    });

    it("the right code on the fifth attempt still works; on the sixth it does not", async () => {
      const first = await issue();
      for (let i = 0; i < 4; i++)
        expect((await confirm(first.email, wrong(first.code, i), 200 + i)).status).toBe(400);
      expect((await confirm(first.email, first.code, 210)).status).toBe(200);

      const second = await issue();
      for (let i = 0; i < 5; i++)
        expect((await confirm(second.email, wrong(second.code, i), 220 + i)).status).toBe(400);
      expect((await confirm(second.email, second.code, 230)).status).toBe(400);
    });
  });
}
