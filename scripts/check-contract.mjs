// Fails when a committed generated file differs from what contracts/ produce now.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tmp = mkdtempSync(join(tmpdir(), "gatehouse-contract-"));
const files = [
  "generated/openapi.yaml",
  "generated/openapi.json",
  "sdk/src/schema.d.ts",
  "server/contract/routes.gen.ts",
];
try {
  execFileSync(process.execPath, [join(root, "scripts/build.mjs"), "--out", tmp], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stale = files.filter((f) => {
    const committed = join(root, f);
    return !existsSync(committed) || readFileSync(committed, "utf8") !== readFileSync(join(tmp, f), "utf8");
  });
  if (stale.length) {
    console.error(`check:contract: stale generated files (run npm run build): ${stale.join(", ")}`);
    for (const f of stale) {
      try {
        execFileSync("diff", ["-u", join(root, f), join(tmp, f)], { stdio: "pipe" });
      } catch (e) {
        console.error(String(e.stdout).split("\n").slice(0, 40).join("\n"));
      }
    }
    process.exitCode = 1;
  } else {
    console.log(`check:contract: ${files.length} generated files match contracts/`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
