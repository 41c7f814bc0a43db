// Handlers of the /admin operations: users, signing keys and the audit log, for operators and services.
import type { Context } from "hono";
import type { AppEnv } from "../context.js";
import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import type { Operator } from "../services/admin.js";
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

export function adminHandlers(deps: Pick<AppDeps, "admin" | "audit" | "config">): AdminHandlers {
  const { admin, audit, config } = deps;
  /** The verifier named the caller (an operator's email, `service`, a super-admin's user id). */
  const operator = (c: Context<AppEnv>): Operator => ({
    actor: c.var.auth.actor ?? { type: "admin", id: c.var.auth.userId },
    meta: clientMeta(c, config.trustProxy),
  });
  return {
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
  };
}
