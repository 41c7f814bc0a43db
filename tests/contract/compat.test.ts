// The compatibility gate: the contract must not break clients of the last released version, and the
// checker must see each kind of break (or it proves nothing).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareContracts } from "../../scripts/lib/compat.mjs";

// Tests mutate arbitrary corners of the OpenAPI JSON; typing each corner would hide the intent.
// biome-ignore lint/suspicious/noExplicitAny: free-form OpenAPI JSON
type Loose = any;
type Doc = {
  info: { version: string };
  paths: Record<string, Record<string, Loose>>;
  components: { schemas: Record<string, Loose> };
};
const current = JSON.parse(
  readFileSync(new URL("../../generated/openapi.json", import.meta.url), "utf8"),
) as Doc;
const mutate = (change: (d: Doc) => void) => {
  const d = structuredClone(current);
  change(d);
  return compareContracts(current, d);
};
const schema = (name: string) => (d: Doc) => d.components.schemas[name];

describe("contract compatibility", () => {
  it("the contract is compatible with the last released one", () => {
    const released = readdirSync(new URL("../../contracts/released/", import.meta.url));
    expect(released.length).toBeGreaterThan(0);
    const run = spawnSync(process.execPath, ["scripts/check-compat.mjs"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("an unchanged contract has no breaking change and no note", () => {
    expect(compareContracts(current, structuredClone(current))).toEqual({ breaking: [], notes: [] });
  });

  it.each<[string, (d: Doc) => void, RegExp]>([
    ["removed operation", (d) => delete d.paths["/user/me"]?.patch, /PATCH \/user\/me: operation removed/],
    [
      "removed success status",
      (d) => {
        const r = d.paths["/user/signup"]?.post.responses;
        r["200"] = r["201"];
        delete r["201"];
      },
      /POST \/user\/signup: response 201 removed/,
    ],
    [
      "new required request field",
      (d) => {
        const s = schema("Users.SignUpRequest")(d);
        s.properties.captcha = { type: "string" };
        s.required.push("captcha");
      },
      /request body\.captcha: new required field/,
    ],
    [
      "request field removed (bodies are strict)",
      (d) => delete schema("Users.SignUpRequest")(d).properties.name,
      /request body\.name: field removed/,
    ],
    [
      "tightened request bound",
      (d) => {
        schema("Shared.Common.Requests.NewPassword")(d).maxLength = 64;
      },
      /signup request body\.password: maxLength tightened from 128 to 64/,
    ],
    [
      "tightened request pattern on a named scalar",
      (d) => {
        schema("Shared.Common.Requests.DisplayName")(d).pattern = "^[a-z]*$";
      },
      /PATCH \/user\/me request body\.name: pattern changed/,
    ],
    [
      "response field removed",
      (d) => delete schema("Users.User")(d).properties.email,
      /response 200\.email: field removed/,
    ],
    [
      "response field made optional",
      (d) => {
        const s = schema("Users.User")(d);
        s.required = s.required.filter((r: string) => r !== "email");
      },
      /\.email: no longer always present/,
    ],
    [
      "changed type",
      (d) => {
        schema("Users.User")(d).properties.emailVerified = { type: "string" };
      },
      /emailVerified: type changed from "boolean" to "string"/,
    ],
    [
      "new value in a response enum",
      (d) => {
        schema("Ops.HealthStatus")(d).properties.status = { type: "string", enum: ["ok", "degraded"] };
      },
      /may now return "degraded"/,
    ],
    [
      "security changed",
      (d) => {
        (d.paths["/user/me"] as Loose).get.security = [{ SuperTokensAuth: [] }];
      },
      /GET \/user\/me: security changed from ApiKeyAuth \| BackendBearerAuth \| BackendSessionAuth to SuperTokensAuth/,
    ],
    [
      "new required query parameter",
      (d) => {
        (d.paths["/health"] as Loose).get.parameters = [
          { name: "probe", in: "query", required: true, schema: { type: "string" } },
        ];
      },
      /GET \/health: new required query parameter probe/,
    ],
  ])("sees a %s", (_name, change, expected) => {
    const { breaking } = mutate(change);
    expect(breaking.join("\n")).toMatch(expected);
  });

  it("security that still accepts every earlier alternative is a note; dropping one breaks", () => {
    const optional = mutate((d) => {
      (d.paths["/health"] as Loose).get.security = [{ BackendSessionAuth: [] }, {}];
    });
    expect(optional.breaking).toEqual([]);
    expect(optional.notes).toContain(
      "GET /health: security changed from public to BackendSessionAuth | anonymous",
    );
    const required = mutate((d) => {
      (d.paths["/health"] as Loose).get.security = [{ BackendSessionAuth: [] }];
    });
    expect(required.breaking).toEqual(["GET /health: security changed from public to BackendSessionAuth"]);
  });

  it("accepting the bearer form next to the cookie (issue 10) is a note; taking it away again breaks", () => {
    const cookieOnly = structuredClone(current);
    (cookieOnly.paths["/user/me"] as Loose).get.security = [{ BackendSessionAuth: [] }];
    const added = compareContracts(cookieOnly, current);
    expect(added.breaking).toEqual([]);
    expect(added.notes).toContain(
      "GET /user/me: security changed from BackendSessionAuth to ApiKeyAuth | BackendBearerAuth | BackendSessionAuth",
    );
    expect(compareContracts(current, cookieOnly).breaking).toEqual([
      "GET /user/me: security changed from ApiKeyAuth | BackendBearerAuth | BackendSessionAuth to BackendSessionAuth",
    ]);
  });

  it("additive changes are notes, not breaks", () => {
    const { breaking, notes } = mutate((d) => {
      schema("Users.User")(d).properties.nickname = { type: "string" };
      schema("Users.SignUpRequest")(d).properties.referrer = { type: "string" };
      schema("Shared.Common.Requests.NewPassword")(d).maxLength = 256;
      d.paths["/user/new-thing"] = { get: { operationId: "x", responses: { "200": { description: "ok" } } } };
    });
    expect(breaking).toEqual([]);
    expect(notes).toContain("GET /user/new-thing: operation added");
  });
});
