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
}

function examplesOf(content: Content, base: string[], where: string): Found[] {
  return Object.entries(content).map(([type, c]) => ({
    where: `${where} ${type}`,
    parts: [...base, "content", type, "schema"],
    examples: [
      ...(c.example !== undefined ? [c.example] : []),
      ...Object.values(c.examples ?? {}).map((e) => e.value),
    ],
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
    if (content && Number(status) < 300)
      out.push(...examplesOf(content, [...base, "responses", status], `${op.id} ${status}`));
  }
  return out;
});

describe("contract examples", () => {
  it("every request body and success response has an example", () => {
    const missing = found.filter((f) => f.examples.length === 0).map((f) => f.where);
    expect(missing).toEqual([]);
    expect(found.length).toBeGreaterThan(operations.length);
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
