// Moves the contract's webhook deliveries from `paths` to OpenAPI 3.1's top-level `webhooks` map.

/**
 * OpenAPI 3.1's top-level `webhooks` (requests Gatehouse sends), which TypeSpec 1.11 cannot emit: each operation
 * the contract marks `x-gatehouse-webhook: <event>` (contracts/webhooks.tsp) moves from `paths` to
 * `webhooks[<event>]`, so no route is generated or served for it and the SDK types it under `webhooks`.
 */
export function withWebhooks(source) {
  const webhooks = {};
  const paths = {};
  for (const [path, item] of Object.entries(source.paths)) {
    const marked = Object.entries(item).filter(([, op]) => op?.["x-gatehouse-webhook"]);
    if (marked.length === 0) {
      paths[path] = item;
      continue;
    }
    if (marked.length !== Object.keys(item).length)
      throw new Error(`build: ${path} mixes webhook and served operations`);
    for (const [method, op] of marked) {
      const name = op["x-gatehouse-webhook"];
      if (webhooks[name]) throw new Error(`build: two webhooks named ${name}`);
      webhooks[name] = { [method]: op };
    }
  }
  // Keys in the order of the specification (and of TypeSpec's output): webhooks right after paths.
  const doc = {};
  for (const [key, value] of Object.entries(source)) {
    doc[key] = key === "paths" ? paths : value;
    if (key === "paths" && Object.keys(webhooks).length > 0) doc.webhooks = webhooks;
  }
  return doc;
}
