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

describe("gen-routes: x-gatehouse-permissions and x-gatehouse-tenant-param", () => {
  const members = "/tenants/{tenantId}/members";
  it("the committed contract passes and the marks reach the route definitions", () => {
    const source = generateRoutes(contract);
    expect(source).toContain('"x-gatehouse-permissions": ["members:read"]');
    expect(source).toContain('"x-gatehouse-tenant-param": "tenantId"');
  });

  it("refuses permission names that are not resource:action, or an empty list", () => {
    for (const bad of [[], ["members"], ["Members:Read"], ["members:read", 7]]) {
      const doc = mutate((d) => {
        d.paths[members].get["x-gatehouse-permissions"] = bad;
      });
      expect(() => generateRoutes(doc), JSON.stringify(bad)).toThrow(
        /TenantOperations_listMembers: x-gatehouse-permissions/,
      );
    }
  });

  it("refuses a tenant parameter that is not one of the operation's path parameters", () => {
    const doc = mutate((d) => {
      d.paths[members].get["x-gatehouse-tenant-param"] = "tenant";
    });
    expect(() => generateRoutes(doc)).toThrow(
      /x-gatehouse-tenant-param must name one of its required path parameters/,
    );
  });

  it("refuses the marks on an operation anyone may call, and on one without a 403", () => {
    const open = mutate((d) => {
      d.paths[members].get.security = [{}];
    });
    expect(() => generateRoutes(open)).toThrow(/need an operation that requires credentials/);
    const no403 = mutate((d) => {
      delete d.paths[members].get.responses["403"];
    });
    expect(() => generateRoutes(no403)).toThrow(/declares no 403|declares permissions but no 403/);
  });
});

describe("gen-routes: x-gatehouse-owner-only", () => {
  const keys = "/user/api-keys";
  it("the committed contract marks the credential-minting operations, and the mark reaches the route definitions", () => {
    const marked = Object.values(contract.paths).flatMap((item) =>
      Object.values(item as Record<string, { operationId?: string; "x-gatehouse-owner-only"?: boolean }>)
        .filter((op) => op?.["x-gatehouse-owner-only"] === true)
        .map((op) => op.operationId),
    );
    expect(marked).toEqual(
      expect.arrayContaining([
        "ApiKeyOperations_createApiKey",
        "AccountOperations_changePassword",
        "AccountOperations_deleteMe",
        "UserOperations_switchTenant",
      ]),
    );
    expect(generateRoutes(contract)).toContain('"x-gatehouse-owner-only": true');
  });

  it("refuses a mark that is not `true`, on an operation without credentials, or without a 403", () => {
    const notTrue = mutate((d) => {
      d.paths[keys].post["x-gatehouse-owner-only"] = "yes";
    });
    expect(() => generateRoutes(notTrue)).toThrow(/x-gatehouse-owner-only must be true/);
    const open = mutate((d) => {
      d.paths[keys].post.security = [{}];
    });
    expect(() => generateRoutes(open)).toThrow(
      /x-gatehouse-owner-only must be true, on an operation with credentials/,
    );
    const no403 = mutate((d) => {
      delete d.paths[keys].post.responses["403"];
    });
    expect(() => generateRoutes(no403)).toThrow(/declares no 403/);
  });
});
