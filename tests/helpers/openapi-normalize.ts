// Reduces an OpenAPI document to what clients depend on, so two documents can be compared for drift.
type Json = Record<string, unknown>;

const METHODS = ["get", "put", "post", "delete", "patch", "options", "head"];
const INT32 = { min: -2147483648, max: 2147483647 };

export interface NormalizedDocument {
  operations: Record<string, unknown>;
  securitySchemes: Record<string, unknown>;
}

export function normalizeDocument(doc: Json): NormalizedDocument {
  const operations: Record<string, unknown> = {};
  const paths = (doc.paths ?? {}) as Record<string, Json>;
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const params = [...((item.parameters as Json[]) ?? []), ...((op.parameters as Json[]) ?? [])].map((p) =>
        deref(doc, p),
      );
      const body = op.requestBody ? deref(doc, op.requestBody as Json) : undefined;
      operations[`${method.toUpperCase()} ${path}`] = {
        operationId: op.operationId,
        deprecated: op.deprecated === true,
        security: ((op.security as Json[]) ?? []).map((req) => Object.keys(req).sort()),
        parameters: Object.fromEntries(
          params
            .map((p) => [
              `${p.in}:${String(p.name).toLowerCase()}`,
              { required: p.required === true, schema: schema(doc, p.schema as Json) },
            ])
            .sort(([a], [b]) => String(a).localeCompare(String(b))),
        ),
        requestBody: body
          ? {
              required: body.required === true,
              content: mapValues(body.content as Json, (c) => schema(doc, (c as Json).schema as Json)),
            }
          : null,
        responses: mapValues(op.responses as Json, (r) => {
          const res = deref(doc, r as Json);
          return {
            headers: mapValues((res.headers as Json) ?? {}, (h) => ({
              required: (h as Json).required === true,
              schema: schema(doc, (h as Json).schema as Json),
            })),
            content: mapValues((res.content as Json) ?? {}, (c) => schema(doc, (c as Json).schema as Json)),
          };
        }),
      };
    }
  }
  const components = (doc.components ?? {}) as Json;
  const securitySchemes = mapValues((components.securitySchemes as Json) ?? {}, (s) => {
    const { description: _d, ...rest } = s as Json;
    return rest;
  });
  return { operations, securitySchemes };
}

function mapValues(obj: Json, fn: (v: unknown) => unknown): Json {
  return Object.fromEntries(
    Object.keys(obj)
      .sort()
      .map((k) => [k, fn(obj[k])]),
  );
}

const DOC_ONLY = new Set(["description", "title", "example", "examples", "deprecated"]);

function deref(doc: Json, node: Json): Json {
  let n = node;
  for (let i = 0; i < 10 && typeof n.$ref === "string"; i++) {
    const parts = (n.$ref as string).replace(/^#\//, "").split("/");
    n = parts.reduce<Json>((acc, key) => acc[key] as Json, doc);
  }
  return n;
}

/** A schema with refs inlined, nullability made explicit and documentation-only keywords dropped. */
export function schema(doc: Json, input: Json | undefined, depth = 0): Json | undefined {
  if (!input) return undefined;
  if (depth > 20) throw new Error("schema nesting too deep (recursive schema?)");
  let s = deref(doc, input);
  // A named schema used with its own description: zod-openapi writes allOf [$ref, { description }] where
  // TypeSpec writes the $ref alone; members that only document are dropped before merging.
  if (Array.isArray(s.allOf)) {
    const { allOf, ...rest } = s;
    const members = (allOf as Json[]).filter((m) => !Object.keys(m).every((k) => DOC_ONLY.has(k)));
    if (members.length === 1) s = { ...deref(doc, members[0] as Json), ...rest };
  }
  let nullable = false;
  if (Array.isArray(s.anyOf)) {
    const { anyOf, ...rest } = s;
    const members = (anyOf as Json[]).map((m) => deref(doc, m));
    const nonNull = members.filter((m) => m.type !== "null");
    nullable = nonNull.length !== members.length;
    if (nonNull.length === 1) s = { ...rest, ...nonNull[0] };
    else s = { ...rest, anyOf: nonNull.map((m) => schema(doc, m, depth + 1)) };
  }
  if (Array.isArray(s.type)) {
    nullable ||= s.type.includes("null");
    const types = s.type.filter((t) => t !== "null");
    s = { ...s, type: types.length === 1 ? types[0] : types };
  }
  if (s.nullable === true) nullable = true;
  const out: Json = {};
  if (s.type !== undefined) out.type = s.type;
  // `password` only marks a secret for documentation; it does not constrain values.
  if (s.format !== undefined && s.format !== "password" && !(s.type === "integer" && s.format === "int32")) {
    out.format = s.format;
  }
  if (s.const !== undefined) out.enum = [s.const];
  if (Array.isArray(s.enum)) out.enum = [...s.enum].sort();
  for (const k of ["minLength", "maxLength", "minItems", "maxItems"]) if (s[k] !== undefined) out[k] = s[k];
  if (s.minimum !== undefined && !(s.type === "integer" && s.minimum === INT32.min)) out.minimum = s.minimum;
  if (s.maximum !== undefined && !(s.type === "integer" && s.maximum === INT32.max)) out.maximum = s.maximum;
  // zod-to-openapi serves only hand-written patterns (none derived from a format), so every pattern counts.
  if (s.pattern !== undefined) out.pattern = s.pattern;
  if (s.items) out.items = schema(doc, s.items as Json, depth + 1);
  if (s.anyOf) out.anyOf = s.anyOf;
  if (s.properties && Object.keys(s.properties).length > 0) {
    out.properties = mapValues(s.properties as Json, (p) => schema(doc, p as Json, depth + 1));
    out.required = [...((s.required as string[]) ?? [])].sort();
  }
  if (nullable) out.nullable = true;
  return out;
}
