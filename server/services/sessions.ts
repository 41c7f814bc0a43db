// Sessions: start, rotate refresh tokens (with reuse detection), list and revoke.
import { randomBytes } from "node:crypto";
import { AppError } from "../errors.js";
import { type Db, transaction } from "../store/db.js";
import type { MembershipGrant } from "../store/memberships.js";
import { rotateLiveRefreshToken } from "../store/session-rotation.js";
import {
  createSession,
  findCurrentRefreshTokenHash,
  findLiveSession,
  findSessionAuthentication,
  type Impersonator,
  listLiveSessions,
  lockLiveSession,
  lockRefreshToken,
  purgeEndedSessions,
  revokeSessionById,
  revokeTenantSessions,
  revokeUserSessions,
  rotateRefreshToken,
} from "../store/sessions.js";
import { findUserById, type UserRow } from "../store/users.js";
import type { AccessTokens, TokenProfile } from "../tokens/access.js";
import type { Clock } from "../tokens/clock.js";
import { derivedOpaqueToken, newOpaqueToken, sha256 } from "../tokens/opaque.js";
import type { RevocationList } from "../tokens/revocations.js";
import { type AuditEntry, auditEvent, recordAudit, withAudit } from "./audit.js";
import {
  type ActiveTenant,
  activeTenantOf,
  DEFAULT_TENANT,
  landingOf,
  landingTenant,
  requireActiveTenant,
} from "./tenant-access.js";

export interface SessionServiceOptions {
  db: Db;
  clock: Clock;
  access: AccessTokens;
  revocations: RevocationList;
  /** Absolute session lifetime; rotation never extends it. */
  sessionTtlMs: number;
  /** How long the immediately previous refresh token still works (concurrent refresh from two tabs). */
  reuseGraceMs: number;
}

export interface ClientMeta {
  userAgent: string | null;
  ip: string | null;
  /** The request's id, recorded with audit events. */
  requestId?: string | null | undefined;
}

export interface SessionStartOptions {
  /** The SSO identity the session is started through (unlinking that identity revokes the session). */
  ssoIdentity?: { issuer: string; subject: string } | undefined;
  /** The sign-in event, written in the session's transaction (a refusal is recorded as its failure). */
  audit?: AuditEntry | undefined;
  /**
   * The tenant to start in (403 AUTH_TENANT_ACCESS_DENIED unless an active member). Absent: the default
   * tenant if the user is an active member of it, else their oldest active membership.
   */
  tenantId?: string | undefined;
  /**
   * Without `tenantId`: the landing membership as already read with the user (a password sign-in reads it
   * with the password hash; null when there is none), so it is not read again.
   */
  landing?: MembershipGrant | null | undefined;
  /** A support session: who starts it and why (its tokens carry `act`), and its (short) absolute lifetime. */
  impersonation?: { by: Impersonator; lifetimeMs: number } | undefined;
}

export interface IssuedSession {
  user: UserRow;
  /** The session's tenant, with the roles and permissions the access token carries. */
  tenant: ActiveTenant;
  sessionId: string;
  sessionExpiresAt: Date;
  accessToken: string;
  accessExpiresAt: Date;
  /** The access token's claims (SuperTokens frontends read them from the front-token header). */
  accessPayload: Record<string, unknown>;
  refreshToken: string;
}

export interface SessionSummary {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
  userAgent: string | null;
  ip: string | null;
  current: boolean;
  /** The operator, on a support session started as this user. */
  impersonatedBy?: string;
}

/** How a session was authenticated: only `credential` (a password or provider identity) counts as a sign-in. */
export type SessionAuthMethod = "credential" | "legacy_v1_exchange" | "impersonation";

type RefreshOutcome =
  | {
      kind: "rotated";
      sessionId: string;
      user: UserRow;
      tenant: ActiveTenant;
      expiresAt: Date;
      refreshToken: string;
      impersonator: string | null;
    }
  | { kind: "theft"; sessionId: string }
  /** The membership was removed or deactivated, or the tenant suspended: the session was revoked. */
  | { kind: "ended"; sessionId: string };

/** The tenant was suspended between the membership check and the session's transaction. */
const tenantSuspended = () =>
  new AppError("AUTH_TENANT_ACCESS_DENIED", { message: "This tenant is suspended." });

export class SessionService {
  constructor(private readonly o: SessionServiceOptions) {}

  async start(
    user: UserRow,
    meta: ClientMeta,
    profile: TokenProfile = "gatehouse",
    options: SessionStartOptions = {},
  ): Promise<IssuedSession> {
    return this.open(user, meta, profile, "credential", options);
  }

  /** A support session as `user` (see services/impersonation.ts); never a sign-in, never past its short end. */
  async startImpersonation(
    user: UserRow,
    meta: ClientMeta,
    options: SessionStartOptions,
  ): Promise<IssuedSession> {
    return this.open(user, meta, "gatehouse", "impersonation", options);
  }

  /** A session traded for a legacy v1 token: usable, but never a recent sign-in (re-authentication stays required). */
  async startFromLegacyToken(user: UserRow, meta: ClientMeta, audit?: AuditEntry): Promise<IssuedSession> {
    return this.open(user, meta, "gatehouse", "legacy_v1_exchange", { audit });
  }

  private async open(
    user: UserRow,
    meta: ClientMeta,
    profile: TokenProfile,
    authMethod: SessionAuthMethod,
    options: SessionStartOptions = {},
  ): Promise<IssuedSession> {
    const tenant =
      options.tenantId !== undefined
        ? await requireActiveTenant(this.o.db, user.id, options.tenantId)
        : options.landing !== undefined
          ? landingOf(options.landing)
          : await landingTenant(this.o.db, user.id);
    const now = this.o.clock.now();
    const sessionId = crypto.randomUUID();
    const expiresAt = new Date(now.getTime() + (options.impersonation?.lifetimeMs ?? this.o.sessionTtlMs));
    const refreshToken = newOpaqueToken("rt");
    const sso = options.ssoIdentity;
    const { db, clock } = this.o;
    // One statement with its audit event (every sign-in pays each round trip). A disabled user gets no
    // session by any path (password, SSO, SuperTokens, v1 exchange), nor does a suspended tenant: createSession
    // share-locks the user and the tenant rows, so a concurrent disable or suspension cannot miss it.
    const stored = createSession(
      db,
      {
        id: sessionId,
        userId: user.id,
        tenantId: tenant.tenantId,
        expiresAt,
        userAgent: meta.userAgent?.slice(0, 512) ?? null,
        ip: meta.ip,
        profile,
        authMethod,
        refreshSeed: randomBytes(32),
        sso,
        impersonator: options.impersonation?.by,
      },
      sha256(refreshToken),
      now,
      options.audit && auditEvent(clock, options.audit),
    ).then((created) => {
      if (created === "user_disabled")
        throw new AppError("AUTH_INVALID_CREDENTIALS", { reason: "account_disabled" });
      if (created === "tenant_inactive") throw tenantSuspended();
      if (created === "membership_inactive") throw new AppError("AUTH_TENANT_ACCESS_DENIED");
    });
    await stored.catch(async (err: unknown) => {
      if (err instanceof AppError && err.reason === "account_disabled" && options.audit) {
        await recordAudit(db, clock, { ...options.audit, outcome: "failure", reason: "account_disabled" });
      }
      // The identity was unlinked between the sign-in and here (its address was proved by someone else).
      if (sso && (err as { code?: unknown } | null)?.code === "23503") {
        throw new AppError("AUTH_SSO_TOKEN_INVALID", { message: "This identity is no longer linked." });
      }
      throw err;
    });
    return this.withAccessToken(user, tenant, sessionId, expiresAt, refreshToken, profile, {
      act: options.impersonation?.by.id,
    });
  }

  /** Spends a refresh token of the given profile (scheme) and returns the session's next token pair. */
  async refresh(
    refreshToken: string,
    meta: ClientMeta,
    profile: TokenProfile = "gatehouse",
  ): Promise<IssuedSession> {
    const outcome = await this.rotate(refreshToken, meta, profile);
    if (outcome.kind === "theft") {
      await this.o.revocations.publish([outcome.sessionId]);
      throw new AppError("AUTH_SESSION_REVOKED", {
        message: "The refresh token was already used; the session has been revoked.",
        reason: "refresh_token_reused",
      });
    }
    if (outcome.kind === "ended") {
      await this.o.revocations.publish([outcome.sessionId]);
      throw new AppError("AUTH_SESSION_REVOKED", {
        message: "The session's tenant membership has ended; sign in again.",
      });
    }
    return this.withAccessToken(
      outcome.user,
      outcome.tenant,
      outcome.sessionId,
      outcome.expiresAt,
      outcome.refreshToken,
      profile,
      { parentRefreshToken: refreshToken, act: outcome.impersonator ?? undefined },
    );
  }

  // Refresh is a hot path: the common case is one statement (see rotateLiveRefreshToken); what it declines
  // (unknown token, revoked or ended session, grace-window reuse, theft, ended membership, sessions from
  // before the refresh seed) takes the transaction below, which tells those cases apart.
  private async rotate(
    refreshToken: string,
    meta: ClientMeta,
    profile: TokenProfile,
  ): Promise<RefreshOutcome> {
    const hash = sha256(refreshToken);
    const userAgent = meta.userAgent?.slice(0, 512) ?? null;
    const live = await rotateLiveRefreshToken(
      this.o.db,
      { token: Buffer.from(refreshToken), tokenHash: hash, profile, userAgent, ip: meta.ip },
      this.o.clock.now(),
    );
    if (!live) return this.rotateInTransaction(refreshToken, hash, meta, profile);
    const tenant = activeTenantOf(live.grant);
    // Unreachable: the statement rotates only for an active membership of an active tenant.
    if (typeof tenant === "string") throw new Error(`rotated a session without tenant access: ${tenant}`);
    const { sessionId, user, expiresAt, impersonator } = live;
    return {
      kind: "rotated",
      sessionId,
      user,
      tenant,
      expiresAt,
      refreshToken: live.refreshToken,
      impersonator,
    };
  }

  // Two statements in one transaction, four round trips with BEGIN and COMMIT.
  private rotateInTransaction(
    refreshToken: string,
    hash: Buffer,
    meta: ClientMeta,
    profile: TokenProfile,
  ): Promise<RefreshOutcome> {
    const { db, clock, reuseGraceMs } = this.o;
    return transaction(db, async (tx) => {
      // The session and then the token, locked in one round trip (see lockRefreshToken).
      const { session, token } = (await lockRefreshToken(tx, hash)) ?? {};
      const now = clock.now();
      // Another scheme's refresh token is unknown here: refused before anything is spent or revoked.
      if (!session || !token || (session.profile !== null && session.profile !== profile))
        throw new AppError("AUTH_UNAUTHENTICATED", { message: "The refresh token is not valid." });
      if (session.revoked_at) throw new AppError("AUTH_SESSION_REVOKED");
      if (session.expires_at.getTime() <= now.getTime()) {
        throw new AppError("AUTH_UNAUTHENTICATED", { message: "The session has ended; sign in again." });
      }
      let generation: number;
      let spend: boolean;
      if (token.used_at === null && token.generation === session.generation) {
        // The normal case: spend this token (and any sibling an older version minted in a grace window).
        generation = session.generation + 1;
        spend = true;
      } else if (
        token.used_at !== null &&
        token.generation === session.generation - 1 &&
        now.getTime() - token.used_at.getTime() <= reuseGraceMs
      ) {
        // The immediately previous token, just spent by a concurrent refresh: it gets the successor that
        // refresh minted (derived again below), so the session never forks into parallel lineages.
        generation = session.generation;
        spend = false;
      } else {
        await revokeSessionById(tx, session.id, "refresh_token_reuse", now);
        await recordAudit(tx, clock, {
          action: "session.theft_detected",
          actor: { type: "anonymous", id: null },
          reason: "refresh_token_reused",
          target: { type: "user", id: session.user_id },
          tenantId: session.tenant_id,
          sessionIds: [session.id],
          meta,
        });
        return { kind: "theft", sessionId: session.id } as const;
      }
      // A token's successor is derived from it under the session's secret: the grace reuse above derives
      // exactly the token the first refresh minted (already stored, so the insert does nothing). Sessions
      // from before the seed existed get one now; their grace reuse may then mint one sibling, which the
      // next spend retires with the rest.
      const seed = session.refresh_seed ?? randomBytes(32);
      const next = derivedOpaqueToken("rt", seed, refreshToken);
      // Spend, mint, touch the session and read the user and their membership in one round trip.
      const rotated = await rotateRefreshToken(
        tx,
        {
          sessionId: session.id,
          userId: session.user_id,
          tenantId: session.tenant_id,
          spend,
          nextHash: sha256(next),
          generation,
          profile,
          seed,
          userAgent: meta.userAgent?.slice(0, 512) ?? null,
          ip: meta.ip,
        },
        now,
      );
      if (!rotated) throw new AppError("AUTH_UNAUTHENTICATED");
      // Roles are re-read on every refresh: a change takes effect now; a membership that ended ends the session.
      const tenant = activeTenantOf(rotated.grant);
      if (typeof tenant === "string") {
        await revokeSessionById(tx, session.id, `membership_${tenant}`, now);
        return { kind: "ended", sessionId: session.id } as const;
      }
      return {
        kind: "rotated",
        sessionId: session.id,
        user: rotated.user,
        tenant,
        expiresAt: session.expires_at,
        refreshToken: next,
        impersonator: session.impersonator_id,
      } as const;
    });
  }

  private async withAccessToken(
    user: UserRow,
    tenant: ActiveTenant,
    sessionId: string,
    sessionExpiresAt: Date,
    refreshToken: string,
    profile: TokenProfile,
    extra: { parentRefreshToken?: string | undefined; act?: string | undefined } = {},
  ): Promise<IssuedSession> {
    const { parentRefreshToken, act } = extra;
    const access = await this.accessToken(
      user,
      tenant,
      sessionId,
      sessionExpiresAt,
      profile,
      sha256(refreshToken),
      parentRefreshToken ? sha256(parentRefreshToken) : undefined,
      act,
    );
    return { user, tenant, sessionId, sessionExpiresAt, ...access, refreshToken };
  }

  private async accessToken(
    user: UserRow,
    tenant: ActiveTenant,
    sessionId: string,
    sessionExpiresAt: Date,
    profile: TokenProfile,
    refreshTokenHash: Buffer | undefined,
    parentRefreshTokenHash: Buffer | undefined,
    act?: string,
  ): Promise<Pick<IssuedSession, "accessToken" | "accessExpiresAt" | "accessPayload">> {
    // The claims SuperTokens frontends read from the access token (FDI), alongside Gatehouse's own;
    // `st-ev` is SuperTokens' email-verification claim.
    const claims =
      profile === "supertokens"
        ? {
            sessionHandle: sessionId,
            // SuperTokens calls the default tenant `public`; other tenants keep their Gatehouse id.
            tId: tenant.tenantId === DEFAULT_TENANT ? "public" : tenant.tenantId,
            rsub: user.id,
            refreshTokenHash1: refreshTokenHash?.toString("hex") ?? null,
            parentRefreshTokenHash1: parentRefreshTokenHash?.toString("hex") ?? null,
            antiCsrfToken: null,
            "st-ev": { v: user.email_verified, t: this.o.clock.now().getTime() },
          }
        : {};
    const { token, expiresAt, payload } = await this.o.access.issue(
      {
        sub: user.id,
        sid: sessionId,
        tid: tenant.tenantId,
        roles: tenant.roles,
        perms: tenant.permissions,
        ev: user.email_verified,
        ...(act !== undefined ? { act: { sub: act } } : {}),
      },
      { notAfter: sessionExpiresAt, profile, claims },
    );
    return { accessToken: token, accessExpiresAt: expiresAt, accessPayload: payload };
  }

  /**
   * A new access token for a live session, its refresh token untouched: the SuperTokens FDI updates a
   * claim in place (`st-ev` once the email is verified). Undefined when the session has ended.
   */
  async reissueAccessToken(
    sessionId: string,
    profile: TokenProfile,
  ): Promise<Pick<IssuedSession, "user" | "accessToken" | "accessExpiresAt" | "accessPayload"> | undefined> {
    const now = this.o.clock.now();
    const session = await findLiveSession(this.o.db, sessionId, now);
    const user = session && (await findUserById(this.o.db, session.user_id));
    if (!session || !user) return undefined;
    const tenant = await requireActiveTenant(this.o.db, user.id, session.tenant_id).catch(() => undefined);
    if (!tenant) return undefined;
    const hash = await findCurrentRefreshTokenHash(this.o.db, sessionId);
    return {
      user,
      ...(await this.accessToken(user, tenant, sessionId, session.expires_at, profile, hash, undefined)),
    };
  }

  /**
   * Moves a session to another tenant the user is an active member of: the session ends (its access token
   * stops at once, through the revocation list) and a successor in the same family starts with a new pair —
   * same sign-in time, same absolute end. 403 AUTH_TENANT_ACCESS_DENIED unless an active member.
   */
  async switchTenant(
    userId: string,
    sessionId: string,
    tenantId: string,
    meta: ClientMeta,
    audit?: AuditEntry,
  ): Promise<IssuedSession> {
    const { db, clock } = this.o;
    // The switch's event names the session it ended (session.revoked, in the tenant left).
    const entry = (r: { ended: { id: string; tenantId: string } }): AuditEntry | undefined =>
      audit && { ...audit, sessionIds: [r.ended.id], sessionTenantId: r.ended.tenantId };
    const started = await withAudit(db, clock, entry, async (tx) => {
      const now = clock.now();
      const session = await lockLiveSession(tx, sessionId, userId, now);
      if (!session) throw new AppError("AUTH_SESSION_REVOKED");
      // A support session is bound to the one tenant the operator named.
      if (session.impersonator_id !== null) throw new AppError("AUTH_INSUFFICIENT_PERMISSIONS");
      const user = await findUserById(tx, userId);
      if (!user) throw new AppError("AUTH_UNAUTHENTICATED");
      const tenant = await requireActiveTenant(tx, userId, tenantId);
      const next = crypto.randomUUID();
      const refreshToken = newOpaqueToken("rt");
      // A user disabled meanwhile (their sessions are being revoked) or a tenant suspended meanwhile gets none.
      const created = await createSession(
        tx,
        {
          id: next,
          userId,
          tenantId: tenant.tenantId,
          expiresAt: session.expires_at,
          userAgent: meta.userAgent?.slice(0, 512) ?? session.user_agent,
          ip: meta.ip ?? session.ip,
          profile: session.profile ?? "gatehouse",
          authMethod: session.auth_method,
          refreshSeed: randomBytes(32),
          sso:
            session.sso_issuer && session.sso_subject
              ? { issuer: session.sso_issuer, subject: session.sso_subject }
              : undefined,
          familyId: session.family_id ?? session.id,
          authenticatedAt: session.created_at,
        },
        sha256(refreshToken),
        now,
      );
      if (created === "user_disabled") throw new AppError("AUTH_SESSION_REVOKED");
      if (created === "tenant_inactive") throw tenantSuspended();
      if (created === "membership_inactive") throw new AppError("AUTH_TENANT_ACCESS_DENIED");
      await revokeSessionById(tx, session.id, "tenant_switch", now);
      return {
        user,
        tenant,
        next,
        refreshToken,
        expiresAt: session.expires_at,
        profile: session.profile,
        ended: { id: session.id, tenantId: session.tenant_id },
      };
    });
    await this.o.revocations.publish([sessionId]);
    return this.withAccessToken(
      started.user,
      started.tenant,
      started.next,
      started.expiresAt,
      started.refreshToken,
      started.profile ?? "gatehouse",
    );
  }

  /** Ends the user's sessions in one tenant at once (membership removed or deactivated). */
  async revokeInTenant(userId: string, tenantId: string, reason: string): Promise<number> {
    const revoked = (await revokeTenantSessions(this.o.db, userId, tenantId, reason, this.o.clock.now())).map(
      (r) => r.id,
    );
    await this.o.revocations.publish(revoked);
    return revoked.length;
  }

  async list(userId: string, currentSessionId: string): Promise<SessionSummary[]> {
    const rows = await listLiveSessions(this.o.db, userId, this.o.clock.now());
    return rows.map((s) => ({
      id: s.id,
      createdAt: s.created_at.toISOString(),
      lastUsedAt: s.last_used_at.toISOString(),
      expiresAt: s.expires_at.toISOString(),
      userAgent: s.user_agent,
      ip: s.ip,
      current: s.id === currentSessionId,
      ...(s.impersonator_id !== null ? { impersonatedBy: s.impersonator_id } : {}),
    }));
  }

  /**
   * When the user signed in to this session (not when it was last refreshed); undefined for a session that
   * was not signed in with a credential (traded for a v1 token), which never counts as a recent sign-in.
   */
  async authenticatedAt(sessionId: string): Promise<Date | undefined> {
    const row = await findSessionAuthentication(this.o.db, sessionId);
    return row?.auth_method === "credential" ? row.created_at : undefined;
  }

  /** Revokes one of the user's live sessions; false when there is no such session. The event is written only if one ended. */
  async revoke(userId: string, sessionId: string, reason: string, audit?: AuditEntry): Promise<boolean> {
    const revoked = await withAudit(
      this.o.db,
      this.o.clock,
      (ids: string[]) => (ids.length > 0 && audit ? { ...audit, sessionIds: ids } : undefined),
      (tx) => revokeUserSessions(tx, userId, reason, this.o.clock.now(), { only: sessionId }),
    );
    await this.o.revocations.publish(revoked);
    return revoked.length > 0;
  }

  /** Revokes every live session of a user, optionally keeping one (password change). */
  async revokeAll(userId: string, reason: string, keepSessionId?: string): Promise<number> {
    const revoked = await revokeUserSessions(this.o.db, userId, reason, this.o.clock.now(), {
      ...(keepSessionId ? { except: keepSessionId } : {}),
    });
    await this.o.revocations.publish(revoked);
    return revoked.length;
  }

  /** Drops refresh tokens of sessions that ended long ago; run periodically. */
  async purgeEnded(olderThanMs: number): Promise<void> {
    const cutoff = new Date(this.o.clock.now().getTime() - olderThanMs);
    await purgeEndedSessions(this.o.db, cutoff);
  }
}
