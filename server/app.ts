// createApp(deps): the Hono app — middleware, every contract operation, errors. No process concerns.
import { OpenAPIHono } from "@hono/zod-openapi";
import { cors } from "hono/cors";
import { requestId } from "hono/request-id";
import { backendSessionVerifier } from "./auth/backend-session.js";
import type { AppEnv } from "./context.js";
import { mountContract } from "./contract/mount.js";
import type { AppDeps } from "./deps.js";
import { browserCsrf } from "./http/csrf.js";
import { errorHandler, notFound, validationHook } from "./http/errors.js";
import { requestLog } from "./http/request-log.js";
import { accountHandlers } from "./routes/account.js";
import { opsHandlers } from "./routes/ops.js";
import { ssoHandlers } from "./routes/sso.js";
import { userHandlers } from "./routes/user.js";

export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use(requestId());
  app.use(requestLog(deps.logger));
  app.use(
    cors({
      origin: deps.config.allowedOrigins,
      credentials: true,
      allowHeaders: ["Content-Type", "X-Auth-Mode", "X-Request-Id"],
      exposeHeaders: ["X-Request-Id", "Retry-After", "WWW-Authenticate"],
      maxAge: 600,
    }),
  );
  app.use(browserCsrf(deps.config.allowedOrigins));
  mountContract(
    app,
    { ...opsHandlers(deps), ...userHandlers(deps), ...accountHandlers(deps), ...ssoHandlers(deps) },
    { BackendSessionAuth: backendSessionVerifier(deps) },
  );
  app.notFound(notFound);
  app.onError(errorHandler(deps.logger));
  return app;
}
