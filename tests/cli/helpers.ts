// CLI test helpers: build the `gatehouse` CLI, serve a real Gatehouse on 127.0.0.1, run the CLI as a subprocess.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { listen, startTestGatehouse, type TestGatehouse, type TestOptions } from "../helpers/gatehouse.js";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const CLI = join(root, "cli/dist/main.js");

/** The newest modification time under a folder. */
function newest(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );
}

/**
 * Builds the CLI (and the SDK, only when its dist/ is older than its sources: other suites read sdk/dist
 * while this runs, and a rebuild rewrites it) the way `npm install` does, with their `build` scripts.
 */
export function buildCli(): void {
  const sdkDist = join(root, "sdk/dist/index.js");
  if (!existsSync(sdkDist) || statSync(sdkDist).mtimeMs < newest(join(root, "sdk/src")))
    execFileSync("npm", ["run", "-s", "build", "-w", "@gatehouse/sdk"], { cwd: root, stdio: "inherit" });
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "cli/tsconfig.build.json"], { cwd: root, stdio: "inherit" });
}

export interface Served {
  gh: TestGatehouse;
  url: string;
  close: () => Promise<void>;
}

/** A Gatehouse (in-memory PGlite) listening on a real socket. */
export async function serveGatehouse(options: TestOptions = {}): Promise<Served> {
  const gh = await startTestGatehouse(options);
  const server = await listen(gh.app);
  return {
    gh,
    url: server.url,
    close: async () => {
      await server.close();
      await gh.close();
    },
  };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A scratch XDG_CONFIG_HOME (0700, like a home directory). */
export const configHome = () => mkdtempSync(join(tmpdir(), "gatehouse-cli-"));

export const credentialsFile = (home: string) => join(home, "gatehouse", "credentials.json");

/** The profiles in the credentials file. */
export function profiles(
  home: string,
): Record<string, { accessToken: string; refreshToken: string; email: string }> {
  return JSON.parse(readFileSync(credentialsFile(home), "utf8")).profiles;
}

/** Runs the built CLI (never through a shell) with its own environment; `input` goes to stdin. */
export function cli(
  args: string[],
  options: { home: string; url?: string; input?: string; env?: Record<string, string>; bin?: string },
): Promise<CliResult> {
  return new Promise((resolve) => {
    // `bin`: an installed `gatehouse` executable (run through its shebang) instead of the built one.
    const [file, pre] = options.bin ? [options.bin, []] : [process.execPath, [CLI]];
    const child = execFile(
      file,
      [...pre, ...(options.url ? ["--url", options.url] : []), ...args],
      {
        env: {
          PATH: process.env.PATH ?? "",
          HOME: options.home,
          XDG_CONFIG_HOME: options.home,
          NO_COLOR: "1",
          ...options.env,
        },
        timeout: 90_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? "");
  });
}

/** Parses stdout as JSON, failing with what the CLI printed. */
export function jsonOf<T = Record<string, unknown>>(r: CliResult): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout} / ${r.stderr}`);
  }
}
