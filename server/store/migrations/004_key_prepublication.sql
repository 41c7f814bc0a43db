-- Signing keys are published before they sign: a new key appears in the JWKS at created_at and
-- starts signing at activates_at, so verifiers that cache the JWKS already hold it by then.
ALTER TABLE signing_keys ADD COLUMN activates_at timestamptz;
UPDATE signing_keys SET activates_at = created_at;
ALTER TABLE signing_keys ALTER COLUMN activates_at SET NOT NULL;
