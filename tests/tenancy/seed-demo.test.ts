// npm run seed:demo: 3 planning tenants × 3 users, idempotent, refused in production or without DEMO_PASSWORD.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { runSeedDemo } from "../../server/seed-demo.js";
import { openStore } from "../../server/store/db.js";
import { PG_URL, postgresStore, startTestGatehouse } from "../helpers/gatehouse.js";
import { tokenClient } from "./helpers.js";

const DEMO_PASSWORD = "demo password 4 tests";
const run = promisify(execFile);

async function counts(store: Awaited<ReturnType<typeof openStore>>) {
  const db = store.db;
  const tenants = await db.selectFrom("tenants").select("id").where("slug", "like", "demo-%").execute();
  const ids = tenants.map((t) => t.id);
  const members = await db.selectFrom("memberships").selectAll().where("tenant_id", "in", ids).execute();
  const roles = await db.selectFrom("roles").select("name").where("tenant_id", "in", ids).execute();
  return { tenants: ids.length, members: members.length, roles: roles.length };
}

describe("seed:demo", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("runs twice as `npm run seed:demo` on an embedded database: the same table, nothing duplicated", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gh-seed-"));
    dirs.push(dir);
    const env = { ...process.env, NODE_ENV: "development", DATA_DIR: dir, DEMO_PASSWORD, DATABASE_URL: "" };
    const first = await run("npm", ["run", "-s", "seed:demo"], { env, cwd: process.cwd() });
    const second = await run("npm", ["run", "-s", "seed:demo"], { env, cwd: process.cwd() });
    expect(first.stdout).toBe(second.stdout);
    const lines = first.stdout.trim().split("\n");
    expect(lines).toHaveLength(1 + 9 + 1);
    expect(lines[1]).toMatch(/^demo-acme\s+admin\s+admin@demo-acme\.example\.com/);
    expect(first.stdout).not.toContain(DEMO_PASSWORD);
    const store = await openStore({ dataDir: dir });
    try {
      expect(await counts(store)).toEqual({ tenants: 3, members: 9, roles: 12 });
    } finally {
      await store.close();
    }
  }, 120_000);

  it("refuses without DEMO_PASSWORD and with NODE_ENV=production, touching nothing", async () => {
    const errors: string[] = [];
    const out: string[] = [];
    expect(
      await runSeedDemo(
        { NODE_ENV: "development" },
        (s) => out.push(s),
        (s) => errors.push(s),
      ),
    ).toBe(2);
    expect(errors.join("")).toContain("DEMO_PASSWORD is required");
    expect(
      await runSeedDemo(
        { NODE_ENV: "production", DEMO_PASSWORD },
        (s) => out.push(s),
        (s) => errors.push(s),
      ),
    ).toBe(2);
    expect(errors.join("")).toContain("refused with NODE_ENV=production");
    expect(out).toEqual([]);
  });

  it.runIf(PG_URL)(
    "on PostgreSQL: twice is idempotent, and a demo user signs in to its tenant by slug",
    async () => {
      const pg = await postgresStore();
      try {
        const env = { NODE_ENV: "development", DATABASE_URL: pg.url, DEMO_PASSWORD };
        const out: string[] = [];
        for (const _run of [1, 2]) {
          const code = await runSeedDemo(
            env,
            (s) => out.push(s),
            () => {},
          );
          expect(code).toBe(0);
        }
        expect(await counts(pg.store)).toEqual({ tenants: 3, members: 9, roles: 12 });
        const gh = await startTestGatehouse({ store: pg.store });
        try {
          const { client: c, claims } = tokenClient(gh);
          const inn = await c.signIn({
            email: "soporchestrator@demo-globex.example.com",
            password: DEMO_PASSWORD,
            tenantSlug: "demo-globex",
          });
          expect(inn.response.status).toBe(200);
          expect(await claims()).toMatchObject({
            roles: ["s&op_orchestrator"],
          });
        } finally {
          await gh.close();
        }
      } finally {
        await pg.drop();
      }
    },
    120_000,
  );
});
