// The `gatehouse` CLI as a subprocess against a real Gatehouse on 127.0.0.1: login, whoami, token, logout.
import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, PASSWORD } from "../helpers/http.js";
import { signUp } from "../tenancy/helpers.js";
import {
  cli,
  configHome,
  credentialsFile,
  jsonOf,
  logIn,
  me,
  profiles,
  SLOW,
  servedSuite,
} from "./helpers.js";

const s = servedSuite();

describe("login, whoami, token, logout", { timeout: SLOW }, () => {
  it("logs in with --password-stdin, stores the pair in a 0600 file in a 0700 directory, and whoami --json shows the user", async () => {
    const person = await signUp(s.gh);
    const home = configHome();
    const login = await cli(["--json", "login", "--email", person.email, "--password-stdin"], {
      home,
      url: s.url,
      input: `${PASSWORD}\n`,
    });
    expect(login.code, login.stderr).toBe(0);
    expect(jsonOf(login)).toMatchObject({
      url: s.url,
      user: { id: person.userId, email: person.email },
      tenantId: "default",
      session: { id: expect.any(String) },
    });
    expect(login.stdout).not.toContain(PASSWORD);
    expect(login.stderr).toBe(""); // loopback HTTP: no warning
    expect(statSync(credentialsFile(home)).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, "gatehouse")).mode & 0o777).toBe(0o700);
    const profile = profiles(home)[s.url];
    expect(profile?.email).toBe(person.email);
    expect(JSON.stringify(profiles(home))).not.toContain(PASSWORD);

    const who = await cli(["whoami", "--json"], { home, url: s.url });
    expect(who.code, who.stderr).toBe(0);
    expect(jsonOf(who)).toMatchObject({
      url: s.url,
      user: { id: person.userId, email: person.email, tenantId: "default", roles: ["member"] },
    });
    const human = await cli(["whoami"], { home, url: s.url });
    expect(human.stdout).toContain(person.email);
    expect(human.stdout).not.toContain(profile?.accessToken);

    // GATEHOUSE_URL selects the profile just as --url does; another origin has no profile.
    const byEnv = await cli(["whoami", "--json"], { home, env: { GATEHOUSE_URL: `${s.url}/` } });
    expect(jsonOf(byEnv)).toMatchObject({ user: { id: person.userId } });
    const other = await cli(["whoami"], { home, url: "http://localhost:1" });
    expect(other.code).toBe(3);
    expect(other.stderr).toContain("NOT_LOGGED_IN");
  });
});

describe("token, logout", { timeout: SLOW }, () => {
  it("token prints only the access token on stdout, and it works as a bearer", async () => {
    const { person, home } = await logIn(s);
    const r = await cli(["token"], { home, url: s.url });
    expect(r.code, r.stderr).toBe(0);
    const token = r.stdout.trimEnd();
    expect(r.stdout).toBe(`${token}\n`);
    expect(token).toBe(profiles(home)[s.url]?.accessToken);
    const res = await me(s.url, token);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }).id).toBe(person.userId);
    const j = jsonOf<{ accessToken: string; expiresAt: string }>(
      await cli(["token", "--json"], { home, url: s.url }),
    );
    expect(j.accessToken).toBe(token);
    expect(Date.parse(j.expiresAt)).toBeGreaterThan(Date.now());
  });

  it("logout revokes the session on the server (the old refresh token is refused) and removes only that profile", async () => {
    const { home } = await logIn(s);
    const before = profiles(home)[s.url];
    if (!before) throw new Error("no profile");
    // A second profile, for another server, must survive.
    const other = "http://127.0.0.1:9";
    const file = credentialsFile(home);
    const all = profiles(home);
    writeFileSync(file, JSON.stringify({ version: 1, profiles: { ...all, [other]: before } }), {
      mode: 0o600,
    });

    const out = await cli(["--json", "logout"], { home, url: s.url });
    expect(out.code, out.stderr).toBe(0);
    expect(jsonOf(out)).toEqual({ url: s.url, loggedOut: true, revoked: true });
    expect(Object.keys(profiles(home))).toEqual([other]);
    const refreshed = await fetch(
      `${s.url}/user/session/refresh`,
      json({ refreshToken: before.refreshToken }, { "x-auth-mode": "token" }),
    );
    expect(refreshed.status).toBe(401);
    expect((await me(s.url, before.accessToken)).status).toBe(401);
    expect((await cli(["whoami"], { home, url: s.url })).code).toBe(3);
    // Logging out again is not an error.
    expect((await cli(["logout"], { home, url: s.url })).code).toBe(0);

    // Offline: the server cannot be reached; the profile goes, with a warning that it was not revoked.
    const offline = await cli(["logout"], { home, url: other });
    expect(offline.code).toBe(0);
    expect(offline.stderr).toContain("NOT revoked");
    expect(profiles(home)).toEqual({});
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
