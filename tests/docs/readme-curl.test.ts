// The README's "Run the server" shell examples, run as pasted (bash, curl, jq) against a real server on a free port.
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, listen, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The `sh` blocks of one README section, in order. */
function shellBlocks(heading: string): string[] {
  const start = README.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no section "${heading}"`);
  const end = README.indexOf("\n## ", start + 1);
  const section = README.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
}

const has = (tool: string) => spawnSync("bash", ["-c", `command -v ${tool}`]).status === 0;
const tools = has("curl") && has("jq");

let gh: TestGatehouse;
let server: { url: string; close: () => Promise<void> };
let cwd: string;
beforeAll(async () => {
  gh = await startTestGatehouse();
  server = await listen(gh.app, await freePort());
  cwd = mkdtempSync(join(tmpdir(), "gatehouse-readme-"));
});
afterAll(async () => {
  await server.close();
  await gh.close();
  rmSync(cwd, { recursive: true, force: true });
});

/**
 * Runs a README block with bash, pointed at the test server instead of the README's localhost:3000.
 * Asynchronously: the server answers from this very process.
 */
function run(block: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const script = block.replaceAll("localhost:3000", server.url.replace(/^http:\/\//, ""));
  expect(script).not.toContain("localhost:3000");
  return new Promise((resolve) => {
    execFile("bash", ["-euo", "pipefail", "-c", script], { cwd, timeout: 30_000 }, (err, stdout, stderr) => {
      const status = err ? (typeof err.code === "number" ? err.code : null) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

describe.runIf(tools)("README: Run the server", () => {
  const blocks = shellBlocks("Run the server").filter((b) => b.includes("curl"));

  it("has the token (jq + bearer) and cookie-jar examples, with nothing to fill in by hand", () => {
    expect(blocks).toHaveLength(2);
    for (const block of blocks) expect(block).not.toMatch(/<[^>]+>/);
  });

  it("the token example signs up and reads the profile with Authorization: Bearer, as pasted", async () => {
    const res = await run(blocks[0] ?? "");
    expect(res.stderr).toBe("");
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ email: "ada@example.com", emailVerified: false });
  });

  // Signs in as the account the token example created, as a reader following the README would.
  it("the cookie-jar example signs in and reads the profile with the backend_session cookie, as pasted", async () => {
    const res = await run(blocks[1] ?? "");
    expect(res.stderr).toBe("");
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ email: "ada@example.com" });
  });
});
