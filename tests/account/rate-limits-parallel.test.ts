// Rate limits under concurrency, on every store: N parallel wrong passwords get at most the limit evaluated.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BASE_URL,
  PG_URL,
  postgresStore,
  startTestGatehouse,
  type TestGatehouse,
} from "../helpers/gatehouse.js";
import { json, PASSWORD, signUpToken, uniqueEmail, withSession } from "../helpers/http.js";

const REDIS_URL = process.env.REDIS_URL;
const ENV = { TRUST_PROXY: "1", OTP_TEST_MODE: "true" };

const STORES = [
  { name: "memory", enabled: true, env: {} },
  { name: "PostgreSQL", enabled: !!PG_URL, env: { RATE_LIMIT_STORE: "postgres" } },
  { name: "Redis", enabled: !!REDIS_URL, env: { RATE_LIMIT_STORE: "redis", REDIS_URL: REDIS_URL ?? "" } },
] as const;

let ipCounter = 0;
/** A fresh client address per scenario, so one scenario's per-source counters never decide another's. */
const freshIp = () => {
  ipCounter += 1;
  return `198.51.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
};
const from = (ip: string) => ({ "x-forwarded-for": ip });
const parallel = <T>(n: number, f: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => f(i)));
const statuses = (rs: Response[]) => rs.map((r) => r.status);
const count = (xs: unknown[], x: unknown) => xs.filter((y) => y === x).length;

async function expectLimited(res: Response): Promise<void> {
  expect(res.status).toBe(429);
  expect(res.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe("AUTH_RATE_LIMIT_EXCEEDED");
}

for (const store of STORES) {
  describe.skipIf(!store.enabled)(`rate limits under concurrency (${store.name} store)`, () => {
    let gh: TestGatehouse;
    let drop: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      if (store.name === "PostgreSQL") {
        const pg = await postgresStore();
        drop = pg.drop;
        gh = await startTestGatehouse({
          store: pg.store,
          env: { ...ENV, ...store.env, DATABASE_URL: pg.url },
        });
      } else {
        gh = await startTestGatehouse({ env: { ...ENV, ...store.env } });
      }
    });
    afterAll(async () => {
      await gh?.close();
      await drop?.();
    });

    const signIn = (email: string, password: string, ip: string) =>
      gh.fetch(`${BASE_URL}/user/signin`, json({ email, password }, from(ip)));
    const account = async (email = uniqueEmail("par")) => {
      await signUpToken(gh.fetch, BASE_URL, email);
      return email;
    };

    it("/user/signin: 40 parallel wrong passwords → 5 evaluated (401), 35 refused (429); then the right one is refused", async () => {
      const email = await account();
      const ip = freshIp();
      const results = await parallel(40, () => signIn(email, "wrong password", ip));
      expect(count(statuses(results), 401)).toBe(5);
      expect(count(statuses(results), 429)).toBe(35);
      for (const r of results.filter((r) => r.status === 401)) {
        expect(((await r.json()) as { error: { code: string } }).error.code).toBe("AUTH_INVALID_CREDENTIALS");
      }
      await expectLimited(results.find((r) => r.status === 429) as Response);
      await expectLimited(await signIn(email, PASSWORD, ip));
    });

    it("/auth/signin: 40 parallel wrong passwords → 5 WRONG_CREDENTIALS_ERROR, 35 GENERAL_ERROR; then the right one is refused", async () => {
      const email = await account();
      const ip = freshIp();
      const form = (password: string) => ({
        formFields: [
          { id: "email", value: email },
          { id: "password", value: password },
        ],
      });
      const stSignIn = async (password: string) => {
        const res = await gh.fetch(`${BASE_URL}/auth/signin`, json(form(password), from(ip)));
        expect(res.status).toBe(200);
        return ((await res.json()) as { status: string }).status;
      };
      const results = await parallel(40, () => stSignIn("wrong password"));
      expect(count(results, "WRONG_CREDENTIALS_ERROR")).toBe(5);
      expect(count(results, "GENERAL_ERROR")).toBe(35);
      expect(await stSignIn(PASSWORD)).toBe("GENERAL_ERROR");
    });

    it("/user/password/change with a stolen token: 40 parallel wrong current passwords → 5 evaluated; then the right one is refused", async () => {
      const s = await signUpToken(gh.fetch, BASE_URL, uniqueEmail("chg"));
      const ip = freshIp();
      const change = (currentPassword: string) =>
        gh.fetch(
          `${BASE_URL}/user/password/change`,
          withSession(
            s.accessToken,
            json({ currentPassword, newPassword: "a brand new passphrase" }, from(ip)),
          ),
        );
      const results = await parallel(40, () => change("wrong password"));
      expect(count(statuses(results), 401)).toBe(5);
      expect(count(statuses(results), 429)).toBe(35);
      await expectLimited(await change(PASSWORD));
    });

    it("DELETE /user/me re-authentication: 40 parallel wrong passwords → 5 evaluated; then the right one is refused", async () => {
      const s = await signUpToken(gh.fetch, BASE_URL, uniqueEmail("del"));
      const ip = freshIp();
      const del = (password: string) =>
        gh.fetch(
          `${BASE_URL}/user/me`,
          withSession(s.accessToken, { ...json({ password }, from(ip)), method: "DELETE" }),
        );
      const results = await parallel(40, () => del("wrong password"));
      expect(count(statuses(results), 401)).toBe(5);
      expect(count(statuses(results), 429)).toBe(35);
      await expectLimited(await del(PASSWORD));
      const me = await gh.fetch(`${BASE_URL}/user/me`, withSession(s.accessToken));
      expect(me.status).toBe(200);
    });

    it("per source: 80 parallel failures across 80 emails from one address → 50 evaluated, 30 refused", async () => {
      const ip = freshIp();
      const results = await parallel(80, () => signIn(uniqueEmail("spray"), "Summer2026!", ip));
      expect(count(statuses(results), 401)).toBe(50);
      expect(count(statuses(results), 429)).toBe(30);
      // Another source is not affected.
      expect((await signIn(uniqueEmail("spray"), "Summer2026!", freshIp())).status).toBe(401);
    }, 60_000);

    it("per account across sources: 120 parallel failures from 40 addresses → 100 evaluated; a password reset lifts it", async () => {
      const email = await account();
      const results = await parallel(120, (i) =>
        signIn(email, "wrong password", `203.0.113.${(i % 40) + 10}`),
      );
      expect(count(statuses(results), 401)).toBe(100);
      expect(count(statuses(results), 429)).toBe(20);
      // A distributed attack can spend the account's daily budget: the owner too is refused ...
      await expectLimited(await signIn(email, PASSWORD, freshIp()));
      // ... until they prove the address: a completed password reset forgives the failures.
      const requested = await gh.fetch(`${BASE_URL}/user/password/reset/request`, json({ email }));
      const { testToken } = (await requested.json()) as { testToken: string };
      const newPassword = "reset after an attack";
      const confirmed = await gh.fetch(
        `${BASE_URL}/user/password/reset/confirm`,
        json({ token: testToken, newPassword }, from(freshIp())),
      );
      expect(confirmed.status).toBe(204);
      expect((await signIn(email, newPassword, freshIp())).status).toBe(200);
    }, 90_000);

    it("a 254-character address is limited like any other (the store's key column is 255 characters)", async () => {
      const local = "l".repeat(64);
      const domain = `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(57)}.com`;
      const email = await account(`${local}@${domain}`);
      expect(email).toHaveLength(254);
      const ip = freshIp();
      for (let i = 0; i < 5; i++) expect((await signIn(email, "wrong password", ip)).status).toBe(401);
      await expectLimited(await signIn(email, PASSWORD, ip));
    });
  });
}
