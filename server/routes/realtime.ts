// Handler of GET /user/realtime: the checks before a WebSocket handshake is completed (security ran already).
import type { Handlers } from "../contract/mount.js";
import { AppError } from "../errors.js";
import type { RealtimeHub } from "../realtime/hub.js";
import {
  isBearerProtocol,
  offeredProtocols,
  REALTIME_UPGRADE,
  SUBPROTOCOL,
  type UpgradeSlot,
} from "../realtime/upgrade.js";
import type { UserViews } from "../services/user-views.js";

export interface RealtimeRouteDeps {
  realtime: RealtimeHub;
  userViews: UserViews;
  config: { allowedOrigins: readonly string[] };
}

export function realtimeHandlers(deps: RealtimeRouteDeps): Pick<Handlers, "RealtimeOperations_getRealtime"> {
  const allowed = new Set(deps.config.allowedOrigins);
  return {
    RealtimeOperations_getRealtime: async (c) => {
      const auth = c.get("auth");
      // Browsers send cookies on a cross-site WebSocket handshake and CORS does not apply to it (CSWSH):
      // a page may open one only from an origin allowed to call with cookies. Clients that are not
      // browsers send no Origin.
      const origin = c.req.header("origin");
      if (origin !== undefined && !allowed.has(origin))
        throw new AppError("AUTH_INSUFFICIENT_PERMISSIONS", { message: "Cross-site WebSocket refused." });
      const slot = (c.env as Record<string, unknown> | undefined)?.[REALTIME_UPGRADE] as
        | UpgradeSlot
        | undefined;
      if (slot === undefined || c.req.header("upgrade")?.toLowerCase() !== "websocket") {
        throw new AppError("VALIDATION_FAILED", {
          message: "This operation expects a WebSocket upgrade.",
          fields: [
            { path: "header.upgrade", message: "must be websocket (an HTTP/1.1 WebSocket handshake)" },
          ],
        });
      }
      const offered = offeredProtocols(c.req.header("sec-websocket-protocol"));
      // The bridge turned a lone bearer sub-protocol into `Authorization`; one left here is ambiguous.
      if (offered.some(isBearerProtocol)) {
        throw new AppError("VALIDATION_FAILED", {
          message: "Offer one bearer sub-protocol at most, and not beside an Authorization header.",
          fields: [{ path: "header.Sec-WebSocket-Protocol", message: "more than one credential" }],
        });
      }
      if (!offered.includes(SUBPROTOCOL)) {
        throw new AppError("VALIDATION_FAILED", {
          message: `The client must offer the ${SUBPROTOCOL} sub-protocol.`,
          fields: [{ path: "header.Sec-WebSocket-Protocol", message: `must include ${SUBPROTOCOL}` }],
        });
      }
      // As GET /user/me: a deleted user's still-unexpired token opens nothing.
      if (!(await deps.userViews.get(auth.userId))) throw new AppError("AUTH_UNAUTHENTICATED");
      if (!deps.realtime.hasRoomFor(auth.userId)) {
        throw new AppError("AUTH_RATE_LIMIT_EXCEEDED", {
          message: "Too many realtime connections are open for this user; close one first.",
          headers: { "Retry-After": "30" },
        });
      }
      slot.accepted = auth;
      // Never sent: the bridge completes the handshake (101) instead of writing this answer.
      return c.body(null, 204) as never;
    },
  };
}
