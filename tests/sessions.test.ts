// Session lifecycle with an injected clock: expiry, rotation, reuse detection, revocation — on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../server/store/db.js";
import {
  BASE_URL,
  PG_URL,
  postgresStore,
  startTestGatehouse,
  type TestGatehouse,
} from "./helpers/gatehouse.js";
import {
  errorCode,
  eventually,
  json,
  kidOf,
  PASSWORD,
  refreshToken,
  signUpToken,
  uniqueEmail,
  withSession,
} from "./helpers/http.js";

const backends: Array<[string, () => Promise<{ store?: Store; drop: () => Promise<void> }>]> = [
  ["PGlite", async () => ({ drop: async () => {} })],
];
if (PG_URL) backends.push(["PostgreSQL", async () => postgresStore()]);

describe.each(backends)("sessions on %s", (name, open) => {
  let gh: TestGatehouse;
  let drop: () => Promise<void>;
  const me = (token: string) => gh.fetch(`${BASE_URL}/user/me`, withSession(token));

  beforeAll(async () => {
    const db = await open();
    drop = db.drop;
    gh = await startTestGatehouse(db.store ? { store: db.store } : {});
  });
  afterAll(async () => {
    await gh.close();
    await drop();
  });

  it("an access token works until it expires, then the client is told to refresh", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    expect((await me(s.accessToken)).status).toBe(200);
    gh.clock.advance(14 * 60_000);
    expect((await me(s.accessToken)).status).toBe(200);
    gh.clock.advance(2 * 60_000);
    const expired = await me(s.accessToken);
    expect(expired.status).toBe(401);
    expect(expired.headers.get("www-authenticate")).toContain("expired_token");
    expect(await errorCode(expired)).toBe("AUTH_SESSION_EXPIRED");
    const refreshed = await refreshToken(gh.fetch, BASE_URL, s.refreshToken);
    expect(refreshed.status).toBe(200);
    const body = (await refreshed.json()) as { tokens: { accessToken: string; refreshToken: string } };
    expect(body.tokens.refreshToken).not.toBe(s.refreshToken);
    expect((await me(body.tokens.accessToken)).status).toBe(200);
  });

  it("refresh never extends the absolute session lifetime", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    let token = s.refreshToken;
    const expiries = new Set<string>();
    for (let i = 0; i < 3; i++) {
      gh.clock.advance(2 * 86_400_000);
      const res = await refreshToken(gh.fetch, BASE_URL, token);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { session: { expiresAt: string }; tokens: { refreshToken: string } };
      expiries.add(body.session.expiresAt);
      token = body.tokens.refreshToken;
    }
    expect(expiries.size).toBe(1);
    gh.clock.advance(2 * 86_400_000); // day 8
    const late = await refreshToken(gh.fetch, BASE_URL, token);
    expect(late.status).toBe(401);
    expect(await errorCode(late)).toBe("AUTH_UNAUTHENTICATED");
  });

  it("the previous refresh token inside the grace window gets the same successor (two tabs, one lineage)", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const first = await refreshToken(gh.fetch, BASE_URL, s.refreshToken);
    expect(first.status).toBe(200);
    const firstPair = (await first.json()) as { tokens: { accessToken: string; refreshToken: string } };
    gh.clock.advance(5_000);
    const second = await refreshToken(gh.fetch, BASE_URL, s.refreshToken);
    expect(second.status).toBe(200);
    const pair = (await second.json()) as { tokens: { accessToken: string; refreshToken: string } };
    expect(pair.tokens.refreshToken).toBe(firstPair.tokens.refreshToken);
    expect((await me(pair.tokens.accessToken)).status).toBe(200);
    const next = await refreshToken(gh.fetch, BASE_URL, pair.tokens.refreshToken);
    expect(next.status).toBe(200);
  });

  it("a session from before per-session seeds gets one at its next rotation, then keeps one lineage", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    await gh.deps.store.db
      .updateTable("sessions")
      .set({ refresh_seed: null })
      .where("id", "=", s.sessionId)
      .execute();
    const first = (await (await refreshToken(gh.fetch, BASE_URL, s.refreshToken)).json()) as {
      tokens: { refreshToken: string };
    };
    const again = (await (await refreshToken(gh.fetch, BASE_URL, s.refreshToken)).json()) as {
      tokens: { refreshToken: string };
    };
    expect(again.tokens.refreshToken).toBe(first.tokens.refreshToken);
  });

  // PGlite runs one statement at a time; real parallelism needs PostgreSQL.
  it.skipIf(name !== "PostgreSQL")(
    "60 parallel refreshes of one token all get the same successor, and no second lineage survives",
    async () => {
      const s = await signUpToken(gh.fetch, BASE_URL);
      const results = await Promise.all(
        Array.from({ length: 60 }, () => refreshToken(gh.fetch, BASE_URL, s.refreshToken)),
      );
      expect(results.map((r) => r.status)).toEqual(Array(60).fill(200));
      const pairs = (await Promise.all(results.map((r) => r.json()))) as Array<{
        tokens: { accessToken: string; refreshToken: string };
      }>;
      const successors = new Set(pairs.map((p) => p.tokens.refreshToken));
      expect(successors.size).toBe(1);
      const live = await gh.deps.store.db
        .selectFrom("refresh_tokens")
        .select("token_hash")
        .where("session_id", "=", s.sessionId)
        .where("used_at", "is", null)
        .execute();
      expect(live).toHaveLength(1);
      // The lineage goes on: its next rotation leaves nothing else alive, and a replay of the
      // first token outside the grace window is theft.
      const [successor] = successors;
      const next = await refreshToken(gh.fetch, BASE_URL, successor ?? "");
      expect(next.status).toBe(200);
      gh.clock.advance(11_000);
      const replay = await refreshToken(gh.fetch, BASE_URL, successor ?? "");
      expect(await errorCode(replay)).toBe("AUTH_SESSION_REVOKED");
    },
  );

  it("a spent refresh token outside the grace window revokes the whole session (theft)", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const rotated = (await (await refreshToken(gh.fetch, BASE_URL, s.refreshToken)).json()) as {
      tokens: { accessToken: string; refreshToken: string };
    };
    gh.clock.advance(11_000);
    const replay = await refreshToken(gh.fetch, BASE_URL, s.refreshToken);
    expect(replay.status).toBe(401);
    expect(await errorCode(replay)).toBe("AUTH_SESSION_REVOKED");
    // Everything the session holds is dead: its current access token and its newest refresh token.
    const meRes = await me(rotated.tokens.accessToken);
    expect(meRes.status).toBe(401);
    expect(await errorCode(meRes)).toBe("AUTH_SESSION_REVOKED");
    const legit = await refreshToken(gh.fetch, BASE_URL, rotated.tokens.refreshToken);
    expect(legit.status).toBe(401);
    expect(await errorCode(legit)).toBe("AUTH_SESSION_REVOKED");
  });

  it("an unknown refresh token is refused without touching any session", async () => {
    const res = await refreshToken(gh.fetch, BASE_URL, "rt_not-a-real-token");
    expect(res.status).toBe(401);
    expect(await errorCode(res)).toBe("AUTH_UNAUTHENTICATED");
  });

  it("sign-out revokes at once: the unexpired access token and the refresh token stop working", async () => {
    const s = await signUpToken(gh.fetch, BASE_URL);
    const out = await gh.fetch(`${BASE_URL}/user/signout`, withSession(s.accessToken, { method: "POST" }));
    expect(out.status).toBe(204);
    const after = await me(s.accessToken);
    expect(after.status).toBe(401);
    expect(await errorCode(after)).toBe("AUTH_SESSION_REVOKED");
    expect((await refreshToken(gh.fetch, BASE_URL, s.refreshToken)).status).toBe(401);
  });

  it("signing in with a session's cookie present ends that session (ASVS 7.2.4), even if its access token expired", async () => {
    const email = uniqueEmail("again");
    const first = await signUpToken(gh.fetch, BASE_URL, email);
    gh.clock.advance(16 * 60_000); // the cookie still holds the session's (now expired) access token
    const signIn = await gh.fetch(
      `${BASE_URL}/user/signin`,
      json(
        { email, password: PASSWORD },
        { "x-auth-mode": "token", cookie: `backend_session=${first.accessToken}` },
      ),
    );
    expect(signIn.status).toBe(200);
    const next = (await signIn.json()) as { session: { id: string }; tokens: { accessToken: string } };
    expect(next.session.id).not.toBe(first.sessionId);
    const old = await refreshToken(gh.fetch, BASE_URL, first.refreshToken);
    expect(old.status).toBe(401);
    expect(await errorCode(old)).toBe("AUTH_SESSION_REVOKED");
    expect((await me(next.tokens.accessToken)).status).toBe(200);
  });

  it("a sign-in ends the arriving session even when it belongs to someone else; a forged cookie changes nothing", async () => {
    const a = await signUpToken(gh.fetch, BASE_URL);
    const email = uniqueEmail("other");
    await signUpToken(gh.fetch, BASE_URL, email);
    const signIn = await gh.fetch(
      `${BASE_URL}/user/signin`,
      json(
        { email, password: PASSWORD },
        { "x-auth-mode": "token", cookie: `backend_session=${a.accessToken}` },
      ),
    );
    expect(signIn.status).toBe(200);
    expect(await errorCode(await me(a.accessToken))).toBe("AUTH_SESSION_REVOKED");

    const c = await signUpToken(gh.fetch, BASE_URL);
    const [head, , sig] = c.accessToken.split(".");
    const forgedBody = Buffer.from(JSON.stringify({ sub: c.userId, sid: c.sessionId })).toString("base64url");
    const forged = await gh.fetch(
      `${BASE_URL}/user/signin`,
      json({ email, password: PASSWORD }, { cookie: `backend_session=${head}.${forgedBody}.${sig}` }),
    );
    expect(forged.status).toBe(200);
    expect((await me(c.accessToken)).status).toBe(200);
  });

  it("password change rotates the changer's session (new pair, old tokens dead) and ends the others", async () => {
    const email = uniqueEmail("change");
    const a = await signUpToken(gh.fetch, BASE_URL, email);
    const b = await signUpToken(gh.fetch, BASE_URL, uniqueEmail()); // someone else: untouched
    const otherDevice = (await (
      await gh.fetch(
        `${BASE_URL}/user/signin`,
        json({ email, password: PASSWORD }, { "x-auth-mode": "token" }),
      )
    ).json()) as { tokens: { accessToken: string; refreshToken: string } };
    const changed = await gh.fetch(
      `${BASE_URL}/user/password/change`,
      withSession(a.accessToken, {
        ...json(
          { currentPassword: PASSWORD, newPassword: "a changed passphrase" },
          { "x-auth-mode": "token" },
        ),
      }),
    );
    expect(changed.status).toBe(200);
    expect(changed.headers.get("cache-control")).toBe("no-store");
    const rotated = (await changed.json()) as {
      session: { id: string };
      tokens: { accessToken: string; refreshToken: string };
    };
    expect(rotated.session.id).not.toBe(a.sessionId);
    for (const dead of [a.accessToken, otherDevice.tokens.accessToken]) {
      expect(await errorCode(await me(dead))).toBe("AUTH_SESSION_REVOKED");
    }
    for (const dead of [a.refreshToken, otherDevice.tokens.refreshToken]) {
      expect((await refreshToken(gh.fetch, BASE_URL, dead)).status).toBe(401);
    }
    expect((await me(rotated.tokens.accessToken)).status).toBe(200);
    expect((await refreshToken(gh.fetch, BASE_URL, rotated.tokens.refreshToken)).status).toBe(200);
    expect((await me(b.accessToken)).status).toBe(200);
  });

  it("password change in cookie mode answers 204 with fresh cookies for the new session", async () => {
    const a = await signUpToken(gh.fetch, BASE_URL);
    const changed = await gh.fetch(
      `${BASE_URL}/user/password/change`,
      withSession(a.accessToken, json({ currentPassword: PASSWORD, newPassword: "a changed passphrase" })),
    );
    expect(changed.status).toBe(204);
    const cookies = changed.headers.getSetCookie();
    const access = /^backend_session=([^;]+)/.exec(
      cookies.find((c) => c.startsWith("backend_session=")) ?? "",
    )?.[1];
    expect(cookies.some((c) => c.startsWith("backend_refresh=") && c.includes("Path=/user/session"))).toBe(
      true,
    );
    expect(access).toBeDefined();
    expect((await me(access ?? "")).status).toBe(200);
    expect(await errorCode(await me(a.accessToken))).toBe("AUTH_SESSION_REVOKED");
  });

  // Two instances on one database; B never hears a NOTIFY, so only its poll can tell it.
  it.skipIf(name !== "PostgreSQL")(
    "a deleted account's access token is refused by an instance that missed the NOTIFY, within its poll interval",
    async () => {
      const { store } = gh.deps;
      const deaf = { ...store, notifier: { notify: store.notifier.notify, listen: async () => {} } };
      const other = await startTestGatehouse({ store: deaf, clock: gh.clock, revocationPollMs: 200 });
      try {
        const s = await signUpToken(gh.fetch, BASE_URL);
        // GET /user/sessions needs only the token (no user row), so it shows what the verifier knows.
        const listOn = (f: typeof fetch) => f(`${BASE_URL}/user/sessions`, withSession(s.accessToken));
        expect((await listOn(other.fetch)).status).toBe(200);
        const deleted = await gh.fetch(
          `${BASE_URL}/user/me`,
          withSession(s.accessToken, { ...json({ password: PASSWORD }), method: "DELETE" }),
        );
        expect(deleted.status).toBe(204);
        const ms = await eventually(async () => {
          const res = await listOn(other.fetch);
          return res.status === 401 && (await errorCode(res)) === "AUTH_SESSION_REVOKED";
        }, 3_000);
        expect(ms).toBeLessThan(2_000);
      } finally {
        await other.close();
      }
    },
  );

  it("lists sessions and revokes another device's session", async () => {
    const email = uniqueEmail();
    const a = await signUpToken(gh.fetch, BASE_URL, email);
    const signIn = await gh.fetch(
      `${BASE_URL}/user/signin`,
      json({ email, password: PASSWORD }, { "x-auth-mode": "token", "user-agent": "device-b" }),
    );
    const b = (await signIn.json()) as { session: { id: string }; tokens: { accessToken: string } };
    const list = (await (await gh.fetch(`${BASE_URL}/user/sessions`, withSession(a.accessToken))).json()) as {
      sessions: Array<{ id: string; current: boolean; userAgent: string | null }>;
    };
    expect(list.sessions.map((x) => x.id).sort()).toEqual([a.sessionId, b.session.id].sort());
    expect(list.sessions.find((x) => x.current)?.id).toBe(a.sessionId);
    expect(list.sessions.find((x) => x.id === b.session.id)?.userAgent).toBe("device-b");
    const del = await gh.fetch(
      `${BASE_URL}/user/sessions/${b.session.id}`,
      withSession(a.accessToken, { method: "DELETE" }),
    );
    expect(del.status).toBe(204);
    expect(await errorCode(await me(b.tokens.accessToken))).toBe("AUTH_SESSION_REVOKED");
    const again = await gh.fetch(
      `${BASE_URL}/user/sessions/${b.session.id}`,
      withSession(a.accessToken, { method: "DELETE" }),
    );
    expect(again.status).toBe(404);
    expect(await errorCode(again)).toBe("NOT_FOUND");
  });

  it("one user cannot revoke another user's session", async () => {
    const a = await signUpToken(gh.fetch, BASE_URL);
    const b = await signUpToken(gh.fetch, BASE_URL);
    const res = await gh.fetch(
      `${BASE_URL}/user/sessions/${b.sessionId}`,
      withSession(a.accessToken, { method: "DELETE" }),
    );
    expect(res.status).toBe(404);
    expect((await me(b.accessToken)).status).toBe(200);
  });

  it("rotates signing keys on schedule: the successor is published an hour ahead, signs from the due time, and the old key stays until its tokens expire", async () => {
    // Earlier tests moved the clock by days: start from a key created now.
    gh.clock.advance(30 * 86_400_000);
    await gh.deps.keys.rotateIfDue();
    gh.clock.advance(30 * 86_400_000); // the successor (if one was scheduled) is now the signing key
    await gh.deps.keys.rotateIfDue();
    const jwksKids = async () =>
      (
        (await (await gh.fetch(`${BASE_URL}/.well-known/jwks.json`)).json()) as {
          keys: Array<{ kid: string }>;
        }
      ).keys.map((k) => k.kid);
    const oldKid = kidOf((await signUpToken(gh.fetch, BASE_URL)).accessToken);
    const dueIn = async (ms: number) => {
      gh.clock.advance(ms);
      return gh.deps.keys.rotateIfDue();
    };

    // Two hours before the rotation is due nothing happens.
    const rotationAt = gh.clock.now().getTime() + 30 * 86_400_000;
    expect(await dueIn(rotationAt - gh.clock.now().getTime() - 2 * 3_600_000)).toBe(false);
    expect(await jwksKids()).toEqual([oldKid]);

    // Inside the last hour the successor is published, but the old key still signs.
    expect(await dueIn(90 * 60_000)).toBe(true);
    const published = await jwksKids();
    expect(published).toHaveLength(2);
    const nextKid = published.find((k) => k !== oldKid);
    expect(await dueIn(60_000)).toBe(false); // already scheduled: not published twice
    gh.clock.advance(rotationAt - 5 * 60_000 - gh.clock.now().getTime());
    const fresh = await refreshToken(
      gh.fetch,
      BASE_URL,
      (await signUpToken(gh.fetch, BASE_URL)).refreshToken,
    );
    const beforeRotation = ((await fresh.json()) as { tokens: { accessToken: string } }).tokens.accessToken;
    expect(kidOf(beforeRotation)).toBe(oldKid);

    // At the due time the successor signs, with no further rotation call; the old key still verifies.
    gh.clock.advance(rotationAt - gh.clock.now().getTime());
    const newToken = (await signUpToken(gh.fetch, BASE_URL)).accessToken;
    expect(kidOf(newToken)).toBe(nextKid);
    expect(await jwksKids()).toContain(oldKid);
    expect((await me(beforeRotation)).status).toBe(200);

    // Once every token the old key signed has expired, it leaves the JWKS.
    gh.clock.advance(16 * 60_000);
    await gh.deps.keys.reload();
    expect(await jwksKids()).toEqual([nextKid]);
    expect(await errorCode(await me(newToken))).toBe("AUTH_SESSION_EXPIRED"); // its key is still known
  });

  // Two instances on one database: PGlite is embedded in one process.
  it.skipIf(name !== "PostgreSQL")(
    "a second instance learns the published successor and switches at the same moment",
    async () => {
      const other = await startTestGatehouse({ store: gh.deps.store, clock: gh.clock });
      try {
        // Anchor: a key that starts signing now (the previous one is long overdue).
        gh.clock.advance(61 * 86_400_000);
        expect(await gh.deps.keys.rotateIfDue()).toBe(true);
        await other.deps.keys.rotateIfDue();
        const anchor = kidOf((await signUpToken(gh.fetch, BASE_URL)).accessToken);
        // Half an hour before its rotation, instance A publishes the successor; B learns it.
        gh.clock.advance(30 * 86_400_000 - 30 * 60_000);
        expect(await gh.deps.keys.rotateIfDue()).toBe(true);
        expect(await other.deps.keys.rotateIfDue()).toBe(false);
        expect(other.deps.keys.jwks().keys).toHaveLength(2);
        expect(kidOf((await signUpToken(other.fetch, BASE_URL)).accessToken)).toBe(anchor);
        // At the due time both sign with the successor, with no further call on either.
        gh.clock.advance(30 * 60_000);
        const a = kidOf((await signUpToken(gh.fetch, BASE_URL)).accessToken);
        const b = kidOf((await signUpToken(other.fetch, BASE_URL)).accessToken);
        expect(a).not.toBe(anchor);
        expect(b).toBe(a);
      } finally {
        await other.close();
      }
    },
  );
});
