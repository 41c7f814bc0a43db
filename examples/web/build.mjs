// The page's esbuild configuration, shared by `npm run dev` (dev.mjs, in memory) and `npm run build` (dist/).
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** @type {import("esbuild").BuildOptions} */
export const options = {
  // Three files, named as index.html refers to them: the page as written, its script bundled with the SDK, its styles.
  entryPoints: { index: here("src/index.html"), app: here("src/main.ts"), style: here("src/style.css") },
  loader: { ".html": "copy" },
  bundle: true,
  format: "esm",
  target: "es2022",
  outdir: here("dist"),
  logLevel: "warning",
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await esbuild.build({ ...options, minify: true, sourcemap: true });
  console.log("built examples/web/dist (serve it from the API's origin, or behind the same proxy)");
}
