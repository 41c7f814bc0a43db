// Handlers of the deprecated SuperTokens FDI routes (header mode), on top of ordinary Gatehouse sessions.
import type { Context } from "hono";
import { bearerToken } from "../auth/api-v1.js";
import type { AppEnv } from "../context.js";
import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { clientIp } from "../http/client-ip.js";
import type { PasswordSignIn } from "../services/accounts.js";
import { accountKey } from "../services/password-guesses.js";
import type { IssuedSession } from "../services/sessions.js";
import { isSafeText } from "../services/text-input.js";
import type { AccountFlowDeps } from "./account.js";
import { stUser, tenantOf } from "./supertokens-tenants.js";
import { asUser, clientMeta, type SessionStartDeps, startSession, userEvent } from "./user.js";

type StOps = Extract<keyof Handlers, `SuperTokensOperations_${string}`>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** FDI form fields are untyped `{id, value}` pairs, so the contract's email rules are applied here. */
const isEmail = (email: string | undefined): email is string =>
  !!email && email.length <= 254 && EMAIL.test(email) && isSafeText(email);

/** The `{tenantId}` of an /auth/{tenantId}/… route (validated by its contract); undefined on /auth/…. */
const pathTenant = (c: Context<AppEnv>): string | undefined => c.req.param("tenantId");

type TenantTwins<T> = {
  [K in keyof T as K extends `SuperTokensOperations_${infer Op}`
    ? `SuperTokensOperations_tenant${Capitalize<Op>}`
    : never]: T[K];
};

/** The contract's /auth/{tenantId}/… twin of each operation (`…_signIn` → `…_tenantSignIn`), same handler. */
function tenantTwins<T extends Record<string, unknown>>(ops: T): TenantTwins<T> {
  const prefix = "SuperTokensOperations_";
  return Object.fromEntries(
    Object.entries(ops).map(([id, handler]) => {
      const op = id.slice(prefix.length);
      return [`${prefix}tenant${op.charAt(0).toUpperCase()}${op.slice(1)}`, handler];
    }),
  ) as TenantTwins<T>;
}

/** An FDI form: untyped `{ id, value }` pairs. */
type FormFields = Array<{ id: string; value: string }>;

const field = (fields: FormFields, id: string) => fields.find((f) => f.id === id)?.value;

/** The header-mode token headers an FDI frontend reads after sign-in, sign-up and refresh. */
function setSessionHeaders(c: Context<AppEnv>, issued: IssuedSession): void {
  setAccessHeaders(c, issued);
  c.header("st-refresh-token", issued.refreshToken);
}

/** A new access token alone (a claim changed): the frontend keeps its refresh token. */
function setAccessHeaders(
  c: Context<AppEnv>,
  issued: Pick<IssuedSession, "user" | "accessToken" | "accessExpiresAt" | "accessPayload">,
): void {
  const front = { uid: issued.user.id, ate: issued.accessExpiresAt.getTime(), up: issued.accessPayload };
  c.header("st-access-token", issued.accessToken);
  c.header("front-token", Buffer.from(JSON.stringify(front), "utf8").toString("base64"));
  c.header("Cache-Control", "no-store");
}

function clearSessionHeaders(c: Context<AppEnv>): void {
  c.header("st-access-token", "");
  c.header("st-refresh-token", "");
  c.header("front-token", "remove");
  c.header("Cache-Control", "no-store");
}

type SuperTokensDeps = SessionStartDeps &
  AccountFlowDeps &
  Pick<AppDeps, "externalSessions" | "keys" | "tenants">;

export function superTokensHandlers(deps: SuperTokensDeps): Pick<Handlers, StOps> {
  const {
    accounts,
    accountMail,
    accessRevocation,
    sessions,
    codes,
    config,
    rateLimits,
    passwordGuesses,
    sso,
  } = deps;
  const meta = (c: Context<AppEnv>) => clientMeta(c, config.trustProxy);
  const ipOf = (c: Context<AppEnv>) => clientIp(c, config.trustProxy) ?? "unknown";

  /** FIELD_ERROR for a bad email or a password outside the policy; undefined when the form is fine. */
  async function formErrors(email: string | undefined, password: string | undefined, checkPolicy: boolean) {
    const errors: Array<{ id: string; error: string }> = [];
    if (!isEmail(email)) errors.push({ id: "email", error: "Email is not valid" });
    if (password === undefined || password === "") {
      errors.push({ id: "password", error: "Field is not optional" });
    } else if (checkPolicy && !isSafeText(password)) {
      // A new password follows the contract's NewPassword; one presented to sign in is only compared.
      errors.push({ id: "password", error: "Password must not contain control characters" });
    } else if (checkPolicy) {
      try {
        await accounts.assertPasswordAcceptable(password, "password");
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        errors.push({
          id: "password",
          error:
            err.code === "AUTH_PASSWORD_TOO_WEAK"
              ? "This password is too common"
              : "Password must be 8 to 128 characters",
        });
      }
    } else if (password.length > 128) {
      errors.push({ id: "password", error: "Password must be 8 to 128 characters" });
    }
    return errors.length ? { status: "FIELD_ERROR" as const, formFields: errors } : undefined;
  }

  /** The form's email and password, or the FDI answer refusing the form (`checkPolicy`: on sign-up). */
  async function credentialsOf(form: FormFields, checkPolicy: boolean) {
    const email = field(form, "email")?.trim();
    const password = field(form, "password");
    const invalid = await formErrors(email, password, checkPolicy);
    if (invalid || !email || !password)
      return { refusal: invalid ?? { status: "GENERAL_ERROR" as const, message: "Invalid form" } };
    return { email, password };
  }

  async function signUp(c: Context<AppEnv>, tenantId: string | undefined, form: FormFields) {
    const tenant = tenantOf(tenantId);
    const credentials = await credentialsOf(form, true);
    if ("refusal" in credentials) return credentials.refusal;
    const { email, password } = credentials;
    try {
      await rateLimits.signUpPerIp.hit(ipOf(c));
      const { user, tenantId: joined } = await accounts.signUp({ email, password }, tenant, meta(c));
      const issued = await startSession(c, deps, user, "supertokens", { tenantId: joined, signUp: true });
      setSessionHeaders(c, issued);
      return { status: "OK" as const, user: await stUser(user, deps.tenants) };
    } catch (err) {
      if (err instanceof AppError && err.code === "AUTH_EMAIL_EXISTS") {
        return {
          status: "FIELD_ERROR" as const,
          formFields: [{ id: "email", error: "This email already exists. Please sign in instead." }],
        };
      }
      if (err instanceof AppError && err.code === "AUTH_RATE_LIMIT_EXCEEDED") {
        return { status: "GENERAL_ERROR" as const, message: "Too many attempts; try again later." };
      }
      // The tenant's registration policy (invite-only, closed, suspended, unknown: one answer).
      if (err instanceof AppError && err.code === "AUTH_REGISTRATION_CLOSED") {
        return { status: "GENERAL_ERROR" as const, message: "Sign-up is not allowed in this tenant." };
      }
      throw err;
    }
  }

  async function signIn(c: Context<AppEnv>, tenantId: string | undefined, form: FormFields) {
    const tenant = tenantOf(tenantId);
    const credentials = await credentialsOf(form, false);
    if ("refusal" in credentials) return credentials.refusal;
    const { email, password } = credentials;
    let signedIn: PasswordSignIn;
    try {
      const source = { account: accountKey(email), ip: ipOf(c) };
      signedIn = await passwordGuesses.verifyWith(source, accounts.signInLookup(email), (found) =>
        accounts.signIn(email, password, found, clientMeta(c, deps.config.trustProxy)),
      );
    } catch (err) {
      if (err instanceof AppError && err.code === "AUTH_INVALID_CREDENTIALS") {
        return { status: "WRONG_CREDENTIALS_ERROR" as const };
      }
      if (err instanceof AppError && err.code === "AUTH_RATE_LIMIT_EXCEEDED") {
        return { status: "GENERAL_ERROR" as const, message: "Too many attempts; try again later." };
      }
      throw err;
    }
    // As in SuperTokens, where users belong to tenants: a tenant the account is not an active member of
    // (or a suspended or unknown one) answers like a wrong password. An unverified email signs in with
    // `st-ev: false`, which REQUIRE_EMAIL_VERIFICATION restricts to the verification routes.
    const { user, landing } = signedIn;
    let issued: IssuedSession;
    try {
      const tenantId = await accounts.signInTenant(tenant);
      issued = await startSession(c, deps, user, "supertokens", { tenantId, landing });
    } catch (err) {
      // Another tenant, or disabled between the password check and the session: refused like a wrong password.
      if (
        err instanceof AppError &&
        (err.code === "AUTH_TENANT_ACCESS_DENIED" || err.reason === "account_disabled")
      )
        return { status: "WRONG_CREDENTIALS_ERROR" as const };
      throw err;
    }
    setSessionHeaders(c, issued);
    return { status: "OK" as const, user: await stUser(user, deps.tenants) };
  }

  async function emailExists(c: Context<AppEnv>, tenantId: string | undefined, email: string) {
    await rateLimits.codeAttemptsPerIp.hit(ipOf(c));
    tenantOf(tenantId);
    return { status: "OK" as const, exists: !!(await accounts.findByEmail(email)) };
  }

  async function resetToken(c: Context<AppEnv>, tenantId: string | undefined, form: FormFields) {
    const email = field(form, "email")?.trim();
    if (!isEmail(email)) {
      return { status: "FIELD_ERROR" as const, formFields: [{ id: "email", error: "Email is not valid" }] };
    }
    try {
      await rateLimits.messagesPerIp.hit(ipOf(c));
      await rateLimits.messagesPerEmail.hit(email.toLowerCase());
    } catch {
      return { status: "GENERAL_ERROR" as const, message: "Too many attempts; try again later." };
    }
    tenantOf(tenantId);
    await accountMail.requestReset(c.var.requestId, email);
    return { status: "OK" as const };
  }

  async function resetPassword(
    c: Context<AppEnv>,
    tenantId: string | undefined,
    body: { token: string; formFields: FormFields },
  ) {
    tenantOf(tenantId);
    const password = field(body.formFields, "password") ?? "";
    try {
      await accounts.assertPasswordAcceptable(password, "password");
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return { status: "FIELD_ERROR" as const, formFields: [{ id: "password", error: err.message }] };
    }
    await rateLimits.codeAttemptsPerIp.hit(ipOf(c));
    let userId: string;
    try {
      userId = await codes.redeemLink(body.token, "reset_password");
    } catch (err) {
      if (err instanceof AppError && err.code === "AUTH_CODE_INVALID") {
        return { status: "RESET_PASSWORD_INVALID_TOKEN_ERROR" as const };
      }
      throw err;
    }
    // Redeeming the emailed code proves the address: identities that never did lose the account.
    await sso.mailboxProved(userId, { by: asUser(c, deps.config.trustProxy, userId) });
    await accounts.setPassword(
      userId,
      password,
      "password",
      userEvent(c, deps.config.trustProxy, "user.password_reset", { id: userId }),
    );
    const user = await accounts.markEmailVerified(userId);
    await passwordGuesses.forgive({ account: accountKey(user.email), ip: ipOf(c) });
    await accessRevocation.revokeAllCredentials(userId, "password_reset");
    return { status: "OK" as const };
  }

  async function signInUp(
    c: Context<AppEnv>,
    tenantId: string | undefined,
    body: { thirdPartyId: string; oAuthTokens?: { id_token?: string | undefined } | undefined },
  ) {
    tenantOf(tenantId);
    const idToken = body.oAuthTokens?.id_token;
    if (!idToken) {
      return {
        status: "GENERAL_ERROR" as const,
        message: "Send oAuthTokens.id_token; the authorisation-code flow is not supported.",
      };
    }
    await rateLimits.signUpPerIp.hit(ipOf(c));
    try {
      const { user, created, identity } = await sso.signIn(
        body.thirdPartyId,
        idToken,
        undefined,
        clientMeta(c, deps.config.trustProxy),
      );
      const issued = await startSession(c, deps, user, "supertokens", { ssoIdentity: identity });
      setSessionHeaders(c, issued);
      return { status: "OK" as const, user: await stUser(user, deps.tenants), createdNewRecipeUser: created };
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      if (err.code === "AUTH_EMAIL_EXISTS") {
        return {
          status: "SIGN_IN_UP_NOT_ALLOWED" as const,
          reason: "An account with this email exists and the provider did not verify the email.",
        };
      }
      if (err.reason === "sso_email_unusable") {
        return { status: "NO_EMAIL_GIVEN_BY_PROVIDER" as const };
      }
      if (err.reason === "account_disabled") {
        return { status: "SIGN_IN_UP_NOT_ALLOWED" as const, reason: "This account is disabled." };
      }
      if (err.code === "AUTH_SSO_TOKEN_INVALID" || err.code === "NOT_FOUND") {
        return { status: "GENERAL_ERROR" as const, message: err.message };
      }
      throw err;
    }
  }

  async function verifyToken(c: Context<AppEnv>, tenantId: string | undefined) {
    tenantOf(tenantId);
    const user = await deps.accounts.findById(c.var.auth.userId);
    if (!user) throw new AppError("AUTH_UNAUTHENTICATED");
    if (user.email_verified) return { status: "EMAIL_ALREADY_VERIFIED_ERROR" as const };
    await rateLimits.messagesPerEmail.hit(user.email.toLowerCase());
    await accountMail.sendVerification(c.var.requestId, user);
    return { status: "OK" as const };
  }

  async function verify(c: Context<AppEnv>, tenantId: string | undefined, token: string) {
    tenantOf(tenantId);
    await rateLimits.codeAttemptsPerIp.hit(ipOf(c));
    try {
      const userId = await codes.redeemLink(token, "verify_email");
      // The FDI verify call carries no session, so no identity can claim to have made this proof.
      await sso.mailboxProved(userId, { by: asUser(c, deps.config.trustProxy, userId) });
      const user = await accounts.markEmailVerified(
        userId,
        userEvent(c, deps.config.trustProxy, "user.email_verified", { id: userId }),
      );
      return { status: "OK" as const, user: { id: user.id, email: user.email } };
    } catch (err) {
      if (err instanceof AppError && err.code === "AUTH_CODE_INVALID") {
        return { status: "EMAIL_VERIFICATION_INVALID_TOKEN_ERROR" as const };
      }
      throw err;
    }
  }

  async function isVerified(c: Context<AppEnv>, tenantId: string | undefined) {
    tenantOf(tenantId);
    const { userId, sessionId, emailVerified } = c.var.auth;
    const user = await deps.accounts.findById(userId);
    if (!user) throw new AppError("AUTH_UNAUTHENTICATED");
    // SuperTokens updates a stale `st-ev` claim here: the frontend asks after the user verified.
    if (user.email_verified && !emailVerified && sessionId) {
      const fresh = await sessions.reissueAccessToken(sessionId, "supertokens");
      if (fresh) setAccessHeaders(c, fresh);
    }
    return { status: "OK" as const, isVerified: user.email_verified };
  }

  // Each of these also answers at /auth/{tenantId}/… (tenantTwins): one handler, the tenant from the path.
  const twinned = {
    SuperTokensOperations_signUp: async (c) =>
      c.json(await signUp(c, pathTenant(c), c.req.valid("json").formFields), 200),
    SuperTokensOperations_signIn: async (c) =>
      c.json(await signIn(c, pathTenant(c), c.req.valid("json").formFields), 200),
    SuperTokensOperations_emailExists: async (c) =>
      c.json(await emailExists(c, pathTenant(c), c.req.valid("query").email), 200),
    SuperTokensOperations_signUpEmailExists: async (c) =>
      c.json(await emailExists(c, pathTenant(c), c.req.valid("query").email), 200),
    SuperTokensOperations_passwordResetToken: async (c) =>
      c.json(await resetToken(c, pathTenant(c), c.req.valid("json").formFields), 200),
    SuperTokensOperations_passwordReset: async (c) =>
      c.json(await resetPassword(c, pathTenant(c), c.req.valid("json")), 200),
    SuperTokensOperations_signInUp: async (c) =>
      c.json(await signInUp(c, pathTenant(c), c.req.valid("json")), 200),
  } satisfies Partial<Handlers>;

  return {
    ...twinned,
    ...tenantTwins(twinned),
    SuperTokensOperations_refreshSession: async (c) => {
      const token = bearerToken(c);
      if (!token) throw new AppError("AUTH_UNAUTHENTICATED");
      try {
        const issued = await sessions.refresh(token, meta(c), "supertokens");
        setSessionHeaders(c, issued);
        return c.json({}, 200);
      } catch (err) {
        if (err instanceof AppError && err.reason === "refresh_token_reused") {
          // The FDI body says "token theft detected" (http/errors.ts); the frontend drops its tokens.
          clearSessionHeaders(c);
          throw err;
        }
        if (err instanceof AppError && err.status === 401) throw new AppError("AUTH_UNAUTHENTICATED");
        throw err;
      }
    },
    SuperTokensOperations_signOut: async (c) => {
      const { userId, sessionId, external } = c.var.auth;
      // An external deployment's session is not ours to end: remember it as signed out until its tokens expire.
      if (external) await deps.externalSessions.revoke(external);
      else if (sessionId)
        await sessions.revoke(
          userId,
          sessionId,
          "signout",
          userEvent(c, deps.config.trustProxy, "user.signout", { id: userId, tenantId: c.var.auth.tenantId }),
        );
      clearSessionHeaders(c);
      return c.json({ status: "OK" as const }, 200);
    },
    SuperTokensOperations_emailVerifyToken: async (c) => c.json(await verifyToken(c, undefined), 200),
    SuperTokensOperations_tenantEmailVerifyToken: async (c) =>
      c.json(await verifyToken(c, c.req.valid("param").tenantId), 200),
    SuperTokensOperations_emailVerify: async (c) =>
      c.json(await verify(c, undefined, c.req.valid("json").token), 200),
    SuperTokensOperations_tenantEmailVerify: async (c) =>
      c.json(await verify(c, c.req.valid("param").tenantId, c.req.valid("json").token), 200),
    SuperTokensOperations_isEmailVerified: async (c) => c.json(await isVerified(c, undefined), 200),
    SuperTokensOperations_tenantIsEmailVerified: async (c) =>
      c.json(await isVerified(c, c.req.valid("param").tenantId), 200),
    SuperTokensOperations_jwks: (c) => {
      c.header("Cache-Control", "public, max-age=60");
      return c.json(
        deps.keys.jwks() as { keys: Array<{ kty: string; kid: string; alg: string; use: string }> },
        200,
      );
    },
  };
}
