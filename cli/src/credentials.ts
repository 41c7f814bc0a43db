// The credentials file: one profile per server origin, mode 0600, replaced atomically, changed under a lock.
import { randomBytes } from "node:crypto";
import { constants, promises as fs } from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, join } from "node:path";
import type { TokenSet, TokenStorage } from "@gatehouse/sdk";
import lockfile from "proper-lockfile";
import { CliError, EXIT } from "./errors.js";

export interface Profile {
  email: string;
  userId: string;
  accessToken: string;
  refreshToken: string;
  updatedAt: string;
}

interface CredentialsData {
  version: 1;
  profiles: Record<string, Profile>;
}

/** `$XDG_CONFIG_HOME/gatehouse/credentials.json`, else `~/.config/gatehouse/credentials.json` (a relative XDG path is ignored, as the spec says). */
export function credentialsPath(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CONFIG_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : join(homedir(), ".config");
  return join(base, "gatehouse", "credentials.json");
}

const unsafe = (message: string) => new CliError(EXIT.CREDENTIALS_FILE, "CREDENTIALS_FILE_UNSAFE", message);

function isProfile(p: unknown): p is Profile {
  const o = p as Record<string, unknown> | null;
  return (
    typeof o === "object" &&
    o !== null &&
    ["email", "userId", "accessToken", "refreshToken"].every((k) => typeof o[k] === "string")
  );
}

export class CredentialsFile {
  readonly dir: string;
  /** Whether this process holds the lock (one command per process, so a flag makes it re-entrant). */
  private held = false;

  constructor(readonly path: string) {
    this.dir = dirname(path);
  }

  /** The file's profiles; none when it does not exist. Refuses a file others could read or swap. */
  async read(): Promise<CredentialsData> {
    let handle: fs.FileHandle;
    try {
      // O_NOFOLLOW: a symlink planted in place of the file is refused, not followed.
      handle = await fs.open(this.path, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT") return { version: 1, profiles: {} };
      if (code === "ELOOP") throw unsafe(`${this.path} is a symbolic link; refusing to use it`);
      throw unsafe(`cannot read ${this.path} (${code ?? "error"})`);
    }
    try {
      const st = await handle.stat();
      if (!st.isFile()) throw unsafe(`${this.path} is not a regular file`);
      if ((st.mode & 0o077) !== 0)
        throw unsafe(
          `${this.path} is readable or writable by group/others (mode ${(st.mode & 0o777).toString(8)}); ` +
            `it holds session tokens: run \`chmod 600 ${this.path}\` (and log in again if others may have read it)`,
        );
      if (process.getuid && st.uid !== process.getuid())
        throw unsafe(`${this.path} belongs to another user (uid ${st.uid}); refusing to use it`);
      const text = await handle.readFile("utf8");
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        throw unsafe(`${this.path} is not valid JSON; remove it and log in again`);
      }
      const profiles = (data as { profiles?: unknown } | null)?.profiles;
      if (typeof profiles !== "object" || profiles === null || Array.isArray(profiles))
        throw unsafe(`${this.path} is not a Gatehouse credentials file; remove it and log in again`);
      const kept: Record<string, Profile> = {};
      for (const [key, p] of Object.entries(profiles)) if (isProfile(p)) kept[key] = p;
      return { version: 1, profiles: kept };
    } finally {
      await handle.close();
    }
  }

  /** Creates the directory (0700) if needed and refuses one others can write to. */
  private async ensureDir(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    const st = await fs.lstat(this.dir);
    if (!st.isDirectory()) throw unsafe(`${this.dir} is not a directory`);
    if ((st.mode & 0o022) !== 0)
      throw unsafe(
        `${this.dir} is writable by group/others (mode ${(st.mode & 0o777).toString(8)}): run \`chmod 700 ${this.dir}\``,
      );
  }

  /** Writes a temp file (0600, created exclusively) in the same directory, then renames it over the file. */
  private async write(data: CredentialsData): Promise<void> {
    const tmp = join(this.dir, `.credentials.json.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
    const handle = await fs.open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(data, null, 2)}\n`);
      await handle.sync();
      await handle.close();
      await fs.rename(tmp, this.path);
    } catch (e) {
      await handle.close().catch(() => {});
      await fs.rm(tmp, { force: true });
      throw e;
    }
  }

  /**
   * Runs `fn` holding the credentials lock (`credentials.lock` beside the file), so two processes never
   * refresh the same session at once nor lose each other's writes. Re-entrant within this process.
   */
  async withLock<T>(fn: () => Promise<T>): Promise<T> {
    if (this.held) return fn();
    await this.ensureDir();
    let release: () => Promise<void>;
    try {
      release = await lockfile.lock(this.dir, {
        lockfilePath: join(this.dir, "credentials.lock"),
        realpath: false,
        // A lock left by a killed process is taken over after 10 s (the holder refreshes it every 5 s).
        stale: 10_000,
        retries: { retries: 200, factor: 1.1, minTimeout: 20, maxTimeout: 200 },
        // The default throws from a timer (a stack trace, exit 1). The server's refresh grace window covers the
        // rare overlap a lost lock allows, so say so and carry on.
        onCompromised: () => {
          process.stderr.write("warning: lost the credentials lock to another gatehouse process\n");
        },
      });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== "ELOCKED")
        throw unsafe(`cannot lock ${join(this.dir, "credentials.lock")} (${code ?? "error"})`);
      throw new CliError(
        EXIT.GENERIC,
        "CREDENTIALS_LOCKED",
        `another gatehouse process holds ${join(this.dir, "credentials.lock")}; try again`,
      );
    }
    this.held = true;
    try {
      return await fn();
    } finally {
      this.held = false;
      await release().catch(() => {});
    }
  }

  async profile(key: string): Promise<Profile | undefined> {
    return (await this.read()).profiles[key];
  }

  /** Replaces (or, with undefined, removes) one profile, leaving the others as they are. */
  async setProfile(key: string, profile: Profile | undefined): Promise<void> {
    await this.withLock(async () => {
      const data = await this.read();
      if (profile) data.profiles[key] = profile;
      else delete data.profiles[key];
      await this.write(data);
    });
  }

  /** The SDK's TokenStorage over one profile: a new pair is on disk before the SDK uses it; null removes the profile. */
  storage(key: string): TokenStorage {
    return {
      get: async () => {
        const p = await this.profile(key);
        return p ? { accessToken: p.accessToken, refreshToken: p.refreshToken } : null;
      },
      set: async (tokens: TokenSet | null) => {
        await this.withLock(async () => {
          const current = await this.profile(key);
          if (!tokens) return this.setProfile(key, undefined);
          // A profile another process logged out of meanwhile stays gone.
          if (current)
            await this.setProfile(key, { ...current, ...tokens, updatedAt: new Date().toISOString() });
        });
      },
    };
  }
}
