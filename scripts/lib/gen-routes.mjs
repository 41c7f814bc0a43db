// Turns the contract's OpenAPI document into zod 4 + @hono/zod-openapi route definitions.
// Small on purpose: it covers the JSON Schema subset TypeSpec emits for Gatehouse and throws on
// anything else, so a new construct fails the build instead of being silently dropped.

const HEADER =
  "// generated — do not edit: scripts/lib/gen-routes.mjs from generated/openapi.json (npm run build)\n";

const refName = (ref) => {
  const m = /^#\/components\/(schemas|parameters)\/(.+)$/.exec(ref);
  if (!m) throw new Error(`unsupported $ref ${ref}`);
  return { kind: m[1], name: m[2] };
};
export const identFor = (name) => name.replace(/[^A-Za-z0-9_]/g, "_");
const lit = (v) => JSON.stringify(v);

const HANDLED = new Set([
  "type",
  "properties",
  "required",
  "items",
  "enum",
  "format",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "minItems",
  "maxItems",
  "description",
  "anyOf",
  "allOf",
  "$ref",
  "example",
  "examples",
  "pattern",
  "default",
  "const",
  "deprecated",
  "unevaluatedProperties",
  "additionalProperties",
]);

/** Zod source for one JSON schema. `strict` rejects unknown object keys (request bodies). */
export function zodFor(schema, ctx) {
  for (const key of Object.keys(schema)) {
    if (!HANDLED.has(key)) throw new Error(`gen-routes: unsupported schema keyword "${key}"`);
  }
  let out;
  const meta = schema.description ? `.openapi(${lit({ description: schema.description })})` : "";
  if (schema.$ref || schema.allOf) {
    // zod cannot narrow a named schema without renaming it (zod-to-openapi would rewrite the shared
    // component with the narrowed copy), so constraints beside a reference are refused, not dropped.
    const extra = Object.keys(schema).filter((k) => !["$ref", "allOf", "description"].includes(k));
    if (extra.length) throw new Error(`gen-routes: ${extra.join(", ")} beside a reference is unsupported`);
  }
  if (schema.$ref) {
    out = identFor(refName(schema.$ref).name);
    ctx.deps?.add(refName(schema.$ref).name);
    return out + meta;
  }
  if (schema.allOf) {
    if (schema.allOf.length !== 1) throw new Error("gen-routes: allOf with more than one member");
    return zodFor(schema.allOf[0], ctx) + meta;
  }
  if (schema.anyOf) {
    const nonNull = schema.anyOf.filter((s) => s.type !== "null");
    const nullable = nonNull.length !== schema.anyOf.length;
    // TypeSpec puts string constraints of `string | null` on the anyOf itself.
    const lifted = {};
    for (const k of ["minLength", "maxLength", "format", "pattern"]) {
      if (schema[k] !== undefined) lifted[k] = schema[k];
    }
    const members = nonNull.map((s) => zodFor({ ...s, ...lifted }, ctx));
    // A named schema stays named: `.nullable()` on it would make the shared component itself nullable
    // in the served document, so a nullable reference is a union with null (anyOf [$ref, null]).
    if (nullable && nonNull.length === 1 && nonNull[0].$ref)
      return `z.union([${members[0]}, z.null()])${meta}`;
    out = members.length === 1 ? members[0] : `z.union([${members.join(", ")}])`;
    return out + (nullable ? ".nullable()" : "") + meta;
  }
  if (schema.const !== undefined) return `z.literal(${lit(schema.const)})${meta}`;
  if (schema.enum) {
    if (schema.enum.every((v) => typeof v === "string")) out = `z.enum(${lit(schema.enum)})`;
    else out = `z.union([${schema.enum.map((v) => `z.literal(${lit(v)})`).join(", ")}])`;
    return out + meta;
  }
  switch (schema.type) {
    case "string": {
      const formats = {
        email: "z.email()",
        uuid: "z.uuid()",
        uri: "z.url()",
        "date-time": "z.iso.datetime({ offset: true })",
      };
      out = formats[schema.format] ?? "z.string()";
      if (schema.minLength !== undefined) out += `.min(${schema.minLength})`;
      if (schema.maxLength !== undefined) out += `.max(${schema.maxLength})`;
      if (schema.pattern !== undefined) {
        out += `.regex(new RegExp(${lit(schema.pattern)}))`;
        // A regex check replaces zod's format in the served document; name the format again.
        if (formats[schema.format]) out += `.openapi(${lit({ format: schema.format })})`;
      }
      // A format zod does not check (e.g. uri-reference) is still named in the served document.
      if (schema.format !== undefined && !formats[schema.format])
        out += `.openapi(${lit({ format: schema.format })})`;
      break;
    }
    case "integer":
    case "number": {
      // z.int32() documents itself as `number`; spelled out it stays `integer` with int32 bounds.
      // Path and query parameters arrive as text: coerced, then held to the same bounds.
      const num = ctx.param ? "z.coerce.number()" : "z.number()";
      out =
        schema.type === "integer"
          ? schema.format === "int32"
            ? `${num}.int().min(-2147483648).max(2147483647)`
            : `${num}.int()${schema.format ? `.openapi(${lit({ format: schema.format })})` : ""}`
          : num;
      if (schema.minimum !== undefined) out += `.min(${schema.minimum})`;
      if (schema.maximum !== undefined) out += `.max(${schema.maximum})`;
      break;
    }
    case "boolean":
      out = "z.boolean()";
      break;
    case "array": {
      out = `z.array(${zodFor(schema.items, ctx)})`;
      if (schema.minItems !== undefined) out += `.min(${schema.minItems})`;
      if (schema.maxItems !== undefined) out += `.max(${schema.maxItems})`;
      break;
    }
    case "object": {
      // `Record<unknown>`: a free-form object.
      if (!schema.properties && (schema.unevaluatedProperties || schema.additionalProperties)) {
        out = "z.record(z.string(), z.unknown())";
        break;
      }
      const required = new Set(schema.required ?? []);
      const props = Object.entries(schema.properties ?? {}).map(
        ([k, v]) => `${lit(k)}: ${zodFor(v, ctx)}${required.has(k) ? "" : ".optional()"}`,
      );
      out = `z.${ctx.strict ? "strictObject" : "object"}({ ${props.join(", ")} })`;
      break;
    }
    default:
      throw new Error(`gen-routes: unsupported schema type ${JSON.stringify(schema.type)}`);
  }
  return out + meta;
}

/** Component schemas in dependency order, so each const is declared before use. */
function componentSchemas(doc, strictNames) {
  const entries = Object.entries(doc.components?.schemas ?? {});
  const built = new Map();
  for (const [name, schema] of entries) {
    const deps = new Set();
    const code = zodFor(schema, { deps, strict: strictNames.has(name) });
    built.set(name, { code, deps });
  }
  const order = [];
  const seen = new Set();
  const visit = (name, stack = []) => {
    if (seen.has(name)) return;
    if (stack.includes(name)) throw new Error(`gen-routes: recursive schema ${name}`);
    for (const d of built.get(name).deps) visit(d, [...stack, name]);
    seen.add(name);
    order.push(name);
  };
  for (const [name] of entries) visit(name);
  return order.map(
    (name) => `export const ${identFor(name)} = ${built.get(name).code}.openapi(${lit(name)});`,
  );
}

function resolveParam(doc, p) {
  if (!p.$ref) return p;
  const { name } = refName(p.$ref);
  const found = doc.components?.parameters?.[name];
  if (!found) throw new Error(`gen-routes: unknown parameter ${p.$ref}`);
  return found;
}

function paramsBlock(params, ctx) {
  const props = params.map((p) => {
    const meta = { param: { name: p.name, in: p.in } };
    if (p.description) meta.description = p.description;
    return `${lit(p.name)}: ${zodFor(p.schema, { ...ctx, param: p.in === "path" || p.in === "query" })}${p.required ? "" : ".optional()"}.openapi(${lit(meta)})`;
  });
  return `z.object({ ${props.join(", ")} })`;
}

function responsesBlock(responses, ctx) {
  const out = Object.entries(responses).map(([status, r]) => {
    const parts = [`description: ${lit(r.description ?? "")}`];
    if (r.headers) {
      const hs = Object.entries(r.headers).map(
        ([h, def]) =>
          `${lit(h)}: ${zodFor(def.schema, ctx)}${def.required ? "" : ".optional()"}${
            def.description ? `.openapi(${lit({ description: def.description })})` : ""
          }`,
      );
      parts.push(`headers: z.object({ ${hs.join(", ")} })`);
    }
    if (r.content) {
      const cs = Object.entries(r.content).map(
        ([type, c]) => `${lit(type)}: { schema: ${zodFor(c.schema, ctx)} }`,
      );
      parts.push(`content: { ${cs.join(", ")} }`);
    }
    return `${status}: { ${parts.join(", ")} }`;
  });
  return `{ ${out.join(", ")} }`;
}

const METHODS = ["get", "put", "post", "delete", "patch", "options", "head"];

// Operations a session whose email is not verified may call (REQUIRE_EMAIL_VERIFICATION); the server's
// security middleware answers every other authenticated operation 403 AUTH_EMAIL_NOT_VERIFIED.
export const ALLOW_UNVERIFIED = "x-gatehouse-allow-unverified";

/** The contract must say what the server enforces: the mark only where auth applies, the 403 everywhere else. */
function checkEmailVerificationMark(op) {
  const secured = (op.security ?? []).some((req) => Object.keys(req).length > 0);
  const mark = op[ALLOW_UNVERIFIED];
  if (mark !== undefined && (mark !== true || !secured)) {
    throw new Error(
      `gen-routes: ${op.operationId}: ${ALLOW_UNVERIFIED} must be true, on an authenticated operation`,
    );
  }
  if (secured && mark === undefined && !op.responses?.["403"]) {
    throw new Error(
      `gen-routes: ${op.operationId} is authenticated but declares no 403 (AUTH_EMAIL_NOT_VERIFIED); declare it or mark the operation ${ALLOW_UNVERIFIED}`,
    );
  }
}

// Authorization declared in the contract and enforced by server/contract/mount.ts right after `security`:
// the permissions an operation needs in the active tenant, and the path parameter that must name that tenant.
export const PERMISSIONS = "x-gatehouse-permissions";
export const TENANT_PARAM = "x-gatehouse-tenant-param";
const PERMISSION_NAME = /^[a-z][a-z0-9&_-]*:[a-z][a-z0-9_-]*$/;

/** The marks must be well-formed and enforceable: on an authenticated operation, naming a real path parameter. */
function checkAuthorizationMarks(op, params) {
  const secured = (op.security ?? []).some((req) => Object.keys(req).length > 0);
  const anonymous = (op.security ?? []).some((req) => Object.keys(req).length === 0);
  const perms = op[PERMISSIONS];
  const tenantParam = op[TENANT_PARAM];
  if (perms === undefined && tenantParam === undefined) return;
  if (!secured || anonymous) {
    throw new Error(
      `gen-routes: ${op.operationId}: ${PERMISSIONS}/${TENANT_PARAM} need an operation that requires credentials`,
    );
  }
  if (perms !== undefined) {
    if (
      !Array.isArray(perms) ||
      perms.length === 0 ||
      !perms.every((p) => typeof p === "string" && PERMISSION_NAME.test(p))
    )
      throw new Error(
        `gen-routes: ${op.operationId}: ${PERMISSIONS} must be a non-empty list of resource:action names`,
      );
  }
  if (tenantParam !== undefined) {
    if (
      typeof tenantParam !== "string" ||
      !params.some((p) => p.in === "path" && p.name === tenantParam && p.required)
    )
      throw new Error(
        `gen-routes: ${op.operationId}: ${TENANT_PARAM} must name one of its required path parameters`,
      );
  }
  if (!op.responses?.["403"])
    throw new Error(`gen-routes: ${op.operationId} declares permissions but no 403`);
}

// Operations an impersonated (support) session may not call: they would let the operator mint a credential that
// outlives the support session, or change what only the account's owner may change (password, deletion,
// memberships). Enforced by server/contract/mount.ts with 403 AUTH_IMPERSONATION_FORBIDDEN.
export const OWNER_ONLY = "x-gatehouse-owner-only";

function checkOwnerOnlyMark(op) {
  const mark = op[OWNER_ONLY];
  if (mark === undefined) return;
  // An anonymous alternative is fine (accepting an invitation signed out): the mark binds sessions only.
  const secured = (op.security ?? []).some((req) => Object.keys(req).length > 0);
  if (mark !== true || !secured)
    throw new Error(
      `gen-routes: ${op.operationId}: ${OWNER_ONLY} must be true, on an operation with credentials`,
    );
  if (!op.responses?.["403"])
    throw new Error(`gen-routes: ${op.operationId} is ${OWNER_ONLY} but declares no 403`);
}

export function generateRoutes(doc) {
  // Request bodies reject unknown fields, so PATCH /user/me cannot be used to smuggle `email`.
  const strictNames = new Set();
  for (const item of Object.values(doc.paths)) {
    for (const m of METHODS) {
      const ref = item[m]?.requestBody?.content?.["application/json"]?.schema?.$ref;
      if (ref) strictNames.add(refName(ref).name);
    }
  }
  const lines = [HEADER, `import { createRoute, z } from "@hono/zod-openapi";`, ""];
  lines.push(...componentSchemas(doc, strictNames), "");
  lines.push(`export const securitySchemes = ${lit(doc.components?.securitySchemes ?? {})} as const;`, "");
  const ops = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      checkEmailVerificationMark(op);
      const ctx = { strict: true };
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolveParam(doc, p));
      checkAuthorizationMarks(op, params);
      checkOwnerOnlyMark(op);
      const fields = [`method: ${lit(method)}`, `path: ${lit(path)}`, `operationId: ${lit(op.operationId)}`];
      for (const k of ["summary", "description", "tags", "deprecated"]) {
        if (op[k] !== undefined) fields.push(`${k}: ${lit(op[k])}`);
      }
      for (const k of Object.keys(op).filter((key) => key.startsWith("x-")))
        fields.push(`${lit(k)}: ${lit(op[k])}`);
      // Alternatives (`A | B`, or an anonymous `{}`) are typed so that TypeScript does not widen the array's
      // element type into one createRoute's RouteConfig refuses (which would erase the handler's input types).
      const alternatives = (op.security ?? []).length > 1;
      const requirements = (op.security ?? []).map((req) =>
        !Object.keys(req).length
          ? "{} as Record<string, never>"
          : alternatives
            ? `${lit(req)} as Record<string, string[]>`
            : lit(req),
      );
      fields.push(`security: [${requirements.join(", ")}]`);
      const req = [];
      for (const [where, key] of [
        ["path", "params"],
        ["query", "query"],
        ["header", "headers"],
        ["cookie", "cookies"],
      ]) {
        const ps = params.filter((p) => p.in === where);
        if (ps.length) req.push(`${key}: ${paramsBlock(ps, ctx)}`);
      }
      if (op.requestBody) {
        const cs = Object.entries(op.requestBody.content).map(
          ([type, c]) => `${lit(type)}: { schema: ${zodFor(c.schema, ctx)} }`,
        );
        req.push(`body: { required: ${op.requestBody.required === true}, content: { ${cs.join(", ")} } }`);
      }
      if (req.length) fields.push(`request: { ${req.join(", ")} }`);
      fields.push(`responses: ${responsesBlock(op.responses, ctx)}`);
      ops.push(`  ${op.operationId}: createRoute({ ${fields.join(", ")} }),`);
    }
  }
  lines.push("export const routes = {", ...ops, "} as const;", "");
  lines.push("export type OperationId = keyof typeof routes;", "");
  return lines.join("\n");
}
