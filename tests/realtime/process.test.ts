// server/main.ts as a process: it serves the realtime socket on its listener, and SIGTERM closes open sockets
// (1001) instead of waiting on them forever (an upgraded socket holds server.close() open).
import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { freePort } from "../helpers/gatehouse.js";
import { eventually, json, PASSWORD, uniqueEmail } from "../helpers/http.js";

describe("the server process", () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child?.exitCode === null) child.kill("SIGKILL");
  });

  it("serves /user/realtime, and on SIGTERM closes the open sockets 1001 and exits 0 promptly", async () => {
    const port = await freePort();
    child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: "memory://",
        DATABASE_URL: "",
        NODE_ENV: "development",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const base = `http://127.0.0.1:${port}`;
    await eventually(
      async () => (await fetch(`${base}/health`).catch(() => undefined))?.status === 200,
      60_000,
    );
    const up = await fetch(
      `${base}/user/signup`,
      json({ email: uniqueEmail("proc"), password: PASSWORD }, { "x-auth-mode": "token" }),
    );
    expect(up.status).toBe(201);
    const { tokens } = (await up.json()) as { tokens: { accessToken: string } };
    const ws = new WebSocket(`ws://127.0.0.1:${port}/user/realtime`, [
      "gatehouse.v1",
      `gatehouse.bearer.${tokens.accessToken}`,
    ]);
    const first = await new Promise<string>((resolve, reject) => {
      ws.once("message", (d) => resolve(String(d)));
      ws.once("error", reject);
    });
    expect(JSON.parse(first).type).toBe("ready");
    const closed = new Promise<number>((r) => ws.once("close", (code) => r(code)));
    const exited = new Promise<number | null>((r) => child?.once("exit", (code) => r(code)));
    const t0 = Date.now();
    child.kill("SIGTERM");
    expect(await closed).toBe(1001);
    expect(await exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(5_000);
  }, 90_000);
});
