// Owns the common-case refresh rotation over `sessions` and `refresh_tokens`: one statement, no transaction.
import { sql } from "kysely";
import type { Queryable } from "./db.js";
import type { MembershipGrant } from "./memberships.js";
import type { UserRow } from "./users.js";

export interface QuickRotation {
  /** The presented refresh token's UTF-8 bytes (HMAC input, as `derivedOpaqueToken` reads the string). */
  token: Uint8Array;
  tokenHash: Uint8Array;
  profile: "gatehouse" | "supertokens";
  userAgent: string | null;
  ip: string | null;
}

export interface QuickRotated {
  sessionId: string;
  expiresAt: Date;
  /** The successor, `rt_` + HMAC-SHA-256(session's refresh seed, presented token), as derivedOpaqueToken makes it. */
  refreshToken: string;
  user: UserRow;
  grant: MembershipGrant;
  /** Who started the session when it is a support session (its tokens keep naming them). */
  impersonator: string | null;
}

/**
 * Refresh is a hot path, and BEGIN, lock, rotate, COMMIT cost four round trips: this is the common case in one
 * data-modifying statement. It locks the session, and only if the presented token is the session's live one
 * (its generation, fixed at mint, equals the session's as read under the lock — a concurrent rotation that
 * won the lock has moved it on), the session is live, of this profile and has a refresh seed, and the user
 * is an active member of the session's active tenant, it spends the token, mints the successor, touches the
 * session and returns the user with their membership. Anything else (unknown token, revoked or expired
 * session, grace-window reuse, theft, ended membership, sessions from before the seed) changes nothing and
 * returns undefined: the caller then takes the transactional path, which tells those cases apart.
 *
 * The successor must be the very token the transactional path derives for a grace-window reuse, so the
 * HMAC is computed here with the core sha256() (PostgreSQL 11+, PGlite too; pgcrypto is not assumed):
 * HMAC(K, m) = H((K' ⊕ opad) ‖ H((K' ⊕ ipad) ‖ m)), K' the seed zero-padded to SHA-256's 64-byte block.
 */
export async function rotateLiveRefreshToken(
  db: Queryable,
  r: QuickRotation,
  now: Date,
): Promise<QuickRotated | undefined> {
  const result = await sql<
    UserRow & {
      session_id: string;
      session_expires_at: Date;
      next_token: string;
      session_impersonator_id: string | null;
      member_roles: string[];
      tenant_id: string;
      role_permissions: Record<string, string[]> | null;
    }
  >`
    WITH s AS MATERIALIZED (
      SELECT id, user_id, tenant_id, generation, expires_at, revoked_at, profile, refresh_seed, impersonator_id
      FROM sessions WHERE id = (SELECT session_id FROM refresh_tokens WHERE token_hash = ${r.tokenHash})
      FOR UPDATE
    ), pads AS (
      SELECT decode(string_agg(lpad(to_hex(b # 54), 2, '0'), '' ORDER BY i), 'hex') AS ipad,
        decode(string_agg(lpad(to_hex(b # 92), 2, '0'), '' ORDER BY i), 'hex') AS opad
      FROM s, LATERAL (
        SELECT i, CASE WHEN i < length(s.refresh_seed) THEN get_byte(s.refresh_seed, i) ELSE 0 END AS b
        FROM generate_series(0, 63) AS i
      ) AS k
    ), ok AS MATERIALIZED (
      SELECT s.id AS session_id, s.expires_at AS session_expires_at, s.generation + 1 AS next_generation,
        s.impersonator_id AS session_impersonator_id,
        'rt_' || rtrim(translate(encode(
          sha256(pads.opad || sha256(pads.ipad || ${r.token}::bytea)), 'base64'), '+/', '-_'), '=') AS next_token,
        u.*, m.roles AS member_roles, m.tenant_id,
        (SELECT coalesce(jsonb_object_agg(ro.name, ro.permissions), '{}'::jsonb)
           FROM roles ro WHERE ro.tenant_id = m.tenant_id AND ro.name = ANY (m.roles)) AS role_permissions
      FROM s
      CROSS JOIN pads
      JOIN refresh_tokens t ON t.token_hash = ${r.tokenHash} AND t.generation = s.generation AND t.used_at IS NULL
      JOIN users u ON u.id = s.user_id
      JOIN memberships m ON m.user_id = s.user_id AND m.tenant_id = s.tenant_id AND m.active
      JOIN tenants tn ON tn.id = m.tenant_id AND tn.status = 'active'
      -- An aggregate over no rows still gives one (of nulls): a session without a seed is declined here.
      WHERE s.revoked_at IS NULL AND s.expires_at > ${now} AND s.profile = ${r.profile}
        AND length(s.refresh_seed) BETWEEN 1 AND 64
    ), spent AS (
      UPDATE refresh_tokens SET used_at = ${now}
      WHERE session_id = (SELECT session_id FROM ok) AND used_at IS NULL
    ), minted AS (
      INSERT INTO refresh_tokens (token_hash, session_id, generation, created_at, used_at)
      SELECT sha256(convert_to(ok.next_token, 'UTF8')), ok.session_id, ok.next_generation, ${now}, NULL FROM ok
      ON CONFLICT (token_hash) DO NOTHING
    ), touched AS (
      UPDATE sessions SET generation = ok.next_generation, last_used_at = ${now},
        user_agent = COALESCE(${r.userAgent}, sessions.user_agent), ip = COALESCE(${r.ip}, sessions.ip)
      FROM ok WHERE sessions.id = ok.session_id
    )
    SELECT * FROM ok`.execute(db);
  const row = result.rows[0];
  if (!row) return undefined;
  const {
    session_id,
    session_expires_at,
    next_token,
    session_impersonator_id,
    member_roles,
    tenant_id,
    role_permissions,
    next_generation: _,
    ...user
  } = row as typeof row & { next_generation: number };
  return {
    sessionId: session_id,
    expiresAt: session_expires_at,
    refreshToken: next_token,
    impersonator: session_impersonator_id,
    user,
    grant: {
      tenant_id,
      roles: member_roles,
      active: true,
      tenant_status: "active",
      role_permissions: role_permissions ?? {},
    },
  };
}
