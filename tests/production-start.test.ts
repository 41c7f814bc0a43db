// `npm start` runs the compiled bundle (dist/server/main.js), rebuilt whenever the sources change.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "./helpers/gatehouse.js";
import { eventually, json, PASSWORD, uniqueEmail } from "./helpers/http.js";

const BUNDLE = "dist/server/main.js";
const build = (...args: string[]) =>
  spawnSync(process.execPath, ["scripts/build-server.mjs", ...args], { encoding: "utf8", timeout: 120_000 });
const stamp = () => readFileSync(BUNDLE, "utf8").split("\n")[0] ?? "";

describe("production start", () => {
  let server: ChildProcess | undefined;
  let dataDir: string;
  afterAll(async () => {
    const child = server;
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      process.kill(-child.pid, "SIGTERM"); // npm, and the server it started
      await exited;
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  beforeAll(() => {
    const run = build("--if-stale");
    expect(run.status, run.stderr).toBe(0);
  });

  it("the bundle is rebuilt only when something it is made of changed", () => {
    const fresh = stamp();
    expect(fresh).toMatch(/^\/\/ gatehouse build [0-9a-f]{32}$/);
    const again = build("--if-stale");
    expect(again.status).toBe(0);
    expect(again.stderr).toBe(""); // nothing to do
    // A bundle built from other sources (its fingerprint differs) is rebuilt, never run.
    const text = readFileSync(BUNDLE, "utf8");
    writeFileSync(BUNDLE, text.replace(fresh, "// gatehouse build 00000000000000000000000000000000"));
    const rebuilt = build("--if-stale");
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    expect(rebuilt.stderr).toMatch(/built in/);
    expect(stamp()).toBe(fresh);
  });

  it("the bundle serves the API on a fresh PGlite directory: migrations, the contract, the docs assets", async () => {
    dataDir = mkdtempSync(join(tmpdir(), "gatehouse-start-"));
    const port = await freePort();
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe("node scripts/start.mjs");
    // As users start it: npm start (which runs the bundle, built from these sources).
    server = spawn("npm", ["start", "--silent"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        DATA_DIR: dataDir,
        DATABASE_URL: "",
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    const base = `http://127.0.0.1:${port}`;
    await eventually(
      async () => (await fetch(`${base}/health`).catch(() => undefined))?.status === 200,
      60_000,
    );
    const up = await fetch(`${base}/user/signup`, json({ email: uniqueEmail(), password: PASSWORD }));
    expect(up.status).toBe(201);
    const doc = (await (await fetch(`${base}/openapi.json`)).json()) as { openapi: string };
    expect(doc.openapi).toMatch(/^3\./);
    expect((await fetch(`${base}/docs/assets/swagger-ui.css`)).status).toBe(200);
  });
});
