// The `gatehouse` CLI's interactive login under a real pseudo-terminal (Python's pty module).
import { execFile, execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { PASSWORD } from "../helpers/http.js";
import { signUp } from "../tenancy/helpers.js";
import { CLI, configHome, credentialsFile, profiles, root, SLOW, servedSuite } from "./helpers.js";

const s = servedSuite();

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
