// Admin command line: operations that are not part of the API, run against the configured database.
import { loadConfig } from "./config.js";
import { DEFAULT_TENANT } from "./services/accounts.js";
import { LegacyTokens } from "./services/legacy.js";
import { openStore } from "./store/db.js";
import { systemClock } from "./tokens/clock.js";

const USAGE = `usage:
  npm run admin -- issue-v1-token <email> [label]   issue a legacy v1 auth_token for an existing user (printed once)
  npm run admin -- revoke-v1-tokens <email>         revoke every v1 token of a user`;

async function main(argv: string[]): Promise<number> {
  const [command, email, label] = argv;
  if (!command || !email || !["issue-v1-token", "revoke-v1-tokens"].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const user = await store.db
      .selectFrom("users")
      .select("id")
      .where("tenant_id", "=", DEFAULT_TENANT)
      .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.toLowerCase()))
      .executeTakeFirst();
    if (!user) {
      process.stderr.write(`no user with email ${email}\n`);
      return 1;
    }
    const tokens = new LegacyTokens({ db: store.db, clock: systemClock });
    if (command === "issue-v1-token") {
      process.stdout.write(`${await tokens.issue(user.id, label)}\n`);
    } else {
      process.stdout.write(`revoked ${await tokens.revokeAll(user.id)} token(s)\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`admin: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
