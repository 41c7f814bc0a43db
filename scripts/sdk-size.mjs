// Prints the SDK's bundled size (openapi-fetch included): minified, and minified + gzip.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const result = await build({
  entryPoints: [new URL("../sdk/src/index.ts", import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: "esm",
  platform: "neutral",
  write: false,
  logLevel: "silent",
});
const code = result.outputFiles[0].contents;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const gz = gzipSync(code, { level: 9 }).length;
console.log(`sdk size: ${kib(code.length)} min, ${kib(gz)} min+gzip (${code.length} / ${gz} bytes)`);
