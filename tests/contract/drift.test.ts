// The server's own OpenAPI document (from the mounted routes) must describe exactly the TypeSpec contract.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestGatehouse, type TestGatehouse } from "../helpers/gatehouse.js";
import { normalizeDocument } from "../helpers/openapi-normalize.js";

const contract = JSON.parse(readFileSync(new URL("../../generated/openapi.json", import.meta.url), "utf8"));

let gh: TestGatehouse;
beforeAll(async () => {
  gh = await startTestGatehouse();
});
afterAll(() => gh.close());

describe("contract drift", () => {
  it("the app's OpenAPI document matches generated/openapi.json", () => {
    const served = gh.app.getOpenAPI31Document({
      openapi: "3.1.0",
      info: { title: "Gatehouse", version: "0" },
    });
    const expected = normalizeDocument(contract);
    const actual = normalizeDocument(served as unknown as Record<string, unknown>);
    // toEqual prints a path-by-path diff on failure.
    expect(actual.operations).toEqual(expected.operations);
    expect(actual.securitySchemes).toEqual(expected.securitySchemes);
    expect(Object.keys(actual.operations).length).toBeGreaterThan(0);
  });

  it("the normalizer sees a changed status code, parameter, schema or security", () => {
    const expected = normalizeDocument(contract);
    const mutated = structuredClone(contract);
    const signUp = mutated.paths["/user/signup"].post;
    signUp.responses["202"] = signUp.responses["201"];
    delete signUp.responses["201"];
    expect(normalizeDocument(mutated).operations).not.toEqual(expected.operations);

    const m2 = structuredClone(contract);
    m2.components.schemas["Users.SignInRequest"].properties.password.maxLength = 4096;
    expect(normalizeDocument(m2).operations).not.toEqual(expected.operations);

    // A pattern counts, also on a named scalar and beside a format.
    const m5 = structuredClone(contract);
    m5.components.schemas["Shared.Common.Requests.DisplayName"].pattern = "^.*$";
    expect(normalizeDocument(m5).operations).not.toEqual(expected.operations);
    const m6 = structuredClone(contract);
    m6.components.schemas["Shared.Common.Requests.HttpsUrl"].pattern = "^.*$";
    expect(normalizeDocument(m6).operations).not.toEqual(expected.operations);

    const m3 = structuredClone(contract);
    m3.paths["/user/me"].get.security = [];
    expect(normalizeDocument(m3).operations).not.toEqual(expected.operations);

    const m4 = structuredClone(contract);
    m4.paths["/user/session/refresh"].post.parameters.pop();
    expect(normalizeDocument(m4).operations).not.toEqual(expected.operations);
  });
});
