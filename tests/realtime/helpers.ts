// A Gatehouse listening on a real socket with its realtime WebSocket attached, and a `ws` client that queues frames.
import type { Server } from "node:http";
import { connect as tcpConnect } from "node:net";
import { serve } from "@hono/node-server";
import WebSocket from "ws";
import { assertConforms, errorsText, schemaAt } from "../helpers/contract.js";
import type { TestGatehouse } from "../helpers/gatehouse.js";

export interface Listening {
  url: string;
  wsUrl: string;
  close(): Promise<void>;
}

/** Serves `gh` on 127.0.0.1 with the realtime bridge, as server/main.ts does. */
export async function serveRealtime(gh: TestGatehouse): Promise<Listening> {
  return new Promise((resolve) => {
    const server = serve({ fetch: gh.app.fetch, hostname: "127.0.0.1", port: 0 }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        wsUrl: `ws://127.0.0.1:${info.port}/user/realtime`,
        close: () =>
          new Promise<void>((r) => {
            gh.deps.realtime.close();
            server.close(() => r());
          }),
      });
    }) as Server;
    gh.attach(server);
  });
}

export type Frame = Record<string, unknown> & { type: string };

export interface Client {
  ws: WebSocket;
  /** The next frame (waits up to `timeoutMs`). */
  next(timeoutMs?: number): Promise<Frame>;
  /** Frames received and not yet taken. */
  pending(): Frame[];
  /** The close code and reason, once closed. */
  closed: Promise<{ code: number; reason: string }>;
}

export interface Refusal {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { error: { code: string; message: string; requestId: string } };
}

export interface ConnectOptions {
  protocols?: string[];
  headers?: Record<string, string>;
}

/** Opens a socket; resolves with the client once open, or with the HTTP refusal. */
export function connect(wsUrl: string, options: ConnectOptions = {}): Promise<Client | Refusal> {
  const ws = new WebSocket(wsUrl, options.protocols ?? ["gatehouse.v1"], {
    headers: options.headers ?? {},
  });
  const frames: Frame[] = [];
  const waiters: Array<(f: Frame) => void> = [];
  ws.on("message", (data) => {
    const frame = JSON.parse(String(data)) as Frame;
    const w = waiters.shift();
    if (w) w(frame);
    else frames.push(frame);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  return new Promise((resolve, reject) => {
    ws.once("open", () =>
      resolve({
        ws,
        closed,
        pending: () => frames.splice(0),
        next: (timeoutMs = 5_000) =>
          new Promise<Frame>((res, rej) => {
            const f = frames.shift();
            if (f) return res(f);
            const timer = setTimeout(() => rej(new Error("no frame within timeout")), timeoutMs);
            waiters.push((frame) => {
              clearTimeout(timer);
              res(frame);
            });
          }),
      }),
    );
    ws.once("unexpected-response", (_req, res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => {
        text += chunk.toString();
      });
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text || "{}") });
        ws.terminate();
      });
    });
    ws.once("error", (err) => reject(err));
  });
}

export function isRefusal(r: Client | Refusal): r is Refusal {
  return "status" in r;
}

/** A client that must have opened. */
export async function open(wsUrl: string, options: ConnectOptions = {}): Promise<Client> {
  const r = await connect(wsUrl, options);
  if (isRefusal(r)) throw new Error(`refused: ${r.status} ${JSON.stringify(r.body)}`);
  return r;
}

/** A handshake that must have been refused. */
export async function refused(wsUrl: string, options: ConnectOptions = {}): Promise<Refusal> {
  const r = await connect(wsUrl, options);
  if (!isRefusal(r)) {
    r.ws.terminate();
    throw new Error("the handshake was accepted");
  }
  return r;
}

export const bearer = (token: string) => ({ protocols: ["gatehouse.v1", `gatehouse.bearer.${token}`] });

/**
 * A handshake written byte for byte (what no well-behaved client library sends: control characters, huge
 * or duplicated headers); resolves with the status line's code and the body.
 */
export function rawHandshake(url: string, headerLines: string[]): Promise<{ status: number; body: string }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = tcpConnect(Number(port), "127.0.0.1", () => {
      socket.write(
        [
          "GET /user/realtime HTTP/1.1",
          `Host: 127.0.0.1:${port}`,
          "Upgrade: websocket",
          "Connection: Upgrade",
          "Sec-WebSocket-Version: 13",
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
          ...headerLines,
          "",
          "",
        ].join("\r\n"),
        "latin1",
      );
    });
    let text = "";
    socket.on("data", (d) => {
      text += d.toString("latin1");
    });
    socket.on("error", reject);
    socket.on("close", () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, body: text.slice(text.indexOf("\r\n\r\n") + 4) });
    });
  });
}

const frameSchema = schemaAt("components", "schemas", "Realtime.RealtimeFrame");

/** Asserts a frame is one the contract declares (`RealtimeFrame`). */
export function assertFrame(frame: unknown): void {
  if (!frameSchema(frame))
    throw new Error(`frame does not match RealtimeFrame: ${errorsText(frameSchema.errors)}`);
}

/** Asserts a refused handshake is an answer the contract declares for GET /user/realtime, body included. */
export async function assertRefusalConforms(r: Refusal): Promise<void> {
  const headers = new Headers();
  for (const [k, v] of Object.entries(r.headers)) if (typeof v === "string") headers.set(k, v);
  await assertConforms(
    "GET",
    "http://x/user/realtime",
    new Response(JSON.stringify(r.body), { status: r.status, headers }),
  );
}
