// Handlers of the account lifecycle: email verification, password reset and change, account deletion.
import type { Context } from "hono";
import { clearSessionCookies } from "../auth/cookies.js";
import type { AppEnv, AuthContext } from "../context.js";
import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { clientIp } from "../http/client-ip.js";
import { sessionResult } from "../http/session-result.js";
import type { CodePurpose, IssuedCode } from "../services/codes.js";
import { accountKey } from "../services/password-guesses.js";
import { toUserView } from "../services/users.js";
import { asUser, clientMeta, userEvent } from "./user.js";

export type AccountHandlers = Pick<
  Handlers,
  | "AccountOperations_requestEmailVerification"
  | "AccountOperations_confirmEmailVerification"
  | "AccountOperations_requestPasswordReset"
  | "AccountOperations_confirmPasswordReset"
  | "AccountOperations_changePassword"
  | "AccountOperations_deleteMe"
>;

// Deleting an account without the password needs a sign-in this recent.
const RECENT_SIGN_IN_MS = 5 * 60_000;

/** What the account flows (sign-up, password, codes and mail, SSO proofs) use, here and on the FDI routes. */
export type AccountFlowDeps = Pick<
  AppDeps,
  | "accounts"
  | "accountMail"
  | "accessRevocation"
  | "codes"
  | "rateLimits"
  | "passwordGuesses"
  | "sso"
  | "config"
>;

type AccountDeps = AccountFlowDeps & Pick<AppDeps, "sessions" | "clock" | "revocations">;

export function accountHandlers(deps: AccountDeps): AccountHandlers {
  const {
    accounts,
    accountMail,
    accessRevocation,
    codes,
    config,
    rateLimits,
    passwordGuesses,
    sessions,
    sso,
  } = deps;
  const ipOf = (c: Context<AppEnv>) => clientIp(c, config.trustProxy) ?? "unknown";

  const accepted = (issued: IssuedCode | undefined) => ({
    status: "accepted" as const,
    ...(config.otpTestMode && issued ? { testCode: issued.code, testToken: issued.token } : {}),
  });

  /** Resolves a redemption (link token, or email + code) to the user it was issued to. */
  async function redeem(
    c: Context<AppEnv>,
    body: { token?: string | undefined; email?: string | undefined; code?: string | undefined },
    purpose: CodePurpose,
  ): Promise<string> {
    await rateLimits.codeAttemptsPerIp.hit(ipOf(c));
    if (body.token) return codes.redeemLink(body.token, purpose);
    if (body.email && body.code) {
      const user = await accounts.findByEmail(body.email);
      if (!user) throw new AppError("AUTH_CODE_INVALID");
      await codes.redeemCode(user.id, body.code, purpose);
      return user.id;
    }
    throw new AppError("VALIDATION_FAILED", {
      message: "Send the link token, or the email and the code.",
      fields: [{ path: "body", message: "Needs `token`, or `email` and `code`." }],
    });
  }

  /** Checks the signed-in user's password; each try spends a guess from the same budgets as sign-in. */
  async function reauthenticate(c: Context<AppEnv>, password: string, message: string): Promise<void> {
    const user = await deps.accounts.findById(c.var.auth.userId);
    if (!user) throw new AppError("AUTH_UNAUTHENTICATED");
    await passwordGuesses.verify({ account: accountKey(user.email), ip: ipOf(c) }, async () => {
      if (!(await accounts.checkPassword(user.id, password)))
        throw new AppError("AUTH_INVALID_CREDENTIALS", { message });
    });
  }

  async function rotateAfterPasswordChange(c: Context<AppEnv>, userId: string) {
    const user = await deps.accounts.findById(userId);
    if (!user) throw new AppError("AUTH_UNAUTHENTICATED");
    const renewed = await sessions.start(user, clientMeta(c, config.trustProxy));
    await accessRevocation.revokeAllCredentials(userId, "password_change", {
      keepSessionId: renewed.sessionId,
      by: { actor: { type: "user", id: userId }, meta: clientMeta(c, config.trustProxy) },
    });
    return renewed;
  }

  return {
    AccountOperations_requestEmailVerification: async (c) => {
      const user = await deps.accounts.findById(c.var.auth.userId);
      if (!user) throw new AppError("AUTH_UNAUTHENTICATED");
      await rateLimits.messagesPerIp.hit(ipOf(c));
      await rateLimits.messagesPerEmail.hit(user.email.toLowerCase());
      const issued = user.email_verified
        ? undefined
        : await accountMail.sendVerification(c.var.requestId, user);
      return c.json(accepted(issued), 202);
    },
    AccountOperations_confirmEmailVerification: async (c) => {
      const userId = await redeem(c, c.req.valid("json"), "verify_email");
      // The session is optional here (security `BackendSessionAuth | {}`): absent when anonymous.
      const auth = c.var.auth as AuthContext | undefined;
      await sso.mailboxProved(userId, {
        provingSessionId: auth?.userId === userId ? auth.sessionId : undefined,
        by: asUser(c, config.trustProxy, userId),
      });
      const user = await accounts.markEmailVerified(
        userId,
        userEvent(c, config.trustProxy, "user.email_verified", { id: userId }),
      );
      // Anonymous (the emailed link): the account as seen from where a sign-in would land.
      const tenant = auth?.userId === userId ? auth : await accounts.viewTenant(userId);
      return c.json(toUserView(user, tenant), 200);
    },
    AccountOperations_requestPasswordReset: async (c) => {
      const { email } = c.req.valid("json");
      await rateLimits.messagesPerIp.hit(ipOf(c));
      await rateLimits.messagesPerEmail.hit(email.toLowerCase());
      const issued = await accountMail.requestReset(c.var.requestId, email);
      return c.json(accepted(issued), 202);
    },
    AccountOperations_confirmPasswordReset: async (c) => {
      const body = c.req.valid("json");
      // Check the new password first, so a weak choice does not spend the code.
      await accounts.assertPasswordAcceptable(body.newPassword);
      const userId = await redeem(c, body, "reset_password");
      // Before the new password: from here on no identity that never proved the address signs in.
      await sso.mailboxProved(userId, { by: asUser(c, config.trustProxy, userId) });
      await accounts.setPassword(
        userId,
        body.newPassword,
        undefined,
        userEvent(c, config.trustProxy, "user.password_reset", { id: userId }),
      );
      // Redeeming the emailed code proves the address too, and lifts the account's sign-in limits.
      const user = await accounts.markEmailVerified(userId);
      await passwordGuesses.forgive({ account: accountKey(user.email), ip: ipOf(c) });
      await accessRevocation.revokeAllCredentials(userId, "password_reset", {
        by: { actor: { type: "user", id: userId }, meta: clientMeta(c, config.trustProxy) },
      });
      return c.body(null, 204);
    },
    AccountOperations_changePassword: async (c) => {
      const { userId } = c.var.auth;
      const { currentPassword, newPassword } = c.req.valid("json");
      await accounts.assertPasswordAcceptable(newPassword);
      await reauthenticate(c, currentPassword, "The current password is incorrect.");
      await accounts.setPassword(
        userId,
        newPassword,
        undefined,
        userEvent(c, config.trustProxy, "user.password_change", {
          id: userId,
          tenantId: c.var.auth.tenantId,
        }),
      );
      // ASVS 7.2.4: the caller goes on in a new session; every existing one ends, the caller's included,
      // and so do the user's legacy v1 tokens.
      const renewed = await rotateAfterPasswordChange(c, userId);
      const mode = c.req.valid("header")["X-Auth-Mode"];
      const body = sessionResult(c, config, renewed, mode);
      return mode === "token" ? c.json(body, 200) : c.body(null, 204);
    },
    AccountOperations_deleteMe: async (c) => {
      const { userId, sessionId } = c.var.auth;
      const { password } = c.req.valid("json");
      if (password !== undefined) {
        await reauthenticate(c, password, "The password is incorrect.");
      } else {
        const started = await sessions.authenticatedAt(sessionId);
        if (!started || deps.clock.now().getTime() - started.getTime() > RECENT_SIGN_IN_MS) {
          throw new AppError("AUTH_REAUTHENTICATION_REQUIRED");
        }
      }
      const ended = await accounts.delete(
        userId,
        userEvent(c, config.trustProxy, "user.delete", { id: userId, tenantId: c.var.auth.tenantId }),
      );
      await deps.revocations.publish(ended);
      clearSessionCookies(c, config);
      return c.body(null, 204);
    },
  };
}
