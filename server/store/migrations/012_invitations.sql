-- Invitations to a tenant: emailed, single-use, expiring; the token is stored only as its SHA-256.
CREATE TABLE invitations (
  id uuid PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  email text NOT NULL,
  roles text[] NOT NULL,
  token_hash bytea NOT NULL,
  -- The inviter may be deleted later; the invitation stays (or goes with its tenant).
  invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX invitations_token_hash_key ON invitations (token_hash);
-- Pending invitations of a tenant (listing, and replacing an earlier one for the same email).
CREATE INDEX invitations_pending_idx ON invitations (tenant_id, lower(email))
  WHERE accepted_at IS NULL AND revoked_at IS NULL;
