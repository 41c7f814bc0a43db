// Handlers of the invitation operations: a tenant's invitations (create, list, revoke) and accepting one.
import type { Handlers } from "../contract/mount.js";
import type { AppDeps } from "../deps.js";
import { sessionResult } from "../http/session-result.js";
import { accountKey } from "../services/password-guesses.js";
import { actingUser, clientMeta, type SessionStartDeps, startSession } from "./user.js";

export type InvitationHandlers = Pick<
  Handlers,
  | "InvitationOperations_createInvitation"
  | "InvitationOperations_listInvitations"
  | "InvitationOperations_revokeInvitation"
  | "InvitationAcceptOperations_acceptInvitation"
>;

type InvitationDeps = SessionStartDeps &
  Pick<AppDeps, "invitations" | "accounts" | "passwordGuesses" | "rateLimits">;

export function invitationHandlers(deps: InvitationDeps): InvitationHandlers {
  const { invitations, accounts, passwordGuesses, config } = deps;
  return {
    // `x-gatehouse-tenant-param` and `x-gatehouse-permissions` (members:invite) are enforced from the contract.
    InvitationOperations_createInvitation: async (c) => {
      const { tenantId } = c.req.valid("param");
      const { invitation, token } = await invitations.invite(
        c.var.requestId,
        tenantId,
        c.var.auth.userId,
        c.req.valid("json"),
        actingUser(c, config.trustProxy),
      );
      return c.json(config.otpTestMode ? { ...invitation, testToken: token } : invitation, 201);
    },
    InvitationOperations_listInvitations: async (c) => {
      const { tenantId } = c.req.valid("param");
      return c.json({ invitations: await invitations.list(tenantId) }, 200);
    },
    InvitationOperations_revokeInvitation: async (c) => {
      const { tenantId, invitationId } = c.req.valid("param");
      await invitations.revoke(tenantId, invitationId, actingUser(c, config.trustProxy));
      return c.body(null, 204);
    },
    InvitationAcceptOperations_acceptInvitation: async (c) => {
      const meta = clientMeta(c, config.trustProxy);
      const ip = meta.ip ?? "unknown";
      const { user, tenantId } = await invitations.accept(c.req.valid("json"), {
        signedInUserId: c.var.auth?.userId,
        meta,
        checkPassword: (email, password) =>
          passwordGuesses.verifyWith(
            { account: accountKey(email), ip },
            accounts.signInLookup(email),
            async (found) => (await accounts.signIn(email, password, found)).user,
          ),
      });
      const issued = await startSession(c, deps, user, "gatehouse", { tenantId });
      return c.json(sessionResult(c, config, issued, c.req.valid("header")["X-Auth-Mode"]), 200);
    },
  };
}
