// Handlers of the /user operations: sign-up, sign-in, sign-out, refresh, profile, sessions.

import type { Context } from "hono";
import { clearSessionCookies, REFRESH_COOKIE } from "../auth/cookies.js";
import { presentedSession } from "../auth/presented-session.js";
import type { AppEnv } from "../context.js";
import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { clientIp } from "../http/client-ip.js";
import { sessionResult } from "../http/session-result.js";
import type { AuditAction, AuditContext, AuditEntry } from "../services/audit.js";
import { accountKey } from "../services/password-guesses.js";
import type {
  ClientMeta,
  IssuedSession,
  SessionAuthMethod,
  SessionStartOptions,
} from "../services/sessions.js";
import { tenantRefOf } from "../services/tenant-ref.js";
import { toUserView, type UserRow, withTenant } from "../services/users.js";
import type { TokenProfile } from "../tokens/access.js";

export type UserHandlers = Pick<
  Handlers,
  | "UserOperations_signUp"
  | "UserOperations_signIn"
  | "UserOperations_signOut"
  | "UserOperations_refreshSession"
  | "UserOperations_getMe"
  | "UserOperations_updateMe"
  | "UserOperations_listSessions"
  | "UserOperations_revokeSession"
  | "UserOperations_switchTenant"
>;

/** An event of the signed-in (or signing-in) user acting on their own account, from this request. */
export function userEvent(
  c: Context<AppEnv>,
  trustedProxies: number,
  action: AuditAction,
  user: { id: string; tenantId?: string | undefined },
  reason?: string,
): AuditEntry {
  return {
    action,
    actor: { type: "user", id: user.id },
    target: { type: "user", id: user.id },
    tenantId: user.tenantId ?? null,
    reason: reason ?? null,
    meta: clientMeta(c, trustedProxies),
  };
}

/** The signed-in user acting through this request: who and from where, for the events of their changes. */
export function actingUser(c: Context<AppEnv>, trustedProxies: number): AuditContext {
  return asUser(c, trustedProxies, c.var.auth.userId);
}

/** A user acting through this request, signed in or not (proving their mailbox with an emailed code). */
export function asUser(c: Context<AppEnv>, trustedProxies: number, userId: string): AuditContext {
  return { actor: { type: "user", id: userId }, meta: clientMeta(c, trustedProxies) };
}

/** What starting a session needs: the session service, the access tokens (to end the presented session), config. */
export type SessionStartDeps = Pick<AppDeps, "sessions" | "access" | "config">;

export function clientMeta(c: Context<AppEnv>, trustedProxies: number): ClientMeta {
  return {
    userAgent: c.req.header("user-agent") ?? null,
    ip: clientIp(c, trustedProxies),
    requestId: c.var.requestId ?? null,
  };
}

/**
 * Starts a session for a user who has just authenticated, and ends the session the request arrived with
 * (ASVS 7.2.4: authentication yields a new session and terminates the current one, whoever's it was).
 * The access token carries `ev`; with REQUIRE_EMAIL_VERIFICATION an unverified user's session is
 * restricted by the contract's security middleware, not here.
 */
export async function startSession(
  c: Context<AppEnv>,
  deps: SessionStartDeps,
  user: UserRow,
  profile: TokenProfile = "gatehouse",
  options: SessionStartOptions & { method?: SessionAuthMethod; signUp?: boolean } = {},
): Promise<IssuedSession> {
  const previous = await presentedSession(c, deps.access, profile);
  const meta = clientMeta(c, deps.config.trustProxy);
  // How the user proved who they are, for the sign-in event written with the session.
  const how =
    options.method === "legacy_v1_exchange"
      ? "legacy_v1_exchange"
      : options.ssoIdentity
        ? "sso"
        : options.signUp
          ? "signup"
          : "password";
  const audit = userEvent(
    c,
    deps.config.trustProxy,
    "user.signin",
    { id: user.id, tenantId: options.tenantId },
    how,
  );
  const issued =
    options.method === "legacy_v1_exchange"
      ? await deps.sessions.startFromLegacyToken(user, meta, audit)
      : await deps.sessions.start(user, meta, profile, { ...options, audit });
  if (previous) {
    // By the user who just signed in (whoever's the replaced session was); an event only if it was still live.
    const replaced: AuditEntry = {
      ...userEvent(c, deps.config.trustProxy, "session.revoke", { id: user.id }, "replaced_by_sign_in"),
      target: { type: "user", id: previous.userId },
      tenantId: previous.tenantId,
    };
    await deps.sessions.revoke(previous.userId, previous.sessionId, "replaced_by_sign_in", replaced);
  }
  return issued;
}

type UserDeps = SessionStartDeps &
  Pick<AppDeps, "accounts" | "accountMail" | "rateLimits" | "passwordGuesses" | "userViews">;

export function userHandlers(deps: UserDeps): UserHandlers {
  const { accounts, accountMail, sessions, config, rateLimits, passwordGuesses } = deps;
  const meta = (c: Context<AppEnv>) => clientMeta(c, config.trustProxy);
  const event = (c: Context<AppEnv>, action: AuditAction) =>
    userEvent(c, config.trustProxy, action, { id: c.var.auth.userId, tenantId: c.var.auth.tenantId });
  return {
    UserOperations_signUp: async (c) => {
      const body = c.req.valid("json");
      await rateLimits.signUpPerIp.hit(meta(c).ip ?? "unknown");
      const { user, tenantId } = await accounts.signUp(body, tenantRefOf(body), meta(c));
      // Start verification right away; the user can ask for a fresh code later.
      await accountMail.sendVerification(c.var.requestId, user);
      const session = await startSession(c, deps, user, "gatehouse", { tenantId, signUp: true });
      return c.json(sessionResult(c, config, session, c.req.valid("header")["X-Auth-Mode"]), 201);
    },
    UserOperations_signIn: async (c) => {
      const body = c.req.valid("json");
      const { email, password } = body;
      const ref = tenantRefOf(body);
      const source = { account: accountKey(email), ip: meta(c).ip ?? "unknown" };
      const { user, landing } = await passwordGuesses.verifyWith(
        source,
        accounts.signInLookup(email),
        (found) => accounts.signIn(email, password, found, meta(c)),
      );
      // After the password: a wrong password answers the same whatever tenant is named.
      const tenantId = await accounts.signInTenant(ref);
      // An unverified email gets a restricted session (ev: false), not a refusal: the user needs one to
      // ask for a new verification email.
      const issued = await startSession(c, deps, user, "gatehouse", { tenantId, landing });
      return c.json(sessionResult(c, config, issued, c.req.valid("header")["X-Auth-Mode"]), 200);
    },
    UserOperations_signOut: async (c) => {
      const { userId, sessionId } = c.var.auth;
      await sessions.revoke(userId, sessionId, "signout", event(c, "user.signout"));
      clearSessionCookies(c, config);
      return c.body(null, 204);
    },
    UserOperations_refreshSession: async (c) => {
      const mode = c.req.valid("header")["X-Auth-Mode"];
      const token = c.req.valid("json")?.refreshToken ?? c.req.valid("cookie")[REFRESH_COOKIE];
      if (!token) throw new AppError("AUTH_UNAUTHENTICATED", { message: "No refresh token was sent." });
      try {
        const issued = await sessions.refresh(token, meta(c));
        return c.json(sessionResult(c, config, issued, mode), 200);
      } catch (err) {
        // A browser holding a dead refresh cookie should drop it rather than retry forever.
        if (err instanceof AppError && err.status === 401 && mode !== "token") clearSessionCookies(c, config);
        throw err;
      }
    },
    UserOperations_getMe: async (c) => {
      const auth = c.get("auth");
      const view = await deps.userViews.get(auth.userId);
      if (!view) throw new AppError("AUTH_UNAUTHENTICATED");
      // A support session says so, for the client to show (the token's `act` claim).
      const marked = auth.impersonator !== undefined ? { impersonatedBy: auth.impersonator } : {};
      return c.json({ ...withTenant(view, auth), ...marked }, 200);
    },
    UserOperations_updateMe: async (c) => {
      const user = await accounts.updateProfile(
        c.var.auth.userId,
        c.req.valid("json"),
        event(c, "user.update"),
      );
      return c.json(toUserView(user, c.var.auth), 200);
    },
    UserOperations_listSessions: async (c) => {
      const { userId, sessionId } = c.var.auth;
      return c.json({ sessions: await sessions.list(userId, sessionId) }, 200);
    },
    UserOperations_switchTenant: async (c) => {
      const { userId, sessionId } = c.var.auth;
      const { tenantId } = c.req.valid("json");
      const audit = { ...event(c, "tenant.switch"), tenantId, target: { type: "tenant", id: tenantId } };
      const issued = await sessions.switchTenant(userId, sessionId, tenantId, meta(c), audit);
      return c.json(sessionResult(c, config, issued, c.req.valid("header")["X-Auth-Mode"]), 200);
    },
    UserOperations_revokeSession: async (c) => {
      const { sessionId } = c.req.valid("param");
      // An operator acting as the member may end the support session, never the member's own sessions.
      if (c.var.auth.impersonator !== undefined && sessionId !== c.var.auth.sessionId)
        throw new AppError("AUTH_INSUFFICIENT_PERMISSIONS");
      const revoked = await sessions.revoke(
        c.var.auth.userId,
        sessionId,
        "user_revoked",
        event(c, "session.revoke"),
      );
      if (!revoked) throw new AppError("NOT_FOUND", { message: "No such session." });
      return c.body(null, 204);
    },
  };
}
