// The app's context type, declared once: what middleware puts on `c.var` for handlers.
export interface AuthContext {
  scheme: string;
  userId: string;
  sessionId: string;
  tenantId: string;
  roles: string[];
  emailVerified: boolean;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    auth: AuthContext;
    /** `fdi`: the route speaks the SuperTokens FDI, whose errors are `{ "message" }` bodies. */
    errorStyle?: "fdi";
  };
}
