// Kysely table types: the one description of the database that queries are checked against.
import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type TenantStatus = "active" | "suspended";
export type RegistrationPolicy = "open" | "invite" | "closed";
export type TenantPreset = "default" | "planning" | "tiers";

export interface TenantsTable {
  id: string;
  /** Lower-case `[a-z0-9-]`, unique: how people name the tenant in URLs and sign-in forms. */
  slug: string;
  name: string;
  status: Generated<TenantStatus>;
  registration_policy: Generated<RegistrationPolicy>;
  /** The preset the tenant's roles were seeded from. */
  preset: Generated<TenantPreset>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A tenant's role: a name and the permissions (`resource:action`) it grants. */
export interface RolesTable {
  tenant_id: string;
  name: string;
  permissions: string[];
  description: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A user's membership of a tenant: the source of truth for their roles there. */
export interface MembershipsTable {
  user_id: string;
  tenant_id: string;
  roles: string[];
  org_unit: string | null;
  active: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** An invitation to a tenant; the token is stored only as its SHA-256. */
export interface InvitationsTable {
  id: string;
  tenant_id: string;
  email: string;
  roles: string[];
  token_hash: Uint8Array;
  invited_by: string | null;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  accepted_by: string | null;
  revoked_at: Timestamp | null;
  created_at: Timestamp;
}

export interface UsersTable {
  id: string;
  email: string;
  email_verified: Generated<boolean>;
  name: string | null;
  locale: string | null;
  avatar_url: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** When an operator disabled the account (it cannot sign in); null: enabled. */
  disabled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** A super-admin's own session may call /admin/* (SuperAdminAuth). */
  super_admin: Generated<boolean>;
}

export interface CredentialsTable {
  user_id: string;
  password_hash: string;
  updated_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  tenant_id: string;
  created_at: Timestamp;
  last_used_at: Timestamp;
  expires_at: Timestamp;
  generation: Generated<number>;
  revoked_at: Timestamp | null;
  revoked_reason: string | null;
  user_agent: string | null;
  ip: string | null;
  /** The token profile (scheme) its tokens are for; null for sessions started before migration 007. */
  profile: "gatehouse" | "supertokens" | null;
  /** How the session was authenticated: only `credential` counts as a (recent) sign-in. */
  auth_method: "credential" | "legacy_v1_exchange" | "impersonation";
  /** Secret from which each refresh token's successor is derived (HMAC); null until the first rotation for old rows. */
  refresh_seed: Uint8Array | null;
  /** The SSO identity (issuer, subject) the session was started through; null for other sign-ins. */
  sso_issuer: Generated<string | null>;
  sso_subject: Generated<string | null>;
  /** The first session of the family (tenant switches continue a sign-in in a new session); null: itself. */
  family_id: Generated<string | null>;
  /** A support session an operator started as this user (migration 014): the operator and why; null otherwise. */
  impersonator_type: Generated<"admin" | "service" | null>;
  impersonator_id: Generated<string | null>;
  impersonation_reason: Generated<string | null>;
}

/** Revocation markers for sessions whose rows were deleted with their user (see tokens/revocations.ts). */
export interface RevokedSessionsTable {
  session_id: string;
  revoked_at: Timestamp;
  /** When the session's last access token has expired: the marker can go. */
  forget_at: Timestamp;
}

export interface RefreshTokensTable {
  token_hash: Uint8Array;
  session_id: string;
  generation: number;
  created_at: Timestamp;
  used_at: Timestamp | null;
}

export interface SigningKeysTable {
  kid: string;
  alg: string;
  private_jwk: ColumnType<Record<string, unknown>, string, string>;
  public_jwk: ColumnType<Record<string, unknown>, string, string>;
  /** Published in the JWKS from here on. */
  created_at: Timestamp;
  /** Signs new tokens from here on (until its successor activates). */
  activates_at: Timestamp;
  /** When its successor activates: it stops signing, and stays published for the token lifetime. */
  retired_at: Timestamp | null;
}

export interface OneTimeCodesTable {
  id: string;
  user_id: string;
  purpose: string;
  code_hash: Uint8Array;
  link_hash: Uint8Array;
  code_expires_at: Timestamp;
  link_expires_at: Timestamp;
  attempts: Generated<number>;
  consumed_at: Timestamp | null;
  created_at: Timestamp;
}

export interface SsoIdentitiesTable {
  issuer: string;
  subject: string;
  provider: string;
  user_id: string;
  email: string | null;
  /** Whether the provider said the email was verified when the identity was linked. */
  email_verified: Generated<boolean>;
  created_at: Timestamp;
}

export interface SsoUsedTokensTable {
  /** SHA-256 of the issuer and the token's jti (or its signed part). */
  token_hash: Uint8Array;
  expires_at: Timestamp;
}

export interface LegacyV1TokensTable {
  token_hash: Uint8Array;
  user_id: string;
  label: string | null;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  revoked_reason: string | null;
}

/** External SuperTokens sessions signed out here, kept until the last token seen for them expires. */
export interface RevokedExternalSessionsTable {
  issuer: string;
  handle: string;
  revoked_at: Timestamp;
  expires_at: Timestamp;
}

export interface MondiaLinksTable {
  customer_id: string;
  user_id: string;
  linked_at: Timestamp;
}

export interface BillingPortalSessionsTable {
  id: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

/** Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE); never holds a secret. */
export interface AuditEventsTable {
  /** bigint identity: read it as text (`id::text`), it may exceed a JS number. */
  id: Generated<string>;
  occurred_at: Timestamp;
  action: string;
  outcome: "success" | "failure";
  reason: string | null;
  actor_type: "user" | "admin" | "service" | "anonymous" | "system";
  actor_id: string | null;
  tenant_id: string | null;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
}

/** A user's API key in one tenant; the secret is stored only as its SHA-256. */
export interface ApiKeysTable {
  id: string;
  user_id: string;
  tenant_id: string;
  name: string;
  key_hash: Uint8Array;
  /** `gh_sk_…` and the key's last four characters, for display. */
  preview: string;
  scopes: string[];
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  expires_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

/** A domain event waiting for (or done with) delivery to the configured webhook destinations. */
export interface WebhookOutboxTable {
  id: string;
  /** bigint identity (insertion order). */
  seq: Generated<string>;
  type: string;
  /** The body every destination receives; written once, never changed. */
  payload: ColumnType<unknown, string, never>;
  created_at: Timestamp;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  /** Keys of the destinations that answered 2xx. */
  delivered_to: ColumnType<string[], string[] | undefined, string[]>;
  delivered_at: Timestamp | null;
  failed_at: Timestamp | null;
  last_error: string | null;
}

export interface Database {
  tenants: TenantsTable;
  roles: RolesTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  users: UsersTable;
  credentials: CredentialsTable;
  sessions: SessionsTable;
  revoked_sessions: RevokedSessionsTable;
  refresh_tokens: RefreshTokensTable;
  signing_keys: SigningKeysTable;
  one_time_codes: OneTimeCodesTable;
  sso_identities: SsoIdentitiesTable;
  sso_used_tokens: SsoUsedTokensTable;
  legacy_v1_tokens: LegacyV1TokensTable;
  revoked_external_sessions: RevokedExternalSessionsTable;
  mondia_links: MondiaLinksTable;
  billing_portal_sessions: BillingPortalSessionsTable;
  audit_events: AuditEventsTable;
  api_keys: ApiKeysTable;
  webhook_outbox: WebhookOutboxTable;
}
