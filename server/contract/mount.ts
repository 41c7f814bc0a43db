// Mounts every contract operation with its handler and the verifiers its `security` names; no route attaches auth by hand.
import type { OpenAPIHono, RouteHandler } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv, AuthContext } from "../context.js";
import { type OperationId, routes, securitySchemes } from "./routes.gen.js";

/** One handler per operationId: a missing one is a type error. */
export type Handlers = { [K in OperationId]: RouteHandler<(typeof routes)[K], AppEnv> };

/** One verifier per security scheme in the contract: a missing one is a type error. */
export type Verifiers = Record<keyof typeof securitySchemes, (c: Context<AppEnv>) => Promise<AuthContext>>;

type Requirement = Readonly<Record<string, readonly string[]>>;

/** Middleware enforcing OpenAPI `security`: alternatives are tried in order; the first failure is reported. */
export function securityMiddleware(
  security: readonly Requirement[],
  verifiers: Verifiers,
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
    for (const schemes of alternatives) {
      if (schemes.length === 0) return next(); // `{}`: anonymous access allowed
      try {
        let auth: AuthContext | undefined;
        for (const verify of schemes) auth = await verify(c);
        if (auth) c.set("auth", auth);
        return next();
      } catch (err) {
        firstError ??= err;
      }
    }
    throw firstError;
  };
}

export function mountContract(app: OpenAPIHono<AppEnv>, handlers: Handlers, verifiers: Verifiers): void {
  for (const [name, scheme] of Object.entries(securitySchemes)) {
    app.openAPIRegistry.registerComponent("securitySchemes", name, scheme as never);
  }
  for (const id of Object.keys(routes) as OperationId[]) {
    const route = routes[id];
    const auth = securityMiddleware(route.security as readonly Requirement[], verifiers);
    // The route's own type is kept by Handlers; here every route is mounted the same way.
    app.openapi({ ...route, ...(auth ? { middleware: [auth] } : {}) } as never, handlers[id] as never);
  }
}
