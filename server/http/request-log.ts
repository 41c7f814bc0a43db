// One log line per request: method, route, status, duration and request id — never headers or bodies.
import type { MiddlewareHandler } from "hono";
import { pino } from "pino";
import type { AppEnv } from "../context.js";
import type { Logger } from "../log.js";

type Destination = { write(line: string): void; flushSync?: () => void };

/**
 * The line pino would write for `log.info({ requestId, method, path, status, ms }, "request")`, written
 * straight to the logger's destination. Its fields are fixed and none can hold a secret (the path has no
 * query string), so it needs none of pino's per-call work (merging, redaction, serializers), which cost
 * as much as the rest of a small request's logging.
 *
 * To pino's asynchronous destination (sonic-boom, production) the lines of one event-loop turn go as one
 * write: sonic-boom measures its whole pending buffer on every write, which made one write per line cost
 * twice what the line does. Lines still pending when the process exits are written synchronously.
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  const stream = (logger as unknown as Record<symbol, Destination | undefined>)[pino.symbols.streamSym];
  if (!stream) throw new TypeError("requestLog needs a pino logger");
  const write =
    typeof stream.flushSync === "function" ? batched(stream) : (line: string) => stream.write(line);
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
    write(
      `{"level":${failed ? error : info},"time":${Date.now()}${fixed},"requestId":${requestId},"method":${method},"path":${path},"status":${status},"ms":${ms},"msg":"${failed ? "request failed" : "request"}"}\n`,
    );
  };
}

/** A writer that hands `stream` the lines of one event-loop turn at once. */
function batched(stream: Destination): (line: string) => void {
  let pending = "";
  const flush = () => {
    const lines = pending;
    pending = "";
    if (lines) stream.write(lines);
  };
  process.once("exit", () => {
    flush();
    try {
      stream.flushSync?.();
    } catch {
      // Nothing more can be done for a log line while the process exits.
    }
  });
  return (line) => {
    if (pending === "") setImmediate(flush);
    pending += line;
  };
}
