// @gatehouse/sdk as another project meets it: `npm pack` → install the tarball into a scratch project
// outside this repository → strict tsc (bundler and node16 resolution) on a consumer and on the
// README's code blocks → the README's Node example run by plain Node against a real server.
import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen, startTestGatehouse } from "./helpers/gatehouse.js";
import { packedProject } from "./helpers/pack.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsc = join(root, "node_modules/typescript/bin/tsc");
const run = promisify(execFile);

/** The ```ts blocks of README.md's "Use the SDK" section, in order. */
function readmeSdkBlocks(readme: string): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith("Use the SDK"));
  if (!section) throw new Error('README.md has no "## Use the SDK" section');
  return [...section.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1] as string);
}

const blocks = readmeSdkBlocks(readFileSync(join(root, "README.md"), "utf8"));
let scratch: string;
let tarball: string;
let remove: (() => void) | undefined;

function tscConfig(resolution: "bundler" | "node16", files: string[]) {
  const compilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: false,
    noEmit: true,
    target: "ES2022",
    ...(resolution === "bundler"
      ? // A browser app: DOM types, no Node.
        { module: "ESNext", moduleResolution: "Bundler", lib: ["ES2022", "DOM"], types: [] }
      : // A Node app: no DOM, fetch/Request/Response from @types/node.
        {
          module: "Node16",
          moduleResolution: "Node16",
          lib: ["ES2022"],
          types: ["node"],
          typeRoots: [join(root, "node_modules/@types")],
        }),
  };
  return JSON.stringify({ compilerOptions, files });
}

beforeAll(() => {
  // openapi-fetch comes from the npm cache that `npm ci` filled; the registry only if it is missing.
  const packed = packedProject("gatehouse-sdk-consumer-", ["sdk"]);
  scratch = packed.scratch;
  tarball = packed.tarballs[0] as string;
  remove = packed.remove;
  const app = packed.app;
  cpSync(join(root, "tests/fixtures/sdk-consumer/use.ts"), join(app, "use.ts"));
  for (const [i, code] of blocks.entries()) writeFileSync(join(app, `readme-${i + 1}.ts`), code);
}, 240_000);

afterAll(() => remove?.());

describe("@gatehouse/sdk package", () => {
  it("packs the built ESM, its declarations and the changelog, and no sources", () => {
    const entries = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean);
    for (const f of ["index.js", "index.d.ts", "client.js", "client.d.ts", "auth.js", "schema.d.ts"]) {
      expect(entries, f).toContain(`package/dist/${f}`);
    }
    expect(entries).toContain("package/CHANGELOG.md");
    expect(entries).toContain("package/package.json");
    expect(entries.filter((e) => e.startsWith("package/src/") || e.includes("tsconfig"))).toEqual([]);
    const pkg = JSON.parse(
      readFileSync(join(scratch, "app/node_modules/@gatehouse/sdk/package.json"), "utf8"),
    );
    expect(pkg).toMatchObject({
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      type: "module",
      types: "./dist/index.d.ts",
      sideEffects: false,
      exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.js" } },
    });
    expect(readFileSync(join(root, "sdk/CHANGELOG.md"), "utf8")).toContain(`## ${pkg.version}`);
    // The README names the tarball `npm pack` writes.
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain(`sdk/${tarball.split(/[/\\]/).pop()}`);
  });

  it("has README examples: a cookie-mode one and a token-mode one", () => {
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toContain('mode: "cookie"');
    expect(blocks[1]).toContain('mode: "token"');
  });

  for (const resolution of ["bundler", "node16"] as const) {
    it(`type-checks a consumer and the README's examples under strict ${resolution} resolution`, async () => {
      const app = join(scratch, "app");
      const config = `tsconfig.${resolution}.json`;
      const files = ["use.ts", ...blocks.map((_, i) => `readme-${i + 1}.ts`)];
      writeFileSync(join(app, config), tscConfig(resolution, files));
      const result = await run(process.execPath, [tsc, "-p", config], { cwd: app }).catch(
        (err: { stdout: string }) => ({ stdout: err.stdout, failed: true }),
      );
      expect(result.stdout).toBe("");
      expect("failed" in result).toBe(false);
    }, 120_000);
  }

  it("imports as plain Node ESM through the package's exports", async () => {
    const { stdout } = await run(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        "const m = await import('@gatehouse/sdk'); console.log(Object.keys(m).sort().join())",
      ],
      { cwd: join(scratch, "app") },
    );
    expect(stdout.trim()).toBe(
      "REALTIME_CLOSE,REALTIME_PROTOCOL,authFrame,createGatehouseClient,isErrorCode,memoryStorage,parseRealtimeFrame,realtimeTarget",
    );
  });

  it("runs the README's Node example, unchanged but for its URL, against a real server", async () => {
    const gatehouse = await startTestGatehouse();
    const server = await listen(gatehouse.app);
    try {
      const example = blocks[1] as string;
      expect(example).toContain('"http://127.0.0.1:3000"');
      const file = join(scratch, "app/example.mjs");
      writeFileSync(file, example.replace('"http://127.0.0.1:3000"', JSON.stringify(server.url)));
      // The first run signs up, the second signs in to the same account: one active session again
      // shows that the first run's signOut ended its session on the server.
      for (let i = 0; i < 2; i++) {
        const { stdout } = await run(process.execPath, [file], { cwd: join(scratch, "app") });
        expect(stdout.trim()).toBe("ada@example.com: 1 active session(s)");
      }
    } finally {
      await server.close();
      await gatehouse.close();
    }
  }, 60_000);

  it("is built by a plain `npm install` of a workspace that holds it (its prepare script)", async () => {
    // A copy of the repository's shape, sdk/ without dist/: npm runs a workspace's own prepare on
    // install (npm 11's allowScripts gates dependencies' install scripts, not the workspace's).
    const ws = join(scratch, "workspace");
    mkdirSync(ws);
    cpSync(join(root, "tsconfig.json"), join(ws, "tsconfig.json"));
    cpSync(join(root, "sdk"), join(ws, "sdk"), {
      recursive: true,
      filter: (src) => !/[/\\](dist|node_modules)$/.test(src) && !src.endsWith(".tgz"),
    });
    expect(existsSync(join(ws, "sdk/dist"))).toBe(false);
    const rootPkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    writeFileSync(
      join(ws, "package.json"),
      JSON.stringify({
        name: "ws",
        private: true,
        type: "module",
        workspaces: ["sdk"],
        devDependencies: { typescript: rootPkg.devDependencies.typescript },
      }),
    );
    await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: ws });
    for (const f of ["index.js", "index.d.ts", "schema.d.ts"]) {
      expect(existsSync(join(ws, "sdk/dist", f)), f).toBe(true);
    }
  }, 120_000);

  it("installs from the repository folder, as the README's first way, for Node and strict tsc", async () => {
    // npm links the folder (and, under allowScripts, does not run its prepare): the built dist/ and
    // the repository's node_modules (openapi-fetch) are what the link serves.
    const linked = join(scratch, "linked");
    mkdirSync(linked);
    writeFileSync(
      join(linked, "package.json"),
      JSON.stringify({ name: "linked", private: true, type: "module" }),
    );
    await run("npm", ["install", join(root, "sdk"), "--prefer-offline", "--no-audit", "--no-fund"], {
      cwd: linked,
    });
    const { stdout } = await run(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        "const m = await import('@gatehouse/sdk'); console.log(typeof m.createGatehouseClient)",
      ],
      { cwd: linked },
    );
    expect(stdout.trim()).toBe("function");
    cpSync(join(root, "tests/fixtures/sdk-consumer/use.ts"), join(linked, "use.ts"));
    writeFileSync(join(linked, "tsconfig.json"), tscConfig("node16", ["use.ts"]));
    const check = await run(process.execPath, [tsc, "-p", "."], { cwd: linked }).catch(
      (err: { stdout: string }) => ({
        stdout: err.stdout || "tsc failed",
      }),
    );
    expect(check.stdout).toBe("");
  }, 120_000);

  it("is importable by name in this repository, where tools and examples use it", async () => {
    expect(existsSync(join(root, "sdk/dist/index.js"))).toBe(true);
    const name = "@gatehouse/sdk"; // a variable keeps tsc from resolving dist/ at compile time
    const sdk = (await import(name)) as { createGatehouseClient: unknown };
    expect(typeof sdk.createGatehouseClient).toBe("function");
    // `npm run build` regenerates the SDK's types and rebuilds dist/, so the two never drift here.
    const rootPkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(rootPkg.scripts.build).toContain("build -w @gatehouse/sdk");
    expect(readFileSync(join(root, "sdk/dist/schema.d.ts"), "utf8")).toBe(
      readFileSync(join(root, "sdk/src/schema.d.ts"), "utf8"),
    );
  });
});
