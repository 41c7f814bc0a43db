// Handlers of the /admin operations: users, signing keys and the audit log, for operators and services.
import type { Context } from "hono";
import type { Config } from "../config.js";
import type { AppEnv } from "../context.js";
import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import type { Operator } from "../services/admin.js";
import type { AuditActor } from "../services/audit.js";
import type { Limiter } from "../services/rate-limits.js";
import type { KeyDescription } from "../tokens/keys.js";
import { clientMeta } from "./user.js";

export type AdminHandlers = Pick<
  Handlers,
  | "AdminOperations_listUsers"
  | "AdminOperations_getUser"
  | "AdminOperations_disableUser"
  | "AdminOperations_enableUser"
  | "AdminOperations_deleteUser"
  | "AdminOperations_revokeUserSessions"
  | "AdminOperations_setSuperAdmin"
  | "AdminOperations_unsetSuperAdmin"
  | "AdminOperations_listSigningKeys"
  | "AdminOperations_rotateSigningKey"
  | "AdminOperations_listAuditEvents"
>;

const keyView = (k: KeyDescription) => ({
  kid: k.kid,
  alg: k.alg,
  createdAt: k.createdAt.toISOString(),
  activatesAt: k.activatesAt.toISOString(),
  retiredAt: k.retiredAt ? k.retiredAt.toISOString() : null,
  state: k.state,
});

/** The caller as the verifier named it: an operator's email, `service`, a super-admin's user id. */
const actorOf = (c: Context<AppEnv>): AuditActor =>
  c.var.auth.actor ?? { type: "admin", id: c.var.auth.userId };

/** One operator's rate-limit key. */
export const operatorKey = (actor: AuditActor): string => `${actor.type}:${actor.id ?? ""}`;

/** The caller, and from where: what every admin event records. */
export function adminOperator(config: Pick<Config, "trustProxy">) {
  return (c: Context<AppEnv>): Operator => ({ actor: actorOf(c), meta: clientMeta(c, config.trustProxy) });
}

/**
 * Every handler of the map spends a point of `limiter` per operator before it runs (security already
 * passed, so the key is who is calling): one leaked operator credential or runaway script is braked,
 * one operator's burst never slows another.
 */
export function rateLimitedPerOperator<H extends Partial<Handlers>>(
  handlers: H,
  limiter: Pick<Limiter, "hit">,
): H {
  const wrapped = Object.entries(handlers).map(([id, handler]) => [
    id,
    async (c: Context<AppEnv>, next: () => Promise<void>) => {
      await limiter.hit(operatorKey(actorOf(c)));
      return (handler as (c: Context<AppEnv>, next: () => Promise<void>) => unknown)(c, next);
    },
  ]);
  return Object.fromEntries(wrapped) as H;
}

export function adminHandlers(
  deps: Pick<AppDeps, "admin" | "audit" | "config" | "rateLimits">,
): AdminHandlers {
  const { admin, audit, config, rateLimits } = deps;
  const operator = adminOperator(config);
  return rateLimitedPerOperator<AdminHandlers>(
    {
      AdminOperations_listUsers: async (c) => {
        const { q, limit, cursor } = c.req.valid("query");
        return c.json(await admin.listUsers({ text: q, limit, cursor }), 200);
      },
      AdminOperations_getUser: async (c) => c.json(await admin.getUser(c.req.valid("param").userId), 200),
      AdminOperations_disableUser: async (c) =>
        c.json(await admin.disableUser(c.req.valid("param").userId, operator(c)), 200),
      AdminOperations_enableUser: async (c) =>
        c.json(await admin.enableUser(c.req.valid("param").userId, operator(c)), 200),
      AdminOperations_deleteUser: async (c) => {
        await admin.deleteUser(c.req.valid("param").userId, operator(c));
        return c.body(null, 204);
      },
      AdminOperations_revokeUserSessions: async (c) =>
        c.json(await admin.revokeSessions(c.req.valid("param").userId, operator(c)), 200),
      AdminOperations_setSuperAdmin: async (c) =>
        c.json(await admin.setSuperAdmin(c.req.valid("param").userId, true, operator(c)), 200),
      AdminOperations_unsetSuperAdmin: async (c) =>
        c.json(await admin.setSuperAdmin(c.req.valid("param").userId, false, operator(c)), 200),
      AdminOperations_listSigningKeys: async (c) =>
        c.json({ keys: (await admin.listSigningKeys()).map(keyView) }, 200),
      AdminOperations_rotateSigningKey: async (c) => {
        const retireOld = c.req.valid("json")?.retireOld ?? false;
        const kid = await admin.rotateSigningKey(retireOld, operator(c));
        return c.json({ kid, keys: (await admin.listSigningKeys()).map(keyView) }, 200);
      },
      AdminOperations_listAuditEvents: async (c) => c.json(await audit.query(c.req.valid("query")), 200),
    },
    rateLimits.adminRequestsPerActor,
  );
}
