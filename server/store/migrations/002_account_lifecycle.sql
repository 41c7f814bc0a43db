-- One-time codes and links (email verification, password reset, later 2FA) and SSO identities.
CREATE TABLE one_time_codes (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose text NOT NULL,
  code_hash bytea NOT NULL,
  link_hash bytea NOT NULL,
  code_expires_at timestamptz NOT NULL,
  link_expires_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  consumed_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX one_time_codes_link_key ON one_time_codes (link_hash);
CREATE INDEX one_time_codes_user_purpose_idx ON one_time_codes (user_id, purpose) WHERE consumed_at IS NULL;

CREATE TABLE sso_identities (
  issuer text NOT NULL,
  subject text NOT NULL,
  provider text NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  email text,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (issuer, subject)
);
CREATE INDEX sso_identities_user_idx ON sso_identities (user_id);

-- rate-limiter-flexible's PostgreSQL store (its own layout; created here so it is migrated like the rest).
CREATE TABLE rate_limits (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
