// The open realtime sockets: rooms per user, tenant and session; events in, frames out; expiry, heartbeat, backpressure.
import type { WebSocket } from "ws";
import type { AuthContext } from "../context.js";
import type { Logger } from "../log.js";
import { EVENTS_CHANNEL } from "../services/events.js";
import type { Notifier } from "../store/db.js";
import type { Clock } from "../tokens/clock.js";
import type { RevocationList } from "../tokens/revocations.js";
import { type NotedEvent, parseDomainEvent } from "./events.js";

/** Close codes, as the contract documents them on `GET /user/realtime`. */
export const CLOSE = {
  goingAway: 1001,
  policy: 1008,
  tooBig: 1009,
  internalError: 1011,
  tryAgainLater: 1013,
  expired: 4001,
  revoked: 4003,
} as const;

/** Who may see another member's membership change in the tenant room: those who can list the members. */
const MEMBERS_READ = "members:read";

export interface RealtimeLimits {
  /** Sockets one user may hold open at once (across sessions, per instance). */
  maxPerUser: number;
  /** Ping interval; a peer that has not answered the previous ping is terminated. */
  heartbeatMs: number;
  /** How often access-token expiry is checked (against the injected clock). */
  sweepMs: number;
  /** Bytes waiting to be sent beyond which the peer is a slow consumer and is closed (1013). */
  maxBufferedBytes: number;
}

export const DEFAULT_LIMITS: RealtimeLimits = {
  maxPerUser: 8,
  heartbeatMs: 30_000,
  sweepMs: 1_000,
  maxBufferedBytes: 1024 * 1024,
};

export interface RealtimeHubOptions {
  clock: Clock;
  logger: Logger;
  notifier: Notifier;
  revocations: RevocationList;
  /** The access-token check of BackendBearerAuth, for `auth` frames (throws the verifier's AppError). */
  reauthenticate: (token: string) => Promise<AuthContext>;
  limits?: Partial<RealtimeLimits>;
}

interface Connection {
  ws: WebSocket;
  userId: string;
  sessionId: string;
  tenantId: string;
  permissions: readonly string[];
  expiresAt: number;
  alive: boolean;
  /** An `auth` frame is being checked: frames are handled one at a time. */
  busy: Promise<void>;
}

type Frame = Record<string, unknown> & { type: string };

function addTo<K>(rooms: Map<K, Set<Connection>>, key: K, conn: Connection): void {
  const room = rooms.get(key) ?? new Set<Connection>();
  room.add(conn);
  rooms.set(key, room);
}

function removeFrom<K>(rooms: Map<K, Set<Connection>>, key: K, conn: Connection): void {
  const room = rooms.get(key);
  if (!room) return;
  room.delete(conn);
  if (room.size === 0) rooms.delete(key);
}

export class RealtimeHub {
  readonly limits: RealtimeLimits;
  private readonly users = new Map<string, Set<Connection>>();
  private readonly tenants = new Map<string, Set<Connection>>();
  private readonly sessions = new Map<string, Set<Connection>>();
  private timers: NodeJS.Timeout[] = [];
  private closing = false;

  constructor(private readonly options: RealtimeHubOptions) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
  }

  async start(): Promise<void> {
    this.options.revocations.onRevoked((sessionId) => this.revoke(sessionId));
    await this.options.notifier.listen(EVENTS_CHANNEL, (payload) => {
      const event = parseDomainEvent(payload);
      if (event) this.dispatch(event);
      else this.options.logger.warn({ channel: EVENTS_CHANNEL }, "realtime: unreadable domain event ignored");
    });
    this.timers = [
      setInterval(() => this.heartbeat(), this.limits.heartbeatMs),
      setInterval(() => this.sweep(), this.limits.sweepMs),
    ];
    for (const t of this.timers) t.unref();
  }

  /** Whether a user may open one more socket (checked before the upgrade; `join` enforces it again). */
  hasRoomFor(userId: string): boolean {
    return (this.users.get(userId)?.size ?? 0) < this.limits.maxPerUser;
  }

  /** Number of open sockets (for tests and readiness). */
  get size(): number {
    let n = 0;
    for (const room of this.users.values()) n += room.size;
    return n;
  }

  /** Takes an upgraded socket into the user's, tenant's and session's rooms. */
  join(ws: WebSocket, auth: AuthContext): void {
    const conn: Connection = {
      ws,
      userId: auth.userId,
      sessionId: auth.sessionId,
      tenantId: auth.tenantId,
      permissions: auth.permissions,
      expiresAt: auth.expiresAt?.getTime() ?? 0,
      alive: true,
      busy: Promise.resolve(),
    };
    ws.on("error", () => {}); // a peer's protocol error: ws closes the socket (1002/1009) and 'close' follows
    if (this.closing) {
      ws.close(CLOSE.goingAway, "server shutting down");
      return;
    }
    if (!this.hasRoomFor(conn.userId)) {
      ws.close(CLOSE.policy, "too many connections");
      return;
    }
    addTo(this.users, conn.userId, conn);
    addTo(this.tenants, conn.tenantId, conn);
    addTo(this.sessions, conn.sessionId, conn);
    ws.on("close", () => this.leave(conn));
    ws.on("pong", () => {
      conn.alive = true;
    });
    ws.on("message", (data, isBinary) => {
      conn.busy = conn.busy
        .then(() => this.receive(conn, data, isBinary))
        .catch((err: unknown) => {
          // Never an unhandled rejection (it would end the process): the socket goes, the reason to the log.
          this.options.logger.error({ err }, "realtime: frame handling failed");
          this.shut(conn, CLOSE.internalError, "internal error");
        });
    });
    // Revoked between the check and the upgrade: the NOTIFY came while the handshake was under way.
    if (this.options.revocations.has(conn.sessionId)) {
      this.revoke(conn.sessionId);
      return;
    }
    this.send(conn, {
      type: "ready",
      userId: conn.userId,
      tenantId: conn.tenantId,
      expiresAt: new Date(conn.expiresAt).toISOString(),
    });
  }

  /** Closes every socket (server shutting down). */
  close(): void {
    this.closing = true;
    for (const t of this.timers) clearInterval(t);
    for (const room of this.users.values()) {
      for (const conn of room) conn.ws.close(CLOSE.goingAway, "server shutting down");
    }
  }

  /** The session was revoked: each of its sockets is told, then closed. */
  revoke(sessionId: string): void {
    for (const conn of this.sessions.get(sessionId) ?? []) {
      this.send(conn, { type: "session.revoked", sessionId });
      this.shut(conn, CLOSE.revoked, "session revoked");
    }
  }

  dispatch(event: NotedEvent): void {
    switch (event.type) {
      case "user.updated":
        for (const conn of this.users.get(event.userId) ?? [])
          this.send(conn, { type: event.type, id: event.id, userId: event.userId });
        return;
      case "membership.changed": {
        const to = new Set(this.users.get(event.userId) ?? []);
        if (event.tenantId !== null) {
          for (const conn of this.tenants.get(event.tenantId) ?? [])
            if (conn.permissions.includes(MEMBERS_READ)) to.add(conn);
        }
        const frame = { type: event.type, id: event.id, userId: event.userId, tenantId: event.tenantId };
        for (const conn of to) this.send(conn, frame);
        return;
      }
      case "session.revoked":
        for (const sid of event.sessionIds) this.revoke(sid);
        return;
      default:
        return;
    }
  }

  private leave(conn: Connection): void {
    removeFrom(this.users, conn.userId, conn);
    removeFrom(this.tenants, conn.tenantId, conn);
    removeFrom(this.sessions, conn.sessionId, conn);
  }

  private shut(conn: Connection, code: number, reason: string): void {
    // Out of every room at once, so nothing more is sent to it while the close handshake runs.
    this.leave(conn);
    conn.ws.close(code, reason);
  }

  private send(conn: Connection, frame: Frame): void {
    if (conn.ws.readyState !== conn.ws.OPEN) return;
    // A peer that does not read lets frames pile up in this process: it is closed, not buffered for.
    if (conn.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      this.shut(conn, CLOSE.tryAgainLater, "slow consumer");
      // The close frame waits behind the backlog: do not wait for a peer that is not reading.
      conn.ws.terminate();
      return;
    }
    conn.ws.send(JSON.stringify(frame));
  }

  /** The only frame a client sends: `{"type":"auth","token":"<newer access token of the same session>"}`. */
  private async receive(conn: Connection, data: unknown, isBinary: boolean): Promise<void> {
    if (conn.ws.readyState !== conn.ws.OPEN) return;
    const token = isBinary ? undefined : authToken(String(data));
    if (token === undefined) {
      this.shut(conn, CLOSE.policy, "expected an auth frame");
      return;
    }
    let auth: AuthContext;
    try {
      auth = await this.options.reauthenticate(token);
    } catch (err) {
      const expired = (err as { code?: unknown }).code === "AUTH_SESSION_EXPIRED";
      this.shut(conn, expired ? CLOSE.expired : CLOSE.revoked, expired ? "token expired" : "token refused");
      return;
    }
    if (conn.ws.readyState !== conn.ws.OPEN) return;
    if (auth.userId !== conn.userId || auth.sessionId !== conn.sessionId) {
      this.shut(conn, CLOSE.revoked, "token of another session");
      return;
    }
    const expiresAt = auth.expiresAt?.getTime() ?? 0;
    // An older token of the session must not set the expiry back (nor a replayed one forward).
    if (expiresAt > conn.expiresAt) conn.expiresAt = expiresAt;
    conn.permissions = auth.permissions;
    if (auth.tenantId !== conn.tenantId) {
      removeFrom(this.tenants, conn.tenantId, conn);
      conn.tenantId = auth.tenantId;
      addTo(this.tenants, conn.tenantId, conn);
    }
    this.send(conn, { type: "auth.ok", expiresAt: new Date(conn.expiresAt).toISOString() });
  }

  private heartbeat(): void {
    for (const room of this.users.values()) {
      for (const conn of room) {
        if (!conn.alive) {
          this.leave(conn);
          conn.ws.terminate();
          continue;
        }
        // A socket in its closing handshake is still in the rooms until 'close'; ping() would throw on it.
        if (conn.ws.readyState !== conn.ws.OPEN) continue;
        conn.alive = false;
        conn.ws.ping();
      }
    }
  }

  private sweep(): void {
    const now = this.options.clock.now().getTime();
    for (const room of this.users.values()) {
      for (const conn of room) if (conn.expiresAt <= now) this.shut(conn, CLOSE.expired, "token expired");
    }
  }
}

/** The token of a well-formed `auth` frame, or undefined. */
function authToken(text: string): string | undefined {
  let frame: unknown;
  try {
    frame = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof frame !== "object" || frame === null) return undefined;
  const { type, token } = frame as Record<string, unknown>;
  if (type !== "auth" || typeof token !== "string" || token.length === 0) return undefined;
  return token;
}
