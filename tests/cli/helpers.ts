// CLI test helpers: build the `gatehouse` CLI, serve a real Gatehouse on 127.0.0.1, run the CLI as a subprocess.
import { execFile, execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import lockfile from "proper-lockfile";
import { afterAll, beforeAll } from "vitest";
import { listen, startTestGatehouse, type TestGatehouse, type TestOptions } from "../helpers/gatehouse.js";
import { PASSWORD } from "../helpers/http.js";
import { type Person, signUp } from "../tenancy/helpers.js";

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

const mtime = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/**
 * Builds the SDK and the CLI (their `build` scripts, as `npm install` does) when their dist/ is older than their
 * sources. Several suites call this at once and others read sdk/dist meanwhile: a lock makes one build, the
 * rest find it fresh, and nothing is rewritten under a running test.
 */
export async function buildCli(): Promise<void> {
  const cache = join(root, "node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const release = await lockfile.lock(cache, {
    lockfilePath: join(cache, "gatehouse-cli-build.lock"),
    realpath: false,
    stale: 60_000,
    retries: { retries: 600, minTimeout: 200, maxTimeout: 500 },
  });
  try {
    const sdkStamp = join(root, "sdk/dist/index.js");
    if (mtime(sdkStamp) < newest(join(root, "sdk/src")))
      execFileSync("npm", ["run", "-s", "build", "-w", "@gatehouse/sdk"], { cwd: root, stdio: "inherit" });
    // Stamped outside dist/, which `npm pack` ships.
    const cliStamp = join(cache, "gatehouse-cli-built");
    if (mtime(cliStamp) < Math.max(newest(join(root, "cli/src")), mtime(sdkStamp))) {
      const tsc = join(root, "node_modules/typescript/bin/tsc");
      execFileSync(process.execPath, [tsc, "-p", "cli/tsconfig.build.json"], { cwd: root, stdio: "inherit" });
      writeFileSync(cliStamp, "");
    }
  } finally {
    await release();
  }
}

/** Each CLI test spawns several Node processes (~0.3 s each, far more on a loaded CI machine). */
export const SLOW = 120_000;

export interface Served {
  gh: TestGatehouse;
  url: string;
  close: () => Promise<void>;
}

/**
 * A suite's set-up, registered with beforeAll/afterAll: the CLI built and a Gatehouse served. The object is
 * filled in once the server listens (use it inside tests and hooks).
 */
export function servedSuite(options: TestOptions = {}): Served {
  const served = {} as Served;
  beforeAll(async () => {
    await buildCli();
    Object.assign(served, await serveGatehouse(options));
  }, 300_000);
  afterAll(() => served.close?.());
  return served;
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

/** A new user (signed up through the SDK in-process) and a scratch config dir the CLI is logged in from. */
export async function logIn(on: Served): Promise<{ person: Person; home: string }> {
  const person = await signUp(on.gh);
  const home = configHome();
  const r = await cli(["login", "--email", person.email, "--password-stdin"], {
    home,
    url: on.url,
    input: `${PASSWORD}\n`,
  });
  if (r.code !== 0) throw new Error(`login failed (exit ${r.code}): ${r.stderr}`);
  return { person, home };
}

/** GET /user/me with a bearer credential (an access token or an API key). */
export const me = (url: string, bearer: string) =>
  fetch(`${url}/user/me`, { headers: { authorization: `Bearer ${bearer}` } });
