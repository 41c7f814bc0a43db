// What handlers and middleware are given: explicit dependencies, no globals.
import type { Config } from "./config.js";
import type { Logger } from "./log.js";
import type { AccessRevocation } from "./services/access-revocation.js";
import type { AccountMail } from "./services/account-mail.js";
import type { AccountService } from "./services/accounts.js";
import type { BillingPortal } from "./services/billing.js";
import type { OneTimeCodes } from "./services/codes.js";
import type { ExternalSessions } from "./services/external-sessions.js";
import type { InvitationService } from "./services/invitations.js";
import type { LegacyTokens } from "./services/legacy-tokens.js";
import type { MondiaLinks } from "./services/mondia.js";
import type { PasswordGuesses } from "./services/password-guesses.js";
import type { RateLimits } from "./services/rate-limits.js";
import type { SessionService } from "./services/sessions.js";
import type { SsoService } from "./services/sso.js";
import type { TenantService } from "./services/tenants.js";
import type { UserViews } from "./services/user-views.js";
import type { Store } from "./store/db.js";
import type { AccessTokens } from "./tokens/access.js";
import type { Clock } from "./tokens/clock.js";
import type { KeyRing } from "./tokens/keys.js";
import type { RevocationList } from "./tokens/revocations.js";

export interface AppDeps {
  config: Config;
  store: Store;
  clock: Clock;
  logger: Logger;
  keys: KeyRing;
  access: AccessTokens;
  revocations: RevocationList;
  userViews: UserViews;
  sessions: SessionService;
  accounts: AccountService;
  tenants: TenantService;
  invitations: InvitationService;
  codes: OneTimeCodes;
  accountMail: AccountMail;
  rateLimits: RateLimits;
  passwordGuesses: PasswordGuesses;
  sso: SsoService;
  legacyTokens: LegacyTokens;
  accessRevocation: AccessRevocation;
  externalSessions: ExternalSessions;
  billing: BillingPortal;
  mondia: MondiaLinks;
}
