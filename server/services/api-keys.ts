// API key policy: creation (scopes within the creator's permissions, expiry, the live-key cap), listing,
// revocation, and what a presented key may do right now.
import { randomUUID } from "node:crypto";
import { AppError } from "../errors.js";
import {
  type ApiKeyRow,
  countLiveApiKeys,
  findApiKeyGrant,
  insertApiKey,
  listUserApiKeys,
  lockUserApiKeys,
  revokeApiKey,
  touchApiKey,
} from "../store/api-keys.js";
import type { Db } from "../store/db.js";
import { listRoles } from "../store/roles.js";
import type { Clock } from "../tokens/clock.js";
import { newOpaqueToken, sha256 } from "../tokens/opaque.js";
import { type AuditEntry, type RequestMeta, withAudit } from "./audit.js";
import { missingPermissions, permissionsFor, TENANT_PERMISSIONS } from "./permissions.js";
import { requireActiveTenant } from "./tenant-access.js";
import { assertSafeText } from "./text-input.js";

/** What every API key starts with: tells it from a JWT at a glance, and lets secret scanners find leaked keys. */
export const API_KEY_PREFIX = "gh_sk_";
/** `gh_sk_` and 32 random bytes in base64url (43 characters): the only shape a key can have. */
const KEY_SHAPE = /^gh_sk_[A-Za-z0-9_-]{43}$/;

export const isApiKeyShaped = (token: string): boolean => token.startsWith(API_KEY_PREFIX);

export const API_KEY_LIMITS = {
  /** Live (unrevoked, unexpired) keys per user, across tenants. */
  liveKeysPerUser: 50,
  /** The latest expiry a key may be given, from its creation. */
  maxLifetimeMs: 365 * 24 * 60 * 60 * 1000,
  /** `last_used_at` is written at most this often per key, so the hot path reads only. */
  touchIntervalMs: 60 * 1000,
  /** The list shows this many of the newest keys (live ones are capped; revoked ones accumulate). */
  listed: 200,
} as const;

export interface ApiKeyView {
  id: string;
  name: string;
  preview: string;
  tenantId: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface NewApiKeyInput {
  name: string;
  scopes: readonly string[];
  expiresAt?: string | undefined;
}

/** Who a valid key acts as, and with what: the AuthContext of ApiKeyAuth is built from this. */
export interface ApiKeyPrincipal {
  keyId: string;
  userId: string;
  tenantId: string;
  roles: string[];
  /** The key's scopes that the creator's roles in the tenant grant now. */
  permissions: string[];
  emailVerified: boolean;
}

export interface ApiKeyServiceOptions {
  db: Db;
  clock: Clock;
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

export const toApiKeyView = (k: ApiKeyRow): ApiKeyView => ({
  id: k.id,
  name: k.name,
  preview: k.preview,
  tenantId: k.tenant_id,
  scopes: [...k.scopes],
  createdAt: k.created_at.toISOString(),
  lastUsedAt: iso(k.last_used_at),
  expiresAt: iso(k.expires_at),
  revokedAt: iso(k.revoked_at),
});

const invalid = (path: string, message: string) =>
  new AppError("VALIDATION_FAILED", { fields: [{ path, message }] });

function event(action: "api_key.create" | "api_key.revoke", k: ApiKeyRow, meta: RequestMeta): AuditEntry {
  return {
    action,
    actor: { type: "user", id: k.user_id },
    tenantId: k.tenant_id,
    target: { type: "api_key", id: k.id },
    meta,
  };
}

export class ApiKeyService {
  constructor(private readonly o: ApiKeyServiceOptions) {}

  /**
   * Creates a key for `userId` in `tenantId` (the session's active tenant). The scopes are checked against
   * the creator's permissions read now, not the access token's (which may be minutes old). Returns the key's
   * secret with its view: the only time it exists outside the caller's hands.
   */
  async create(
    userId: string,
    tenantId: string,
    input: NewApiKeyInput,
    meta: RequestMeta,
  ): Promise<ApiKeyView & { key: string }> {
    assertSafeText(input.name, "body.name");
    if (input.name.trim() === "") throw invalid("body.name", "Must not be blank.");
    const now = this.o.clock.now();
    const expiresAt = this.expiry(input.expiresAt, now);
    const scopes = [...new Set(input.scopes)].sort();
    const key = newOpaqueToken(API_KEY_PREFIX.slice(0, -1));
    const row = await withAudit(
      this.o.db,
      this.o.clock,
      (k: ApiKeyRow) => event("api_key.create", k, meta),
      async (tx) => {
        await lockUserApiKeys(tx, userId);
        const grant = await requireActiveTenant(tx, userId, tenantId);
        const known = new Set<string>(TENANT_PERMISSIONS);
        for (const role of await listRoles(tx, tenantId)) for (const p of role.permissions) known.add(p);
        const unknown = scopes.filter((s) => !known.has(s));
        if (unknown.length > 0) {
          throw new AppError("VALIDATION_FAILED", {
            fields: unknown.map((s) => ({
              path: "body.scopes",
              message: `"${s}" is granted by no role here`,
            })),
          });
        }
        const exceeded = missingPermissions(scopes, grant.permissions);
        if (exceeded.length > 0)
          throw new AppError("API_KEY_SCOPE_EXCEEDED", { missingPermissions: exceeded });
        if ((await countLiveApiKeys(tx, userId, now)) >= API_KEY_LIMITS.liveKeysPerUser)
          throw new AppError("API_KEY_LIMIT_REACHED");
        return insertApiKey(
          tx,
          {
            id: randomUUID(),
            userId,
            tenantId,
            name: input.name,
            keyHash: sha256(key),
            preview: `${API_KEY_PREFIX}…${key.slice(-4)}`,
            scopes,
            expiresAt,
          },
          now,
        );
      },
    );
    return { ...toApiKeyView(row), key };
  }

  async list(userId: string): Promise<ApiKeyView[]> {
    return (await listUserApiKeys(this.o.db, userId, API_KEY_LIMITS.listed)).map(toApiKeyView);
  }

  /**
   * Revokes one of the user's keys. Idempotent: an already revoked key stays revoked (first time kept) and
   * only the call that revoked it is audited, however many arrive at once. Not the user's key: 404.
   */
  async revoke(userId: string, keyId: string, meta: RequestMeta): Promise<void> {
    const result = await withAudit(
      this.o.db,
      this.o.clock,
      (r: Awaited<ReturnType<typeof revokeApiKey>>) =>
        r?.revoked ? event("api_key.revoke", r.row, meta) : undefined,
      (tx) => revokeApiKey(tx, userId, keyId, this.o.clock.now()),
    );
    if (!result) throw new AppError("NOT_FOUND");
  }

  /**
   * What a presented key may do now, or undefined — the same for every refusal (malformed, unknown, revoked,
   * expired, creator disabled, membership gone or inactive, tenant suspended), so the answer tells nothing.
   * No cache: one indexed read per request, so revocation and demotion take effect on the next request.
   */
  async authenticate(token: string): Promise<ApiKeyPrincipal | undefined> {
    if (!KEY_SHAPE.test(token)) return undefined;
    const k = await findApiKeyGrant(this.o.db, sha256(token));
    const now = this.o.clock.now();
    if (
      !k ||
      k.revoked_at !== null ||
      (k.expires_at !== null && k.expires_at.getTime() <= now.getTime()) ||
      k.user_disabled ||
      k.membership_active !== true ||
      k.tenant_status !== "active"
    )
      return undefined;
    const held = new Set(permissionsFor(k.roles ?? [], k.role_permissions));
    const { touchIntervalMs } = API_KEY_LIMITS;
    if (k.last_used_at === null || now.getTime() - k.last_used_at.getTime() >= touchIntervalMs)
      await touchApiKey(this.o.db, k.id, now, touchIntervalMs);
    return {
      keyId: k.id,
      userId: k.user_id,
      tenantId: k.tenant_id,
      roles: k.roles ?? [],
      permissions: k.scopes.filter((s) => held.has(s)).sort(),
      emailVerified: k.email_verified,
    };
  }

  /** `expiresAt` as a Date: in the future and within the maximum lifetime; none: the key does not expire. */
  private expiry(expiresAt: string | undefined, now: Date): Date | null {
    if (expiresAt === undefined) return null;
    const at = new Date(expiresAt);
    if (Number.isNaN(at.getTime())) throw invalid("body.expiresAt", "Must be a date-time.");
    if (at.getTime() <= now.getTime()) throw invalid("body.expiresAt", "Must be in the future.");
    if (at.getTime() - now.getTime() > API_KEY_LIMITS.maxLifetimeMs)
      throw invalid("body.expiresAt", "Must be at most 365 days ahead.");
    return at;
  }
}
