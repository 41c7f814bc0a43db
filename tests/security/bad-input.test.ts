// Every operation, fed malformed input: never a 5xx, always a status the contract declares, with a
// body in its declared shape (the conforming fetch checks both), and nothing written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertConforms, contract, operations } from "../helpers/contract.js";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { json, PASSWORD, uniqueEmail } from "../helpers/http.js";

let gh: TestGatehouse;
beforeAll(async () => {
  // Each operation comes from its own client address, so per-IP rate limits do not mix the cases.
  gh = await startTestGatehouse({ env: { TRUST_PROXY: "1" } });
});
afterAll(() => gh.close());

const withBody = operations.filter((op) => {
  const raw = contract.paths[op.path]?.[op.method.toLowerCase()] as { requestBody?: unknown };
  return raw.requestBody !== undefined;
});

const long = "x".repeat(100_000);
const bodies: Array<[string, string, string]> = [
  ["truncated JSON", "application/json", '{"email": "a@'],
  ["a JSON array", "application/json", "[]"],
  ["JSON null", "application/json", "null"],
  ["an empty object", "application/json", "{}"],
  [
    "wrong types",
    "application/json",
    JSON.stringify({ email: 42, password: [], formFields: "x", token: {} }),
  ],
  ["a 100 kB string", "application/json", JSON.stringify({ email: `${long}@example.com`, password: long })],
  [
    "a 1 MB body",
    "application/json",
    JSON.stringify({ email: "a@example.com", password: "x".repeat(1 << 20) }),
  ],
  ["form encoding", "application/x-www-form-urlencoded", "email=a%40b.c&password=x"],
  ["no content type", "", "{}"],
];

const concrete = (path: string) => path.replace(/\{[^}]+\}/g, "public");

describe("malformed input on every operation with a body", () => {
  it.each(withBody.map((op) => [op.id, op] as const))("%s", async (_id, op) => {
    // A fresh signed-in account, so that an operation that may act on it (DELETE /user/me after a
    // recent sign-in) does not disturb the next one.
    const ip = `198.51.100.${withBody.indexOf(op) + 1}`;
    const up = await gh.fetch(`${BASE_URL}/user/signup`, {
      ...json(
        { email: uniqueEmail(), password: PASSWORD },
        { "x-auth-mode": "token", "x-forwarded-for": ip },
      ),
    });
    expect(up.status).toBe(201);
    const session = ((await up.json()) as { tokens: { accessToken: string } }).tokens.accessToken;
    const users = await gh.deps.store.db
      .selectFrom("users")
      .select(gh.deps.store.db.fn.countAll().as("n"))
      .executeTakeFirst();
    for (const [what, type, body] of bodies) {
      const headers: Record<string, string> = {
        cookie: `backend_session=${session}`,
        authorization: "Bearer x",
      };
      if (type) headers["content-type"] = type;
      const url = `${BASE_URL}${concrete(op.path)}`;
      const res = await gh.fetch(url, { method: op.method, headers, body });
      expect(res.status, `${op.id} with ${what}`).toBeLessThan(500);
      await expect(assertConforms(op.method, url, res), `${op.id} with ${what}`).resolves.toBeDefined();
    }
    const after = await gh.deps.store.db
      .selectFrom("users")
      .select(gh.deps.store.db.fn.countAll().as("n"))
      .executeTakeFirst();
    // DELETE /user/me with `{}` right after sign-in is a valid deletion (recent sign-in); all else writes nothing.
    if (!op.id.endsWith("_deleteMe")) expect(after?.n).toEqual(users?.n);
  });
});
