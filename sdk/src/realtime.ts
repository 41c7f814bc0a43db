// The realtime channel (GET /user/realtime): its frame types, where to open it and how to read it — no WebSocket of its own.
import type { components } from "./schema.js";

/** Every JSON text frame of the channel (the contract's `Realtime.RealtimeFrame`). */
export type RealtimeFrame = components["schemas"]["Realtime.RealtimeFrame"];
/** The frames the server sends. */
export type RealtimeServerFrame = Exclude<RealtimeFrame, { type: "auth" }>;

/** The sub-protocol every client offers (and the server selects). */
export const REALTIME_PROTOCOL = "gatehouse.v1";

/** The close codes the server uses, as the contract documents them. */
export const REALTIME_CLOSE = {
  /** The access token expired without an `auth` frame: refresh, then reconnect. */
  expired: 4001,
  /** The session was revoked or an `auth` frame refused: sign in again. */
  revoked: 4003,
  policy: 1008,
  tooBig: 1009,
  internalError: 1011,
  tryAgainLater: 1013,
  goingAway: 1001,
} as const;

/**
 * The URL and sub-protocols to open the socket with: `new WebSocket(t.url, t.protocols)`. `wss:` for an
 * `https:` base URL. With `accessToken` (token mode), it is offered as the `gatehouse.bearer.` sub-protocol;
 * without it, a browser's `backend_session` cookie authenticates.
 */
export function realtimeTarget(baseUrl: string, accessToken?: string): { url: string; protocols: string[] } {
  const url = new URL("user/realtime", baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  const protocols = [REALTIME_PROTOCOL];
  if (accessToken !== undefined) protocols.push(`gatehouse.bearer.${accessToken}`);
  return { url: url.toString(), protocols };
}

/** The in-band re-authentication frame: send it with the refreshed access token before `expiresAt`. */
export function authFrame(accessToken: string): string {
  return JSON.stringify({ type: "auth", token: accessToken } satisfies RealtimeFrame);
}

const SERVER_TYPES = new Set(["ready", "auth.ok", "session.revoked", "membership.changed", "user.updated"]);

/** A server frame from a message's data, or undefined for anything else (a newer frame type included). */
export function parseRealtimeFrame(data: unknown): RealtimeServerFrame | undefined {
  if (typeof data !== "string") return undefined;
  try {
    const frame = JSON.parse(data) as { type?: unknown };
    return typeof frame === "object" && frame !== null && SERVER_TYPES.has(String(frame.type))
      ? (frame as RealtimeServerFrame)
      : undefined;
  } catch {
    return undefined;
  }
}
