-- SSO hardening: whether the provider vouched for the email when an identity was linked, which identity
-- started a session, and the ID tokens already spent (replay).

-- Identities linked before this migration are recorded as unvouched: the safe side, since a provider that
-- does vouch links them again on the next sign-in after a reset or verification removed them.
ALTER TABLE sso_identities ADD COLUMN email_verified boolean NOT NULL DEFAULT false;

-- The identity a session was started through (NULL: password, code or token exchange). The foreign key
-- makes a session start that races the identity's removal fail instead of outliving it.
ALTER TABLE sessions ADD COLUMN sso_issuer text;
ALTER TABLE sessions ADD COLUMN sso_subject text;
ALTER TABLE sessions ADD CONSTRAINT sessions_sso_identity_fkey
  FOREIGN KEY (sso_issuer, sso_subject) REFERENCES sso_identities (issuer, subject) ON DELETE SET NULL;
CREATE INDEX sessions_sso_identity_idx ON sessions (sso_issuer, sso_subject) WHERE sso_issuer IS NOT NULL;

-- SHA-256 of (issuer, jti) or of the token's signed part, kept until the token expires.
CREATE TABLE sso_used_tokens (
  token_hash bytea PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sso_used_tokens_expiry_idx ON sso_used_tokens (expires_at);
