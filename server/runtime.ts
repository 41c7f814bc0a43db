// Assembles a running Gatehouse from a config: store, keys, services, app, background jobs.
import type { Server } from "node:http";
import { createApp } from "./app.js";
import { verifySessionToken } from "./auth/backend-session.js";
import type { Config } from "./config.js";
import type { AppDeps } from "./deps.js";
import { createLogger, type Logger } from "./log.js";
import { RealtimeHub, type RealtimeLimits } from "./realtime/hub.js";
import { attachRealtime } from "./realtime/upgrade.js";
import { AccessRevocation } from "./services/access-revocation.js";
import { AccountMail } from "./services/account-mail.js";
import { AccountService } from "./services/accounts.js";
import { AdminService } from "./services/admin.js";
import { AdminTenants } from "./services/admin-tenants.js";
import { ApiKeyService } from "./services/api-keys.js";
import { AuditLog } from "./services/audit.js";
import { BillingClient, BillingPortal } from "./services/billing.js";
import { OneTimeCodes } from "./services/codes.js";
import { ExternalSessions } from "./services/external-sessions.js";
import { Impersonations } from "./services/impersonation.js";
import { InvitationService } from "./services/invitations.js";
import { LegacyTokens } from "./services/legacy-tokens.js";
import { createMailer } from "./services/mailer.js";
import { MondiaLinks } from "./services/mondia.js";
import { createOutbox } from "./services/outbox.js";
import { PasswordGuesses } from "./services/password-guesses.js";
import { PasswordHasher } from "./services/passwords.js";
import { createRateLimits } from "./services/rate-limits.js";
import { SessionService } from "./services/sessions.js";
import { SsoService } from "./services/sso.js";
import { TenantService } from "./services/tenants.js";
import { UserViews } from "./services/user-views.js";
import { WebhookDelivery } from "./services/webhooks.js";
import { openStore, type Store } from "./store/db.js";
import { AccessTokens } from "./tokens/access.js";
import { CLOCK_SKEW_MS, type Clock, systemClock } from "./tokens/clock.js";
import { keyRingFromConfig } from "./tokens/keys.js";
import { RevocationList } from "./tokens/revocations.js";

export interface GatehouseOptions {
  config: Config;
  clock?: Clock;
  logger?: Logger;
  /** An already open store (tests share one between two instances). */
  store?: Store;
  /** Poll interval for revocations and user changes made by other instances; defaults to 2 s on PostgreSQL, off on PGlite. */
  revocationPollMs?: number;
  /** Rate-limit key prefix (tests isolate their counters in a shared Redis or PostgreSQL). */
  rateLimitPrefix?: string;
  /** First delay before an SMTP retry (default 1 s, then ×4). */
  mailRetryMs?: number;
  /** First delay before a webhook retry (default 5 s, then ×4) and the outbox poll (default 5 s). */
  webhookRetryMs?: number;
  webhookPollMs?: number;
  /** Realtime socket limits (tests shorten the heartbeat and expiry sweep). */
  realtime?: Partial<RealtimeLimits>;
}

export interface Gatehouse {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  /** Serves the realtime WebSocket (GET /user/realtime) on the HTTP server the app listens on. */
  attach(server: Server): void;
  close(): Promise<void>;
}

const KEY_CHECK_MS = 60_000;
const PURGE_MS = 6 * 3_600_000;

export async function startGatehouse(options: GatehouseOptions): Promise<Gatehouse> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const store =
    options.store ?? (await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  const accessTtlMs = config.accessTokenTtlSeconds * 1000;
  const keys = keyRingFromConfig(config, { db: store.db, clock, notifier: store.notifier });
  await keys.start();
  if (!config.keyEncryptionKey && config.env === "production") {
    logger.warn("signing keys are stored unencrypted: set KEY_ENCRYPTION_KEY (32 bytes, base64)");
  }
  const access = new AccessTokens({
    keys,
    clock,
    issuer: config.issuer,
    audience: config.audience,
    ttlSeconds: config.accessTokenTtlSeconds,
  });
  const revocations = new RevocationList({
    db: store.db,
    notifier: store.notifier,
    clock,
    retentionMs: accessTtlMs + CLOCK_SKEW_MS,
    pollIntervalMs: options.revocationPollMs ?? (store.kind === "postgres" ? 2_000 : 0),
  });
  await revocations.start();
  // User views change as rarely as sessions are revoked, and travel between instances the same way.
  const userViews = new UserViews({
    db: store.db,
    notifier: store.notifier,
    clock,
    pollIntervalMs: options.revocationPollMs ?? (store.kind === "postgres" ? 2_000 : 0),
  });
  await userViews.start();
  const sessions = new SessionService({
    db: store.db,
    clock,
    access,
    revocations,
    sessionTtlMs: config.sessionTtlSeconds * 1000,
    reuseGraceMs: config.refreshReuseGraceSeconds * 1000,
  });
  const legacyTokens = new LegacyTokens({ db: store.db, clock, ttlMs: config.legacyTokenTtlMs });
  const accessRevocation = new AccessRevocation({ db: store.db, clock, revocations });
  const externalSessions = new ExternalSessions({ db: store.db, clock });
  const accountPasswords = new PasswordHasher();
  const accounts = new AccountService({
    db: store.db,
    clock,
    passwords: accountPasswords,
    revocations,
    views: userViews,
  });
  const codes = new OneTimeCodes({
    db: store.db,
    clock,
    codeTtlMs: 10 * 60_000,
    linkTtlMs: config.linkTtlSeconds * 1000,
    maxAttempts: 5,
    digits: 6,
  });
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    logger,
    logBodies: config.otpTestMode,
  });
  const outbox = createOutbox({
    mailer,
    logger,
    ...(options.mailRetryMs !== undefined ? { minTimeoutMs: options.mailRetryMs } : {}),
  });
  const rateLimits = createRateLimits({
    store: config.rateLimitStore,
    db: store,
    redisUrl: config.redisUrl,
    prefix: options.rateLimitPrefix,
    logger,
  });
  await rateLimits.ready();
  const sso = new SsoService({
    db: store.db,
    clock,
    providers: config.ssoProviders,
    jwksCooldownMs: config.ssoJwksCooldownMs,
    onAccountTakenOver: async (userId) => {
      // The takeover verified the user's email (a change to its view) and ends its sessions.
      await userViews.changed([userId]);
      await accessRevocation.revokeAllCredentials(userId, "sso_account_takeover");
    },
    revocations,
  });
  const admin = new AdminService({
    db: store.db,
    clock,
    accounts,
    accessRevocation,
    revocations,
    views: userViews,
    keys,
  });
  const promoted = await admin.promoteConfiguredSuperAdmins(config.superAdminEmails);
  if (promoted.length > 0)
    logger.info({ users: promoted.length }, "SUPER_ADMIN_EMAILS: users made super-admin");
  const tenants = new TenantService({ db: store.db, clock, revocations });
  const realtime = new RealtimeHub({
    clock,
    logger,
    notifier: store.notifier,
    revocations,
    // The very check BackendBearerAuth runs: an `auth` frame is a bearer token presented in-band.
    reauthenticate: (token) =>
      verifySessionToken({ access, revocations }, token, "BackendBearerAuth", () => ({})),
    ...(options.realtime ? { limits: options.realtime } : {}),
  });
  await realtime.start();
  const deps: AppDeps = {
    config,
    store,
    clock,
    logger,
    keys,
    access,
    revocations,
    userViews,
    sessions,
    accounts,
    tenants,
    invitations: new InvitationService({
      db: store.db,
      clock,
      passwords: accountPasswords,
      outbox,
      appUrl: config.appUrl,
    }),
    codes,
    accountMail: new AccountMail({
      accounts,
      codes,
      outbox,
      appUrl: config.appUrl,
      linkTtlSeconds: config.linkTtlSeconds,
      testMode: config.otpTestMode,
    }),
    rateLimits,
    passwordGuesses: new PasswordGuesses(rateLimits),
    sso,
    legacyTokens,
    accessRevocation,
    externalSessions,
    billing: new BillingPortal({ client: new BillingClient(config.billing), db: store.db, clock }),
    mondia: new MondiaLinks({ db: store.db, clock }),
    audit: new AuditLog({ db: store.db, clock }),
    admin,
    apiKeys: new ApiKeyService({ db: store.db, clock }),
    adminTenants: new AdminTenants({ db: store.db, clock, tenants, revocations }),
    impersonations: new Impersonations({
      db: store.db,
      sessions,
      lifetimeMs: config.impersonationTtlSeconds * 1000,
    }),
    realtime,
  };

  // Domain events written by every audited change leave through the outbox, on every instance at once.
  const webhooks = new WebhookDelivery({
    db: store.db,
    clock,
    logger,
    notifier: store.notifier,
    config: config.webhooks,
    retryBaseMs: options.webhookRetryMs,
    pollMs: options.webhookPollMs,
  });
  await webhooks.start();

  const timers = [
    setInterval(() => {
      keys.rotateIfDue().catch((err) => logger.error({ err }, "signing key rotation failed"));
    }, KEY_CHECK_MS),
    setInterval(() => {
      sessions
        .purgeEnded(config.sessionTtlSeconds * 1000)
        .then(() => revocations.purgeMarkers())
        .catch((err) => logger.error({ err }, "session purge failed"));
      externalSessions.purgeExpired().catch((err) => logger.error({ err }, "external session purge failed"));
      sso.purgeUsedTokens().catch((err) => logger.error({ err }, "spent ID token purge failed"));
      webhooks.purge().catch((err) => logger.error({ err }, "webhook outbox purge failed"));
    }, PURGE_MS),
  ];
  for (const t of timers) t.unref();

  const app = createApp(deps);
  return {
    app,
    deps,
    attach: (server) => attachRealtime(server, app, realtime),
    async close() {
      for (const t of timers) clearInterval(t);
      await webhooks.stop();
      realtime.close();
      revocations.stop();
      userViews.stop();
      await outbox.drain();
      mailer.close();
      await rateLimits.close();
      if (!options.store) await store.close();
    },
  };
}
