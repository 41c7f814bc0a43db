// Handlers of the /user operations: sign-up, sign-in, sign-out, refresh, profile, sessions.

import type { Context } from "hono";
import { clearSessionCookies, REFRESH_COOKIE, sessionResult } from "../auth/cookies.js";
import type { AppEnv } from "../context.js";
import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { clientIp } from "../http/client-ip.js";
import { DEFAULT_TENANT } from "../services/accounts.js";
import { accountKey } from "../services/password-guesses.js";
import type { ClientMeta } from "../services/sessions.js";
import { findUserById, toUserView } from "../services/users.js";

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
>;

export function clientMeta(c: Context<AppEnv>, trustedProxies: number): ClientMeta {
  return { userAgent: c.req.header("user-agent") ?? null, ip: clientIp(c, trustedProxies) };
}

export function userHandlers(deps: AppDeps): UserHandlers {
  const { accounts, accountMail, sessions, config, rateLimits, passwordGuesses } = deps;
  const meta = (c: Context<AppEnv>) => clientMeta(c, config.trustProxy);
  return {
    UserOperations_signUp: async (c) => {
      const body = c.req.valid("json");
      await rateLimits.signUpPerIp.hit(meta(c).ip ?? "unknown");
      const user = await accounts.signUp(body);
      // Start verification right away; the user can ask for a fresh code later.
      await accountMail.sendVerification(c.var.requestId, user);
      const session = await sessions.start(user, meta(c));
      return c.json(sessionResult(c, config, session, c.req.valid("header")["X-Auth-Mode"]), 201);
    },
    UserOperations_signIn: async (c) => {
      const { email, password } = c.req.valid("json");
      const source = { account: accountKey(DEFAULT_TENANT, email), ip: meta(c).ip ?? "unknown" };
      const user = await passwordGuesses.verify(source, () => accounts.signIn(email, password));
      // Checked after the password, so it says nothing about accounts the caller cannot sign in to.
      if (config.requireEmailVerification && !user.email_verified)
        throw new AppError("AUTH_EMAIL_NOT_VERIFIED");
      const issued = await sessions.start(user, meta(c));
      return c.json(sessionResult(c, config, issued, c.req.valid("header")["X-Auth-Mode"]), 200);
    },
    UserOperations_signOut: async (c) => {
      const { userId, sessionId } = c.var.auth;
      await sessions.revoke(userId, sessionId, "signout");
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
      const user = await findUserById(deps.store.db, c.var.auth.userId);
      if (!user) throw new AppError("AUTH_UNAUTHENTICATED");
      return c.json(toUserView(user), 200);
    },
    UserOperations_updateMe: async (c) => {
      const user = await accounts.updateProfile(c.var.auth.userId, c.req.valid("json"));
      return c.json(toUserView(user), 200);
    },
    UserOperations_listSessions: async (c) => {
      const { userId, sessionId } = c.var.auth;
      return c.json({ sessions: await sessions.list(userId, sessionId) }, 200);
    },
    UserOperations_revokeSession: async (c) => {
      const { sessionId } = c.req.valid("param");
      const revoked = await sessions.revoke(c.var.auth.userId, sessionId, "user_revoked");
      if (!revoked) throw new AppError("NOT_FOUND", { message: "No such session." });
      return c.body(null, 204);
    },
  };
}
