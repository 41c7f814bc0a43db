// `npm run seed:demo`: the demo tenants and users (services/demo-seed.ts) in the configured database, as a table.
import { loadConfig } from "./config.js";
import { seedDemo } from "./services/demo-seed.js";
import { PasswordHasher } from "./services/passwords.js";
import { startupErrorLine } from "./startup-errors.js";
import { openStore } from "./store/db.js";
import { systemClock } from "./tokens/clock.js";

/** Runs the seed with `env`; writes the table to `out`, refusals to `err`; returns the exit code. */
export async function runSeedDemo(
  env: NodeJS.ProcessEnv,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  if (env.NODE_ENV === "production") {
    err("seed:demo: refused with NODE_ENV=production (it creates accounts with a known password)\n");
    return 2;
  }
  const password = env.DEMO_PASSWORD;
  if (!password || password.length < 10 || password.length > 128) {
    err("seed:demo: DEMO_PASSWORD is required (10 to 128 characters)\n");
    return 2;
  }
  const config = loadConfig(env);
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const rows = await seedDemo(
      { db: store.db, clock: systemClock, passwords: new PasswordHasher() },
      password,
    );
    const width = Math.max(...rows.map((r) => r.email.length));
    out(`${"tenant".padEnd(14)}${"role".padEnd(20)}${"email".padEnd(width + 2)}\n`);
    for (const r of rows) out(`${r.tenant.padEnd(14)}${r.role.padEnd(20)}${r.email.padEnd(width + 2)}\n`);
    out("password: the value of DEMO_PASSWORD\n");
    return 0;
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runSeedDemo(
    process.env,
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  ).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`seed:demo: ${startupErrorLine(e, "admin")}\n`);
      process.exit(1);
    },
  );
}
