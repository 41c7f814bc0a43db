// createApp(deps): the Hono app — middleware, every contract operation, errors. No process concerns.
import { OpenAPIHono } from "@hono/zod-openapi";
import { secureHeaders } from "hono/secure-headers";
import { adminAccessVerifier } from "./auth/admin-access.js";
import { apiKeyVerifier } from "./auth/api-key.js";
import { apiV1Verifier } from "./auth/api-v1.js";
import { backendBearerVerifier } from "./auth/backend-bearer.js";
import { backendSessionVerifier } from "./auth/backend-session.js";
import { serviceAuthVerifier } from "./auth/service-auth.js";
import { superAdminVerifier } from "./auth/super-admin.js";
import { superTokensVerifier } from "./auth/supertokens.js";
import type { AppEnv } from "./context.js";
import { mountContract } from "./contract/mount.js";
import type { AppDeps } from "./deps.js";
import { crossSiteGuard } from "./http/csrf.js";
import { mountDocsAssets } from "./http/docs.js";
import { errorHandler, notFound, validationHook } from "./http/errors.js";
import { responseHeaders } from "./http/headers.js";
import { requestLog } from "./http/request-log.js";
import { SplitRouter } from "./http/router.js";
import { accountHandlers } from "./routes/account.js";
import { adminHandlers } from "./routes/admin.js";
import { adminTenantHandlers } from "./routes/admin-tenants.js";
import { apiKeyHandlers } from "./routes/api-keys.js";
import { deprecatedHandlers } from "./routes/deprecated.js";
import { identityHandlers } from "./routes/identity.js";
import { invitationHandlers } from "./routes/invitations.js";
import { legacyHandlers } from "./routes/legacy.js";
import { opsHandlers } from "./routes/ops.js";
import { realtimeHandlers } from "./routes/realtime.js";
import { serviceHandlers } from "./routes/service.js";
import { ssoHandlers } from "./routes/sso.js";
import { superTokensHandlers } from "./routes/supertokens.js";
import { tenantHandlers } from "./routes/tenants.js";
import { userHandlers } from "./routes/user.js";

const HSTS = "max-age=31536000; includeSubDomains";

export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  // The deprecated SuperTokens routes (`/auth/…`) would cost every other route hono's fast router.
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook, router: new SplitRouter("auth") });
  // First, so that every request is logged, preflights included (the request id is read after the answer).
  app.use(requestLog(deps.logger));
  app.use(
    responseHeaders({
      cors: {
        origins: deps.config.allowedOrigins,
        // SuperTokens frontends (header mode) send rid, fdi-version, st-auth-mode and read the token headers.
        allowHeaders: [
          "Content-Type",
          "X-Auth-Mode",
          "X-Request-Id",
          "Authorization",
          // The SDK's token mode asks the mock for its token example (`Prefer: example=token`); servers ignore it.
          "Prefer",
          "rid",
          "fdi-version",
          "st-auth-mode",
          "anti-csrf",
        ],
        exposeHeaders: [
          "X-Request-Id",
          "Retry-After",
          "WWW-Authenticate",
          "Deprecation",
          "Sunset",
          "Link",
          "front-token",
          "st-access-token",
          "st-refresh-token",
        ],
        maxAge: 600,
      },
      // API responses are never a page: nothing may load or frame them. /docs sets its own policy.
      // Preflights carry these too (HSTS on every answer, ASVS 3.4.1).
      securityHeaders: secureHeaders({
        contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
        // ASVS 3.4.1: a year, subdomains included (hono's default is 180 days); only when served over https.
        strictTransportSecurity: deps.config.publicUrl.startsWith("https://") ? HSTS : false,
        overwrite: false,
      }),
    }),
  );

  mountDocsAssets(app);
  const user = { ...userHandlers(deps), ...accountHandlers(deps), ...ssoHandlers(deps) };
  mountContract(
    app,
    {
      ...opsHandlers(deps),
      ...user,
      ...deprecatedHandlers(user),
      ...superTokensHandlers(deps),
      ...identityHandlers(deps),
      ...legacyHandlers(deps),
      ...adminHandlers(deps),
      ...adminTenantHandlers(deps),
      ...tenantHandlers(deps),
      ...invitationHandlers(deps),
      ...apiKeyHandlers(deps),
      ...realtimeHandlers(deps),
      ...serviceHandlers(deps),
    },
    {
      BackendSessionAuth: backendSessionVerifier(deps),
      BackendBearerAuth: backendBearerVerifier(deps),
      SuperTokensAuth: superTokensVerifier({ ...deps, external: deps.config.superTokensIssuer }),
      APIv1Auth: apiV1Verifier(deps),
      AdminAccessAuth: adminAccessVerifier({ config: deps.config.adminAccess, clock: deps.clock }),
      ServiceAuth: serviceAuthVerifier({ secrets: deps.config.serviceAuthSecrets }),
      SuperAdminAuth: superAdminVerifier(deps),
      ApiKeyAuth: apiKeyVerifier(deps),
    },
    { since: deps.config.deprecatedSince, sunset: deps.config.sunset, baseUrl: deps.config.publicUrl },
    { requireEmailVerification: deps.config.requireEmailVerification },
    [crossSiteGuard(deps.config.allowedOrigins)],
  );
  app.notFound(notFound);
  app.onError(errorHandler(deps.logger));
  return app;
}
