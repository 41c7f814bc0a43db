// Every answer's headers: request id, the security headers, CORS — at the cost of a plain object per request.
//
// Why not hono's requestId + cors + secureHeaders: each builds or rewrites a WHATWG `Headers` (and cors
// reads `c.res` before the handler runs, which makes hono copy the handler's response into a second
// one); together they cost three quarters of a small request's time. Here the headers every answer
// carries are known once, and are written straight onto Node's response when the app is served by
// @hono/node-server — in one pass with the handler's when the server uses DefaultingResponse
// (node-response.ts), else through `setHeader`, which `writeHead` merges under the handler's. Served any other
// way (`app.request`, tests, other runtimes) the same headers are added to the finished response.
// Either way a header the handler set itself wins, as with secureHeaders({ overwrite: false }).
import type { ServerResponse } from "node:http";
import type { Context, MiddlewareHandler } from "hono";
import { Hono } from "hono";
import { cors } from "hono/cors";
import type { AppEnv } from "../context.js";
import { DefaultingResponse, type HeaderList, headerList } from "./node-response.js";

export interface CorsOptions {
  /** Origins allowed to call with credentials. */
  origins: readonly string[];
  allowHeaders: string[];
  exposeHeaders: string[];
  maxAge: number;
}

export interface ResponseHeadersOptions {
  /**
   * hono's `secureHeaders(...)` as configured: the headers it adds are read once (it adds the same ones
   * to every answer unless a CSP nonce is configured, which this does not support) and become the
   * defaults of every answer, CORS preflights included.
   */
  securityHeaders: MiddlewareHandler;
  cors: CorsOptions;
}

const REQUEST_ID = "X-Request-Id";
// hono's requestId(): a client's id is kept when it is short and plain, otherwise a fresh one is made.
const PLAIN_ID = /[^\w\-=]/;

type Pending = Array<[string, string]>;
// Headers added during a request that is not served by Node (no `outgoing` to write them onto).
const pending = new WeakMap<Context, Pending>();

function nodeResponse(c: Context): ServerResponse | undefined {
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  return outgoing && typeof outgoing.setHeader === "function" && !outgoing.headersSent ? outgoing : undefined;
}

/**
 * Adds a header to whatever answer this request ends with, unless the answer sets that header itself.
 * Cheap on Node: no `Headers` object is built for it.
 */
export function defaultHeader(c: Context, name: string, value: string): void {
  const outgoing = nodeResponse(c);
  if (outgoing instanceof DefaultingResponse) outgoing.defaultHeader(name, value);
  else if (outgoing) outgoing.setHeader(name, value);
  else addPending(c, name, value);
}

function addPending(c: Context, name: string, value: string): void {
  const list = pending.get(c);
  if (list) list.push([name, value]);
  else pending.set(c, [[name, value]]);
}

function defaultHeaders(c: Context, list: HeaderList): void {
  const outgoing = nodeResponse(c);
  if (outgoing instanceof DefaultingResponse) {
    outgoing.defaults(list);
    return;
  }
  const { flat } = list;
  for (let i = 0; i < flat.length; i += 2) {
    if (outgoing) outgoing.setHeader(flat[i] as string, flat[i + 1] as string);
    else addPending(c, flat[i] as string, flat[i + 1] as string);
  }
}

/** The headers a middleware adds to a bodiless 204, found by running it once. */
async function headersOf(middleware: MiddlewareHandler): Promise<Array<[string, string]>> {
  const probe = new Hono();
  probe.use(middleware);
  probe.get("/", (c) => c.body(null, 204));
  const res = await probe.request("http://probe/");
  return [...res.headers];
}

export function responseHeaders(options: ResponseHeadersOptions): MiddlewareHandler<AppEnv> {
  const { origins, allowHeaders, exposeHeaders, maxAge } = options.cors;
  const allowed = new Set(origins);
  // Preflights are rare (browsers cache them for maxAge) and hono's cors answers them exactly as before.
  const preflight = cors({ origin: [...origins], credentials: true, allowHeaders, exposeHeaders, maxAge });
  const exposed = exposeHeaders.join(",");
  // Every answer but a preflight also gets `Vary: Origin`, as from hono's cors (it appends Origin to a
  // handler's Vary; here a handler that sets Vary names Origin itself): caches must not serve one
  // origin's answer to another.
  let security: HeaderList | undefined;
  let always: HeaderList | undefined;
  const ready = headersOf(options.securityHeaders).then((headers) => {
    security = headerList(headers);
    always = headerList([...headers, ["Vary", "Origin"]]);
  });

  return async function responseHeaders(c, next) {
    if (!security || !always) await ready;
    const claimed = c.req.header(REQUEST_ID);
    const id = !claimed || claimed.length > 255 || PLAIN_ID.test(claimed) ? crypto.randomUUID() : claimed;
    c.set("requestId", id);
    defaultHeader(c, REQUEST_ID, id);
    if (c.req.method === "OPTIONS") {
      // Preflights carry the security headers too (HSTS on every answer, ASVS 3.4.1).
      defaultHeaders(c, security as HeaderList);
      const answer = await preflight(c, next);
      if (answer) c.res = answer;
    } else {
      defaultHeaders(c, always as HeaderList);
      // CORS headers answer a browser, which always says where it calls from; hono's cors also sends the
      // last two to clients that do not (CLI, mobile, servers), where they mean nothing.
      const origin = c.req.header("origin");
      if (origin !== undefined) {
        if (allowed.has(origin)) defaultHeader(c, "Access-Control-Allow-Origin", origin);
        defaultHeader(c, "Access-Control-Allow-Credentials", "true");
        defaultHeader(c, "Access-Control-Expose-Headers", exposed);
      }
      await next();
    }
    const list = pending.get(c);
    if (list) {
      const headers = c.res.headers;
      for (const [name, value] of list) if (!headers.has(name)) headers.set(name, value);
      headers.delete("X-Powered-By");
    }
  };
}
