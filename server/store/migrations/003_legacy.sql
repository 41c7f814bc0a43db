-- Legacy v1 API tokens (hashes only), Mondia customer links and billing portal sessions.
CREATE TABLE legacy_v1_tokens (
  token_hash bytea PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  label text,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX legacy_v1_tokens_user_idx ON legacy_v1_tokens (user_id);

CREATE TABLE mondia_links (
  customer_id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  linked_at timestamptz NOT NULL
);
CREATE INDEX mondia_links_user_idx ON mondia_links (user_id);

CREATE TABLE billing_portal_sessions (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
