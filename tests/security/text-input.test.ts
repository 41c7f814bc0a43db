// Free-text input (issue 8.4, 8.10, 8.12): NUL and other control characters, unpaired surrogates, BCP 47
// locales and https-only avatar URLs — refused at the contract boundary with the operation's own error
// shape, on PGlite and on PostgreSQL (where a NUL byte used to end in 22021 and a 500).
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAFE_TEXT } from "../../server/services/text-input.js";
import type { Store } from "../../server/store/db.js";
import { assertConforms } from "../helpers/contract.js";
import {
  BASE_URL,
  PG_URL,
  postgresStore,
  startTestGatehouse,
  type TestGatehouse,
} from "../helpers/gatehouse.js";
import { json, PASSWORD, signUpToken, uniqueEmail, withSession } from "../helpers/http.js";

const backends: Array<[string, () => Promise<{ store?: Store; drop: () => Promise<void> }>]> = [
  ["PGlite", async () => ({ drop: async () => {} })],
];
if (PG_URL) backends.push(["PostgreSQL", async () => postgresStore()]);

// One of each kind the contract's SafeString refuses.
const CONTROL: Array<[string, string]> = [
  ["NUL", "\u0000"],
  ["SOH", "\u0001"],
  ["tab", "\t"],
  ["line feed", "\n"],
  ["US", "\u001f"],
  ["DEL", "\u007f"],
  ["C1 NEL", "\u0085"],
  ["C1 CSI", "\u009b"],
  ["unpaired high surrogate", "\ud800"],
  ["unpaired low surrogate", "\udc00"],
];

interface ErrorBody {
  error: { code: string; fields?: Array<{ path: string }> };
}

describe.each(backends)("free-text input on %s", (_name, open) => {
  let gh: TestGatehouse;
  let drop: () => Promise<void>;
  let ipCount = 0;
  // Each request from its own address, so per-IP sign-up limits stay out of the way.
  const from = () => ({ "x-forwarded-for": `192.0.2.${(ipCount++ % 250) + 1}` });

  /** Sends, checks the answer against the contract, returns status and parsed body. */
  async function send(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
    const url = `${BASE_URL}${path}`;
    const res = await gh.fetch(url, {
      method,
      headers: { "content-type": "application/json", ...from(), ...headers },
      body: JSON.stringify(body),
    });
    await assertConforms(method, url, res);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  async function expectFieldRefused(
    answer: Promise<{ status: number; body: Record<string, unknown> }>,
    path: string,
  ) {
    const { status, body } = await answer;
    expect(status).toBe(400);
    const { error } = body as unknown as ErrorBody;
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.fields?.map((f) => f.path)).toContain(path);
  }

  async function stSignUp(email = uniqueEmail("st")) {
    const res = await gh.fetch(
      `${BASE_URL}/auth/signup`,
      json(
        {
          formFields: [
            { id: "email", value: email },
            { id: "password", value: PASSWORD },
          ],
        },
        from(),
      ),
    );
    expect(res.status).toBe(200);
    return res.headers.get("st-access-token") ?? "";
  }

  beforeAll(async () => {
    const db = await open();
    drop = db.drop;
    gh = await startTestGatehouse({ env: { TRUST_PROXY: "1" }, ...(db.store ? { store: db.store } : {}) });
  });
  afterAll(async () => {
    await gh.close();
    await drop();
  });

  it.each(CONTROL)("sign-up refuses %s in name and locale with 400 VALIDATION_FAILED", async (_what, ch) => {
    const base = { email: uniqueEmail(), password: PASSWORD };
    await expectFieldRefused(send("POST", "/user/signup", { ...base, name: `Ada${ch}` }), "body.name");
    await expectFieldRefused(send("POST", "/user/signup", { ...base, locale: `en${ch}` }), "body.locale");
    await expectFieldRefused(
      send("POST", "/user/signup", { ...base, password: `${PASSWORD}${ch}` }),
      "body.password",
    );
    expect(await gh.deps.accounts.findByEmail(base.email)).toBeUndefined();
  });

  it.each(CONTROL)("PATCH /user/me and the deprecated PATCH /me refuse %s in the name", async (_what, ch) => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    await expectFieldRefused(
      send("PATCH", "/user/me", { name: `Ada${ch}` }, { cookie: `backend_session=${s.accessToken}` }),
      "body.name",
    );
    // The deprecated route keeps its documented FDI shape: 400 `{ message }`.
    const st = await stSignUp();
    const me = await send("PATCH", "/me", { name: `Ada${ch}` }, { authorization: `Bearer ${st}` });
    expect(me.status).toBe(400);
    expect(me.body).toEqual({ message: expect.any(String) });
  });

  it("a name with characters beyond U+FFFF (surrogate pairs) is accepted and stored as sent", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const res = await send(
      "PATCH",
      "/user/me",
      { name: "Ada 😀 名前" },
      { cookie: `backend_session=${s.accessToken}` },
    );
    expect(res.status).toBe(200);
    expect(res.body.name).toBe("Ada 😀 名前");
  });

  it("the password change refuses control characters in the new password only", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const cookie = { cookie: `backend_session=${s.accessToken}` };
    await expectFieldRefused(
      send(
        "POST",
        "/user/password/change",
        { currentPassword: PASSWORD, newPassword: "new\u0000passphrase" },
        cookie,
      ),
      "body.newPassword",
    );
    // A presented password is only hashed and compared: a NUL in it is a wrong password, not a 500.
    const wrong = await send(
      "POST",
      "/user/password/change",
      {
        currentPassword: "a\u0000b\ud800",
        newPassword: "another long passphrase",
      },
      cookie,
    );
    expect([401, 403]).toContain(wrong.status);
  });

  it("sign-in with a NUL or an unpaired surrogate in the password is a wrong password (401)", async () => {
    const email = uniqueEmail();
    expect((await send("POST", "/user/signup", { email, password: PASSWORD })).status).toBe(201);
    for (const password of [`${PASSWORD}\u0000`, `${PASSWORD}\ud800`]) {
      const res = await send("POST", "/user/signin", { email, password });
      expect(res.status).toBe(401);
      expect((res.body as unknown as ErrorBody).error.code).toBe("AUTH_INVALID_CREDENTIALS");
    }
  });

  it.each([
    ["/auth/signup", "signup"],
    ["/auth/signin", "signin"],
    ["/auth/user/password/reset/token", "reset"],
  ])("%s answers FIELD_ERROR for control characters in the email", async (path) => {
    for (const [, ch] of CONTROL) {
      const formFields = [{ id: "email", value: `a${ch}b@example.com` }];
      if (!path.includes("reset")) formFields.push({ id: "password", value: PASSWORD });
      const res = await send("POST", path, { formFields });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        status: "FIELD_ERROR",
        formFields: [{ id: "email", error: "Email is not valid" }],
      });
    }
  });

  it("FDI sign-up refuses control characters in the new password; FDI sign-in treats them as wrong", async () => {
    const email = uniqueEmail("st");
    const up = await send("POST", "/auth/signup", {
      formFields: [
        { id: "email", value: email },
        { id: "password", value: `${PASSWORD}\u0000` },
      ],
    });
    expect(up.body).toEqual({
      status: "FIELD_ERROR",
      formFields: [{ id: "password", error: "Password must not contain control characters" }],
    });
    await stSignUp(email);
    const signIn = await send("POST", "/auth/signin", {
      formFields: [
        { id: "email", value: email },
        { id: "password", value: `${PASSWORD}\u0000` },
      ],
    });
    expect(signIn.body).toEqual({ status: "WRONG_CREDENTIALS_ERROR" });
  });

  describe("locale (BCP 47)", () => {
    it.each([
      "<script>",
      "en_US",
      "e",
      "en-",
      "x-private",
      "en-GB-<b>",
      "en-fonipa-fonipa",
      "en-a-bbb-a-ccc",
    ])("refuses %j with 400 VALIDATION_FAILED on body.locale", async (locale) => {
      const s = await signUpToken(gh.fetch, BASE_URL);
      const cookie = { cookie: `backend_session=${s.accessToken}` };
      await expectFieldRefused(send("PATCH", "/user/me", { locale }, cookie), "body.locale");
      await expectFieldRefused(
        send("POST", "/user/signup", { email: uniqueEmail(), password: PASSWORD, locale }),
        "body.locale",
      );
    });

    it("stores the canonical form of a valid tag, and null clears it", async () => {
      const up = await send("POST", "/user/signup", {
        email: uniqueEmail(),
        password: PASSWORD,
        locale: "EN-gb",
      });
      expect(up.status).toBe(201);
      expect((up.body.user as { locale: string }).locale).toBe("en-GB");
      const s = await signUpToken(gh.fetch, BASE_URL);
      const cookie = { cookie: `backend_session=${s.accessToken}` };
      for (const [sent, stored] of [
        ["zh-hant-tw", "zh-Hant-TW"],
        ["es-419", "es-419"],
        ["de-DE-u-co-phonebk", "de-DE-u-co-phonebk"],
      ]) {
        const res = await send("PATCH", "/user/me", { locale: sent }, cookie);
        expect(res.status).toBe(200);
        expect(res.body.locale).toBe(stored);
      }
      expect((await send("PATCH", "/user/me", { locale: null }, cookie)).body.locale).toBeNull();
    });
  });

  describe("avatarUrl (https only)", () => {
    it.each([
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
      "file:///etc/passwd",
      "http://example.com/a.png",
      "ftp://example.com/a.png",
      "https://exa mple.com/a.png",
      "https://example.com/\u0000.png",
    ])("refuses %j with 400 VALIDATION_FAILED on body.avatarUrl", async (avatarUrl) => {
      const s = await signUpToken(gh.fetch, BASE_URL);
      await expectFieldRefused(
        send("PATCH", "/user/me", { avatarUrl }, { cookie: `backend_session=${s.accessToken}` }),
        "body.avatarUrl",
      );
      const me = await gh.fetch(`${BASE_URL}/user/me`, withSession(s.accessToken));
      expect(((await me.json()) as { avatarUrl: string | null }).avatarUrl).toBeNull();
    });

    it("accepts an https URL", async () => {
      const s = await signUpToken(gh.fetch, BASE_URL);
      const avatarUrl = "https://cdn.example.com/avatars/ada.png?size=64";
      const res = await send(
        "PATCH",
        "/user/me",
        { avatarUrl },
        { cookie: `backend_session=${s.accessToken}` },
      );
      expect(res.status).toBe(200);
      expect(res.body.avatarUrl).toBe(avatarUrl);
    });
  });
});

describe("the server's SafeString rule", () => {
  it("is the contract's pattern", () => {
    const contract = JSON.parse(
      readFileSync(new URL("../../generated/openapi.json", import.meta.url), "utf8"),
    );
    const schemas = contract.components.schemas;
    expect(SAFE_TEXT.source).toBe(schemas["Shared.Common.Requests.DisplayName"].pattern);
    expect(SAFE_TEXT.source).toBe(schemas["Shared.Common.Requests.NewPassword"].pattern);
  });
});
