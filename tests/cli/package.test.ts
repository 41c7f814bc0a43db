// The `gatehouse` package as a user meets it: npm pack (SDK + CLI), installed outside the repository, run.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD } from "../helpers/http.js";
import { packedProject } from "../helpers/pack.js";
import { signUp } from "../tenancy/helpers.js";
import { cli, configHome, jsonOf, root, SLOW, servedSuite } from "./helpers.js";

const s = servedSuite();

describe("the gatehouse package (npm pack → installed in a scratch project outside the repository)", {
  timeout: SLOW,
}, () => {
  let scratch: string;
  let tarball: string;
  let bin: string;

  let remove: (() => void) | undefined;

  // dist/ was just built (buildCli): no `prepare`, which would rewrite it under running tests.
  beforeAll(() => {
    const packed = packedProject("gatehouse-cli-package-", ["sdk", "cli"], { ignoreScripts: true });
    scratch = packed.scratch;
    tarball = packed.tarballs[1] as string;
    remove = packed.remove;
    bin = join(packed.app, "node_modules/.bin/gatehouse");
  }, 240_000);
  afterAll(() => remove?.());

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
