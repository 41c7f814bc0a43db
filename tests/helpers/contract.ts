// Validates real responses against generated/openapi.json and records which operations were exercised.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

type Json = Record<string, unknown>;

export const contract = JSON.parse(
  readFileSync(new URL("../../generated/openapi.json", import.meta.url), "utf8"),
) as Json & { paths: Record<string, Record<string, Json>>; webhooks?: Record<string, Record<string, Json>> };

/** The OpenAPI 3.1 `webhooks` the contract declares (events Gatehouse POSTs; no route serves them). */
export const webhooks: string[] = Object.keys(contract.webhooks ?? {});

export interface Operation {
  id: string;
  method: string;
  path: string;
  pattern: RegExp;
  responses: Record<string, Json>;
  /** `x-gatehouse-websocket`: answered `101 Switching Protocols`, which fetch cannot ask for (tests/realtime/). */
  websocket: boolean;
}

const METHODS = ["get", "put", "post", "delete", "patch"];
export const operations: Operation[] = Object.entries(contract.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((method) => {
    const op = item[method] as Json;
    return {
      id: op.operationId as string,
      method: method.toUpperCase(),
      path,
      pattern: new RegExp(`^${path.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`),
      responses: op.responses as Record<string, Json>,
      websocket: op["x-gatehouse-websocket"] === true,
    };
  }),
);

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...contract, $id: "contract" });

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

/** A validator for the schema at a JSON pointer into the contract, e.g. `paths/~1health/get/...`. */
export function schemaAt(...parts: string[]) {
  const ref = `contract#/${pointer(...parts)}`;
  return ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
}

export const errorsText = (errors: unknown) => ajv.errorsText(errors as never);

export interface Exchange {
  operationId: string;
  status: number;
}

/** Finds the operation for a request; throws when the contract has none (the server answered an undeclared route). */
export function operationFor(method: string, url: string): Operation {
  const { pathname } = new URL(url);
  const op = operations.find((o) => o.method === method && o.pattern.test(pathname));
  if (!op) throw new Error(`no contract operation for ${method} ${pathname}`);
  return op;
}

/** Asserts a response is one the contract declares for this operation, body included. */
export async function assertConforms(method: string, url: string, res: Response): Promise<Exchange> {
  const op = operationFor(method, url);
  const status = String(res.status);
  const declared = op.responses[status];
  if (!declared) throw new Error(`${op.id}: status ${status} is not declared in the contract`);
  for (const [name, header] of Object.entries((declared.headers ?? {}) as Record<string, Json>)) {
    if (header.required && !res.headers.has(name))
      throw new Error(`${op.id} ${status}: missing header ${name}`);
  }
  const content = declared.content as Record<string, Json> | undefined;
  const text = await res.clone().text();
  if (!content) {
    if (text.length > 0)
      throw new Error(`${op.id} ${status}: contract declares no body, got ${text.slice(0, 200)}`);
    return { operationId: op.id, status: res.status };
  }
  const type = (res.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
  if (!content[type]) throw new Error(`${op.id} ${status}: content-type ${type} not declared`);
  const method_ = op.method.toLowerCase();
  const ref = `contract#/${pointer("paths", op.path, method_, "responses", status, "content", type, "schema")}`;
  const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  const body = type.startsWith("text/") ? text : JSON.parse(text);
  if (!validate(body)) {
    throw new Error(
      `${op.id} ${status}: body does not match the contract: ${ajv.errorsText(validate.errors)}`,
    );
  }
  return { operationId: op.id, status: res.status };
}

/** A fetch that checks every response against the contract and remembers what it saw. */
export function conformingFetch(inner: typeof fetch, seen: Exchange[]): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    const res = await inner(req.clone());
    seen.push(await assertConforms(req.method, req.url, res));
    return res;
  }) as typeof fetch;
}
