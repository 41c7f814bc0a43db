// Data the database refuses (issue 8.4 backstop) and what the log says about it (issue 8.10): a SQLSTATE
// class 22 error is a 400 in the operation's error shape, never a 500, and the log line carries the
// SQLSTATE and never the query's parameters (PGlite attaches them to its errors) — on PGlite and PostgreSQL.
import { Hono } from "hono";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppEnv } from "../../server/context.js";
import { errorHandler } from "../../server/http/errors.js";
import type { Store } from "../../server/store/db.js";
import { assertConforms } from "../helpers/contract.js";
import {
  BASE_URL,
  memoryLogger,
  PG_URL,
  postgresStore,
  startTestGatehouse,
  type TestGatehouse,
} from "../helpers/gatehouse.js";
import { json } from "../helpers/http.js";
import { type LocalOidc, startLocalOidc } from "../helpers/oidc.js";

const backends: Array<[string, () => Promise<{ store?: Store; drop: () => Promise<void> }>]> = [
  ["PGlite", async () => ({ drop: async () => {} })],
];
if (PG_URL) backends.push(["PostgreSQL", async () => postgresStore()]);

const AUDIENCE = "gatehouse-db-errors-test";

describe.each(backends)("database data errors on %s", (_name, open) => {
  let gh: TestGatehouse;
  let oidc: LocalOidc;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    oidc = await startLocalOidc(AUDIENCE);
    const db = await open();
    drop = db.drop;
    gh = await startTestGatehouse({
      env: {
        SSO_JWKS_COOLDOWN_SECONDS: "0",
        SSO_OIDC_PROVIDERS: JSON.stringify([
          { id: "acme", issuer: oidc.issuer, jwksUrl: oidc.jwksUrl, audience: AUDIENCE },
        ]),
      },
      ...(db.store ? { store: db.store } : {}),
    });
  });
  afterAll(async () => {
    await gh.close();
    await oidc.close();
    await drop();
  });

  // Real errors from this backend's driver, each carrying a recognisable piece of "user input".
  const PROBE = "probe-7f3a9c";
  const failing: Array<[string, string, () => Promise<unknown>]> = [
    ["22021", "a NUL byte", () => sql`SELECT ${`${PROBE}\u0000`}::text`.execute(gh.deps.store.db)],
    ["22P02", "text that is not a number", () => sql`SELECT ${PROBE}::int`.execute(gh.deps.store.db)],
    [
      "22001",
      "a string too long for its column",
      () =>
        gh.deps.store.db.transaction().execute(async (tx) => {
          await sql`CREATE TEMP TABLE probe (s varchar(3)) ON COMMIT DROP`.execute(tx);
          await sql`INSERT INTO probe VALUES (${PROBE})`.execute(tx);
        }),
    ],
  ];

  /** The production error handler over a route whose query fails. */
  function probeApp(query: () => Promise<unknown>, style?: "fdi") {
    const lines: string[] = [];
    const app = new Hono<AppEnv>();
    app.use(async (c, next) => {
      c.set("requestId", "req-probe");
      if (style) c.set("errorStyle", style);
      await next();
    });
    app.post("/probe", async (c) => c.json(await query()));
    app.onError(errorHandler(memoryLogger(lines)));
    return { app, lines };
  }

  it.each(
    failing,
  )("SQLSTATE %s (%s) is 400 VALIDATION_FAILED, logged by code without the value", async (code, _what, query) => {
    const { app, lines } = probeApp(query);
    const res = await app.request("/probe", { method: "POST" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(JSON.stringify(body)).not.toContain(PROBE);
    const log = lines.join("\n");
    expect(log).toContain(`"code":"${code}"`);
    expect(log).not.toContain(PROBE);
    expect(log).not.toContain('"params"');
    expect(log).not.toContain('"query"');
  });

  it("in the FDI error style the same error is a 400 `{ message }`", async () => {
    const { app } = probeApp(failing[0]?.[2] ?? (async () => {}), "fdi");
    const res = await app.request("/probe", { method: "POST" });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ message: expect.any(String) });
  });

  it("a unique violation's log line names the constraint but not the duplicated value", async () => {
    const email = `${PROBE}@example.com`;
    const insert = () =>
      sql`INSERT INTO users (id, email, created_at, updated_at)
          VALUES (${crypto.randomUUID()}, ${email}, now(), now())`.execute(gh.deps.store.db);
    await insert();
    const { app, lines } = probeApp(insert);
    expect((await app.request("/probe", { method: "POST" })).status).toBe(500);
    const log = lines.join("\n");
    expect(log).toContain('"code":"23505"');
    expect(log).not.toContain(PROBE);
  });

  it("an SSO ID token whose claims PostgreSQL cannot store is answered in the contract, never 500, and not logged", async () => {
    const marker = `${PROBE}-sso`;
    const idToken = await oidc.idToken({
      sub: `sub-${crypto.randomUUID()}`,
      email: `${marker}@example.com`,
      email_verified: true,
      name: `${marker}\u0000`,
    });
    const url = `${BASE_URL}/user/sso/acme`;
    const res = await gh.fetch(url, json({ idToken }, { "x-auth-mode": "token" }));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    await assertConforms("POST", url, res);
    expect(gh.logs.join("\n")).not.toContain(marker);
  });
});
