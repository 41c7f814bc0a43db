// The `gatehouse` package as a user meets it: npm pack (SDK + CLI), installed outside the repository, run.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD } from "../helpers/http.js";
import { signUp } from "../tenancy/helpers.js";
import { cli, configHome, jsonOf, root, SLOW, servedSuite } from "./helpers.js";

const s = servedSuite();

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
