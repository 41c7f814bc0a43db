// The same SDK scenarios against the Prism mock (static mode) started from generated/openapi.yaml.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { conformingFetch, type Exchange } from "../helpers/contract.js";
import { freePort } from "../helpers/gatehouse.js";
import { mirrorScenarios, scenarios } from "./scenarios.js";

let prism: ChildProcess;
let baseUrl: string;
const seen: Exchange[] = [];

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  prism = spawn(
    process.execPath,
    [
      "node_modules/@stoplight/prism-cli/dist/index.js",
      "mock",
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
      "--dynamic",
      "false",
      "generated/openapi.yaml",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  prism.stdout?.on("data", (d) => (output += d));
  prism.stderr?.on("data", (d) => (output += d));
  const started = Date.now();
  for (;;) {
    if (prism.exitCode !== null) throw new Error(`prism exited: ${output.slice(-2000)}`);
    if (Date.now() - started > 45_000) throw new Error(`prism did not start: ${output.slice(-2000)}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}, 60_000);

afterAll(() => {
  prism?.kill();
});

describe("the SDK against the Prism mock", () => {
  for (const scenario of [...scenarios, ...mirrorScenarios]) {
    it(scenario.name, () =>
      scenario.run({
        baseUrl,
        fetch: conformingFetch((r, i) => fetch(r, i), seen),
        real: false,
        sso: { provider: "google", idToken: async () => "eyJhbGciOiJSUzI1NiJ9.mock.token-signature" },
        v1Token: async () => "v1_mock-legacy-token",
        addMember: async () => {},
      }),
    );
  }

  it("the mock enforces the contract's security: no session cookie, 401", async () => {
    const res = await fetch(`${baseUrl}/user/me`);
    expect(res.status).toBe(401);
  });

  it("the mock rejects a request the contract forbids", async () => {
    const res = await fetch(`${baseUrl}/user/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "not-an-email" }),
    });
    expect(res.status).toBe(400);
  });
});

/** The TypeScript blocks of README.md's "Developing against the mock" section. */
async function readmeMockBlocks(): Promise<string[]> {
  const readme = await readFile("README.md", "utf8");
  const start = readme.indexOf("## Developing against the mock");
  const end = readme.indexOf("\n## ", start + 1);
  expect(start).toBeGreaterThan(0);
  const section = readme.slice(start, end);
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
}

describe("README: Developing against the mock", () => {
  it("the section starts the mock the way `npm run mock` does", async () => {
    const pkg = JSON.parse(await readFile("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.mock).toBe("prism mock --host 127.0.0.1 --port 4010 generated/openapi.yaml");
    const readme = await readFile("README.md", "utf8");
    expect(readme).toContain("`npm run mock` starts");
  });

  it("runs every code block unchanged (but the port), and each `// →` comment is what it prints", async () => {
    const blocks = await readmeMockBlocks();
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    await mkdir(".tmp", { recursive: true });
    const sdk = pathToFileURL(resolve("sdk/src/index.ts")).href;
    for (const [i, block] of blocks.entries()) {
      const expected = [...block.matchAll(/console\.log\(.*\); \/\/ → (.*)$/gm)].map((m) => m[1]);
      expect(expected.length).toBeGreaterThan(0);
      const source = block
        .replaceAll('from "@gatehouse/sdk"', `from ${JSON.stringify(sdk)}`)
        .replaceAll("http://127.0.0.1:4010", baseUrl);
      const file = resolve(`.tmp/readme-mock-${i}-${Date.now()}.ts`);
      await writeFile(file, source);
      const printed: string[] = [];
      const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
        printed.push(args.map((a) => JSON.stringify(a)).join(" "));
      });
      try {
        await import(pathToFileURL(file).href);
      } finally {
        log.mockRestore();
        await rm(file, { force: true }); // not left for `biome check .` to lint
      }
      expect(printed, `README block ${i + 1}`).toEqual(expected);
    }
  }, 60_000);
});
