// Compatibility of a new contract with a released one: what would break a client built against the
// released document. Request schemas may only widen (accept more), response schemas may only narrow
// (promise more). Gatehouse's request bodies reject unknown fields, so removing a request field breaks too.

const METHODS = ["get", "put", "post", "delete", "patch", "options", "head"];

/** `{ breaking, notes }`: lines naming the operation and the place in it. */
export function compareContracts(base, next) {
  const breaking = [];
  const notes = [];
  const ctx = { base, next, breaking, notes, seen: new Set() };
  const baseOps = operations(base);
  const nextOps = operations(next);
  for (const [key, b] of baseOps) {
    const n = nextOps.get(key);
    if (!n) {
      breaking.push(
        `${key}: operation removed${b.op.deprecated ? " (deprecated: remove it in a major version)" : ""}`,
      );
      continue;
    }
    compareOperation(ctx, key, b, n);
  }
  for (const key of nextOps.keys()) if (!baseOps.has(key)) notes.push(`${key}: operation added`);
  return { breaking, notes };
}

function operations(doc) {
  const out = new Map();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      // Path parameter names are not part of the wire contract.
      const key = `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, "{}")}`;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(doc, p));
      out.set(key, { op, params });
    }
  }
  return out;
}

function deref(doc, node) {
  let cur = node;
  for (let i = 0; cur?.$ref && i < 20; i++) {
    const parts = cur.$ref
      .replace(/^#\//, "")
      .split("/")
      .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
    cur = parts.reduce((o, k) => o?.[k], doc);
  }
  return cur;
}

// The ways a request may authenticate; no `security` at all means anonymous only.
const alternatives = (op) =>
  (op.security?.length ? op.security : [{}]).map((req) => Object.keys(req).sort().join("+") || "anonymous");
const schemeSet = (op) => (op.security?.length ? alternatives(op).sort().join(" | ") : "public");

function compareOperation(ctx, key, b, n) {
  const { breaking, notes } = ctx;
  if (schemeSet(b.op) !== schemeSet(n.op)) {
    // A client keeps working while every way it could authenticate before is still accepted.
    const kept = new Set(alternatives(n.op));
    const widened = alternatives(b.op).every((a) => kept.has(a));
    (widened ? notes : breaking).push(
      `${key}: security changed from ${schemeSet(b.op)} to ${schemeSet(n.op)}`,
    );
  }
  if (!b.op.deprecated && n.op.deprecated) notes.push(`${key}: deprecated`);

  // Parameters.
  const id = (p) => `${p.in}:${p.in === "header" ? p.name.toLowerCase() : p.name}`;
  const baseParams = new Map(b.params.map((p) => [id(p), p]));
  for (const p of n.params) {
    const old = baseParams.get(id(p));
    if (!old) {
      if (p.required) breaking.push(`${key}: new required ${p.in} parameter ${p.name}`);
      continue;
    }
    if (p.required && !old.required) breaking.push(`${key}: ${p.in} parameter ${p.name} became required`);
    compareSchema(ctx, old.schema ?? {}, p.schema ?? {}, "request", `${key} ${p.in} parameter ${p.name}`);
  }

  // Request body.
  const bb = deref(ctx.base, b.op.requestBody);
  const nb = deref(ctx.next, n.op.requestBody);
  if (nb && !bb && nb.required) breaking.push(`${key}: request body became required`);
  if (bb && nb) {
    if (nb.required && !bb.required) breaking.push(`${key}: request body became required`);
    for (const [type, c] of Object.entries(bb.content ?? {})) {
      const nc = nb.content?.[type];
      if (!nc) breaking.push(`${key}: request content type ${type} no longer accepted`);
      else compareSchema(ctx, c.schema ?? {}, nc.schema ?? {}, "request", `${key} request body`);
    }
  } else if (bb && !nb) {
    notes.push(`${key}: request body removed`);
  }

  // Success responses: what clients rely on.
  for (const [status, r] of Object.entries(b.op.responses ?? {})) {
    const br = deref(ctx.base, r);
    const nr = deref(ctx.next, n.op.responses?.[status]);
    const success = /^2/.test(status);
    if (!nr) {
      (success ? breaking : notes).push(`${key}: response ${status} removed`);
      continue;
    }
    for (const [h, def] of Object.entries(br.headers ?? {})) {
      const nh = nr.headers?.[h];
      if (def.required && !nh?.required)
        breaking.push(`${key}: response ${status} header ${h} no longer always sent`);
    }
    for (const [type, c] of Object.entries(br.content ?? {})) {
      const nc = nr.content?.[type];
      if (!nc) breaking.push(`${key}: response ${status} no longer ${type}`);
      else compareSchema(ctx, c.schema ?? {}, nc.schema ?? {}, "response", `${key} response ${status}`);
    }
  }
  for (const status of Object.keys(n.op.responses ?? {})) {
    if (!b.op.responses?.[status]) notes.push(`${key}: response ${status} added`);
  }
}

/** The alternatives of a schema: anyOf/oneOf members, with `null` split out. */
function variants(doc, schema) {
  const s = deref(doc, schema) ?? {};
  const members = s.anyOf ?? s.oneOf;
  if (!members)
    return {
      list: [schema],
      nullable: s.type === "null" || (Array.isArray(s.type) && s.type.includes("null")),
    };
  const list = members.filter((m) => deref(doc, m)?.type !== "null");
  return { list, nullable: list.length !== members.length };
}

/** A name that identifies a variant across versions: its $ref, its `status`/`const`, or its type. */
function variantKey(doc, schema) {
  if (schema.$ref) return schema.$ref;
  const s = deref(doc, schema) ?? {};
  const status = s.properties?.status;
  const statusValue = status?.const ?? (status?.enum?.length === 1 ? status.enum[0] : undefined);
  if (statusValue !== undefined) return `status=${statusValue}`;
  if (s.const !== undefined) return `const=${JSON.stringify(s.const)}`;
  return `type=${s.type ?? (s.properties ? "object" : "any")}`;
}

function compareSchema(ctx, baseSchema, nextSchema, dir, where) {
  const pair = `${dir}|${JSON.stringify(baseSchema)}|${JSON.stringify(nextSchema)}|${where}`;
  if (ctx.seen.has(pair)) return;
  ctx.seen.add(pair);
  const { breaking, notes } = ctx;
  const widen = dir === "request"; // requests may widen, responses may narrow
  const bv = variants(ctx.base, baseSchema);
  const nv = variants(ctx.next, nextSchema);
  if (widen && bv.nullable && !nv.nullable) breaking.push(`${where}: null no longer accepted`);
  if (!widen && !bv.nullable && nv.nullable) breaking.push(`${where}: may now be null`);
  if (bv.list.length > 1 || nv.list.length > 1) {
    const nextByKey = new Map(nv.list.map((s) => [variantKey(ctx.next, s), s]));
    const baseByKey = new Map(bv.list.map((s) => [variantKey(ctx.base, s), s]));
    for (const [k, s] of baseByKey) {
      const match = nextByKey.get(k);
      if (!match) {
        if (widen) breaking.push(`${where}: alternative ${k} no longer accepted`);
        else notes.push(`${where}: alternative ${k} no longer returned`);
      } else compareSchema(ctx, s, match, dir, where);
    }
    for (const k of nextByKey.keys()) {
      if (!baseByKey.has(k)) {
        if (widen) notes.push(`${where}: alternative ${k} now accepted`);
        else breaking.push(`${where}: new alternative ${k} in a response`);
      }
    }
    return;
  }
  const b = deref(ctx.base, bv.list[0]) ?? {};
  const n = deref(ctx.next, nv.list[0]) ?? {};
  const typeOf = (s) => s.type ?? (s.properties ? "object" : s.items ? "array" : undefined);
  if (typeOf(b) && typeOf(n) && JSON.stringify(typeOf(b)) !== JSON.stringify(typeOf(n))) {
    breaking.push(`${where}: type changed from ${JSON.stringify(typeOf(b))} to ${JSON.stringify(typeOf(n))}`);
    return;
  }
  if (b.format !== n.format && (widen ? n.format !== undefined : b.format !== undefined))
    breaking.push(`${where}: format changed from ${b.format ?? "none"} to ${n.format ?? "none"}`);

  // Enumerations and constants.
  const values = (s) => (s.enum ? s.enum : s.const !== undefined ? [s.const] : undefined);
  const bVals = values(b);
  const nVals = values(n);
  if (nVals && (widen || bVals)) {
    const baseSet = new Set((bVals ?? []).map((v) => JSON.stringify(v)));
    const nextSet = new Set(nVals.map((v) => JSON.stringify(v)));
    if (widen) {
      const lost = bVals ? [...baseSet].filter((v) => !nextSet.has(v)) : ["any value"];
      if (lost.length) breaking.push(`${where}: no longer accepts ${lost.join(", ")}`);
    } else {
      const gained = [...nextSet].filter((v) => !baseSet.has(v));
      if (gained.length) breaking.push(`${where}: may now return ${gained.join(", ")}`);
    }
  } else if (bVals && !nVals && !widen) {
    breaking.push(`${where}: no longer limited to ${bVals.map((v) => JSON.stringify(v)).join(", ")}`);
  }

  // Bounds: a request may only loosen them, a response may only tighten them.
  const tighter = (name, lower) => {
    const bv_ = b[name];
    const nv_ = n[name];
    if (bv_ === nv_) return false;
    if (nv_ === undefined) return false;
    if (bv_ === undefined) return true;
    return lower ? nv_ > bv_ : nv_ < bv_;
  };
  for (const [name, lower] of [
    ["minLength", true],
    ["maxLength", false],
    ["minimum", true],
    ["maximum", false],
    ["minItems", true],
    ["maxItems", false],
  ]) {
    const t = tighter(name, lower);
    const loosened = b[name] !== n[name] && !t;
    if (widen && t) breaking.push(`${where}: ${name} tightened from ${b[name] ?? "none"} to ${n[name]}`);
    if (!widen && loosened) notes.push(`${where}: ${name} loosened from ${b[name]} to ${n[name] ?? "none"}`);
  }
  if (b.pattern !== n.pattern && (widen ? n.pattern !== undefined : b.pattern !== undefined))
    breaking.push(`${where}: pattern changed`);

  if (b.items || n.items) compareSchema(ctx, b.items ?? {}, n.items ?? {}, dir, `${where}[]`);

  if (b.properties || n.properties) {
    const bReq = new Set(b.required ?? []);
    const nReq = new Set(n.required ?? []);
    const bProps = b.properties ?? {};
    const nProps = n.properties ?? {};
    for (const [name, s] of Object.entries(nProps)) {
      const at = `${where}.${name}`;
      if (!(name in bProps)) {
        if (widen && nReq.has(name)) breaking.push(`${at}: new required field`);
        continue;
      }
      if (widen && nReq.has(name) && !bReq.has(name)) breaking.push(`${at}: became required`);
      if (!widen && bReq.has(name) && !nReq.has(name)) breaking.push(`${at}: no longer always present`);
      compareSchema(ctx, bProps[name], s, dir, at);
    }
    for (const name of Object.keys(bProps)) {
      if (name in nProps) continue;
      const at = `${where}.${name}`;
      if (widen) breaking.push(`${at}: field removed (request bodies reject unknown fields)`);
      else if (bReq.has(name)) breaking.push(`${at}: field removed`);
      else notes.push(`${at}: optional field removed`);
    }
  }
}
