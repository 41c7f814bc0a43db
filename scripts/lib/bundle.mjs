// One way to bundle a server entry point for Node (npm start's dist/server/main.js, the bench's servers).
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

// Packages that must stay outside a bundle: PGlite loads its WASM and data files next to its own
// module, argon2 is a native addon, pg-native is pg's optional native driver (not installed).
export const EXTERNAL = ["@electric-sql/pglite", "@node-rs/argon2", "pg-native"];

/** Bundles `entry` into one ES module at `outfile`; `header` lines go first. Needs esbuild (a dev dependency). */
export async function bundle({ entry, outfile, header = [] }) {
  const esbuild = await import("esbuild");
  mkdirSync(dirname(outfile), { recursive: true });
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: EXTERNAL,
    sourcemap: "linked",
    legalComments: "none",
    logLevel: "warning",
    // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
    banner: {
      js: [
        ...header,
        'import { createRequire as __gatehouseCreateRequire } from "node:module";',
        "const require = __gatehouseCreateRequire(import.meta.url);",
      ].join("\n"),
    },
  });
}
