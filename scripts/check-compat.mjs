// npm run check:compat — fails when generated/openapi.json would break a client of the last released
// contract (contracts/released/<version>.openapi.json), unless the major version went up.
// npm run check:compat -- --release — records the current contract as released under its version.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { compareContracts } from "./lib/compat.mjs";

const root = new URL("../", import.meta.url);
const releasedDir = new URL("contracts/released/", root);
const current = JSON.parse(readFileSync(new URL("generated/openapi.json", root), "utf8"));
const version = current.info?.version;

const semver = (v) => v.split(".").map((n) => Number.parseInt(n, 10));
const byVersion = (a, b) => {
  const [x, y] = [semver(a), semver(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
};

if (process.argv.includes("--release")) {
  mkdirSync(releasedDir, { recursive: true });
  const target = new URL(`${version}.openapi.json`, releasedDir);
  if (existsSync(target)) {
    console.error(
      `check:compat: ${version} is already released; bump info.version in contracts/main.tsp first`,
    );
    process.exit(1);
  }
  copyFileSync(new URL("generated/openapi.json", root), target);
  console.log(`check:compat: recorded contracts/released/${version}.openapi.json`);
  process.exit(0);
}

const released = existsSync(releasedDir)
  ? readdirSync(releasedDir)
      .filter((f) => f.endsWith(".openapi.json"))
      .map((f) => f.replace(/\.openapi\.json$/, ""))
      .sort(byVersion)
  : [];
const last = released.at(-1);
if (!last) {
  console.log("check:compat: no released contract yet; nothing to compare");
  process.exit(0);
}
const base = JSON.parse(readFileSync(new URL(`${last}.openapi.json`, releasedDir), "utf8"));
const { breaking, notes } = compareContracts(base, current);
const majorBump = semver(version)[0] > semver(last)[0];
for (const n of notes) console.log(`  note: ${n}`);
if (breaking.length === 0) {
  console.log(
    `check:compat: ${version} is compatible with released ${last} (${notes.length} additive changes)`,
  );
} else if (majorBump) {
  for (const b of breaking) console.log(`  breaking (allowed by the major version): ${b}`);
  console.log(`check:compat: ${breaking.length} breaking changes since ${last}, allowed in ${version}`);
} else {
  for (const b of breaking) console.error(`  breaking: ${b}`);
  console.error(
    `check:compat: ${breaking.length} breaking changes since released ${last}; make them compatible, or raise the major version in contracts/main.tsp`,
  );
  process.exit(1);
}
