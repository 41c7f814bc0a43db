// The production bundle, dist/server/main.js: its fingerprint, and building it (scripts/build-server.mjs,
// scripts/start.mjs).
//
// Why a bundle: transpiling at start (tsx) cost seconds, and loading ~1,500 small ES modules from
// node_modules costs most of a second more on this machine; one file loads in a fraction of that.
// The bundle's first line records a fingerprint of everything it was built from (server sources,
// tsconfig, the lockfile, the build scripts), so a stale dist/ is rebuilt by `npm start` and is never
// run by mistake.
//
// The bundle sits two directories below the repository root, like the modules that read files
// relative to it at run time (server/store/migrate.ts: migrations; server/http/docs.ts: the contract).
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "./bundle.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const outfile = join(root, "dist/server/main.js");
const STAMP = "// gatehouse build ";

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath, e.name));
}

/** A hash of every input of the bundle. */
export function fingerprint() {
  const inputs = [
    ...filesUnder(join(root, "server")),
    join(root, "tsconfig.json"),
    join(root, "package-lock.json"),
    fileURLToPath(import.meta.url),
    join(root, "scripts/lib/bundle.mjs"),
  ].sort();
  const hash = createHash("sha256");
  for (const file of inputs) {
    hash.update(`${relative(root, file)}\0`);
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 32);
}

/** The fingerprint recorded in the current bundle, if there is one. */
export function builtFingerprint() {
  if (!existsSync(outfile)) return undefined;
  const fd = openSync(outfile, "r");
  try {
    const head = Buffer.alloc(STAMP.length + 64);
    const n = readSync(fd, head, 0, head.length, 0);
    const line = head.subarray(0, n).toString("utf8").split("\n")[0] ?? "";
    return line.startsWith(STAMP) ? line.slice(STAMP.length).trim() : undefined;
  } finally {
    closeSync(fd);
  }
}

export async function build(print) {
  try {
    await import("esbuild");
  } catch {
    throw new Error(
      "dist/server/main.js is missing or older than the sources, and esbuild (a dev dependency) is not installed: run `npm install`, then `npm run build:server`",
    );
  }
  await bundle({
    entry: join(root, "server/main.ts"),
    outfile,
    header: [
      `${STAMP}${print}`,
      "// generated — do not edit: node scripts/build-server.mjs (npm start rebuilds it when server/ changes)",
    ],
  });
}

/** Builds the bundle unless it was built from exactly these sources; says so on stderr when it builds. */
export async function ensureBuilt({ force = false } = {}) {
  const print = fingerprint();
  if (!force && builtFingerprint() === print) return;
  const started = performance.now();
  await build(print);
  process.stderr.write(
    `build-server: dist/server/main.js built in ${Math.round(performance.now() - started)} ms (${print})\n`,
  );
}
