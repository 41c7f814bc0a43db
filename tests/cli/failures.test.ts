// The `gatehouse` CLI's refusals and failures: usage, wrong password, network, unsafe credentials file, exit codes.
import {
  chmodSync,
  mkdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../helpers/gatehouse.js";
import { PASSWORD } from "../helpers/http.js";
import { signUp } from "../tenancy/helpers.js";
import {
  cli,
  configHome,
  credentialsFile,
  logIn,
  root,
  SLOW,
  servedSuite,
  serveGatehouse,
} from "./helpers.js";

const s = servedSuite();

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
    const { home } = await logIn(s);
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

    // Something that is not a lock where the lock goes: a clear refusal, not "another process holds it".
    const blocked = configHome();
    mkdirSync(join(blocked, "gatehouse"), { mode: 0o700 });
    const lock = join(blocked, "gatehouse", "credentials.lock");
    writeFileSync(lock, "");
    utimesSync(lock, new Date(0), new Date(0));
    const r2 = await cli(["token"], { home: blocked, url: s.url });
    expect(r2.code).toBe(6);
    expect(r2.stderr).toContain("cannot lock");
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
      const { home } = await logIn(v);
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
