// GET /user/me answers from a per-instance cache of user views: every write shows at once on the instance
// that made it, within a NOTIFY on the others, and within the revocation poll when the NOTIFY is lost.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserViews } from "../server/services/user-views.js";
import type { Store } from "../server/store/db.js";
import {
  BASE_URL,
  instancesOnPostgres,
  PG_URL,
  postgresStore,
  startTestGatehouse,
  type TestGatehouse,
} from "./helpers/gatehouse.js";
import { eventually, json, PASSWORD, signUpToken, uniqueEmail, withSession } from "./helpers/http.js";
import { type LocalOidc, startLocalOidc } from "./helpers/oidc.js";

interface Me {
  name: string | null;
  emailVerified: boolean;
}
const me = async (gh: TestGatehouse, token: string) => {
  const res = await gh.fetch(`${BASE_URL}/user/me`, withSession(token));
  return { status: res.status, body: (await res.json()) as Me };
};
const rename = (gh: TestGatehouse, token: string, name: string) =>
  gh.fetch(`${BASE_URL}/user/me`, withSession(token, { ...json({ name }), method: "PATCH" }));

const kinds = [
  ["PGlite", false],
  ["PostgreSQL", true],
] as const;

describe.each(kinds)("user views on one instance (%s)", (_kind, postgres) => {
  let gh: TestGatehouse;
  let oidc: LocalOidc;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    oidc = await startLocalOidc("gatehouse-views-test");
    const pg = postgres ? await postgresStore() : undefined;
    drop = pg?.drop;
    gh = await startTestGatehouse({
      ...(pg ? { store: pg.store } : {}),
      env: {
        OTP_TEST_MODE: "true",
        SSO_OIDC_PROVIDERS: JSON.stringify([
          {
            id: "acme",
            issuer: oidc.issuer,
            jwksUrl: oidc.jwksUrl,
            audience: "gatehouse-views-test",
            nonce: "none",
          },
        ]),
      },
    });
  });
  afterAll(async () => {
    await gh?.close();
    await drop?.();
    await oidc?.close();
  });

  it.skipIf(postgres && !PG_URL)(
    "a profile change shows at once, on /user/me and the deprecated mirror",
    async () => {
      const s = await signUpToken(gh.fetch, BASE_URL);
      expect((await me(gh, s.accessToken)).body.name).toBeNull();
      expect((await rename(gh, s.accessToken, "Ada")).status).toBe(200);
      expect((await me(gh, s.accessToken)).body.name).toBe("Ada");
      const mirror = await gh.fetch(
        `${BASE_URL}/user_identity/me`,
        withSession(s.accessToken, { ...json({ name: "Grace" }), method: "PATCH" }),
      );
      expect(mirror.status).toBe(200);
      expect((await me(gh, s.accessToken)).body.name).toBe("Grace");
    },
  );

  it.skipIf(postgres && !PG_URL)("email verification shows at once", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    expect((await me(gh, s.accessToken)).body.emailVerified).toBe(false);
    const req = await gh.fetch(
      `${BASE_URL}/user/email/verification/request`,
      withSession(s.accessToken, { method: "POST" }),
    );
    const { testToken } = (await req.json()) as { testToken: string };
    const ok = await gh.fetch(`${BASE_URL}/user/email/verification/confirm`, json({ token: testToken }));
    expect(ok.status).toBe(200);
    expect((await me(gh, s.accessToken)).body.emailVerified).toBe(true);
  });

  it.skipIf(postgres && !PG_URL)(
    "an SSO takeover of an unverified password account shows at once",
    async () => {
      const email = uniqueEmail("views-sso");
      const s = await signUpToken(gh.fetch, BASE_URL, email);
      expect((await me(gh, s.accessToken)).body.emailVerified).toBe(false);
      const sso = await gh.fetch(
        `${BASE_URL}/user/sso/acme`,
        json(
          { idToken: await oidc.idToken({ sub: `views-${email}`, email, email_verified: true }) },
          { "x-auth-mode": "token" },
        ),
      );
      expect(sso.status).toBe(200);
      const { tokens } = (await sso.json()) as { tokens: { accessToken: string } };
      expect((await me(gh, tokens.accessToken)).body.emailVerified).toBe(true);
    },
  );

  it.skipIf(postgres && !PG_URL)("a deleted account's view is gone at once", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    expect((await me(gh, s.accessToken)).status).toBe(200);
    const del = await gh.fetch(
      `${BASE_URL}/user/me`,
      withSession(s.accessToken, { ...json({ password: PASSWORD }), method: "DELETE" }),
    );
    expect(del.status).toBe(204);
    expect((await me(gh, s.accessToken)).status).toBe(401);
  });

  it.skipIf(postgres && !PG_URL)(
    "40 parallel reads while the profile changes: the last answer is the new name",
    async () => {
      const s = await signUpToken(gh.fetch, BASE_URL);
      const reads = Array.from({ length: 40 }, () => me(gh, s.accessToken));
      const write = rename(gh, s.accessToken, "Katherine");
      await Promise.all([...reads, write]);
      // A read that raced the write may have answered the old name, but must not have cached it.
      expect((await me(gh, s.accessToken)).body.name).toBe("Katherine");
    },
  );
});

// On PostgreSQL: PGlite's one connection would stay held by the paused read and block the change.
describe.skipIf(!PG_URL)("a read that races a change", () => {
  it("answers what it read but does not cache it", async () => {
    const pg = await postgresStore();
    const gh = await startTestGatehouse({ store: pg.store });
    try {
      const s = await signUpToken(gh.fetch, BASE_URL);
      // The first read's query is held back after the database answered, until the change is done.
      let release: () => void = () => {};
      const held = new Promise<void>((r) => {
        release = r;
      });
      let hold = true;
      const slow = gh.deps.store.db.withPlugin({
        transformQuery: (args) => args.node,
        transformResult: async (args) => {
          if (hold) {
            hold = false;
            await held;
          }
          return args.result;
        },
      });
      const noSignals = { notify: async () => {}, listen: async () => {} };
      const views = new UserViews({ db: slow, notifier: noSignals, clock: gh.clock, pollIntervalMs: 0 });
      await views.start();
      const racing = views.get(s.userId);
      await new Promise((r) => setTimeout(r, 50));
      expect((await rename(gh, s.accessToken, "Mary")).status).toBe(200);
      await views.changed([s.userId]);
      release();
      expect((await racing)?.name).toBeNull();
      expect((await views.get(s.userId))?.name).toBe("Mary");
    } finally {
      await gh.close();
      await pg.drop();
    }
  });
});

describe.skipIf(!PG_URL)("user views across two instances on one PostgreSQL", () => {
  const POLL_MS = 1_000;
  let a: TestGatehouse;
  let b: TestGatehouse;
  let deaf: TestGatehouse;
  let storeA: Store;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ a, b, deaf, storeA, close } = await instancesOnPostgres(POLL_MS));
  });
  afterAll(async () => {
    await close?.();
  });

  it("views are cached: a change made behind Gatehouse's back (no notification, no updated_at) is not seen", async () => {
    const s = await signUpToken(a.fetch, BASE_URL);
    expect((await me(b, s.accessToken)).body.name).toBeNull();
    await sql`UPDATE users SET name = 'behind' WHERE id = ${s.userId}`.execute(storeA.db);
    expect((await me(b, s.accessToken)).body.name).toBeNull();
    expect((await me(deaf, s.accessToken)).body.name).toBe("behind"); // not cached there yet
  });

  it("a change on A reaches B by NOTIFY well within a second", async () => {
    const s = await signUpToken(a.fetch, BASE_URL);
    expect((await me(b, s.accessToken)).body.name).toBeNull();
    expect((await rename(a, s.accessToken, "Ada")).status).toBe(200);
    const ms = await eventually(async () => (await me(b, s.accessToken)).body.name === "Ada", 5_000, 10);
    expect(ms).toBeLessThan(1_000);
  });

  it("with the NOTIFY lost, no stale view outlives the revocation poll interval", async () => {
    for (const name of ["Barbara", "Frances", "Hedy"]) {
      const s = await signUpToken(a.fetch, BASE_URL);
      expect((await me(deaf, s.accessToken)).body.name).toBeNull();
      expect((await rename(a, s.accessToken, name)).status).toBe(200);
      const started = Date.now();
      const ms = await eventually(async () => (await me(deaf, s.accessToken)).body.name === name, 10_000, 10);
      // One poll interval, plus the poll's own query and the test's polling step.
      expect(ms, name).toBeLessThan(POLL_MS + 500);
      expect(Date.now() - started).toBeLessThan(POLL_MS + 500);
    }
  });

  it("with the NOTIFY lost, an email verified on A reaches the deaf instance within the poll interval", async () => {
    const s = await signUpToken(a.fetch, BASE_URL);
    expect((await me(deaf, s.accessToken)).body.emailVerified).toBe(false);
    await a.deps.accounts.markEmailVerified(s.userId);
    const ms = await eventually(async () => (await me(deaf, s.accessToken)).body.emailVerified, 10_000, 10);
    expect(ms).toBeLessThan(POLL_MS + 500);
  });
});
