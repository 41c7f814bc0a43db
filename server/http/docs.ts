// The published contract and its reference page: /openapi.json, /docs and the page's static assets.
// Swagger UI (swagger-ui-dist) is served from this server, not a CDN: deployments without internet
// access keep their docs, and the page's CSP can stay `'self'`-only.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Hono } from "hono";
import { compress } from "hono/compress";
import type { AppEnv } from "../context.js";
import { withRequirements } from "./docs-security.js";

// From the repository root (two levels up), so the production bundle (dist/server/main.js) finds it too.
const contractUrl = new URL("../../generated/openapi.json", import.meta.url);

interface OpenApiDocument {
  openapi: string;
  info: Record<string, unknown>;
  servers: Array<{ url: string; description?: string }>;
  paths: Record<string, unknown>;
  components?: Record<string, unknown>;
}

let contract: OpenApiDocument | undefined;
/** generated/openapi.json, read once. */
function contractDocument(): OpenApiDocument {
  contract ??= JSON.parse(readFileSync(contractUrl, "utf8")) as OpenApiDocument;
  return contract;
}

/**
 * The contract with one relative server, `/`: "Try it out" then calls the origin the page was opened
 * from (http://127.0.0.1:3000, http://localhost:3000 or a proxy's name alike), which the page's
 * `connect-src 'self'` allows. An absolute PUBLIC_URL would be cross-origin from every other spelling.
 * Each operation's description also says which credential it needs (docs-security.ts).
 */
export function publishedDocument(): OpenApiDocument {
  published ??= (() => {
    const doc = contractDocument();
    const schemes = (doc.components?.securitySchemes ?? {}) as Parameters<typeof withRequirements>[1];
    return { ...doc, servers: [PUBLISHED_SERVER], paths: withRequirements(doc.paths, schemes) };
  })();
  return published;
}
let published: OpenApiDocument | undefined;

export const PUBLISHED_SERVER = { url: "/", description: "The server this document was fetched from" };

/** Only the page's own script may run; Swagger UI sets inline styles, and calls back to this origin. */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export const DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gatehouse API reference</title>
<link rel="icon" type="image/png" href="/docs/assets/favicon.png">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<div id="docs"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/init.js"></script>
</body>
</html>
`;

// Same-origin "Try it out" requests carry the session cookies; the CSRF check accepts them as same-origin.
const INIT_JS = `window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#docs",
  deepLinking: true,
  withCredentials: true,
  displayOperationId: false,
  defaultModelsExpandDepth: 0,
});
`;

interface Asset {
  type: string;
  load(): string | Uint8Array<ArrayBuffer>;
}

const swaggerDir = () => dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
const fromSwagger = (file: string) => () => new Uint8Array(readFileSync(join(swaggerDir(), file)));

const ASSETS: Record<string, Asset> = {
  "swagger-ui-bundle.js": {
    type: "text/javascript; charset=utf-8",
    load: fromSwagger("swagger-ui-bundle.js"),
  },
  "swagger-ui.css": { type: "text/css; charset=utf-8", load: fromSwagger("swagger-ui.css") },
  "favicon.png": { type: "image/png", load: fromSwagger("favicon-32x32.png") },
  "init.js": { type: "text/javascript; charset=utf-8", load: () => INIT_JS },
};

/**
 * Mounts the reference page's static files under /docs/assets/. They are loaded on first request
 * and kept in memory (about 2 MB), so a server nobody reads the docs of never loads them.
 */
export function mountDocsAssets(app: Hono<AppEnv>): void {
  const cache = new Map<string, string | Uint8Array<ArrayBuffer>>();
  // The bundle is 1.7 MB as shipped and about a quarter of that gzipped.
  app.get("/docs/assets/:file", compress(), (c, next) => {
    const name = c.req.param("file");
    const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (!asset) return next(); // falls through to the contract's 404
    let body = cache.get(name);
    if (body === undefined) {
      body = asset.load();
      cache.set(name, body);
    }
    c.header("Content-Type", asset.type);
    c.header("Cache-Control", "public, max-age=3600");
    // Shared caches may keep these, and CORS headers depend on Origin. compress() adds Accept-Encoding,
    // and a Vary set here replaces the `Vary: Origin` every answer gets by default (http/headers.ts).
    c.header("Vary", "Origin");
    return c.body(body, 200);
  });
}
