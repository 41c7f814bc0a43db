-- API keys (ApiKeyAuth): a user's programmatic credentials in one tenant; the secret is stored only as SHA-256.
CREATE TABLE api_keys (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  name text NOT NULL,
  key_hash bytea NOT NULL,
  -- `gh_sk_…` and the last four characters: enough to tell keys apart, not to use one.
  preview text NOT NULL,
  scopes text[] NOT NULL,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz,
  expires_at timestamptz,
  revoked_at timestamptz,
  -- Removing the membership deletes its keys: joining the tenant again later never revives an old key.
  -- (Deactivation keeps them, refused by the verifier while the membership is inactive.)
  FOREIGN KEY (user_id, tenant_id) REFERENCES memberships (user_id, tenant_id) ON DELETE CASCADE
);
-- The verifier's one lookup per request.
CREATE UNIQUE INDEX api_keys_key_hash_key ON api_keys (key_hash);
-- A user's keys, newest first (listing, and counting the live ones against the cap).
CREATE INDEX api_keys_user_idx ON api_keys (user_id, created_at);
