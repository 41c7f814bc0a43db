// The HTTP upgrade bridge: each WebSocket handshake goes through the app (the contract's security, the
// route's checks) and is completed by `ws` only when the realtime route accepted it; otherwise the app's
// answer (the error envelope) is written back on the socket.
import type { IncomingMessage, Server } from "node:http";
import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import type { AuthContext } from "../context.js";
import type { RealtimeHub } from "./hub.js";

export const SUBPROTOCOL = "gatehouse.v1";
const BEARER_PROTOCOL = "gatehouse.bearer.";
/** Largest frame a client may send: an `auth` frame with an access token fits several times over. */
export const MAX_CLIENT_FRAME_BYTES = 4096;

/** Where the realtime route says it accepts the handshake (on `c.env`, under REALTIME_UPGRADE). */
export const REALTIME_UPGRADE = "gatehouseRealtimeUpgrade";
export interface UpgradeSlot {
  accepted?: AuthContext;
}

type FetchApp = { fetch: (request: Request, env: Record<string, unknown>) => Response | Promise<Response> };

export const isBearerProtocol = (p: string) => p.startsWith(BEARER_PROTOCOL);

/** The offered sub-protocols, in order (`Sec-WebSocket-Protocol` is a comma-separated token list). */
export function offeredProtocols(header: string | undefined): string[] {
  return (header ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/**
 * The request the app sees: the node request's headers, except that a `gatehouse.bearer.<token>`
 * sub-protocol (browsers cannot set `Authorization` on a WebSocket) becomes `Authorization: Bearer <token>`
 * (when it is the only one and no `Authorization` came) and is taken out of `Sec-WebSocket-Protocol`, so it reaches nothing else.
 */
function appRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const offered = offeredProtocols(req.headers["sec-websocket-protocol"]);
  const bearers = offered.filter(isBearerProtocol);
  // Two bearers, or a bearer beside `Authorization`, are left as sent: the route refuses them (400).
  const bearer = bearers.length === 1 && !headers.has("authorization") ? bearers[0] : undefined;
  if (bearer !== undefined) {
    headers.set("authorization", `Bearer ${bearer.slice(BEARER_PROTOCOL.length)}`);
    const rest = offered.filter((p) => !p.startsWith(BEARER_PROTOCOL));
    if (rest.length > 0) headers.set("sec-websocket-protocol", rest.join(", "));
    else headers.delete("sec-websocket-protocol");
  }
  const host = req.headers.host ?? "localhost";
  return new Request(new URL(req.url ?? "/", `http://${host}`), { method: req.method ?? "GET", headers });
}

/** Writes the app's refusal as a plain HTTP/1.1 response and ends the connection. */
async function refuse(socket: Duplex, res: Response): Promise<void> {
  const body = Buffer.from(await res.arrayBuffer());
  if (socket.destroyed) return;
  const lines = [`HTTP/1.1 ${res.status} ${STATUS_CODES[res.status] ?? ""}`];
  res.headers.forEach((value, name) => {
    if (!["connection", "content-length", "transfer-encoding", "upgrade"].includes(name))
      lines.push(`${name}: ${value}`);
  });
  lines.push(`Content-Length: ${body.length}`, "Connection: close", "", "");
  socket.end(Buffer.concat([Buffer.from(lines.join("\r\n"), "latin1"), body]));
}

/** Serves WebSocket handshakes on `server` through `app`; accepted sockets join `hub`. */
export function attachRealtime(server: Server, app: FetchApp, hub: RealtimeHub): void {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_CLIENT_FRAME_BYTES,
    perMessageDeflate: false,
    // Only `gatehouse.v1` is ever selected: the bearer sub-protocol is never echoed back.
    handleProtocols: (protocols) => (protocols.has(SUBPROTOCOL) ? SUBPROTOCOL : false),
  });
  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", () => {});
    void handshake(req, socket, head).catch(() => {
      if (!socket.destroyed) socket.destroy();
    });
  });

  async function handshake(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    let request: Request;
    try {
      request = appRequest(req);
    } catch {
      socket.end("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
      return;
    }
    const slot: UpgradeSlot = {};
    const res = await app.fetch(request, { incoming: req, outgoing: undefined, [REALTIME_UPGRADE]: slot });
    if (socket.destroyed) return;
    const auth = slot.accepted;
    if (!auth) return refuse(socket, res);
    wss.handleUpgrade(req, socket, head, (ws) => hub.join(ws, auth));
  }
}
