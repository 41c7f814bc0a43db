// Packages as another project meets them: `npm pack` of workspaces into a scratch directory outside the
// repository, then `npm install` of the tarballs (and any extra dependencies) into a fresh project there.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface PackedProject {
  scratch: string;
  /** The tarball of each workspace, in the order given. */
  tarballs: string[];
  /** The consumer project (`type: module`) the tarballs are installed in. */
  app: string;
  remove(): void;
}

/**
 * `workspaces` are folders of this repository (`sdk`, `guard`…). `npm pack` runs their `prepare` (a build)
 * unless `ignoreScripts` (when dist/ was just built and a rebuild would rewrite it under running tests).
 * `extra` dependencies come from the npm cache that `npm ci` filled; the registry only if one is missing.
 */
export function packedProject(
  prefix: string,
  workspaces: readonly string[],
  options: { extra?: readonly string[]; ignoreScripts?: boolean } = {},
): PackedProject {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  const tarballs = workspaces.map((dir) => {
    const before = new Set(readdirSync(scratch));
    const flags = options.ignoreScripts ? ["--ignore-scripts"] : [];
    execFileSync("npm", ["pack", ...flags, "--pack-destination", scratch], {
      cwd: join(root, dir),
      stdio: "pipe",
    });
    const name = readdirSync(scratch).find((f) => f.endsWith(".tgz") && !before.has(f));
    if (!name) throw new Error(`npm pack wrote no tarball for ${dir}`);
    return join(scratch, name);
  });
  const app = join(scratch, "app");
  mkdirSync(app);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  execFileSync(
    "npm",
    ["install", ...tarballs, ...(options.extra ?? []), "--prefer-offline", "--no-audit", "--no-fund"],
    { cwd: app, stdio: "pipe" },
  );
  return { scratch, tarballs, app, remove: () => rmSync(scratch, { recursive: true, force: true }) };
}
