// examples/guard-service as its README runs it (`npm run start -w examples/guard-service`): a process configured by environment.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../helpers/gatehouse.js";
import { signUp } from "../tenancy/helpers.js";
import { bearer, type LiveGatehouse, liveGatehouse, SERVICE_SECRET } from "./helpers.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("examples/guard-service main", () => {
  let live: LiveGatehouse;
  beforeAll(async () => {
    live = await liveGatehouse();
  });
  afterAll(() => live?.close());

  it("starts from GATEHOUSE_URL and GATEHOUSE_SERVICE_SECRET and refuses a signed-out session", async () => {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(root, "examples/guard-service/src/main.ts")],
      {
        cwd: join(root, "examples/guard-service"),
        env: {
          ...process.env,
          GATEHOUSE_URL: live.url,
          GATEHOUSE_SERVICE_SECRET: SERVICE_SECRET,
          PORT: String(port),
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (d: Buffer) => d.toString().includes("guard-service on") && resolve());
        child.once("exit", (code) => reject(new Error(`exited ${code}`)));
      });
      const p = await signUp(live.gh);
      const h = bearer(await p.accessToken());
      const url = `http://127.0.0.1:${port}`;
      expect((await fetch(`${url}/whoami`, { headers: h })).status).toBe(200);
      expect((await fetch(`${url}/reports`, { headers: h })).status).toBe(403);
      await p.client.signOut();
      let status = 200;
      for (let i = 0; i < 80 && status === 200; i++) {
        await new Promise((r) => setTimeout(r, 50));
        status = (await fetch(`${url}/whoami`, { headers: h })).status;
      }
      expect(status).toBe(401);
    } finally {
      child.kill();
    }
  }, 60_000);
});
