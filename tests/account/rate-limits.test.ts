// Rate limits: per email, per IP (spraying), on messages — and shared across instances through PostgreSQL or Redis.
import { afterAll, describe, expect, it } from "vitest";
import {
  BASE_URL,
  PG_URL,
  postgresStore,
  startTestGatehouse,
  type TestGatehouse,
} from "../helpers/gatehouse.js";
import { json, PASSWORD, uniqueEmail } from "../helpers/http.js";

const REDIS_URL = process.env.REDIS_URL;
const started: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
  for (const s of started.reverse()) await s.close();
});

async function instance(
  env: Record<string, string> = {},
  extra: Parameters<typeof startTestGatehouse>[0] = {},
) {
  const gh = await startTestGatehouse({ env: { TRUST_PROXY: "1", ...env }, ...extra });
  started.push(gh);
  return gh;
}

const signIn = (gh: TestGatehouse, email: string, password: string, ip = "198.51.100.7") =>
  gh.fetch(`${BASE_URL}/user/signin`, json({ email, password }, { "x-forwarded-for": ip }));

async function account(gh: TestGatehouse): Promise<string> {
  const email = uniqueEmail("rl");
  const res = await gh.fetch(
    `${BASE_URL}/user/signup`,
    json({ email, password: PASSWORD }, { "x-forwarded-for": "203.0.113.1" }),
  );
  expect(res.status).toBe(201);
  return email;
}

describe("rate limits (embedded, memory store)", () => {
  it("five failed sign-ins from one source lock it out of that email for 15 minutes, even with the right password; other emails are unaffected", async () => {
    const gh = await instance();
    const email = await account(gh);
    for (let i = 0; i < 5; i++) expect((await signIn(gh, email, "wrong password")).status).toBe(401);
    const locked = await signIn(gh, email, PASSWORD);
    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(((await locked.json()) as { error: { code: string } }).error.code).toBe(
      "AUTH_RATE_LIMIT_EXCEEDED",
    );
    expect((await signIn(gh, await account(gh), PASSWORD)).status).toBe(200);
  });

  it("a successful sign-in clears its source's failures for that email", async () => {
    const gh = await instance();
    const email = await account(gh);
    for (let i = 0; i < 4; i++) await signIn(gh, email, "wrong password");
    expect((await signIn(gh, email, PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await signIn(gh, email, "wrong password")).status).toBe(401);
  });

  it("limits password spraying from one IP across many emails, not other IPs", async () => {
    const gh = await instance();
    const ip = "192.0.2.99";
    for (let i = 0; i < 50; i++)
      expect((await signIn(gh, uniqueEmail("spray"), "Summer2026!", ip)).status).toBe(401);
    expect((await signIn(gh, uniqueEmail("spray"), "Summer2026!", ip)).status).toBe(429);
    expect((await signIn(gh, uniqueEmail("spray"), "Summer2026!", "192.0.2.100")).status).toBe(401);
  }, 60_000);

  it("limits reset emails per address", async () => {
    const gh = await instance();
    const email = uniqueEmail("reset");
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await gh.fetch(`${BASE_URL}/user/password/reset/request`, json({ email }))).status);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it("ignores X-Forwarded-For unless a trusted proxy is configured", async () => {
    const gh = await startTestGatehouse();
    started.push(gh);
    for (let i = 0; i < 50; i++) await signIn(gh, uniqueEmail("xff"), "nope-nope-nope", `10.9.${i}.1`);
    // All 50 counted against the one real (socket-less) source despite 50 spoofed addresses.
    expect((await signIn(gh, uniqueEmail("xff"), "nope-nope-nope", "10.10.10.10")).status).toBe(429);
  }, 60_000);
});

describe.skipIf(!PG_URL)("rate limits shared through PostgreSQL", () => {
  it("holds across two instances", async () => {
    const pg = await postgresStore();
    started.push({ close: pg.drop });
    const { openStore } = await import("../../server/store/db.js");
    const storeB = await openStore({ databaseUrl: pg.url });
    started.push({ close: () => storeB.close() });
    const env = { RATE_LIMIT_STORE: "postgres", DATABASE_URL: pg.url };
    const a = await instance(env, { store: pg.store, rateLimitPrefix: "shared" });
    const b = await instance(env, { store: storeB, rateLimitPrefix: "shared" });
    const email = await account(a);
    for (let i = 0; i < 5; i++)
      expect((await signIn(i % 2 ? a : b, email, "wrong password")).status).toBe(401);
    expect((await signIn(a, email, PASSWORD)).status).toBe(429);
    expect((await signIn(b, email, PASSWORD)).status).toBe(429);
  });
});

describe.skipIf(!REDIS_URL)("rate limits shared through Redis", () => {
  it("holds across two instances", async () => {
    const prefix = `gh-test-${process.pid}-${Date.now()}`;
    const env = { RATE_LIMIT_STORE: "redis", REDIS_URL: REDIS_URL ?? "" };
    const a = await instance(env, { rateLimitPrefix: prefix });
    const b = await instance(env, { rateLimitPrefix: prefix });
    // Two embedded databases: create the same email on both so either can answer.
    const email = uniqueEmail("redis");
    for (const gh of [a, b]) {
      await gh.fetch(
        `${BASE_URL}/user/signup`,
        json({ email, password: PASSWORD }, { "x-forwarded-for": "203.0.113.2" }),
      );
    }
    for (let i = 0; i < 5; i++)
      expect((await signIn(i % 2 ? a : b, email, "wrong password")).status).toBe(401);
    expect((await signIn(a, email, PASSWORD)).status).toBe(429);
    expect((await signIn(b, email, PASSWORD)).status).toBe(429);
  });
});

describe("rate limits when the shared store is down", () => {
  it("keep limiting per instance (in-memory insurance) instead of answering 500, and say so in the log", async () => {
    // Nothing listens on port 1: every Redis command fails at once.
    const gh = await instance({ RATE_LIMIT_STORE: "redis", REDIS_URL: "redis://127.0.0.1:1" });
    const email = await account(gh);
    for (let i = 0; i < 5; i++) expect((await signIn(gh, email, "wrong password")).status).toBe(401);
    const locked = await signIn(gh, email, PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(gh.logs.join("\n")).toMatch(/rate-limit store unavailable; limiting per instance/);
    expect(gh.logs.join("\n")).not.toMatch(/"level":50/);
  });
});
