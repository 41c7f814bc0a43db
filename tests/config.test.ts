// Configuration: defaults that run with nothing set, and one clear line for a bad value.
import { spawn, spawnSync } from "node:child_process";
import { createServer, type Server } from "node:net";
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
    [{ SIGNING_ALG: "RS256" }, "SIGNING_ALG"],
    [{ HOST: "0.0.0.0" }, "NODE_ENV"],
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

  it("offers PS256, not RS256 (PKCS#1 v1.5, disallowed by ASVS 5.0 appendix C), and says what to use instead", () => {
    expect(loadConfig({ SIGNING_ALG: "PS256" }).signingAlg).toBe("PS256");
    expect(loadConfig({}).signingAlg).toBe("ES256");
    expect(() => loadConfig({ SIGNING_ALG: "RS256" })).toThrow(
      /^config: SIGNING_ALG RS256 \(RSA PKCS#1 v1\.5\) is no longer offered: use PS256 \(RSA-PSS\), ES256 or EdDSA/,
    );
  });

  describe("development mode only on loopback", () => {
    it.each([
      "0.0.0.0",
      "::",
      "192.168.1.20",
      "gatehouse.internal",
    ])("HOST=%s with NODE_ENV unset stops with one line naming NODE_ENV", (HOST) => {
      expect(() => loadConfig({ HOST })).toThrow(
        /^config: NODE_ENV must be set \(production, or development\) when HOST is not a loopback address/,
      );
      expect(loadConfig({ HOST, NODE_ENV: "production" }).env).toBe("production");
      expect(loadConfig({ HOST, NODE_ENV: "development" }).env).toBe("development");
    });

    it.each([
      "127.0.0.1",
      "127.0.1.1",
      "localhost",
      "::1",
      "[::1]",
    ])("HOST=%s with NODE_ENV unset is development", (HOST) => {
      expect(loadConfig({ HOST }).env).toBe("development");
    });

    it("the server process on a public interface without NODE_ENV does not start", () => {
      const { NODE_ENV: _, ...env } = process.env;
      const run = spawnSync(process.execPath, ["--import", "tsx", "server/main.ts"], {
        env: { ...env, HOST: "0.0.0.0", PORT: "0", DATABASE_URL: "", DATA_DIR: "memory://" },
        encoding: "utf8",
        timeout: 20_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split("\n")).toEqual([
        expect.stringMatching(/^config: NODE_ENV must be set .* "0\.0\.0\.0" is \(got unset\)$/),
      ]);
    });
  });

  describe("trusted origins", () => {
    it("outside production: PUBLIC_URL, CORS_ORIGINS and each loopback spelling of the listening port", () => {
      expect(loadConfig({}).allowedOrigins).toEqual([
        "http://localhost:3000",
        "http://127.0.0.1:3000",
        "http://[::1]:3000",
      ]);
      expect(
        loadConfig({
          PORT: "8080",
          PUBLIC_URL: "https://id.example.com",
          CORS_ORIGINS: "https://app.example.com",
        }).allowedOrigins,
      ).toEqual([
        "https://id.example.com",
        "https://app.example.com",
        "http://localhost:8080",
        "http://127.0.0.1:8080",
        "http://[::1]:8080",
      ]);
      // Development on a named interface (explicitly): the address the server prints.
      expect(loadConfig({ NODE_ENV: "development", HOST: "192.168.1.20" }).allowedOrigins).toEqual([
        "http://localhost:3000",
        "http://192.168.1.20:3000",
      ]);
    });

    it("in production: only PUBLIC_URL and CORS_ORIGINS", () => {
      expect(
        loadConfig({
          NODE_ENV: "production",
          PUBLIC_URL: "https://id.example.com",
          CORS_ORIGINS: "https://app.example.com",
        }).allowedOrigins,
      ).toEqual(["https://id.example.com", "https://app.example.com"]);
    });
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

  describe("start-up failures of the server process: one stderr line naming the variable, the problem and the fix, no stack", () => {
    /** Runs server/main.ts to its exit (asynchronously, so a listener in this process keeps serving). */
    function runServer(vars: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
      return new Promise((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
          env: { ...process.env, DATABASE_URL: "", REDIS_URL: "", DATA_DIR: "memory://", ...vars },
        });
        let stderr = "";
        child.stderr.on("data", (chunk: Buffer) => {
          stderr += chunk.toString();
        });
        const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
        child.once("close", (status) => {
          clearTimeout(timer);
          resolve({ status, stderr });
        });
      });
    }

    function expectOneLine(stderr: string, line: RegExp): void {
      expect(stderr.trim().split("\n")).toEqual([expect.stringMatching(line)]);
      expect(stderr).not.toMatch(/\n\s+at /);
    }

    it("a port in use names PORT and HOST and says to stop the other process or pick a free port", async () => {
      const taken: Server = createServer();
      await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
      const { port } = taken.address() as { port: number };
      try {
        const run = await runServer({ PORT: String(port), HOST: "127.0.0.1" });
        expect(run.status).toBe(1);
        expectOneLine(
          run.stderr,
          new RegExp(
            `^gatehouse failed to start: PORT ${port} on HOST 127\\.0\\.0\\.1 is already in use \\(EADDRINUSE\\): stop the process listening there .* or set PORT to a free port$`,
          ),
        );
      } finally {
        taken.close();
      }
    }, 120_000);

    it("an unreachable DATABASE_URL is named, with where it points, the reason and the fix, and never its password", async () => {
      const run = await runServer({ DATABASE_URL: "postgres://gate:hunter2-secret@127.0.0.1:1/gatehouse" });
      expect(run.status).toBe(1);
      expectOneLine(
        run.stderr,
        /^gatehouse failed to start: DATABASE_URL: cannot use PostgreSQL at gate@127\.0\.0\.1:1\/gatehouse \(connection refused\): start PostgreSQL there or correct DATABASE_URL; unset it to use the embedded database instead$/,
      );
      expect(run.stderr).not.toContain("hunter2");
    }, 120_000);

    it.skipIf(!process.env.DATABASE_URL)(
      "a DATABASE_URL naming a database that does not exist says so in PostgreSQL's words",
      async () => {
        const url = new URL(process.env.DATABASE_URL ?? "");
        url.pathname = "/gatehouse_no_such_database";
        const run = await runServer({ DATABASE_URL: url.href });
        expect(run.status).toBe(1);
        expectOneLine(
          run.stderr,
          /^gatehouse failed to start: DATABASE_URL: cannot use PostgreSQL at .*\/gatehouse_no_such_database \(database "gatehouse_no_such_database" does not exist\): start PostgreSQL there or correct DATABASE_URL/,
        );
      },
      120_000,
    );

    it("a field missing in SSO_OIDC_PROVIDERS is named by its path, with the expected shape", async () => {
      const run = await runServer({ SSO_OIDC_PROVIDERS: '[{"id":"x"}]' });
      expect(run.status).toBe(1);
      expectOneLine(
        run.stderr,
        /^config: SSO_OIDC_PROVIDERS\[0\]\.issuer is required \(got unset\); each provider is \{"id", "issuer", "jwksUrl", "audience"/,
      );
    }, 120_000);
  });

  it("names the field inside a JSON variable: SSO_OIDC_PROVIDERS[1].jwksUrl", () => {
    const good = { id: "a", issuer: "https://a", jwksUrl: "https://a/jwks", audience: "x" };
    expect(() =>
      loadConfig({ SSO_OIDC_PROVIDERS: JSON.stringify([good, { ...good, id: "b", jwksUrl: "nope" }]) }),
    ).toThrow(/^config: SSO_OIDC_PROVIDERS\[1\]\.jwksUrl .*\(got "nope"\)/);
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
