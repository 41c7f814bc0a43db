// npm start: runs the production bundle (dist/server/main.js) in this process, building it first when the
// sources changed since it was built (so `npm install && npm start` is all a fresh clone needs, and a stale
// build never runs). One process: no second Node start-up before the server's own.
import { ensureBuilt } from "./lib/server-build.mjs";

try {
  await ensureBuilt();
} catch (err) {
  process.stderr.write(`build-server: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
await import("../dist/server/main.js");
