// GET /openapi.json as the reference page reads it: a relative server, so "Try it out" calls whatever
// origin the page came from, and each operation's description names the credential it needs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGatehouseClient } from "../../sdk/src/index.js";
import { requirementLine } from "../../server/http/docs-security.js";
import { BASE_URL, startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";

type Op = { description?: string };
type Doc = { servers: unknown[]; paths: Record<string, Record<string, Op>> };

describe("the published contract", () => {
  let gh: TestGatehouse;
  let doc: Doc;

  beforeAll(async () => {
    gh = await startTestGatehouse();
    const client = createGatehouseClient({ baseUrl: BASE_URL, mode: "token", fetch: gh.fetch });
    const res = await client.GET("/openapi.json");
    expect(res.response.status).toBe(200);
    doc = res.data as unknown as Doc;
  });

  afterAll(() => gh?.close());

  it("names the relative server '/', not PUBLIC_URL", () => {
    expect(doc.servers).toEqual([{ url: "/", description: "The server this document was fetched from" }]);
  });

  it("says in every operation's description which credential it needs", () => {
    const line = (path: string, method: string) =>
      doc.paths[path]?.[method]?.description?.split("\n\n").at(-1);
    expect(line("/user/me", "get")).toMatch(
      /^\*\*Requires:\*\* .*the `backend_session` cookie \(BackendSessionAuth\)/,
    );
    expect(line("/user/signin", "post")).toBe("**Credentials:** none.");
    expect(line("/monetization/mondia/link_user", "post")).toBe(
      "**Requires:** `Authorization: Bearer` (APIv1Auth).",
    );
    expect(line("/user/email/verification/confirm", "post")).toMatch(/\(optional\)\.$/);
    // The contract's permissions and tenant scope, on the operations that declare them.
    expect(line("/tenants/{tenantId}/members/{userId}", "patch")).toMatch(
      /\*\*Permissions:\*\* members:manage in the active tenant \(`\{tenantId\}` must be it\)\.$/,
    );
    const unlabelled = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, op]) => !/\*\*(Requires|Credentials):\*\*/.test(op.description ?? ""))
        .map(([method]) => `${method} ${path}`),
    );
    expect(unlabelled).toEqual([]);
  });

  it("joins alternative schemes with 'or' and lists permissions once the contract declares them", () => {
    const schemes = {
      BackendSessionAuth: { type: "apiKey", in: "cookie", name: "backend_session" },
      BearerAuth: { type: "http", scheme: "Bearer" },
    };
    const op = {
      security: [{ BackendSessionAuth: [] }, { BearerAuth: [] }] as Array<Record<string, string[]>>,
      "x-gatehouse-permissions": ["members:read"],
    };
    expect(requirementLine(op, schemes)).toBe(
      "**Requires:** the `backend_session` cookie (BackendSessionAuth) or `Authorization: Bearer` (BearerAuth). **Permissions:** members:read.",
    );
  });
});
