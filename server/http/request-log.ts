// One log line per request: method, route, status, duration and request id — never headers or bodies.
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../context.js";
import type { Logger } from "../log.js";

export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  // The line's fields are fixed and none can hold a secret (the path has no query string), so this
  // child skips the redaction pass the application logger runs on everything else.
  const log = logger.child({}, { redact: [] });
  return async function requestLog(c, next) {
    const started = performance.now();
    await next();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    const status = c.res.status;
    const line = { requestId: c.get("requestId"), method: c.req.method, path: c.req.path, status, ms };
    if (status >= 500) log.error(line, "request failed");
    else log.info(line, "request");
  };
}
