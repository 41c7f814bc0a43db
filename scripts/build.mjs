// Regenerates everything derived from contracts/: OpenAPI (yaml+json), SDK types, server route definitions.
// `node scripts/build.mjs [--out DIR]` writes under DIR (default: the repository) so check:contract can diff.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { stringify } from "yaml";
import { generateRoutes } from "./lib/gen-routes.mjs";
import { withWebhooks } from "./lib/openapi-webhooks.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outFlag = process.argv.indexOf("--out");
const out = outFlag > 0 ? resolve(process.argv[outFlag + 1]) : root;

export const GENERATED = [
  "generated/openapi.yaml",
  "generated/openapi.json",
  "sdk/src/schema.d.ts",
  "server/contract/routes.gen.ts",
];

/**
 * The SDK's JSDoc is each operation's description: there, say what the contract's authorization marks
 * require, so an editor shows it on hover (the reference page adds the same from the served document).
 */
function withAuthorizationNotes(source) {
  const copy = structuredClone(source);
  for (const item of Object.values(copy.paths)) {
    for (const op of Object.values(item)) {
      const perms = op?.["x-gatehouse-permissions"];
      const tenantParam = op?.["x-gatehouse-tenant-param"];
      const notes = [];
      if (Array.isArray(perms) && perms.length) notes.push(`Requires permissions: ${perms.join(", ")}.`);
      if (tenantParam) notes.push(`\`{${tenantParam}}\` must be the session's active tenant.`);
      if (notes.length) op.description = [op.description, notes.join(" ")].filter(Boolean).join("\n\n");
    }
  }
  return copy;
}

const write = (rel, text) => {
  const file = join(out, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};

execFileSync(
  process.execPath,
  [
    join(root, "node_modules/@typespec/compiler/cmd/tsp.js"),
    "compile",
    join(root, "contracts"),
    "--warn-as-error",
    "--option",
    `@typespec/openapi3.emitter-output-dir=${join(out, "generated")}`,
  ],
  { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
);

// Both files as TypeSpec writes them (its yaml options), after the move.
const doc = withWebhooks(JSON.parse(readFileSync(join(out, "generated/openapi.json"), "utf8")));
write("generated/openapi.json", `${JSON.stringify(doc, null, 2)}\n`);
const yamlText = stringify(doc, {
  singleQuote: true,
  aliasDuplicateObjects: false,
  lineWidth: 0,
  compat: "yaml-1.1",
});
write(
  "generated/openapi.yaml",
  `# generated — do not edit: tsp compile contracts (npm run build)\n${yamlText}`,
);

const ast = await openapiTS(withAuthorizationNotes(doc));
write(
  "sdk/src/schema.d.ts",
  `// generated — do not edit: openapi-typescript from generated/openapi.json (npm run build)\n${astToString(ast)}`,
);
// Formatted through stdin: biome.json ignores *.gen.ts so nobody "fixes" them by hand.
const routesSource = execFileSync(
  process.execPath,
  [join(root, "node_modules/@biomejs/biome/bin/biome"), "format", "--stdin-file-path=routes.ts"],
  { cwd: root, input: generateRoutes(doc), encoding: "utf8", maxBuffer: 64 << 20 },
);
write("server/contract/routes.gen.ts", routesSource);
console.log(`generated: ${GENERATED.join(", ")}`);
