// Builds the production bundle, dist/server/main.js (`npm run build:server`); see scripts/lib/server-build.mjs.
// `node scripts/build-server.mjs`            build now
// `node scripts/build-server.mjs --if-stale` build only when the sources changed since the last build
import { ensureBuilt } from "./lib/server-build.mjs";

try {
  await ensureBuilt({ force: !process.argv.includes("--if-stale") });
} catch (err) {
  process.stderr.write(`build-server: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
