// ASVS 5.0 L1, V1 (encoding and injection) and V2 (validation and business logic): one `it` per requirement.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, json } from "../../helpers/http.js";
import {
  BASE_URL,
  contract,
  decodeJwt,
  errorCode,
  freshIp,
  me,
  operations,
  refresh,
  resolve,
  STARTUP_MS,
  signIn,
  signUp,
  sources,
  start,
  type TestGatehouse,
  withCookie,
} from "./helpers.js";

let gh: TestGatehouse;
/** A deployment with REQUIRE_EMAIL_VERIFICATION=true. */
let strict: TestGatehouse;
beforeAll(async () => {
  [gh, strict] = await Promise.all([
    start({ OTP_TEST_MODE: "true", APP_URL: "https://app.example.com/account" }),
    start({ REQUIRE_EMAIL_VERIFICATION: "true", OTP_TEST_MODE: "true" }),
  ]);
}, STARTUP_MS);
afterAll(async () => {
  await Promise.all([gh?.close(), strict?.close()]);
});

const patchMe = (access: string, body: unknown) =>
  gh.fetch(`${BASE_URL}/user/me`, withCookie(access, { ...json(body), method: "PATCH" }));

/** Asks for a fresh verification code (OTP_TEST_MODE hands it back). */
async function verificationCode(access: string) {
  const res = await gh.fetch(
    `${BASE_URL}/user/email/verification/request`,
    withCookie(access, { method: "POST", headers: { "x-forwarded-for": freshIp() } }),
  );
  expect(res.status).toBe(202);
  return (await res.json()) as { testCode: string; testToken: string };
}

describe("V1 Encoding and Sanitization", () => {
  it("V1.2.1 markup and quotes come back verbatim inside JSON strings; an error echoing the path stays JSON", async () => {
    const name = `<script>alert("x")</script> & 'q' <!-- ü -->`;
    const a = await signUp(gh, { name });
    const res = await me(gh, a.access);
    expect(res.headers.get("content-type")).toMatch(/^application\/json\b/);
    const raw = await res.text();
    expect(raw).toContain(String.raw`<script>alert(\"x\")</script>`); // JSON-escaped for its context
    expect(JSON.parse(raw).name).toBe(name);
    const notFound = await gh.fetch(`${BASE_URL}/<img src=x onerror=alert(1)>`);
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get("content-type")).toMatch(/^application\/json\b/);
    expect(notFound.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(((await notFound.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  });

  it("V1.2.2 the emailed link carries the token URL-safely under APP_URL", async () => {
    const a = await signUp(gh);
    const { testToken } = await verificationCode(a.access);
    let link: URL | undefined;
    await eventually(async () => {
      const line = gh.logs.find((l) => l.includes(`token=${testToken}`));
      const found = line && /https:\/\/\S+/.exec(JSON.parse(line).mail.text)?.[0];
      if (found) link = new URL(found);
      return link !== undefined;
    });
    expect(link?.origin + (link?.pathname ?? "")).toBe("https://app.example.com/account/verify-email");
    expect(link?.searchParams.get("token")).toBe(testToken);
    expect(testToken).toMatch(/^[A-Za-z0-9_-]+$/); // base64url: nothing to escape in a query
  });

  // depends on h8-input
  it("V1.2.2 avatarUrl accepts only https: URLs (no javascript:, data: or file:)", async () => {
    const a = await signUp(gh);
    for (const url of [
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "file:///etc/passwd",
    ]) {
      const res = await patchMe(a.access, { avatarUrl: url });
      expect(res.status, url).toBe(400);
      expect(await errorCode(res)).toBe("VALIDATION_FAILED");
    }
    const ok = await patchMe(a.access, { avatarUrl: "https://cdn.example.com/a.png" });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { avatarUrl: string }).avatarUrl).toBe("https://cdn.example.com/a.png");
  });

  it("V1.2.3 a name built to break out of its JSON string stays one string and changes no other field", async () => {
    const a = await signUp(gh);
    const name = `","roles":["admin"],"emailVerified":true,"x":"`;
    const res = await patchMe(a.access, { name });
    expect(res.status).toBe(200);
    for (const body of [await res.json(), await (await me(gh, a.access)).json()]) {
      expect(body).toMatchObject({ name, roles: ["member"], emailVerified: false });
    }
  });

  it("V1.2.4 SQL in a name or a password is data; raw SQL is confined to the migration runner", async () => {
    const name = "Robert'); DROP TABLE users; --";
    const a = await signUp(gh, { name });
    expect(((await (await me(gh, a.access)).json()) as { name: string }).name).toBe(name);
    const injected = await signIn(gh, a.email, "' OR '1'='1' --");
    expect(injected.status).toBe(401);
    expect(await errorCode(injected)).toBe("AUTH_INVALID_CREDENTIALS");
    const users = await gh.deps.store.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(users.n)).toBeGreaterThan(0);
    // Every other query goes through Kysely or a `sql` tag, which bind values as parameters.
    const raw = sources("server").filter(([, text]) => /\bsql\.(raw|lit|id|ref|table)\(/.test(text));
    expect(raw.map(([path]) => path)).toEqual(["server/store/migrate.ts"]);
  });

  it("V1.3.2 no eval or other dynamic code execution in the server or the SDK", () => {
    const dynamic =
      /\beval\s*\(|\bnew\s+Function\s*\(|["']node:vm["']|["']vm["']|set(Timeout|Interval)\(\s*["'`]/;
    const hits = [...sources("server"), ...sources("sdk/src")].filter(([, text]) => dynamic.test(text));
    expect(hits.map(([path]) => path)).toEqual([]);
  });
});

describe("V2 Validation and Business Logic", () => {
  it("V2.1.1 the published contract states a validation rule for every string a current operation takes", async () => {
    const published = (await (await gh.fetch(`${BASE_URL}/openapi.json`)).json()) as typeof contract;
    // The served document adds a credentials line to each description (server/http/docs-security.ts);
    // everything else, the validation rules included, is the contract's.
    const withoutCredentialLines = (paths: unknown) =>
      JSON.parse(JSON.stringify(paths).replace(/(\\n\\n)?\*\*(Requires|Credentials):\*\*[^"]*/g, ""));
    expect(withoutCredentialLines(published.paths)).toEqual(withoutCredentialLines(contract.paths));
    const RULES = ["format", "pattern", "maxLength", "enum", "const"];
    const unruled: string[] = [];
    const walk = (
      s: Record<string, unknown> | undefined,
      at: string,
      outer: Record<string, unknown> = {},
    ) => {
      const schema = resolve(s);
      if (!schema) return;
      if (Array.isArray(schema.anyOf)) {
        for (const alt of schema.anyOf) walk(alt, at, { ...outer, ...schema });
      } else if (schema.type === "object") {
        for (const [k, v] of Object.entries((schema.properties ?? {}) as Record<string, never>))
          walk(v, `${at}.${k}`);
      } else if (schema.type === "array") {
        walk(schema.items as Record<string, unknown>, `${at}[]`);
      } else if (schema.type === "string" && !RULES.some((r) => ({ ...outer, ...schema })[r] !== undefined)) {
        unruled.push(at);
      }
    };
    const current = operations.filter((op) => !op.deprecated);
    expect(current.length).toBeGreaterThan(20);
    for (const op of current) {
      walk(op.requestBody?.content["application/json"]?.schema, `${op.id} body`);
      for (const p of op.parameters.filter((p) => p.in === "path"))
        walk(p.schema as never, `${op.id} ${p.name}`);
    }
    expect(unruled).toEqual([]);
  });

  it("V2.2.1 inputs are checked against formats, allow lists and ranges before anything happens", async () => {
    const a = await signUp(gh);
    const cases: Array<[string, Promise<Response>]> = [
      [
        "email format",
        gh.fetch(`${BASE_URL}/user/signup`, json({ email: "not-an-email", password: "long enough pw" })),
      ],
      [
        "password range",
        gh.fetch(`${BASE_URL}/user/signup`, json({ email: "a@example.com", password: "x".repeat(129) })),
      ],
      ["closed object", patchMe(a.access, { name: "Ada", isAdmin: true })],
      [
        "uuid path id",
        gh.fetch(`${BASE_URL}/user/sessions/1%20OR%201=1`, withCookie(a.access, { method: "DELETE" })),
      ],
      [
        "numeric code",
        gh.fetch(`${BASE_URL}/user/email/verification/confirm`, json({ email: a.email, code: "12ab56" })),
      ],
    ];
    for (const [label, pending] of cases) {
      const res = await pending;
      expect(res.status, label).toBe(400);
      expect(await errorCode(res), label).toBe("VALIDATION_FAILED");
    }
    expect((await me(gh, a.access)).status).toBe(200);
  });

  // depends on h8-input
  it("V2.2.1 locale must be a BCP 47 tag, and free text refuses control characters and lone surrogates", async () => {
    const base = { email: "ctl@example.com", password: "long enough pw" };
    for (const extra of [
      { locale: "<script>" },
      { locale: "en_GB!" },
      { name: "a\u0000b" },
      { name: "bell\u0007" },
      { name: "line\nbreak" },
      { name: "half \ud800 pair" },
    ]) {
      const res = await gh.fetch(`${BASE_URL}/user/signup`, json({ ...base, ...extra }));
      expect(res.status, JSON.stringify(extra)).toBe(400);
      expect(await errorCode(res)).toBe("VALIDATION_FAILED");
    }
    const a = await signUp(gh);
    const ok = await patchMe(a.access, { locale: "en-GB", name: "Zoë 🦊" });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ locale: "en-GB", name: "Zoë 🦊" });
  });

  it("V2.2.2 the server refuses what the SDK's types would have stopped: validation does not rely on the client", async () => {
    for (const body of [
      { email: ["a@example.com"], password: "long enough pw" },
      { email: "a@example.com", password: 12345678 },
      { email: "a@example.com", password: "long enough pw", name: { first: "Ada" } },
      { email: "a@example.com", password: "long enough pw", emailVerified: true },
    ]) {
      const res = await gh.fetch(`${BASE_URL}/user/signup`, json(body, { "x-forwarded-for": freshIp() }));
      expect(res.status, JSON.stringify(body)).toBe(400);
      const err = ((await res.json()) as { error: { code: string; fields: Array<{ path: string }> } }).error;
      expect(err.code).toBe("VALIDATION_FAILED");
      expect(err.fields.length).toBeGreaterThan(0);
    }
    const nothing = await gh.deps.store.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", "a@example.com")
      .execute();
    expect(nothing).toEqual([]);
  });

  it("V2.3.1 a reset needs a code issued for that user and purpose; deletion needs a recent sign-in or the password", async () => {
    const a = await signUp(gh);
    const reset = (body: Record<string, string>) =>
      gh.fetch(
        `${BASE_URL}/user/password/reset/confirm`,
        json({ ...body, newPassword: "a brand new passphrase" }),
      );
    // No reset was requested: a guessed code skips the "prove the mailbox" step.
    const skipped = await reset({ email: a.email, code: "123456" });
    expect(skipped.status).toBe(400);
    expect(await errorCode(skipped)).toBe("AUTH_CODE_INVALID");
    // A code issued to verify the address is not a reset code.
    const { testCode, testToken } = await verificationCode(a.access);
    const redemptions: Array<Record<string, string>> = [
      { email: a.email, code: testCode },
      { token: testToken },
    ];
    for (const body of redemptions) {
      const res = await reset(body);
      expect(await errorCode(res)).toBe("AUTH_CODE_INVALID");
    }
    expect((await signIn(gh, a.email, a.password)).status).toBe(200);
    // Deleting the account: once the sign-in is not recent, the password is asked again.
    const b = await signUp(gh);
    gh.clock.advance(6 * 60_000);
    const renewed = (await (await refresh(gh, b.refresh)).json()) as { tokens: { accessToken: string } };
    const del = await gh.fetch(
      `${BASE_URL}/user/me`,
      withCookie(renewed.tokens.accessToken, { ...json({}), method: "DELETE" }),
    );
    expect(del.status).toBe(403);
    expect(await errorCode(del)).toBe("AUTH_REAUTHENTICATION_REQUIRED");
  });

  // depends on h8-sessions (issue 8 item 9: restricted sessions)
  it("V2.3.1 with REQUIRE_EMAIL_VERIFICATION a new session can do little more than verify its address", async () => {
    const a = await signUp(strict);
    expect(decodeJwt(a.access).claims.ev).toBe(false);
    for (const [label, res] of [
      ["list sessions", await strict.fetch(`${BASE_URL}/user/sessions`, withCookie(a.access))],
      [
        "edit profile",
        await strict.fetch(
          `${BASE_URL}/user/me`,
          withCookie(a.access, { ...json({ name: "x" }), method: "PATCH" }),
        ),
      ],
      [
        "change password",
        await strict.fetch(
          `${BASE_URL}/user/password/change`,
          withCookie(a.access, json({ currentPassword: a.password, newPassword: "another long passphrase" })),
        ),
      ],
    ] as const) {
      expect(res.status, label).toBe(403);
      expect(await errorCode(res), label).toBe("AUTH_EMAIL_NOT_VERIFIED");
    }
    const asked = await strict.fetch(
      `${BASE_URL}/user/email/verification/request`,
      withCookie(a.access, { method: "POST" }),
    );
    expect(asked.status).toBe(202);
    const { testCode } = (await asked.json()) as { testCode: string };
    const confirmed = await strict.fetch(
      `${BASE_URL}/user/email/verification/confirm`,
      json({ email: a.email, code: testCode }),
    );
    expect(confirmed.status).toBe(200);
    // The step is done: the next token says so, and the whole API opens.
    const next = (await (await refresh(strict, a.refresh)).json()) as { tokens: { accessToken: string } };
    expect(decodeJwt(next.tokens.accessToken).claims.ev).toBe(true);
    expect(
      (await strict.fetch(`${BASE_URL}/user/sessions`, withCookie(next.tokens.accessToken))).status,
    ).toBe(200);
  });
});
