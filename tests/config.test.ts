// Configuration: defaults that run with nothing set, and one clear line for a bad value.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../server/config.js";

describe("config", () => {
  it("runs with nothing configured: embedded database, port 3000, insecure cookies only on plain http in development", () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir).toBe(".data/pglite");
    expect(c.port).toBe(3000);
    expect(c.accessTokenTtlSeconds).toBe(900);
    expect(c.sessionTtlSeconds).toBe(7 * 86_400);
    expect(c.legacyTokenTtlMs).toBe(90 * 86_400_000);
    expect(c.cookieSecure).toBe(false);
    expect(loadConfig({ PUBLIC_URL: "https://id.example.com" }).cookieSecure).toBe(true);
    expect(loadConfig({ NODE_ENV: "production" }).cookieSecure).toBe(true);
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ SIGNING_ALG: "HS256" }, "SIGNING_ALG"],
    [{ NODE_ENV: "production", COOKIE_SECURE: "false" }, "COOKIE_SECURE"],
    [{ CORS_ORIGINS: "not a url" }, "CORS_ORIGINS"],
    [{ LEGACY_TOKEN_TTL_DAYS: "0" }, "LEGACY_TOKEN_TTL_DAYS"],
  ])("%o is refused with a message naming %s", (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (err) {
      expect((err as Error).message).toMatch(new RegExp(`^config: ${name} `));
      expect((err as Error).message).not.toContain("\n");
    }
  });

  it("never echoes a secret in the error, even a malformed one", () => {
    for (const [name, value] of [
      ["DATABASE_URL", "mysql://admin:hunter2-secret@db"],
      ["KEY_ENCRYPTION_KEY", "hunter2-secret"],
    ] as const) {
      expect(() => loadConfig({ [name]: value })).toThrow(
        new RegExp(`^config: ${name} .*\\(got ${value.length} characters\\)$`),
      );
      expect(() => loadConfig({ [name]: value })).not.toThrow(/hunter2/);
    }
    expect(() => loadConfig({ PORT: "abc" })).toThrow('(got "abc")');
  });

  it("the server process stops with one line naming the bad variable", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "server/main.ts"], {
      env: { ...process.env, PORT: "seventy", DATABASE_URL: "" },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^config: PORT .*"seventy"/)]);
  });
});
