// The response validator itself must be able to fail, or the conformance suite proves nothing.
import { describe, expect, it } from "vitest";
import { assertConforms } from "../helpers/contract.js";

const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

describe("contract validator", () => {
  it("accepts a declared status with a matching body", async () => {
    await expect(
      assertConforms("GET", "http://x/health", jsonResponse(200, { status: "ok" })),
    ).resolves.toEqual({
      operationId: "OpsOperations_getHealth",
      status: 200,
    });
  });

  it("rejects an undeclared status, a wrong body, a missing required header and an unknown route", async () => {
    await expect(assertConforms("GET", "http://x/health", jsonResponse(418, {}))).rejects.toThrow(
      /not declared/,
    );
    await expect(
      assertConforms("GET", "http://x/health", jsonResponse(200, { status: "up" })),
    ).rejects.toThrow(/does not match/);
    await expect(
      assertConforms(
        "GET",
        "http://x/user/me",
        jsonResponse(401, { error: { code: "NOPE", message: "", requestId: "" } }),
      ),
    ).rejects.toThrow(/does not match/);
    await expect(
      assertConforms("POST", "http://x/user/signout", new Response(null, { status: 204 })),
    ).rejects.toThrow(/missing header Cache-Control/);
    await expect(assertConforms("GET", "http://x/nowhere", jsonResponse(200, {}))).rejects.toThrow(
      /no contract operation/,
    );
  });
});
