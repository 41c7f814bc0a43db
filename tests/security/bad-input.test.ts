// Every operation, fed malformed input: never a 5xx, always a status the contract declares, with a
// body in its declared shape (the conforming fetch checks both), and nothing written. Then every string
// field of every operation, fed NUL, other control characters, unpaired surrogates and 300 characters:
// whatever the contract refuses is a 400, and nothing of it is stored. On PGlite and on PostgreSQL
// (PostgreSQL refuses a NUL byte with 22021, which used to surface as a 500).
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../server/store/db.js";
import {
  assertConforms,
  contract,
  errorsText,
  type Operation,
  operations,
  schemaAt,
} from "../helpers/contract.js";
import {
  BASE_URL,
  PG_URL,
  postgresStore,
  startTestGatehouse,
  type TestGatehouse,
} from "../helpers/gatehouse.js";
import { json, PASSWORD, uniqueEmail } from "../helpers/http.js";

type Json = Record<string, unknown>;

const backends: Array<[string, () => Promise<{ store?: Store; drop: () => Promise<void> }>]> = [
  ["PGlite", async () => ({ drop: async () => {} })],
];
if (PG_URL) backends.push(["PostgreSQL", async () => postgresStore()]);

const rawOp = (op: Operation) => contract.paths[op.path]?.[op.method.toLowerCase()] as Json;

const withBody = operations.filter((op) => rawOp(op).requestBody !== undefined);

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

// What goes into each string field: inserted after the first character of the example value, so the
// rest of the value stays plausible (an email stays an email but for the one character).
const BAD: Array<[string, (base: string) => string]> = [
  ["NUL", (b) => `${b.slice(0, 1)}\u0000${b.slice(1)}`],
  ["SOH", (b) => `${b.slice(0, 1)}\u0001${b.slice(1)}`],
  ["line feed", (b) => `${b.slice(0, 1)}\n${b.slice(1)}`],
  ["DEL", (b) => `${b.slice(0, 1)}\u007f${b.slice(1)}`],
  ["C1 NEL", (b) => `${b.slice(0, 1)}\u0085${b.slice(1)}`],
  ["C1 CSI", (b) => `${b.slice(0, 1)}\u009b${b.slice(1)}`],
  ["an unpaired high surrogate", (b) => `${b.slice(0, 1)}\ud800${b.slice(1)}`],
  ["an unpaired low surrogate", (b) => `${b}\udfff`],
  ["300 characters", (b) => (b.includes("@") ? `${"x".repeat(300 - b.length)}${b}` : b.padEnd(300, "x"))],
];

function deref(node: unknown): Json {
  let n = node as Json;
  for (let i = 0; i < 10 && typeof n?.$ref === "string"; i++) {
    n = (n.$ref as string)
      .replace(/^#\//, "")
      .split("/")
      .reduce<Json>((acc, key) => acc[key] as Json, contract as Json);
  }
  return n;
}

/** The schema itself, with `allOf: [one]` and `anyOf: [x, null]` unwrapped. */
function unwrap(node: unknown): Json {
  let s = deref(node);
  if (Array.isArray(s.allOf) && s.allOf.length === 1) s = { ...deref(s.allOf[0]), ...s, allOf: undefined };
  if (Array.isArray(s.anyOf)) {
    const members = (s.anyOf as unknown[]).map(deref).filter((m) => m.type !== "null");
    if (members.length === 1) s = { ...members[0], ...s, anyOf: undefined };
  }
  return s;
}

type Path = Array<string | number>;

/** Every string leaf of a request body: its path and the example's value there (or a stand-in). */
function stringFields(
  schema: unknown,
  example: unknown,
  path: Path = [],
): Array<{ path: Path; base: string }> {
  const s = unwrap(schema);
  if (s.type === "string") return [{ path, base: typeof example === "string" && example ? example : "x" }];
  if (s.type === "array" && Array.isArray(example))
    return example.flatMap((item, i) => stringFields(s.items, item, [...path, i]));
  if (s.properties) {
    const ex = (example ?? {}) as Json;
    return Object.entries(s.properties as Json).flatMap(([k, v]) => stringFields(v, ex[k], [...path, k]));
  }
  return [];
}

function setAt(target: unknown, path: Path, value: string): void {
  let node = target as Json;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Json;
  }
  node[path.at(-1) as string] = value;
}

/** Percent-encodes for a URL; an unpaired surrogate (which encodeURIComponent refuses) becomes invalid UTF-8. */
const encode = (v: string) =>
  [...v].map((ch) => (/[\ud800-\udfff]/.test(ch) ? "%ED%A0%80" : encodeURIComponent(ch))).join("");

describe.each(backends)("bad input on %s", (_name, open) => {
  let gh: TestGatehouse;
  let drop: () => Promise<void>;
  let ipCount = 0;
  // Each request from its own address, so per-IP rate limits do not mix the cases.
  const nextIp = () => {
    const n = ipCount++;
    return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  };

  beforeAll(async () => {
    const db = await open();
    drop = db.drop;
    gh = await startTestGatehouse({ env: { TRUST_PROXY: "1" }, ...(db.store ? { store: db.store } : {}) });
  });
  afterAll(async () => {
    await gh.close();
    await drop();
  });

  const countUsers = async () =>
    (
      await gh.deps.store.db
        .selectFrom("users")
        .select(gh.deps.store.db.fn.countAll().as("n"))
        .executeTakeFirst()
    )?.n;

  /** Credentials for an operation's security scheme: a fresh account's session (both kinds). */
  async function credentials(): Promise<Record<string, string>> {
    const up = await gh.fetch(`${BASE_URL}/user/signup`, {
      ...json(
        { email: uniqueEmail(), password: PASSWORD },
        { "x-auth-mode": "token", "x-forwarded-for": nextIp() },
      ),
    });
    expect(up.status).toBe(201);
    const session = ((await up.json()) as { tokens: { accessToken: string } }).tokens.accessToken;
    const st = await gh.fetch(`${BASE_URL}/auth/signup`, {
      ...json(
        {
          formFields: [
            { id: "email", value: uniqueEmail("st") },
            { id: "password", value: PASSWORD },
          ],
        },
        { "x-forwarded-for": nextIp() },
      ),
    });
    expect(st.status).toBe(200);
    return {
      cookie: `backend_session=${session}`,
      authorization: `Bearer ${st.headers.get("st-access-token")}`,
    };
  }

  describe("malformed input on every operation with a body", () => {
    it.each(withBody.map((op) => [op.id, op] as const))("%s", async (_id, op) => {
      // A fresh signed-in account, so that an operation that may act on it (DELETE /user/me after a
      // recent sign-in) does not disturb the next one.
      const ip = nextIp();
      const up = await gh.fetch(`${BASE_URL}/user/signup`, {
        ...json(
          { email: uniqueEmail(), password: PASSWORD },
          { "x-auth-mode": "token", "x-forwarded-for": ip },
        ),
      });
      expect(up.status).toBe(201);
      const session = ((await up.json()) as { tokens: { accessToken: string } }).tokens.accessToken;
      const users = await countUsers();
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
      // DELETE /user/me with `{}` right after sign-in is a valid deletion (recent sign-in); all else writes nothing.
      if (!op.id.endsWith("_deleteMe")) expect(await countUsers()).toEqual(users);
    });
  });

  // Operations with a string in the body, the query or the path.
  const withStrings = operations
    .map((op) => {
      const raw = rawOp(op);
      const content = (deref(raw.requestBody)?.content as Json | undefined)?.["application/json"] as
        | Json
        | undefined;
      const params = ((raw.parameters as unknown[]) ?? [])
        .map(deref)
        .filter((p) => p.in === "query" || p.in === "path");
      const fields = content ? stringFields(content.schema, content.example) : [];
      const stringParams = params.filter((p) => unwrap(p.schema).type === "string");
      return { op, content, fields, params: stringParams };
    })
    .filter((x) => x.fields.length > 0 || x.params.length > 0);

  describe("control characters, unpaired surrogates and 300 characters in every string field", () => {
    it.each(withStrings.map((x) => [x.op.id, x] as const))("%s", async (_id, {
      op,
      content,
      fields,
      params,
    }) => {
      const auth = await credentials();
      const validate = content
        ? schemaAt(
            "paths",
            op.path,
            op.method.toLowerCase(),
            "requestBody",
            "content",
            "application/json",
            "schema",
          )
        : undefined;
      const fdi = /^(SuperTokens|Identity)Operations_/.test(op.id);
      const exampleParam = (p: Json) =>
        typeof p.example === "string" ? p.example : p.in === "path" ? "public" : "ada@example.com";

      async function check(what: string, url: string, body: unknown, refusedByContract: boolean) {
        const headers: Record<string, string> = { ...auth, "x-forwarded-for": nextIp() };
        if (body !== undefined) headers["content-type"] = "application/json";
        const res = await gh.fetch(url, {
          method: op.method,
          headers,
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        });
        const label = `${op.id} with ${what}`;
        expect(res.status, label).toBeLessThan(500);
        await expect(assertConforms(op.method, url, res), label).resolves.toBeDefined();
        // Authentication is checked first, then the contract: an input the contract refuses is a 400.
        if (refusedByContract && res.status !== 401) {
          expect(res.status, label).toBe(400);
          const answer = (await res.json()) as { error?: { code: string } };
          if (!fdi) expect(answer.error?.code, label).toBe("VALIDATION_FAILED");
        }
      }

      const baseQuery = (override?: [Json, string]) =>
        params
          .filter((p) => p.in === "query")
          .map((p) => `${p.name}=${override?.[0] === p ? override[1] : encode(exampleParam(p))}`)
          .join("&");
      const urlWith = (override?: [Json, string]) => {
        let path = op.path;
        for (const p of params.filter((x) => x.in === "path"))
          path = path.replace(`{${p.name}}`, override?.[0] === p ? override[1] : encode(exampleParam(p)));
        const q = baseQuery(override);
        return `${BASE_URL}${path}${q ? `?${q}` : ""}`;
      };

      for (const field of fields) {
        for (const [what, bad] of BAD) {
          // A fresh address in every other email field, so sign-up reaches the store instead of a 409.
          const body = JSON.parse(
            JSON.stringify(content?.example ?? {}).replaceAll("ada@example.com", uniqueEmail()),
          );
          setAt(body, field.path, bad(field.base));
          const refused = validate ? !validate(body) : false;
          await check(`${what} in body.${field.path.join(".")}`, urlWith(), body, refused);
          if (refused) expect(errorsText(validate?.errors)).not.toBe("No errors");
        }
      }
      // Query and path parameters: never a 5xx, always a declared answer (their decoding differs by
      // place, so the exact status is the conformance check's business).
      for (const p of params) {
        for (const [what, bad] of BAD) {
          const body = content ? content.example : undefined;
          await check(
            `${what} in ${p.in} ${p.name}`,
            urlWith([p, encode(bad(exampleParam(p)))]),
            body,
            false,
          );
        }
      }
    });
  });

  it("no stored account holds a control character or a replaced (unpaired) surrogate", async () => {
    const bad = await sql<{ n: string | number }>`
      SELECT count(*) AS n FROM users
      WHERE concat(email, name, locale, avatar_url) ~ ${"[\\x01-\\x1f\\x7f-\\x9f\\ufffd]"}`.execute(
      gh.deps.store.db,
    );
    expect(Number(bad.rows[0]?.n)).toBe(0);
  });
});
