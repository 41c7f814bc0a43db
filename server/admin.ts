// Admin command line: operations that are not part of the API, run against the configured database.
import { type Config, loadConfig } from "./config.js";
import { recordAudit } from "./services/audit.js";
import { LegacyTokens } from "./services/legacy-tokens.js";
import { startupErrorLine } from "./startup-errors.js";
import { openStore, type Store } from "./store/db.js";
import { findUserByEmail } from "./store/users.js";
import { systemClock } from "./tokens/clock.js";
import { keyRingFromConfig } from "./tokens/keys.js";

const USAGE = `usage:
  npm run admin -- issue-v1-token <email> [label]   issue a legacy v1 auth_token for an existing user (printed once;
                                                    it expires after LEGACY_TOKEN_TTL_DAYS, default 90)
  npm run admin -- revoke-v1-tokens <email>         revoke every v1 token of a user
  npm run admin -- rotate-signing-key [--retire-now]
      replace the access-token signing key at once; with --retire-now the old keys also leave the
      JWKS, so every token they signed stops working (after a suspected key leak). Running servers
      on PostgreSQL switch within a second (LISTEN/NOTIFY).
On the embedded database (no DATABASE_URL) stop the server first: one process at a time owns DATA_DIR.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === "rotate-signing-key" && args.every((a) => a === "--retire-now")) {
    return rotateSigningKey(args.includes("--retire-now"));
  }
  const [email, label] = args;
  if (!email || (command !== "issue-v1-token" && command !== "revoke-v1-tokens")) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  return withStore(config, async (store) => {
    const user = await findUserByEmail(store.db, email);
    if (!user) {
      process.stderr.write(`no user with email ${email}\n`);
      return 1;
    }
    const tokens = new LegacyTokens({ db: store.db, clock: systemClock, ttlMs: config.legacyTokenTtlMs });
    if (command === "issue-v1-token") {
      process.stdout.write(`${await tokens.issue(user.id, label)}\n`);
      const expires = new Date(systemClock.now().getTime() + config.legacyTokenTtlMs);
      process.stderr.write(`expires ${expires.toISOString()}\n`);
    } else {
      process.stdout.write(`revoked ${await tokens.revokeAll(user.id, "admin")} token(s)\n`);
    }
    return 0;
  });
}

async function rotateSigningKey(retireOld: boolean): Promise<number> {
  const config = loadConfig();
  return withStore(config, async (store) => {
    const keys = keyRingFromConfig(config, { db: store.db, clock: systemClock, notifier: store.notifier });
    const kid = await keys.rotateNow({
      retireOld,
      // Audited like the API's rotation, in the same transaction; the actor is the command line.
      alongside: (tx, kid) =>
        recordAudit(tx, systemClock, {
          action: "admin.signing_key.rotate",
          actor: { type: "system", id: "admin-cli" },
          meta: { ip: null, userAgent: null },
          reason: retireOld ? "retire_old" : null,
          target: { type: "signing_key", id: kid },
        }),
    });
    process.stdout.write(`signing key ${kid} is now signing${retireOld ? "; older keys are retired" : ""}\n`);
    return 0;
  });
}

async function withStore(config: Config, work: (store: Store) => Promise<number>): Promise<number> {
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`admin: ${startupErrorLine(err, "admin")}\n`);
    process.exit(1);
  },
);
