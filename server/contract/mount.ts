// Mounts every contract operation with its handler and the verifiers its `security` names; no route attaches auth by hand.
import type { OpenAPIHono, RouteHandler } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import type { AppEnv, AuthContext } from "../context.js";
import { AppError } from "../errors.js";
import { defaultHeader } from "../http/headers.js";
import { missingPermissions } from "../services/permissions.js";
import { type OperationId, routes, securitySchemes } from "./routes.gen.js";

/** One handler per operationId: a missing one is a type error. */
export type Handlers = { [K in OperationId]: RouteHandler<(typeof routes)[K], AppEnv> };

/** One verifier per security scheme in the contract: a missing one is a type error. */
export type Verifiers = Record<keyof typeof securitySchemes, (c: Context<AppEnv>) => Promise<AuthContext>>;

type Requirement = Readonly<Record<string, readonly string[]>>;

export interface DeprecationPolicy {
  /** When the deprecated routes were deprecated (RFC 9745 `Deprecation`). */
  since: Date;
  /** When they will stop answering (RFC 8594 `Sunset`). */
  sunset: Date;
  /** Origin the successor links point at. */
  baseUrl: string;
}

export interface AccessPolicy {
  /**
   * REQUIRE_EMAIL_VERIFICATION: a session whose access token says `ev: false` may call only the
   * operations the contract marks `x-gatehouse-allow-unverified`; everything else is 403
   * AUTH_EMAIL_NOT_VERIFIED.
   */
  requireEmailVerification: boolean;
}

// The largest legitimate body (an ID token, or 20 SuperTokens form fields) is well under this.
export const MAX_BODY_BYTES = 64 * 1024;
const limitStream = bodyLimit({ maxSize: MAX_BODY_BYTES });
/**
 * hono's bodyLimit, without its cost for the usual request: it reads `c.req.raw.body` first, which makes
 * @hono/node-server build a WHATWG Request and stream, and then the handler reads the body through them.
 * A declared Content-Length is checked here as bodyLimit checks it; anything else (chunked) goes to it.
 */
const limitBody: MiddlewareHandler<AppEnv> = async function limitBody(c, next) {
  const length = c.req.header("content-length");
  if (length === undefined || c.req.header("transfer-encoding") !== undefined) return limitStream(c, next);
  if (Number.parseInt(length, 10) > MAX_BODY_BYTES) throw new HTTPException(413);
  return next();
};

// RFC 9110 §9.2.1; HEAD and OPTIONS reach a route only as its GET or through CORS.
const SAFE_METHODS = new Set(["get", "head", "options"]);

// Operations that speak the SuperTokens FDI (errors are `{ "message" }`), by the contract's interface.
const FDI_INTERFACES = ["SuperTokensOperations_", "IdentityOperations_"];

const isNoCredential = (err: unknown) => err instanceof AppError && err.code === "AUTH_UNAUTHENTICATED";

/**
 * Middleware enforcing OpenAPI `security`: alternatives are tried in order; the first failure is reported,
 * unless it only says "no usable credential" (AUTH_UNAUTHENTICATED) and a later alternative found one that
 * expired or was revoked: a bearer token that expired on a cookie-or-bearer route is AUTH_SESSION_EXPIRED,
 * not "no cookie", so the client refreshes.
 * With `verifiedEmailOnly`, a credential whose email is not verified fails with AUTH_EMAIL_NOT_VERIFIED.
 * An anonymous alternative (`{}`) admits requests that sent no usable credential, but a credential that has
 * expired or was revoked is still reported (401), so the client refreshes or signs in instead of silently
 * acting anonymously.
 */
export function securityMiddleware(
  security: readonly Requirement[],
  verifiers: Verifiers,
  options: { verifiedEmailOnly?: boolean } = {},
): MiddlewareHandler<AppEnv> | undefined {
  if (security.length === 0) return undefined;
  const alternatives = security.map((req) =>
    Object.keys(req).map((name) => {
      const verify = verifiers[name as keyof Verifiers];
      if (!verify) throw new TypeError(`no verifier for security scheme ${name}`);
      return verify;
    }),
  );
  return async function authenticate(c, next) {
    let firstError: unknown;
    // Each scheme that found no usable credential says how to authenticate with it (RFC 9110 §11.6.1).
    const challenges: string[] = [];
    for (const schemes of alternatives) {
      if (schemes.length === 0) {
        if (firstError !== undefined && !isNoCredential(firstError)) throw firstError;
        return next(); // `{}`: anonymous access allowed
      }
      let auth: AuthContext | undefined;
      try {
        for (const verify of schemes) auth = await verify(c);
        if (auth && options.verifiedEmailOnly && !auth.emailVerified)
          throw new AppError("AUTH_EMAIL_NOT_VERIFIED");
      } catch (err) {
        const challenge = isNoCredential(err) ? (err as AppError).headers["WWW-Authenticate"] : undefined;
        if (challenge !== undefined) challenges.push(challenge);
        if (firstError === undefined || (isNoCredential(firstError) && !isNoCredential(err)))
          firstError = err;
        continue;
      }
      // Outside the try: a handler's own error must not make the next alternative run the handler again.
      if (auth) {
        c.set("auth", auth);
        // What an authenticated request gets back is one user's: no shared cache may keep it
        // (unless the handler says otherwise itself).
        defaultHeader(c, "Cache-Control", "no-store");
      }
      await next();
      return;
    }
    throw isNoCredential(firstError) && challenges.length > 1
      ? withChallenges(firstError as AppError, challenges)
      : firstError;
  };
}

/**
 * A 401 for "no usable credential" on a route with alternatives (cookie or bearer) lists every scheme's
 * challenge, so a client learns it may use either, not only the first one tried.
 */
function withChallenges(err: AppError, challenges: string[]): AppError {
  return new AppError(err.code, {
    message: err.message,
    ...(err.fields ? { fields: err.fields } : {}),
    headers: { ...err.headers, "WWW-Authenticate": challenges.join(", ") },
    cause: err.cause,
    ...(err.reason ? { reason: err.reason } : {}),
  });
}

/**
 * The check of the contract's authorization marks, run once `security` passed and the request was
 * validated (input the contract refuses is a 400 whoever sends it, as on every other operation), before
 * the handler, which never checks by hand: the path parameter named by `x-gatehouse-tenant-param` must be
 * the session's active tenant (403 AUTH_TENANT_ACCESS_DENIED, checked first and compared as sent: an
 * empty, blank or other id never falls back to the active tenant), then the permissions in
 * `x-gatehouse-permissions` must all be held (403 AUTH_INSUFFICIENT_PERMISSIONS naming the missing ones).
 * Permissions are the access token's `perms`, which services/permissions.ts computed.
 */
export function authorizationCheck(
  permissions: readonly string[] | undefined,
  tenantParam: string | undefined,
  ownerOnly = false,
): ((c: Context<AppEnv>) => void) | undefined {
  if (!permissions?.length && !tenantParam && !ownerOnly) return undefined;
  const required = permissions ?? [];
  return function authorize(c) {
    const auth = c.var.auth as AuthContext | undefined;
    // `x-gatehouse-owner-only`: a support session acts as the user but may not mint credentials or change
    // what only the owner may (its operator must never leave with something that outlives the session).
    if (ownerOnly && auth?.impersonator !== undefined) throw new AppError("AUTH_IMPERSONATION_FORBIDDEN");
    if (!permissions?.length && !tenantParam) return;
    // `security` ran before: an operation with these marks always requires credentials (gen-routes checks).
    if (!auth) throw new AppError("AUTH_UNAUTHENTICATED");
    if (tenantParam !== undefined && c.req.param(tenantParam) !== auth.tenantId)
      throw new AppError("AUTH_TENANT_ACCESS_DENIED");
    const missing = missingPermissions(required, auth.permissions);
    if (missing.length > 0)
      throw new AppError("AUTH_INSUFFICIENT_PERMISSIONS", { missingPermissions: missing });
  };
}

/** Deprecation, Sunset and successor Link headers for a route the contract marks deprecated. */
function deprecationMiddleware(
  successor: string | undefined,
  policy: DeprecationPolicy,
): MiddlewareHandler<AppEnv> {
  const deprecation = `@${Math.floor(policy.since.getTime() / 1000)}`;
  const sunset = policy.sunset.toUTCString();
  const link = successor ? `<${policy.baseUrl}${successor}>; rel="successor-version"` : undefined;
  return async function deprecated(c, next) {
    await next();
    c.res.headers.set("Deprecation", deprecation);
    c.res.headers.set("Sunset", sunset);
    if (link) c.res.headers.append("Link", link);
  };
}

const fdiErrors: MiddlewareHandler<AppEnv> = async function fdiErrors(c, next) {
  c.set("errorStyle", "fdi");
  await next();
};

export function mountContract(
  app: OpenAPIHono<AppEnv>,
  handlers: Handlers,
  verifiers: Verifiers,
  deprecation: DeprecationPolicy,
  policy: AccessPolicy = { requireEmailVerification: false },
  /**
   * Checks every operation with an unsafe method runs once its error style is set, before the body is read
   * or credentials checked (CSRF). Operations on GET are left out: a safe method changes nothing, so such a
   * check lets it through anyway, and a middleware layer costs every request of the route.
   */
  unsafeMethodGuards: readonly MiddlewareHandler<AppEnv>[] = [],
): void {
  for (const [name, scheme] of Object.entries(securitySchemes)) {
    app.openAPIRegistry.registerComponent("securitySchemes", name, scheme as never);
  }
  for (const id of Object.keys(routes) as OperationId[]) {
    const route = routes[id] as (typeof routes)[OperationId] & {
      deprecated?: boolean;
      "x-gatehouse-successor"?: string;
      "x-gatehouse-allow-unverified"?: boolean;
      "x-gatehouse-permissions"?: readonly string[];
      "x-gatehouse-tenant-param"?: string;
      "x-gatehouse-owner-only"?: boolean;
    };
    const middleware: MiddlewareHandler<AppEnv>[] = [];
    if (FDI_INTERFACES.some((prefix) => id.startsWith(prefix))) middleware.push(fdiErrors);
    if (route.deprecated) middleware.push(deprecationMiddleware(route["x-gatehouse-successor"], deprecation));
    if (!SAFE_METHODS.has(route.method)) middleware.push(...unsafeMethodGuards);
    // After the error style is set, so an oversized body is refused in the operation's own error shape.
    if ("request" in route && route.request && "body" in route.request) middleware.push(limitBody);
    const auth = securityMiddleware(route.security as readonly Requirement[], verifiers, {
      verifiedEmailOnly: policy.requireEmailVerification && route["x-gatehouse-allow-unverified"] !== true,
    });
    if (auth) middleware.push(auth);
    const authorize = authorizationCheck(
      route["x-gatehouse-permissions"],
      route["x-gatehouse-tenant-param"],
      route["x-gatehouse-owner-only"] === true,
    );
    const handler = handlers[id] as unknown as (c: Context<AppEnv>) => Promise<Response>;
    const guarded = authorize
      ? async function authorized(c: Context<AppEnv>) {
          authorize(c);
          return handler(c);
        }
      : handler;
    app.openapi({ ...route, middleware } as never, guarded as never);
  }
}
