-- Instances poll users.updated_at for changes made elsewhere (their cached user views); keep that an index scan.
CREATE INDEX users_updated_at_idx ON users (updated_at);
