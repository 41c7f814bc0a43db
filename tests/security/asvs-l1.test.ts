// OWASP ASVS 5.0.0 Level 1: the status of every requirement, held against docs/security/asvs-l1.md and
// against the tests named after each id in tests/security/asvs/ — so the score is measured, not claimed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { operations, ROOT, sources } from "./asvs/helpers.js";

type Status = "proven" | "exception" | "gap" | "not-applicable";

/**
 * proven: a test named with the id proves it. exception: a test proves what holds and that the recorded
 * exception is documented and as narrow as claimed. gap: known to fail, its test is `it.fails` (CI turns
 * red the day it is fixed: then make it `it` and `proven`). not-applicable: the premises are asserted below.
 */
const STATUS: Record<string, Status> = {
  "V1.2.1": "proven",
  "V1.2.2": "proven",
  "V1.2.3": "proven",
  "V1.2.4": "proven",
  "V1.2.5": "not-applicable",
  "V1.3.1": "not-applicable",
  "V1.3.2": "proven",
  "V1.5.1": "not-applicable",
  "V2.1.1": "proven",
  "V2.2.1": "proven",
  "V2.2.2": "proven",
  "V2.3.1": "proven",
  "V3.2.1": "proven",
  "V3.2.2": "not-applicable",
  "V3.3.1": "exception",
  "V3.4.1": "proven",
  "V3.4.2": "proven",
  "V3.5.1": "proven",
  "V3.5.2": "proven",
  "V3.5.3": "proven",
  "V4.1.1": "proven",
  "V4.4.1": "proven",
  "V5.2.1": "not-applicable",
  "V5.2.2": "not-applicable",
  "V5.3.1": "not-applicable",
  "V5.3.2": "proven",
  "V6.1.1": "proven",
  "V6.2.1": "proven",
  "V6.2.2": "proven",
  "V6.2.3": "proven",
  "V6.2.4": "proven",
  "V6.2.5": "proven",
  "V6.2.6": "not-applicable",
  "V6.2.7": "not-applicable",
  "V6.2.8": "proven",
  "V6.3.1": "proven",
  "V6.3.2": "proven",
  "V6.4.1": "proven",
  "V6.4.2": "proven",
  "V7.2.1": "proven",
  "V7.2.2": "proven",
  "V7.2.3": "proven",
  "V7.2.4": "proven",
  "V7.4.1": "proven",
  "V7.4.2": "proven",
  "V8.1.1": "proven",
  "V8.2.1": "proven",
  "V8.2.2": "proven",
  "V8.3.1": "proven",
  "V9.1.1": "proven",
  "V9.1.2": "proven",
  "V9.1.3": "proven",
  "V9.2.1": "proven",
  "V10.4.1": "not-applicable",
  "V10.4.2": "not-applicable",
  "V10.4.3": "not-applicable",
  "V10.4.4": "not-applicable",
  "V10.4.5": "not-applicable",
  "V11.3.1": "proven",
  "V11.3.2": "proven",
  "V11.4.1": "proven",
  "V12.1.1": "not-applicable",
  "V12.2.1": "proven",
  "V12.2.2": "not-applicable",
  "V13.4.1": "proven",
  "V14.2.1": "proven",
  "V14.3.1": "proven",
  "V15.1.1": "proven",
  "V15.2.1": "gap",
  "V15.3.1": "proven",
};

const doc = readFileSync(join(ROOT, "docs/security/asvs-l1.md"), "utf8");

/** The doc's table rows: | id | summary | applicable / not applicable | status | why |. */
const rows = [
  ...doc.matchAll(/^\| (V\d+\.\d+\.\d+) \| [^|]+ \| (applicable|not applicable) \| ([a-z—]+) \|/gm),
].map((m) => ({ id: m[1] ?? "", applicable: m[2] === "applicable", status: m[3] ?? "" }));

/** Every `it("Vx.y.z …")` and `it.fails("Vx.y.z …")` in the chapter files, by id. */
const tests = sources("tests/security/asvs", /\.test\.ts$/).flatMap(([file, text]) =>
  [...text.matchAll(/\bit(\.fails)?\(\s*"(V\d+\.\d+\.\d+) ([^"]*)"/g)].map((m) => ({
    file,
    id: m[2] ?? "",
    name: m[3] ?? "",
    fails: m[1] !== undefined,
  })),
);

const count = (s: Status) => Object.values(STATUS).filter((v) => v === s).length;

describe("OWASP ASVS 5.0.0 Level 1", () => {
  it("the doc lists the 70 L1 requirements once each, and the table here agrees on every status", () => {
    expect(rows).toHaveLength(70);
    expect(new Set(rows.map((r) => r.id)).size).toBe(70);
    expect(Object.keys(STATUS).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const row of rows) {
      const status = STATUS[row.id];
      expect(row.applicable, row.id).toBe(status !== "not-applicable");
      expect(row.status, row.id).toBe(row.applicable ? status : "—");
    }
  });

  it("every applicable requirement has a test named with its id: gaps as it.fails, exceptions as a recorded exception", () => {
    for (const [id, status] of Object.entries(STATUS)) {
      const named = tests.filter((t) => t.id === id);
      if (status === "not-applicable") {
        expect(named, `${id} is not applicable but has tests`).toEqual([]);
        continue;
      }
      expect(named.length, `${id} has no test named after it`).toBeGreaterThan(0);
      expect(
        named.some((t) => t.fails),
        `${id}: it.fails only for gaps`,
      ).toBe(status === "gap");
      if (status === "exception") {
        expect(
          named.some((t) => t.name.startsWith("recorded exception:")),
          `${id} names its recorded exception`,
        ).toBe(true);
      }
    }
    for (const t of tests) expect(Object.keys(STATUS), `${t.file}: ${t.id} is not an L1 id`).toContain(t.id);
  });

  it("the score in the doc is the one the statuses give", () => {
    const applicable = 70 - count("not-applicable");
    const met = count("proven") + count("exception");
    const percent = Math.round((met / applicable) * 100);
    const line = `**Score: ${met} of ${applicable} applicable requirements met (${percent} %)** — ${count("proven")} proven, ${count("exception")} exception, ${count("gap")} gaps; ${count("not-applicable")} not applicable.`;
    console.log(`OWASP ASVS 5.0.0 L1: ${met}/${applicable} applicable requirements met (${percent} %)`);
    expect(doc).toContain(line);
  });

  it("the premises of the not-applicable requirements still hold", () => {
    const server = sources("server");
    // V1.2.5: no process is started and no command line built.
    expect(server.filter(([, t]) => /["'](node:)?child_process["']/.test(t)).map(([p]) => p)).toEqual([]);
    // V1.3.1, V1.5.1, V5.2.x, V5.3.1: every request body is JSON — no HTML, XML, multipart or binary upload.
    const bodyTypes = new Set(operations.flatMap((op) => Object.keys(op.requestBody?.content ?? {})));
    expect([...bodyTypes]).toEqual(["application/json"]);
    // V10.4.x: not an OAuth authorization server — no authorize or token endpoint, no redirect URIs.
    expect(operations.filter((op) => /\/(authorize|oauth2?)(\/|$)|^\/token$/.test(op.path))).toEqual([]);
    const contractText = readFileSync(join(ROOT, "generated/openapi.json"), "utf8");
    expect(contractText).not.toMatch(/"(redirect_uri|grant_type|response_type|code_challenge)"/);
    // V6.2.6, V6.2.7, V3.2.2: the one HTML page renders the contract, and has no form.
    const page = server.find(([p]) => p === "server/http/docs.ts")?.[1] ?? "";
    expect(page).not.toMatch(/<form|<input/i);
  });
});
