// The `gatehouse` CLI, built and run as a subprocess against a real Gatehouse listening on 127.0.0.1.
import { execFile } from "node:child_process";
import { chmodSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

beforeAll(async () => {
  buildCli();
  s = await serveGatehouse();
}, 120_000);
afterAll(() => s?.close());

/** A new user (signed up through the SDK in-process) and a scratch config dir the CLI is logged in from. */
async function loggedIn(): Promise<{ person: Person; home: string }> {
  const person = await signUp(s.gh);
  const home = configHome();
  const r = await cli(["login", "--email", person.email, "--password-stdin"], {
    home,
    url: s.url,
    input: `${PASSWORD}\n`,
  });
  expect(r, r.stderr).toMatchObject({ code: 0 });
  return { person, home };
}

const me = (url: string, bearer: string) =>
  fetch(`${url}/user/me`, { headers: { authorization: `Bearer ${bearer}` } });

describe("login, whoami, token, logout", () => {
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
