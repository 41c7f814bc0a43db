-- Admin tenants and support impersonation.

-- A support session an operator started as a member (POST /admin/impersonations): who (the audit actor's
-- type and id, carried as the access token's `act.sub`) and why. NULL for every ordinary session. Such
-- sessions have auth_method 'impersonation', which never counts as a recent sign-in.
ALTER TABLE sessions ADD COLUMN impersonator_type text CHECK (impersonator_type IN ('admin', 'service'));
ALTER TABLE sessions ADD COLUMN impersonator_id text;
ALTER TABLE sessions ADD COLUMN impersonation_reason text;
ALTER TABLE sessions ADD CONSTRAINT sessions_impersonator_check
  CHECK ((impersonator_id IS NULL) = (impersonator_type IS NULL) AND (impersonator_id IS NULL) = (impersonation_reason IS NULL));

-- Suspending a tenant revokes every live session whose active tenant it is, whoever its user.
CREATE INDEX sessions_tenant_live_idx ON sessions (tenant_id) WHERE revoked_at IS NULL;
