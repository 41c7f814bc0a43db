// `npm run dev`: serves the page (built in memory by esbuild on each load) and forwards /user/* to Gatehouse,
// so page and API share one origin. Starts Gatehouse (`npm start` in the repository) when none answers.
import { spawn } from "node:child_process";
import { createServer, request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { options } from "./build.mjs";

// What the browser may do on the page: its own scripts, styles and origin, nothing else.
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" };

/**
 * Serves the page on `port` (0: any free one) and forwards `/user/*` to `gatehouseUrl` unchanged: the
 * browser's `Origin` and `Sec-Fetch-Site: same-origin` reach Gatehouse as sent, so its CSRF check still
 * refuses a request another site makes through this server.
 * @param {{ gatehouseUrl: string, port?: number, host?: string }} settings
 */
export async function startDevServer({ gatehouseUrl, port = 5173, host = "127.0.0.1" }) {
  const api = new URL(gatehouseUrl);
  const send = api.protocol === "https:" ? httpsRequest : httpRequest;
  const ctx = await esbuild.context({ ...options, write: false, sourcemap: "inline" });
  /** @type {Promise<import("esbuild").OutputFile[]> | null} */
  let building = null;
  // Incremental, and shared by the page's requests that arrive together (index.html, app.js, style.css).
  const rebuild = () => {
    building ??= ctx
      .rebuild()
      .then((r) => r.outputFiles ?? [])
      .finally(() => {
        building = null;
      });
    return building;
  };

  /**
   * @param {URL} target
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   */
  function forward(target, req, res) {
    const upstream = send(
      target,
      { method: req.method, headers: { ...req.headers, host: api.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", (err) => {
      // Cut off mid-answer: end the connection rather than append text to the API's body.
      if (res.headersSent) return void res.destroy();
      res.writeHead(502, { "content-type": "text/plain" });
      res.end(`Gatehouse at ${api.origin} did not answer: ${err.message}\n`);
    });
    req.pipe(upstream);
  }

  /** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
  async function page(req, res) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    let outputs;
    try {
      outputs = await rebuild();
    } catch (err) {
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(`build failed: ${err instanceof Error ? err.message : String(err)}\n`);
      return;
    }
    const path = new URL(req.url ?? "/", "http://page").pathname;
    const wanted = path === "/" ? "/index.html" : path;
    const file = outputs.find((f) => `/${relative(options.outdir ?? "", f.path)}` === wanted);
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    const ext = /** @type {keyof typeof TYPES} */ (wanted.slice(wanted.lastIndexOf(".")));
    res.writeHead(200, {
      "content-type": TYPES[ext] ?? "application/octet-stream",
      "content-security-policy": CSP,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
    });
    res.end(req.method === "HEAD" ? undefined : file.contents);
  }

  const server = createServer((req, res) => {
    // Resolved first, so `/user/../admin` is not forwarded as `/admin`.
    const target = new URL(req.url ?? "/", api);
    if (target.origin === api.origin && target.pathname.startsWith("/user/")) forward(target, req, res);
    else void page(req, res);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`,
    async close() {
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      server.closeAllConnections();
      await ctx.dispose();
    },
  };
}

// Where `npm run dev` may start Gatehouse itself: this machine only.
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Whether Gatehouse answers /health at `url`. */
async function answers(url) {
  try {
    return (await fetch(new URL("/health", url), { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

/** Starts `npm start` in the repository root and waits for it to answer (the first start builds it). */
async function startGatehouse(url) {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const child = spawn("npm", ["start"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, HOST: url.hostname.replace(/^\[|\]$/g, ""), PORT: url.port || "80" },
  });
  const stop = () => child.kill("SIGTERM");
  process.once("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => process.exit(0));
  const deadline = Date.now() + 120_000;
  while (!(await answers(url))) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`Gatehouse did not answer at ${url.origin} within 2 minutes`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const gatehouseUrl = new URL(process.env.GATEHOUSE_URL ?? "http://127.0.0.1:3000");
  try {
    if (!(await answers(gatehouseUrl))) {
      if (!LOOPBACK.has(gatehouseUrl.hostname))
        throw new Error(`no Gatehouse answers at ${gatehouseUrl.origin} (GATEHOUSE_URL)`);
      console.log(`No Gatehouse at ${gatehouseUrl.origin}: starting one (npm start)…`);
      await startGatehouse(gatehouseUrl);
    }
    const port = Number(process.env.WEB_PORT ?? 5173);
    const { url } = await startDevServer({ gatehouseUrl: gatehouseUrl.href, port, host: "localhost" });
    console.log(`Web example: ${url} (the API: ${gatehouseUrl.origin}, forwarded under /user/)`);
  } catch (err) {
    console.error(`examples/web: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
