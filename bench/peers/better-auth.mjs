// Better Auth with email + password, on PostgreSQL (DATABASE_URL) or PGlite (DATA_DIR), served by
// @hono/node-server as Gatehouse is: the peer `npm run bench` measures get-session and sign-in against.
// Defaults otherwise, except its rate limiter (off: the bench signs in from one address on purpose).
import { PGlite } from "@electric-sql/pglite";
import { serve } from "@hono/node-server";
import { betterAuth } from "better-auth";
import { getMigrations } from "better-auth/db/migration";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";

const port = Number(process.env.PORT ?? 3100);
const database = process.env.DATABASE_URL
  ? new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })
  : { dialect: new PGliteDialect(await PGlite.create(process.env.DATA_DIR)), type: "postgres" };

const auth = betterAuth({
  database,
  baseURL: `http://127.0.0.1:${port}`,
  secret: process.env.BETTER_AUTH_SECRET ?? "bench-only-secret-bench-only-secret-0123456789",
  emailAndPassword: { enabled: true },
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
});

const { runMigrations } = await getMigrations(auth.options);
await runMigrations();

serve({ fetch: auth.handler, hostname: "127.0.0.1", port }, (info) => {
  process.stdout.write(`better-auth listening on ${info.port}\n`);
});
