// The request log: one line per request (never headers, query or body); to an asynchronous destination the
// lines of one event-loop turn go as one write, and lines still pending are written when the process exits.
import { spawnSync } from "node:child_process";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../../server/context.js";
import { requestLog } from "../../server/http/request-log.js";
import { createLogger } from "../../server/log.js";

const turn = () => new Promise((resolve) => setImmediate(resolve));

function app(destination: { write(s: string): void; flushSync?: () => void }) {
  const a = new Hono<AppEnv>();
  a.use(requestLog(createLogger({ level: "info", destination })));
  a.get("/ok", (c) => c.json({ ok: true }));
  a.get("/boom", () => {
    throw new Error("boom");
  });
  a.onError((_err, c) => c.json({ error: "x" }, 500));
  return a;
}

const SECRET = "s3cr3t-token-value";

describe("request log", () => {
  it("writes one line per request, at once, to a synchronous destination (tests, custom streams)", async () => {
    const writes: string[] = [];
    const a = app({ write: (s) => void writes.push(s) });
    await a.request(`/ok?token=${SECRET}`, { headers: { cookie: `backend_session=${SECRET}` } });
    expect(writes).toHaveLength(1);
    const line = JSON.parse(writes[0] as string);
    expect(line).toMatchObject({ level: 30, method: "GET", path: "/ok", status: 200, msg: "request" });
    expect(writes[0]).not.toContain(SECRET);
  });

  it("hands an asynchronous destination the lines of one event-loop turn in one write", async () => {
    const writes: string[] = [];
    const a = app({ write: (s) => void writes.push(s), flushSync: () => {} });
    await Promise.all([a.request("/ok"), a.request("/ok"), a.request("/boom")]);
    await turn();
    expect(writes).toHaveLength(1);
    const lines = (writes[0] as string)
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.path, l.status, l.level, l.msg])).toEqual([
      ["/ok", 200, 30, "request"],
      ["/ok", 200, 30, "request"],
      ["/boom", 500, 50, "request failed"],
    ]);
    await a.request("/ok");
    await turn();
    expect(writes).toHaveLength(2);
  });

  it("writes the lines still pending when the process exits", () => {
    // A process that answers a request and exits in the same turn, logging through pino's sonic-boom.
    const script = `
      import { Hono } from "hono";
      import { requestLog } from "./server/http/request-log.ts";
      import { createLogger } from "./server/log.ts";
      const a = new Hono();
      a.use(requestLog(createLogger({ level: "info" })));
      a.get("/ok", (c) => c.json({ ok: true }));
      await a.request("/ok");
      process.exit(0);
    `;
    const out = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: new URL("../..", import.meta.url),
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(out.status, out.stderr).toBe(0);
    const lines = out.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([expect.objectContaining({ path: "/ok", status: 200, msg: "request" })]);
  });
});
