// The `gatehouse` CLI: refreshing expired sessions (under the credentials lock), logging in again, stale locks.
import { mkdirSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../server/tokens/clock.js";
import { json, PASSWORD } from "../helpers/http.js";
import { newTenant, type Person } from "../tenancy/helpers.js";
import {
  cli,
  jsonOf,
  logIn,
  me,
  profiles,
  type Served,
  SLOW,
  servedSuite,
  serveGatehouse,
} from "./helpers.js";

const s = servedSuite();

describe("login again, --tenant, the lock", { timeout: SLOW }, () => {
  it("logging in again ends the session held so far (its refresh token is refused); --tenant lands in that tenant", async () => {
    const { person, home } = await logIn(s);
    const first = profiles(home)[s.url];
    const tenant = await newTenant(s.gh, person);
    const again = await cli(
      ["--json", "login", "--email", person.email, "--password-stdin", "--tenant", tenant.slug],
      {
        home,
        url: s.url,
        input: PASSWORD,
      },
    );
    expect(again.code, again.stderr).toBe(0);
    expect(jsonOf(again)).toMatchObject({ tenantId: tenant.id });
    const second = profiles(home)[s.url];
    expect(second?.refreshToken).not.toBe(first?.refreshToken);
    const reused = await fetch(
      `${s.url}/user/session/refresh`,
      json({ refreshToken: first?.refreshToken }, { "x-auth-mode": "token" }),
    );
    expect(reused.status).toBe(401);
    const sessions = jsonOf<{ sessions: unknown[] }>(await cli(["sessions", "--json"], { home, url: s.url }));
    expect(sessions.sessions).toHaveLength(2); // the sign-up's and this one: the first CLI session is gone
  });

  it("takes over a lock left by a process that died (older than 10 s)", async () => {
    const { home } = await logIn(s);
    const lock = join(home, "gatehouse", "credentials.lock");
    mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const r = await cli(["token"], { home, url: s.url });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trimEnd()).toBe(profiles(home)[s.url]?.accessToken);
  });
});

describe("refresh (the server's clock starts 20 minutes behind, so the tokens the CLI gets are already expired)", {
  timeout: SLOW,
}, () => {
  let r: Served;
  const past = () => new Date(Date.now() - 20 * 60_000);
  beforeAll(async () => {
    r = await serveGatehouse({ clock: manualClock(past()) });
  });
  afterAll(() => r?.close());

  /** Logs in while the server's clock is behind, then sets it to now: the stored access token has expired. */
  async function expiredLogin(): Promise<{ person: Person; home: string }> {
    r.gh.clock.set(past());
    const logged = await logIn(r);
    r.gh.clock.set(new Date());
    return logged;
  }

  it("token refreshes an expired access token, persists the rotated pair, and prints the new token", async () => {
    const { person, home } = await expiredLogin();
    const old = profiles(home)[r.url];
    if (!old) throw new Error("no profile");
    expect((await me(r.url, old.accessToken)).status).toBe(401);
    const t = await cli(["token"], { home, url: r.url });
    expect(t.code, t.stderr).toBe(0);
    const token = t.stdout.trimEnd();
    expect(token).not.toBe(old.accessToken);
    const now = profiles(home)[r.url];
    expect(now?.accessToken).toBe(token);
    expect(now?.refreshToken).not.toBe(old.refreshToken);
    const res = await me(r.url, token);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }).id).toBe(person.userId);
    // Fresh now: a second call hands out the same token without refreshing.
    expect((await cli(["token"], { home, url: r.url })).stdout.trimEnd()).toBe(token);
  });

  it("two concurrent `gatehouse token` processes refresh once (the lock): same token, the session survives", async () => {
    const { home } = await expiredLogin();
    const old = profiles(home)[r.url];
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => cli(["token"], { home, url: r.url })));
    for (const x of [a, b, c]) expect(x?.code, x?.stderr).toBe(0);
    expect(a?.stdout).toBe(b?.stdout);
    expect(b?.stdout).toBe(c?.stdout);
    expect(a?.stdout.trimEnd()).not.toBe(old?.accessToken);
    expect(profiles(home)[r.url]?.accessToken).toBe(a?.stdout.trimEnd());
    const who = await cli(["whoami", "--json"], { home, url: r.url });
    expect(who.code, who.stderr).toBe(0);
    const sessions = jsonOf<{ sessions: unknown[] }>(await cli(["sessions", "--json"], { home, url: r.url }));
    expect(sessions.sessions).toHaveLength(2); // the sign-up's and the CLI's: no session was lost or split
  });

  it("whoami refreshes an expired access token too; a session revoked meanwhile ends in exit 3 and the profile is removed", async () => {
    const { person, home } = await expiredLogin();
    const who = await cli(["whoami", "--json"], { home, url: r.url });
    expect(who.code, who.stderr).toBe(0);
    expect(jsonOf(who)).toMatchObject({ user: { id: person.userId } });

    const again = await expiredLogin();
    // The user revokes the CLI's session from elsewhere (their SDK session).
    const list = await again.person.client.GET("/user/sessions");
    const cliSession = list.data?.sessions.find((x) => !x.current);
    if (!cliSession) throw new Error("no CLI session");
    r.gh.clock.set(past());
    expect(
      (
        await again.person.client.DELETE("/user/sessions/{sessionId}", {
          params: { path: { sessionId: cliSession.id } },
        })
      ).response.status,
    ).toBe(204);
    r.gh.clock.set(new Date());
    const t = await cli(["token"], { home: again.home, url: r.url });
    expect(t.code).toBe(3);
    expect(t.stdout).toBe("");
    expect(t.stderr).toContain("gatehouse login");
    expect(profiles(again.home)[r.url]).toBeUndefined();
  });
});
