// The route generator refuses a contract whose email-verification marks the server could not honour.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateRoutes } from "../../scripts/lib/gen-routes.mjs";

// biome-ignore lint/suspicious/noExplicitAny: free-form OpenAPI JSON
type Loose = any;
const contract = JSON.parse(
  readFileSync(new URL("../../generated/openapi.json", import.meta.url), "utf8"),
) as Loose;
const mutate = (change: (d: Loose) => void) => {
  const d = structuredClone(contract);
  change(d);
  return d;
};

describe("gen-routes: x-gatehouse-allow-unverified", () => {
  it("the committed contract passes and the mark reaches the route definitions", () => {
    const source = generateRoutes(contract);
    expect(source).toContain('"x-gatehouse-allow-unverified": true');
  });

  it("refuses an authenticated operation that neither carries the mark nor declares the 403", () => {
    const doc = mutate((d) => {
      delete d.paths["/user/sessions"].get.responses["403"];
    });
    expect(() => generateRoutes(doc)).toThrow(/UserOperations_listSessions .*declares no 403/);
  });

  it("refuses the mark on a public operation, or with a value other than true", () => {
    const onPublic = mutate((d) => {
      d.paths["/user/signin"].post["x-gatehouse-allow-unverified"] = true;
    });
    expect(() => generateRoutes(onPublic)).toThrow(/UserOperations_signIn: x-gatehouse-allow-unverified/);
    const notTrue = mutate((d) => {
      d.paths["/user/me"].get["x-gatehouse-allow-unverified"] = "yes";
    });
    expect(() => generateRoutes(notTrue)).toThrow(/UserOperations_getMe: x-gatehouse-allow-unverified/);
  });
});

describe("gen-routes: string formats", () => {
  it("names a format zod does not check (uri-reference) in the route definitions, so the drift test sees it", () => {
    expect(generateRoutes(contract)).toMatch(/\.openapi\(\{\s*"?format"?:\s*"uri-reference"\s*\}\)/);
  });
});
