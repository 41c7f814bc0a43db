-- Sessions that end by losing their rows (account deletion) leave a marker, so an instance that missed
-- the NOTIFY still learns it by polling; a marker is kept until the session's last access token expires.
CREATE TABLE revoked_sessions (
  session_id uuid PRIMARY KEY,
  revoked_at timestamptz NOT NULL,
  forget_at timestamptz NOT NULL
);
CREATE INDEX revoked_sessions_revoked_idx ON revoked_sessions (revoked_at);

-- A per-session secret from which each refresh token's successor is derived: every refresh of one token
-- inside the grace window gets the same successor, so concurrent refreshes never fork the session.
-- NULL for sessions started before this migration; their next rotation sets it.
ALTER TABLE sessions ADD COLUMN refresh_seed bytea;
