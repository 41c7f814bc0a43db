// The `gatehouse` CLI, built and run as a subprocess against a real Gatehouse listening on 127.0.0.1.
import { execFile, execFileSync } from "node:child_process";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../server/tokens/clock.js";
import { freePort } from "../helpers/gatehouse.js";
import { json, PASSWORD } from "../helpers/http.js";
import { newTenant, type Person, signUp } from "../tenancy/helpers.js";
import {
  buildCli,
  CLI,
  cli,
  configHome,
  credentialsFile,
  jsonOf,
  profiles,
  root,
  type Served,
  serveGatehouse,
} from "./helpers.js";

let s: Served;
/** Each test spawns several CLI processes (Node start-up ~0.3 s each, far more on a loaded CI machine). */
const SLOW = 120_000;

beforeAll(async () => {
  buildCli();
  s = await serveGatehouse();
}, 300_000);
afterAll(() => s?.close());

/** A new user (signed up through the SDK in-process) and a scratch config dir the CLI is logged in from. */
async function loggedIn(on: Served = s): Promise<{ person: Person; home: string }> {
  const person = await signUp(on.gh);
  const home = configHome();
  const r = await cli(["login", "--email", person.email, "--password-stdin"], {
    home,
    url: on.url,
    input: `${PASSWORD}\n`,
  });
  expect(r, r.stderr).toMatchObject({ code: 0 });
  return { person, home };
}

const me = (url: string, bearer: string) =>
  fetch(`${url}/user/me`, { headers: { authorization: `Bearer ${bearer}` } });

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

describe("login again, --tenant, the lock", { timeout: SLOW }, () => {
  it("logging in again ends the session held so far (its refresh token is refused); --tenant lands in that tenant", async () => {
    const { person, home } = await loggedIn();
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
    const { home } = await loggedIn();
    const lock = join(home, "gatehouse", "credentials.lock");
    mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const r = await cli(["token"], { home, url: s.url });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trimEnd()).toBe(profiles(home)[s.url]?.accessToken);
  });
});

describe("refusals and failures", { timeout: SLOW }, () => {
  it("wrong password: exit 3 with the server's code on stderr (JSON with --json), nothing stored", async () => {
    const person = await signUp(s.gh);
    const home = configHome();
    const r = await cli(["login", "--email", person.email, "--password-stdin"], {
      home,
      url: s.url,
      input: "not the password\n",
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("AUTH_INVALID_CREDENTIALS");
    expect(r.stdout).toBe("");
    const j = await cli(["--json", "login", "--email", person.email, "--password-stdin"], {
      home,
      url: s.url,
      input: "not the password",
    });
    expect(j.code).toBe(3);
    expect(JSON.parse(j.stderr)).toEqual({
      error: { code: "AUTH_INVALID_CREDENTIALS", message: expect.any(String) },
    });
    expect(() => statSync(credentialsFile(home))).toThrow();
  });

  it("server down: exit 5 (network), no stack trace", async () => {
    const dead = `http://127.0.0.1:${await freePort()}`;
    const r = await cli(["login", "--email", "a@example.com", "--password-stdin"], {
      home: configHome(),
      url: dead,
      input: PASSWORD,
    });
    expect(r.code).toBe(5);
    expect(r.stderr).toContain("NETWORK_ERROR");
    // Plain HTTP beyond this machine is warned about before the password is sent.
    const remote = await cli(["login", "--email", "a@example.com", "--password-stdin"], {
      home: configHome(),
      url: dead.replace("127.0.0.1", "0.0.0.0"), // not named as loopback; Linux connects it locally (refused)
      input: PASSWORD,
    });
    expect(remote.code).toBe(5);
    expect(remote.stderr).toContain("unencrypted");
    expect(r.stderr).toContain(dead);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("usage errors exit 2 and send nothing: no terminal and no --password-stdin, --password-stdin without --email, bad URL, unknown command", async () => {
    const home = configHome();
    const noTty = await cli(["login", "--email", "a@example.com"], { home, url: s.url });
    expect(noTty.code).toBe(2);
    expect(noTty.stderr).toContain("--password-stdin");
    const noEmail = await cli(["login", "--password-stdin"], { home, url: s.url, input: PASSWORD });
    expect(noEmail.code).toBe(2);
    for (const url of [
      "ftp://example.com",
      "http://u:p@example.com",
      "http://example.com/path",
      "not a url",
    ]) {
      const bad = await cli(["whoami"], { home, url });
      expect(bad.code, url).toBe(2);
    }
    expect((await cli(["frobnicate"], { home })).code).toBe(2);
    expect((await cli(["api-keys", "create"], { home, url: s.url })).code).toBe(2);
    const help = await cli(["--help"], { home });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Exit codes:");
  });

  it("refuses a credentials file readable by group/others (exit 6, how to fix it), a symlink, and a corrupt file", async () => {
    const { home } = await loggedIn();
    const file = credentialsFile(home);
    chmodSync(file, 0o644);
    const r = await cli(["token"], { home, url: s.url });
    expect(r.code).toBe(6);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("CREDENTIALS_FILE_UNSAFE");
    expect(r.stderr).toContain(`chmod 600 ${file}`);
    // Nor will it log in over it (that would keep using a file others read).
    const login = await cli(["login", "--email", "x@example.com", "--password-stdin"], {
      home,
      url: s.url,
      input: PASSWORD,
    });
    expect(login.code).toBe(6);
    chmodSync(file, 0o600);
    expect((await cli(["token"], { home, url: s.url })).code).toBe(0);

    const linked = configHome();
    mkdirSync(join(linked, "gatehouse"), { mode: 0o700 });
    symlinkSync(file, credentialsFile(linked));
    const viaLink = await cli(["token"], { home: linked, url: s.url });
    expect(viaLink.code).toBe(6);
    expect(viaLink.stderr).toContain("symbolic link");
    expect(viaLink.stdout).toBe("");

    const corrupt = configHome();
    mkdirSync(join(corrupt, "gatehouse"), { mode: 0o700 });
    writeFileSync(credentialsFile(corrupt), "{not json", { mode: 0o600 });
    expect((await cli(["whoami"], { home: corrupt, url: s.url })).code).toBe(6);
  });
});

describe("exit codes for refusals", { timeout: SLOW }, () => {
  it("too many wrong passwords: exit 7 (rate limited) with the server's Retry-After", async () => {
    const person = await signUp(s.gh);
    const home = configHome();
    const codes: number[] = [];
    let last = { code: 0, stdout: "", stderr: "" };
    for (let i = 0; i < 7; i++) {
      last = await cli(["login", "--email", person.email, "--password-stdin"], {
        home,
        url: s.url,
        input: "wrong",
      });
      codes.push(last.code);
    }
    expect(codes.slice(0, 5)).toEqual([3, 3, 3, 3, 3]);
    expect(last.code).toBe(7);
    expect(last.stderr).toContain("AUTH_RATE_LIMIT_EXCEEDED");
    expect(last.stderr).toMatch(/Retry after \d+ s/);
  });

  it("a 403 from the server: exit 4 with its code (unverified email where verification is required)", async () => {
    const v = await serveGatehouse({ env: { REQUIRE_EMAIL_VERIFICATION: "true" } });
    try {
      const { home } = await loggedIn(v);
      const r = await cli(["api-keys", "create", "--name", "x"], { home, url: v.url });
      expect(r.code, r.stderr).toBe(4);
      expect(r.stderr).toContain("AUTH_EMAIL_NOT_VERIFIED");
      expect(r.stdout).toBe("");
    } finally {
      await v.close();
    }
  });
});

describe("documentation", { timeout: SLOW }, () => {
  it("cli/README.md's exit-code table lists exactly the codes `--help` documents", async () => {
    const help = (await cli(["--help"], { home: configHome() })).stdout;
    const inHelp = [...(help.split("Exit codes:")[1] ?? "").matchAll(/^\s+(\d+)\s/gm)].map((m) => m[1]);
    const readme = readFileSync(join(root, "cli/README.md"), "utf8");
    const inReadme = [...(readme.split("## Exit codes")[1] ?? "").matchAll(/^\| (\d+) \|/gm)].map(
      (m) => m[1],
    );
    expect(inHelp.length).toBeGreaterThan(5);
    expect(inReadme).toEqual(inHelp);
  });
});

describe("token, logout", { timeout: SLOW }, () => {
  it("token prints only the access token on stdout, and it works as a bearer", async () => {
    const { person, home } = await loggedIn();
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
    const { home } = await loggedIn();
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

describe("sessions, tenants, api-keys", { timeout: SLOW }, () => {
  it("sessions list marks this session; revoke ends another one at once, and revoking this one logs out here", async () => {
    const { person, home } = await loggedIn();
    const list = jsonOf<{ sessions: { id: string; current: boolean }[] }>(
      await cli(["sessions", "list", "--json"], { home, url: s.url }),
    );
    expect(list.sessions).toHaveLength(2);
    const mine = list.sessions.find((x) => x.current);
    const theirs = list.sessions.find((x) => !x.current);
    if (!mine || !theirs) throw new Error("expected a current and another session");
    const human = await cli(["sessions"], { home, url: s.url });
    expect(human.stdout).toContain(theirs.id);

    const revoke = await cli(["sessions", "revoke", theirs.id, "--json"], { home, url: s.url });
    expect(revoke.code, revoke.stderr).toBe(0);
    expect(jsonOf(revoke)).toEqual({ revoked: theirs.id, current: false });
    expect((await person.client.GET("/user/me")).response.status).toBe(401);

    for (const odd of ["../../admin/users", "x".repeat(300), "%00"]) {
      const r = await cli(["sessions", "revoke", odd], { home, url: s.url });
      expect(r.code, odd).toBe(1);
      expect(r.stderr, odd).toMatch(/VALIDATION_FAILED|NOT_FOUND/);
    }
    const notFound = await cli(["sessions", "revoke", crypto.randomUUID()], { home, url: s.url });
    expect(notFound.code).toBe(1);
    expect(notFound.stderr).toContain("NOT_FOUND");

    // Logging out of a session revoked elsewhere: not an error, nothing left behind.
    const stale = JSON.stringify(profiles(home));
    const self = await cli(["sessions", "revoke", mine.id], { home, url: s.url });
    expect(self.code, self.stderr).toBe(0);
    expect(profiles(home)[s.url]).toBeUndefined();
    writeFileSync(credentialsFile(home), JSON.stringify({ version: 1, profiles: JSON.parse(stale) }), {
      mode: 0o600,
    });
    const out = await cli(["logout", "--json"], { home, url: s.url });
    expect(out.code, out.stderr).toBe(0);
    expect(jsonOf(out)).toEqual({ url: s.url, loggedOut: true, revoked: false });
    expect(out.stderr).toContain("already ended");
    expect(profiles(home)[s.url]).toBeUndefined();
    expect((await cli(["whoami"], { home, url: s.url })).code).toBe(3);
  });

  it("tenants list shows the active one; switch by slug moves the session (new roles), an unknown tenant is refused", async () => {
    const { person, home } = await loggedIn();
    const tenant = await newTenant(s.gh, person);
    const list = jsonOf<{ activeTenantId: string; tenants: { id: string; slug: string; roles: string[] }[] }>(
      await cli(["tenants", "list", "--json"], { home, url: s.url }),
    );
    expect(list.activeTenantId).toBe("default");
    expect(list.tenants.map((t) => t.id).sort()).toEqual(["default", tenant.id].sort());
    expect(list.tenants.find((t) => t.id === tenant.id)?.roles).toEqual(["admin"]);

    const before = profiles(home)[s.url]?.accessToken ?? "";
    const sw = await cli(["tenants", "switch", tenant.slug, "--json"], { home, url: s.url });
    expect(sw.code, sw.stderr).toBe(0);
    expect(jsonOf(sw)).toMatchObject({ tenant: { id: tenant.id, slug: tenant.slug }, roles: ["admin"] });
    // The new pair is on disk; the old access token stopped working.
    expect(profiles(home)[s.url]?.accessToken).not.toBe(before);
    expect((await me(s.url, before)).status).toBe(401);
    const who = jsonOf<{ user: { tenantId: string; roles: string[] } }>(
      await cli(["whoami", "--json"], { home, url: s.url }),
    );
    expect(who.user).toMatchObject({ tenantId: tenant.id, roles: ["admin"] });
    const human = await cli(["tenants"], { home, url: s.url });
    expect(human.stdout).toMatch(new RegExp(`\\*\\s+${tenant.id}`));

    const unknown = await cli(["tenants", "switch", "no-such-tenant"], { home, url: s.url });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("NOT_FOUND");
  });

  it("api-keys: create prints the secret once (only it on stdout), it works as a bearer, list never shows it, revoke stops it", async () => {
    const { person, home } = await loggedIn();
    const created = await cli(["api-keys", "create", "--name", "ci", "--scope", "tenant:read"], {
      home,
      url: s.url,
    });
    expect(created.code, created.stderr).toBe(0);
    const key = created.stdout.trimEnd();
    expect(key).toMatch(/^gh_sk_[A-Za-z0-9_-]+$/);
    expect(created.stderr).toContain("not shown again");
    const res = await me(s.url, key);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }).id).toBe(person.userId);

    const j = jsonOf<{ id: string; key: string; scopes: string[]; tenantId: string }>(
      await cli(["api-keys", "create", "--name", "json", "--json"], { home, url: s.url }),
    );
    expect(j).toMatchObject({ key: expect.stringMatching(/^gh_sk_/), scopes: [], tenantId: "default" });

    const listed = await cli(["api-keys", "list", "--json"], { home, url: s.url });
    const { apiKeys } = jsonOf<{ apiKeys: { id: string; name: string; preview: string }[] }>(listed);
    expect(apiKeys.map((k) => k.name).sort()).toEqual(["ci", "json"]);
    expect(listed.stdout).not.toContain(key);
    expect(listed.stdout).not.toContain(j.key);
    const human = await cli(["api-keys"], { home, url: s.url });
    expect(human.stdout).toContain(`…${key.slice(-4)}`);
    expect(human.stdout).not.toContain(key);

    const ci = apiKeys.find((k) => k.name === "ci");
    const revoked = await cli(["api-keys", "revoke", ci?.id ?? ""], { home, url: s.url });
    expect(revoked.code, revoked.stderr).toBe(0);
    expect((await me(s.url, key)).status).toBe(401);
    const after = jsonOf<{ apiKeys: { id: string; revokedAt: string | null }[] }>(
      await cli(["api-keys", "list", "--json"], { home, url: s.url }),
    );
    expect(after.apiKeys.find((k) => k.id === ci?.id)?.revokedAt).toEqual(expect.any(String));

    const tooMuch = await cli(["api-keys", "create", "--name", "x", "--scope", "members:manage"], {
      home,
      url: s.url,
    });
    expect(tooMuch.code).toBe(1);
    expect(tooMuch.stderr).toContain("API_KEY_SCOPE_EXCEEDED");
    expect(tooMuch.stdout).toBe("");
    const badName = await cli(["api-keys", "create", "--name", "a\u0007b"], { home, url: s.url });
    expect(badName.code).toBe(1);
    expect(badName.stderr).toContain("VALIDATION_FAILED");
    const long = await cli(["api-keys", "create", "--name", "n".repeat(300)], { home, url: s.url });
    expect(long.code).toBe(1);
    expect(long.stderr).toContain("VALIDATION_FAILED");
    const badDate = await cli(["api-keys", "create", "--name", "x", "--expires-at", "soon"], {
      home,
      url: s.url,
    });
    expect(badDate.code).toBe(2);
  });
});

describe("interactive login under a pseudo-terminal", { timeout: SLOW }, () => {
  const python = (() => {
    try {
      execFileSync("python3", ["-c", "import pty"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();

  /** Runs `gatehouse login` under a pseudo-terminal, typing the email and then the password (or Ctrl+C). */
  async function ptyLogin(
    email: string,
    home: string,
    cancel = false,
  ): Promise<{ code: number; output: string }> {
    const { stdout } = await promisify(execFile)(
      "python3",
      [join(root, "tests/cli/pty-login.py"), process.execPath, CLI, "--url", s.url, "login"],
      {
        env: {
          PATH: process.env.PATH ?? "",
          HOME: home,
          XDG_CONFIG_HOME: home,
          TERM: "xterm",
          PTY_EMAIL: email,
          PTY_PASSWORD: PASSWORD,
          PTY_CANCEL: cancel ? "1" : "",
        },
        timeout: 60_000,
      },
    );
    return JSON.parse(stdout) as { code: number; output: string };
  }

  it.skipIf(!python)("Ctrl+C at the password prompt: exit 130, nothing stored, no stack trace", async () => {
    const person = await signUp(s.gh);
    const home = configHome();
    const r = await ptyLogin(person.email, home, true);
    expect(r.code, r.output).toBe(130);
    expect(r.output).toContain("CANCELLED");
    expect(r.output).not.toMatch(/\n\s+at /);
    expect(() => statSync(credentialsFile(home))).toThrow();
  });

  it.skipIf(!python)(
    "prompts for the email and a hidden password; the password never reaches the terminal",
    async () => {
      const person = await signUp(s.gh);
      const home = configHome();
      const r = await ptyLogin(person.email, home);
      expect(r.code, r.output).toBe(0);
      expect(r.output).toContain("Password");
      expect(r.output).not.toContain("toggle visibility"); // no key reveals it either
      expect(r.output).toContain(person.email); // the email is echoed as typed …
      expect(r.output).toContain("Logged in");
      for (const word of PASSWORD.split(" ")) expect(r.output).not.toContain(word); // … the password is not
      expect(profiles(home)[s.url]?.email).toBe(person.email);
    },
  );
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
    const logged = await loggedIn(r);
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

describe("the gatehouse package (npm pack → installed in a scratch project outside the repository)", {
  timeout: SLOW,
}, () => {
  let scratch: string;
  let tarball: string;
  let bin: string;

  /** Packs a workspace. dist/ was just built (buildCli): no `prepare`, which would rewrite it under running tests. */
  function pack(dir: string): string {
    const before = new Set(readdirSync(scratch));
    execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", scratch], {
      cwd: join(root, dir),
      stdio: "pipe",
    });
    const name = readdirSync(scratch).find((f) => f.endsWith(".tgz") && !before.has(f));
    if (!name) throw new Error(`npm pack wrote no tarball for ${dir}`);
    return join(scratch, name);
  }

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "gatehouse-cli-package-"));
    const sdk = pack("sdk");
    tarball = pack("cli");
    const app = join(scratch, "app");
    mkdirSync(app);
    writeFileSync(
      join(app, "package.json"),
      JSON.stringify({ name: "consumer", private: true, type: "module" }),
    );
    // Dependencies come from the npm cache that `npm ci` filled; the registry only if one is missing.
    execFileSync("npm", ["install", sdk, tarball, "--prefer-offline", "--no-audit", "--no-fund"], {
      cwd: app,
      stdio: "pipe",
    });
    bin = join(app, "node_modules/.bin/gatehouse");
  }, 240_000);
  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("packs the built ESM bin and the README, no sources", () => {
    const entries = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean);
    for (const f of ["dist/main.js", "dist/session.js", "dist/credentials.js", "README.md", "package.json"])
      expect(entries, f).toContain(`package/${f}`);
    expect(entries.filter((e) => e.startsWith("package/src/") || e.includes("tsconfig"))).toEqual([]);
    expect(readFileSync(join(scratch, "app/node_modules/gatehouse/dist/main.js"), "utf8")).toMatch(
      /^#!\/usr\/bin\/env node\n/,
    );
  });

  it("the installed bin logs in and answers whoami against a real server", async () => {
    const person = await signUp(s.gh);
    const home = configHome();
    const version = execFileSync(bin, ["--version"], { encoding: "utf8" });
    expect(version.trim()).toBe(JSON.parse(readFileSync(join(root, "cli/package.json"), "utf8")).version);
    const run = (args: string[], input = "") => cli(args, { home, url: s.url, input, bin });
    const login = await run(["login", "--email", person.email, "--password-stdin"], PASSWORD);
    expect(login.code, login.stderr).toBe(0);
    expect(jsonOf(await run(["whoami", "--json"]))).toMatchObject({
      user: { id: person.userId, email: person.email },
    });
  });
});
