-- Tenancy: users become global (one account per email); tenants hold memberships (user × tenant × roles,
-- organisational unit, active flag); roles are data (per tenant: role → permission names).
--
-- Decision on users.tenant_id and users.roles: they are DROPPED here, after every user has been copied into a
-- membership of their tenant with their roles. Keeping them "unused" would leave a second, silently stale answer
-- to "which roles does this user have" for any query written later; with the columns gone such a query fails
-- to compile. Before this migration only the `default` tenant could exist (nothing created others), so making
-- lower(email) unique across the table cannot collide.

-- Tenants: slug (lower-case [a-z0-9-], unique), status, registration policy, preset, updated_at.
ALTER TABLE tenants ADD COLUMN slug text;
UPDATE tenants SET slug = trim(both '-' from lower(regexp_replace(id, '[^A-Za-z0-9-]+', '-', 'g')));
ALTER TABLE tenants ALTER COLUMN slug SET NOT NULL;
ALTER TABLE tenants ADD CONSTRAINT tenants_slug_format CHECK (slug ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$');
CREATE UNIQUE INDEX tenants_slug_key ON tenants (slug);
ALTER TABLE tenants ADD COLUMN status text NOT NULL DEFAULT 'active';
ALTER TABLE tenants ADD CONSTRAINT tenants_status_check CHECK (status IN ('active', 'suspended'));
-- New tenants are invite-only unless their creator opens them; `default` stays open, as sign-up is today.
ALTER TABLE tenants ADD COLUMN registration_policy text NOT NULL DEFAULT 'invite';
ALTER TABLE tenants ADD CONSTRAINT tenants_registration_policy_check
  CHECK (registration_policy IN ('open', 'invite', 'closed'));
UPDATE tenants SET registration_policy = 'open' WHERE id = 'default';
-- The preset the tenant's roles were seeded from (services/permissions.ts); roles may differ since.
ALTER TABLE tenants ADD COLUMN preset text NOT NULL DEFAULT 'default';
ALTER TABLE tenants ADD CONSTRAINT tenants_preset_check CHECK (preset IN ('default', 'planning', 'tiers'));
ALTER TABLE tenants ADD COLUMN updated_at timestamptz;
UPDATE tenants SET updated_at = created_at;
ALTER TABLE tenants ALTER COLUMN updated_at SET NOT NULL;

CREATE TABLE roles (
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  name text NOT NULL,
  permissions text[] NOT NULL DEFAULT '{}',
  description text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, name)
);

CREATE TABLE memberships (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  roles text[] NOT NULL DEFAULT ARRAY['member'],
  org_unit text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, tenant_id)
);
CREATE INDEX memberships_tenant_idx ON memberships (tenant_id, created_at, user_id);

-- The `default` preset (services/permissions.ts, DEFAULT_PRESET): `member` may read its tenant and nothing
-- more, which is what every signed-in user could do before; `admin` manages the tenant.
INSERT INTO roles (tenant_id, name, permissions, description, created_at, updated_at)
SELECT id, 'member', ARRAY['tenant:read'], 'A signed-in user of the tenant.', now(), now() FROM tenants;
INSERT INTO roles (tenant_id, name, permissions, description, created_at, updated_at)
SELECT id, 'admin',
  ARRAY['tenant:read', 'tenant:update', 'members:read', 'members:manage', 'members:invite', 'roles:read', 'roles:manage'],
  'Manages the tenant, its members and roles.', now(), now()
FROM tenants;
-- Any other role a user held (set by hand) is kept as a role with no permissions, so no membership names a
-- role that does not exist.
INSERT INTO roles (tenant_id, name, permissions, description, created_at, updated_at)
SELECT DISTINCT u.tenant_id, r.name, '{}'::text[], NULL::text, now(), now()
FROM users u CROSS JOIN LATERAL unnest(u.roles) AS r (name)
ON CONFLICT (tenant_id, name) DO NOTHING;

INSERT INTO memberships (user_id, tenant_id, roles, org_unit, active, created_at, updated_at)
SELECT id, tenant_id, roles, NULL, true, created_at, updated_at FROM users;

DROP INDEX users_tenant_email_key;
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
ALTER TABLE users DROP COLUMN tenant_id;
ALTER TABLE users DROP COLUMN roles;

-- Switching tenant ends the session and starts its successor (same sign-in, same absolute end): the family is
-- the first session's id. NULL: the session is the first of its family.
ALTER TABLE sessions ADD COLUMN family_id uuid;
CREATE INDEX sessions_user_tenant_idx ON sessions (user_id, tenant_id) WHERE revoked_at IS NULL;
