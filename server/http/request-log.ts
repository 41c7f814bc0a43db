// One log line per request: method, route, status, duration and request id — never headers or bodies.
import type { MiddlewareHandler } from "hono";
import { pino } from "pino";
import type { AppEnv } from "../context.js";
import type { Logger } from "../log.js";

/**
 * The line pino would write for `log.info({ requestId, method, path, status, ms }, "request")`, written
 * straight to the logger's destination. Its fields are fixed and none can hold a secret (the path has no
 * query string), so it needs none of pino's per-call work (merging, redaction, serializers), which cost
 * as much as the rest of a small request's logging.
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  const stream = (logger as unknown as Record<symbol, { write(line: string): void } | undefined>)[
    pino.symbols.streamSym
  ];
  if (!stream) throw new TypeError("requestLog needs a pino logger");
  const bound = JSON.stringify(logger.bindings()).slice(1, -1);
  const fixed = bound ? `,${bound}` : "";
  const { info, error } = logger.levels.values as { info: number; error: number };
  return async function requestLog(c, next) {
    const started = performance.now();
    await next();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    const status = c.res.status;
    const failed = status >= 500;
    if (!logger.isLevelEnabled(failed ? "error" : "info")) return;
    const requestId = JSON.stringify(c.get("requestId") ?? null);
    const method = JSON.stringify(c.req.method);
    const path = JSON.stringify(c.req.path);
    stream.write(
      `{"level":${failed ? error : info},"time":${Date.now()}${fixed},"requestId":${requestId},"method":${method},"path":${path},"status":${status},"ms":${ms},"msg":"${failed ? "request failed" : "request"}"}\n`,
    );
  };
}
