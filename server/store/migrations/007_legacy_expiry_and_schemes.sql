-- v1 tokens expire and say why they were revoked; sessions know their scheme (profile) and how they were
-- authenticated; external SuperTokens sessions signed out here are remembered until their tokens expire.

-- Tokens issued before this migration get 90 days from now (the LEGACY_TOKEN_TTL_DAYS default), not from
-- their creation: an old token must not stop working the moment the server is upgraded.
ALTER TABLE legacy_v1_tokens ADD COLUMN expires_at timestamptz;
UPDATE legacy_v1_tokens SET expires_at = now() + interval '90 days';
ALTER TABLE legacy_v1_tokens ALTER COLUMN expires_at SET NOT NULL;
ALTER TABLE legacy_v1_tokens ADD COLUMN revoked_reason text;

-- 'gatehouse' | 'supertokens'. NULL: started before this migration; its first refresh pins it.
ALTER TABLE sessions ADD COLUMN profile text;
-- 'credential' (the user proved a password or a provider identity) | 'legacy_v1_exchange'. No default:
-- every new session states it.
ALTER TABLE sessions ADD COLUMN auth_method text NOT NULL DEFAULT 'credential';
ALTER TABLE sessions ALTER COLUMN auth_method DROP DEFAULT;

-- `handle` is the token's sessionHandle, or `jti:<jti>` for a token without one.
CREATE TABLE revoked_external_sessions (
  issuer text NOT NULL,
  handle text NOT NULL,
  revoked_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (issuer, handle)
);
CREATE INDEX revoked_external_sessions_expiry_idx ON revoked_external_sessions (expires_at);
