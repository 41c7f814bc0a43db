-- Admin access and the audit log: disabled and super-admin users, and the append-only audit_events table.

-- A disabled user cannot sign in by any path; NULL: enabled.
ALTER TABLE users ADD COLUMN disabled_at timestamptz;
-- A super-admin's own session may call /admin/* (SuperAdminAuth).
ALTER TABLE users ADD COLUMN super_admin boolean NOT NULL DEFAULT false;

-- Actor and target ids are text, not foreign keys: events outlive the users they name.
CREATE TABLE audit_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at timestamptz NOT NULL,
  action text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('success', 'failure')),
  reason text,
  actor_type text NOT NULL CHECK (actor_type IN ('user', 'admin', 'service', 'anonymous', 'system')),
  actor_id text,
  tenant_id text,
  target_type text,
  target_id text,
  ip text,
  user_agent text,
  request_id text
);
CREATE INDEX audit_events_occurred_idx ON audit_events (occurred_at);
CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, id);
CREATE INDEX audit_events_target_idx ON audit_events (target_id, id);
CREATE INDEX audit_events_action_idx ON audit_events (action, id);

-- Append-only: the database refuses to change or remove an event, whatever the code does.
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = '42501'; END $$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
