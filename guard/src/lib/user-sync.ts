// The user-sync hook: called at most once per user per interval with the token's claims (concurrent requests share one call).
import type { AccessTokenClaims, GuardLogger } from "../types.js";
import { Lru } from "./lru.js";

export type UserSyncHook = (claims: AccessTokenClaims) => void | Promise<void>;

export function userSync(hook: UserSyncHook, intervalMs: number, now: () => number, logger: GuardLogger) {
  const synced = new Lru<Promise<void>>(10_000);
  return async (claims: AccessTokenClaims): Promise<void> => {
    const at = now();
    const running = synced.get(claims.sub, at);
    if (running) return running;
    const call = (async () => hook(claims))().catch((err: unknown) => {
      // Not marked as synced: the user's next request tries again. The request itself goes on.
      synced.delete(claims.sub);
      logger.error("gatehouse guard: user-sync hook failed", {
        userId: claims.sub,
        error: err instanceof Error ? err.message : String(err),
      });
    });
    synced.set(claims.sub, call, at + intervalMs);
    return call;
  };
}
