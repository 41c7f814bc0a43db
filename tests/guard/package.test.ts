// @gatehouse/guard as another project meets it: `npm pack` → install into a scratch project → strict tsc → plain Node against a real Gatehouse.
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packedProject } from "../helpers/pack.js";
import { signUp } from "../tenancy/helpers.js";
import { bearer, liveGatehouse } from "./helpers.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsc = join(root, "node_modules/typescript/bin/tsc");
const run = promisify(execFile);
const rootPkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/** The ```ts blocks of README.md's "Protecting your own service" section: Hono, then Express. */
function readmeBlocks(): string[] {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.split(/^## /m).find((x) => x.startsWith("Protecting your own service"));
  if (!section) throw new Error('README.md has no "## Protecting your own service" section');
  return [...section.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1] as string);
}

/** Strict tsc (node16 resolution, no emit) over `files` in the scratch app, with these extra options; no output expected. */
async function typecheck(name: string, files: string[], options: Record<string, unknown>) {
  const compilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    target: "ES2022",
    module: "Node16",
    moduleResolution: "Node16",
    lib: ["ES2022", "DOM"],
    ...options,
  };
  writeFileSync(join(app, name), JSON.stringify({ compilerOptions, files }));
  const result = await run(process.execPath, [tsc, "-p", name], { cwd: app }).catch(
    (err: { stdout: string }) => ({ stdout: err.stdout, failed: true }),
  );
  expect(result.stdout).toBe("");
  expect("failed" in result).toBe(false);
}

let scratch: string;
let tarball: string;
let app: string;
let remove: (() => void) | undefined;

const CONSUMER = `import { createGuard, GuardError, requirePermission, type AuthContext } from "@gatehouse/guard";
import { honoGuard, type GuardEnv } from "@gatehouse/guard/hono";
import { expressGuard } from "@gatehouse/guard/express";
import { Hono } from "hono";

const guard = createGuard({ url: "http://127.0.0.1:3000", serviceSecret: "s".repeat(40) });
const auth = honoGuard(guard);
const app = new Hono<GuardEnv>();
app.get("/reports", auth.requirePermission("report:read"), (c) => c.json({ user: c.var.auth.userId }));
const e = expressGuard(guard).requireRole("admin");
const check = requirePermission("report:read");
export async function who(headers: Headers): Promise<AuthContext | undefined> {
  const r = await guard.verifyRequest({ headers });
  if (r instanceof GuardError) return undefined;
  const kind: "user" | "service" | "apiKey" | "anonymous" = r.kind;
  return kind === "anonymous" ? undefined : r;
}
// @ts-expect-error a requirement takes a context, not a string
check("nope", () => undefined);
export { app, e };
`;

beforeAll(() => {
  const packed = packedProject("gatehouse-guard-consumer-", ["guard"], {
    extra: [
      `hono@${rootPkg.dependencies.hono}`,
      `@hono/node-server@${rootPkg.dependencies["@hono/node-server"]}`,
      `express@${rootPkg.devDependencies.express}`,
      `@types/express@${rootPkg.devDependencies["@types/express"]}`,
    ],
  });
  ({ scratch, app } = packed);
  tarball = packed.tarballs[0] as string;
  remove = packed.remove;
}, 240_000);

afterAll(() => remove?.());

describe("@gatehouse/guard package", () => {
  it("packs the built ESM and declarations only, with jose as its one dependency", () => {
    const entries = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean);
    for (const f of [
      "index.js",
      "index.d.ts",
      "hono.js",
      "hono.d.ts",
      "express.js",
      "express.d.ts",
      "lib/access-token.js",
    ])
      expect(entries, f).toContain(`package/dist/${f}`);
    expect(entries.filter((e) => e.startsWith("package/src/") || e.includes("tsconfig"))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(app, "node_modules/@gatehouse/guard/package.json"), "utf8"));
    expect(pkg.dependencies).toEqual({ jose: rootPkg.dependencies.jose });
    expect(pkg.peerDependenciesMeta).toEqual({ hono: { optional: true } });
  });

  it("type-checks a consumer of all three entry points under strict node16 resolution", async () => {
    writeFileSync(join(app, "use.ts"), CONSUMER);
    await typecheck("tsconfig.json", ["use.ts"], { skipLibCheck: false, types: [] });
  }, 120_000);

  it("type-checks the README's Hono and Express examples for Node (strict, node16)", async () => {
    const blocks = readmeBlocks();
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toContain("@gatehouse/guard/hono");
    expect(blocks[1]).toContain("@gatehouse/guard/express");
    const files = blocks.map((code, i) => {
      writeFileSync(join(app, `readme-${i + 1}.ts`), code);
      return `readme-${i + 1}.ts`;
    });
    // hono's own declarations assume the DOM library (WebSocket events); they are not what is checked here.
    await typecheck("tsconfig.readme.json", files, {
      skipLibCheck: true,
      types: ["node"],
      typeRoots: [join(root, "node_modules/@types")],
    });
  }, 120_000);

  it("verifies a real Gatehouse session from plain Node ESM", async () => {
    const live = await liveGatehouse();
    try {
      const p = await signUp(live.gh);
      const script = `import { createGuard } from "@gatehouse/guard";
const guard = createGuard({ url: process.argv[2] });
const auth = await guard.verifyRequest({ headers: { authorization: process.argv[3] } });
console.log(JSON.stringify({ kind: auth.kind, userId: auth.userId }));`;
      writeFileSync(join(app, "verify.mjs"), script);
      const { stdout } = await run(
        process.execPath,
        ["verify.mjs", live.url, bearer(await p.accessToken()).authorization],
        { cwd: app },
      );
      expect(JSON.parse(stdout)).toEqual({ kind: "user", userId: p.userId });
    } finally {
      await live.close();
    }
  }, 60_000);

  it("is built by a plain `npm install` of a workspace that holds it (its prepare script)", async () => {
    const ws = join(scratch, "workspace");
    mkdirSync(ws);
    writeFileSync(join(ws, "tsconfig.json"), readFileSync(join(root, "tsconfig.json")));
    execFileSync("cp", ["-r", join(root, "guard"), join(ws, "guard")]);
    rmSync(join(ws, "guard/dist"), { recursive: true, force: true });
    rmSync(join(ws, "guard/node_modules"), { recursive: true, force: true });
    writeFileSync(
      join(ws, "package.json"),
      JSON.stringify({
        name: "ws",
        private: true,
        type: "module",
        workspaces: ["guard"],
        devDependencies: { typescript: rootPkg.devDependencies.typescript, hono: rootPkg.dependencies.hono },
      }),
    );
    await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: ws });
    expect(readdirSync(join(ws, "guard/dist"))).toEqual(
      expect.arrayContaining(["index.js", "index.d.ts", "hono.d.ts"]),
    );
  }, 180_000);
});
