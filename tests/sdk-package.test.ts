// The SDK builds to ESM + .d.ts that a strict consumer can import and type-check.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;

describe("@gatehouse/sdk package", () => {
  it("builds, imports as ESM, and type-checks in a strict consumer", async () => {
    execFileSync("npm", ["run", "-s", "build", "-w", "@gatehouse/sdk"], { cwd: root, stdio: "pipe" });
    for (const f of ["index.js", "index.d.ts", "client.js", "schema.d.ts"]) {
      expect(existsSync(`${root}sdk/dist/${f}`), f).toBe(true);
    }
    // Through the package name (workspace link → package.json exports → dist), not a source path;
    // a variable keeps tsc from resolving dist/ before it is built.
    const name = "@gatehouse/sdk";
    const sdk = (await import(name)) as { createGatehouseClient: unknown };
    expect(typeof sdk.createGatehouseClient).toBe("function");
    execFileSync(
      process.execPath,
      [`${root}node_modules/typescript/bin/tsc`, "-p", "tests/fixtures/sdk-consumer"],
      {
        cwd: root,
        stdio: "pipe",
      },
    );
  }, 60_000);
});
