// The same SDK scenarios against the Prism mock (static mode) started from generated/openapi.yaml.
import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
