// The app's context type, declared once: what middleware puts on `c.var` for handlers.
import type { AuditActor } from "./services/audit.js";
import type { ExternalSessionRef } from "./services/external-sessions.js";

export interface AuthContext {
  scheme: string;
  userId: string;
  sessionId: string;
  tenantId: string;
  roles: readonly string[];
  /** What `roles` grant in `tenantId`; what the contract's `x-gatehouse-permissions` are checked against. */
  permissions: readonly string[];
  emailVerified: boolean;
  /** When the credential stops being accepted, where it says (an access token's `exp`): the realtime socket closes then. */
  expiresAt?: Date;
  /** Set when the credential is an external SuperTokens deployment's token: what signing it out records. */
  external?: ExternalSessionRef;
  /**
   * Set when the credential is an API key (ApiKeyAuth): its id. `permissions` are then the key's scopes that
   * the creator's roles grant now, and `sessionId` is empty (a key is not a session).
   */
  apiKeyId?: string;
  /** Set on a support session an operator started as this user: the operator (the token's `act.sub`). */
  impersonator?: string;
  /** Who the audit log names for this caller when it is not simply the user (operators, services). */
  actor?: AuditActor;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    auth: AuthContext;
    /** `fdi`: the route speaks the SuperTokens FDI, whose errors are `{ "message" }` bodies. */
    errorStyle?: "fdi";
  };
}
