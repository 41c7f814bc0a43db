// Every operation's examples exist and match their own schemas: Prism serves them as the mock's
// answers and the docs page shows them, so a wrong example would mislead every client developer.
import { describe, expect, it } from "vitest";
import { contract, errorsText, operations, schemaAt } from "../helpers/contract.js";

type Json = Record<string, unknown>;
type Content = Record<
  string,
  { schema?: Json; example?: unknown; examples?: Record<string, { value: unknown }> }
>;

interface Found {
  where: string;
  parts: string[];
  examples: unknown[];
  /** Example names (`examples` keys), empty for a single `example`. */
  names: string[];
  /** A deprecated SuperTokens FDI body (its own shapes, not the common error envelope). */
  fdi: boolean;
}

function examplesOf(content: Content, base: string[], where: string): Found[] {
  return Object.entries(content).map(([type, c]) => ({
    where: `${where} ${type}`,
    parts: [...base, "content", type, "schema"],
    examples: [
      ...(c.example !== undefined ? [c.example] : []),
      ...Object.values(c.examples ?? {}).map((e) => e.value),
    ],
    names: Object.keys(c.examples ?? {}),
    fdi: JSON.stringify(c.schema ?? {}).includes("Identity.SuperTokens."),
  }));
}

const found: Found[] = operations.flatMap((op) => {
  const raw = contract.paths[op.path]?.[op.method.toLowerCase()] as Json;
  const base = ["paths", op.path, op.method.toLowerCase()];
  const out: Found[] = [];
  const body = raw.requestBody as { content: Content } | undefined;
  if (body) out.push(...examplesOf(body.content, [...base, "requestBody"], `${op.id} request`));
  for (const [status, res] of Object.entries(op.responses)) {
    const content = res.content as Content | undefined;
    if (content) out.push(...examplesOf(content, [...base, "responses", status], `${op.id} ${status}`));
  }
  return out;
});

describe("contract examples", () => {
  it("every request body and success response has an example", () => {
    const missing = found
      .filter((f) => !/ [45]\d\d /.test(f.where) && f.examples.length === 0)
      .map((f) => f.where);
    expect(missing).toEqual([]);
    expect(found.length).toBeGreaterThan(operations.length);
  });

  // The mock answers errors with these; without them Prism invents `"message":"string"`.
  it("every error response in the common envelope has a named example carrying its own status's code", () => {
    const wrong: string[] = [];
    for (const f of found.filter((f) => / [45]\d\d /.test(f.where) && !f.fdi)) {
      if (f.examples.length === 0) wrong.push(`${f.where}: no example`);
      f.examples.forEach((e, i) => {
        const code = (e as { error?: { code?: string } }).error?.code;
        if (f.names[i] !== code) wrong.push(`${f.where}: example "${f.names[i]}" says ${code}`);
      });
    }
    expect(wrong).toEqual([]);
  });

  // The deprecated SuperTokens routes answer in their own `{ message }` shapes; a 403 that is either of two
  // bodies (PATCH /me: cross-site refused or invalid claim) needs one named example for each.
  it("every error response in a SuperTokens shape has a named example", () => {
    const missing = found
      .filter((f) => / [45]\d\d /.test(f.where) && f.fdi && f.names.length === 0)
      .map((f) => f.where);
    expect(missing).toEqual([]);
    const me403 = found.find((f) => f.where === "IdentityOperations_updateIdentity 403 application/json");
    expect(me403?.names).toEqual(["cross-site refused", "invalid claim"]);
  });

  it("the mock's default 401 for a secured operation is AUTH_UNAUTHENTICATED, and sign-in's is AUTH_INVALID_CREDENTIALS", () => {
    const first = (path: string, method: string, status: string) =>
      Object.keys(
        ((contract.paths[path]?.[method] as Json).responses as Record<string, { content: Content }>)[status]
          ?.content["application/json"]?.examples ?? {},
      )[0];
    expect(first("/user/me", "get", "401")).toBe("AUTH_UNAUTHENTICATED");
    expect(first("/user/sessions", "get", "401")).toBe("AUTH_UNAUTHENTICATED");
    expect(first("/user/signin", "post", "401")).toBe("AUTH_INVALID_CREDENTIALS");
    expect(first("/user/signup", "post", "400")).toBe("VALIDATION_FAILED");
  });

  it("every operation where the SDK's token mode asks for tokens has a token example (Prefer: example=token)", () => {
    const missing: string[] = [];
    for (const path of [
      "/user/signup",
      "/user/signin",
      "/user/session/refresh",
      "/user/sso/{provider}",
      "/user/password/change",
      "/user/legacy/exchange",
    ]) {
      const responses = (contract.paths[path]?.post as Json).responses as Record<
        string,
        { content?: Content }
      >;
      const withToken = Object.entries(responses).filter(
        ([status, r]) =>
          Number(status) < 300 &&
          (r.content?.["application/json"]?.examples?.token?.value as { tokens?: unknown })?.tokens,
      );
      if (withToken.length === 0) missing.push(path);
    }
    expect(missing).toEqual([]);
  });

  it("every example matches the schema it illustrates", () => {
    const wrong: string[] = [];
    for (const f of found) {
      const validate = schemaAt(...f.parts);
      for (const example of f.examples) {
        if (!validate(example)) wrong.push(`${f.where}: ${errorsText(validate.errors)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("the check fails on an example that contradicts its schema", () => {
    const validate = schemaAt(
      "paths",
      "/user/signin",
      "post",
      "requestBody",
      "content",
      "application/json",
      "schema",
    );
    expect(validate({ email: "ada@example.com", password: "correct horse battery staple" })).toBe(true);
    expect(validate({ email: "not an email", password: "x" })).toBe(false);
  });
});
