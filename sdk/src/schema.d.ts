// generated — do not edit: openapi-typescript from generated/openapi.json (npm run build)
export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public signing keys (JWKS)
         * @description The JWK Set that verifies access tokens; includes retired keys until their tokens expire.
         */
        get: operations["OpsOperations_getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/openid-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OpenID discovery document
         * @description Discovery metadata: issuer and JWKS URL for resource servers that verify Gatehouse access tokens.
         */
        get: operations["OpsOperations_getDiscovery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the audit log
         * @description Audit events, newest first, filtered by actor, target, action and time range, paged.
         */
        get: operations["AdminOperations_listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/impersonations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Impersonate a member (support)
         * @description Start a short support session as a member of a tenant (see `Impersonation`). Refused with 409
         *     CONFLICT for a disabled user, a super-admin (an operator never holds a super-admin's powers this
         *     way), a user who is no active member of the tenant, or a suspended tenant; 404 NOT_FOUND for an
         *     unknown user or tenant. Audited (`admin.impersonation.start`, with the reason).
         */
        post: operations["AdminTenantOperations_startImpersonation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/impersonations/{impersonationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End an impersonation
         * @description End an impersonation at once: its access tokens are refused within seconds on every instance, its
         *     refresh token is dead. Idempotent (an impersonation that already ended: 204 again); an id that is no
         *     impersonation: 404. Audited once (`admin.impersonation.end`).
         */
        delete: operations["AdminTenantOperations_endImpersonation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/signing-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List signing keys
         * @description Every signing key still in the database, newest activation first.
         */
        get: operations["AdminOperations_listSigningKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/signing-keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing key now
         * @description Replace the signing key at once, as `npm run admin -- rotate-signing-key` does.
         */
        post: operations["AdminOperations_rotateSigningKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tenants
         * @description Tenants whose slug or name contains `q` (case-insensitive), optionally of one status, in slug order, paged.
         */
        get: operations["AdminTenantOperations_listTenants"];
        put?: never;
        /**
         * Create a tenant
         * @description Create a tenant with a preset's roles, optionally with a first admin. A taken slug: 409 CONFLICT.
         */
        post: operations["AdminTenantOperations_createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/tenants/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tenant
         * @description One tenant.
         */
        get: operations["AdminTenantOperations_getTenant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/tenants/{tenantId}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a tenant
         * @description Reactivate a suspended tenant (its ended sessions stay ended; members sign in again). Idempotent.
         */
        post: operations["AdminTenantOperations_reactivateTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/tenants/{tenantId}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend a tenant
         * @description Suspend the tenant: every session whose active tenant it is ends at once (its access tokens are
         *     refused within seconds, on every instance); its members cannot sign in, switch or refresh into it
         *     (403 AUTH_TENANT_ACCESS_DENIED, message "This tenant is suspended.") until it is reactivated. The
         *     `default` tenant cannot be suspended (409 CONFLICT). Idempotent.
         */
        post: operations["AdminTenantOperations_suspendTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search users
         * @description Users whose email or name contains `q` (case-insensitive), in email order, paged.
         */
        get: operations["AdminOperations_listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description One user.
         */
        get: operations["AdminOperations_getUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description Delete the account and everything hanging off it; its sessions end at once. The audit log keeps its events.
         *     Refused like the user's own deletion (409 `TENANT_LAST_ADMIN`) while the user is the only active admin
         *     of a tenant: an operator does not orphan a tenant either — appoint another admin, or suspend the tenant,
         *     first. There is deliberately no override flag.
         */
        delete: operations["AdminOperations_deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users/{userId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a user
         * @description Disable the account: it cannot sign in by any path (password, SuperTokens, SSO, refresh, v1 token),
         *     and its sessions and v1 tokens are revoked at once. Idempotent (disabling a disabled user keeps the
         *     first time).
         */
        post: operations["AdminOperations_disableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users/{userId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a user
         * @description Enable a disabled account again (its revoked sessions stay revoked). Idempotent.
         */
        post: operations["AdminOperations_enableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users/{userId}/sessions/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke all of a user's sessions
         * @description Sign the user out everywhere: every session and v1 token is revoked.
         */
        post: operations["AdminOperations_revokeUserSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users/{userId}/super-admin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Make a user super-admin
         * @description Make the user a super-admin: their own session (Authorization: Bearer) may then call `/admin/*`. Idempotent.
         */
        put: operations["AdminOperations_setSuperAdmin"];
        post?: never;
        /**
         * Take super-admin from a user
         * @description Take super-admin away from the user. Idempotent.
         */
        delete: operations["AdminOperations_unsetSuperAdmin"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/emailpassword/email/exists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SuperTokens: does this email have an account
         * @deprecated
         * @description Deprecated: use the /user routes instead. Whether an email/password account exists.
         */
        get: operations["SuperTokensOperations_emailExists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/jwt/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SuperTokens: public signing keys (JWKS)
         * @deprecated
         * @description Deprecated: use `GET /.well-known/jwks.json` instead.
         */
        get: operations["SuperTokensOperations_jwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/session/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SuperTokens: refresh the session
         * @deprecated
         * @description Deprecated: use `POST /user/session/refresh` instead. Send the refresh token as
         *     `Authorization: Bearer <refresh token>`; no body. New tokens come back in the
         *     `st-access-token`, `st-refresh-token` and `front-token` headers.
         */
        post: operations["SuperTokensOperations_refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/signin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SuperTokens: sign in
         * @deprecated
         * @description Deprecated: use `POST /user/signin` instead. Email/password sign-in (FDI).
         */
        post: operations["SuperTokensOperations_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/signinup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SuperTokens: third-party sign-in/up
         * @deprecated
         * @description Deprecated: use `POST /user/sso/{provider}` instead. Third-party sign-in/up with `oAuthTokens.id_token`.
         */
        post: operations["SuperTokensOperations_signInUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/signout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SuperTokens: sign out
         * @deprecated
         * @description Deprecated: use `POST /user/signout` instead. No body and no Content-Type; clears the token headers.
         */
        post: operations["SuperTokensOperations_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SuperTokens: sign up
         * @deprecated
         * @description Deprecated: use `POST /user/signup` instead. Email/password sign-up (FDI).
         */
        post: operations["SuperTokensOperations_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/signup/email/exists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SuperTokens: email taken? (sign-up form)
         * @deprecated
         * @description Deprecated: use the /user routes instead. The older form of the email-exists check.
         */
        get: operations["SuperTokensOperations_signUpEmailExists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/user/email/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SuperTokens: is the email verified
         * @deprecated
         * @description Deprecated: use `GET /user/me` (`emailVerified`) instead. Sends a new access token once the email is verified.
         */
        get: operations["SuperTokensOperations_isEmailVerified"];
        put?: never;
        /**
         * SuperTokens: verify the email with a token
         * @deprecated
         * @description Deprecated: use `POST /user/email/verification/confirm` instead. Verifies with the emailed token.
         */
        post: operations["SuperTokensOperations_emailVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/user/email/verify/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SuperTokens: send an email verification link
         * @deprecated
         * @description Deprecated: use `POST /user/email/verification/request` instead. Emails a verification link.
         */
        post: operations["SuperTokensOperations_emailVerifyToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/user/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SuperTokens: reset the password with a token
         * @deprecated
         * @description Deprecated: use `POST /user/password/reset/confirm` instead. Sets a new password with the reset token.
         */
        post: operations["SuperTokensOperations_passwordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/user/password/reset/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SuperTokens: send a password reset link
         * @deprecated
         * @description Deprecated: use `POST /user/password/reset/request` instead. Always OK, also for unknown emails.
         */
        post: operations["SuperTokensOperations_passwordResetToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/{tenantId}/emailpassword/email/exists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SuperTokens: does this email have an account in a tenant
         * @deprecated
         * @description Deprecated: use the /user routes instead. Whether an email/password account exists, in a tenant.
         */
        get: operations["SuperTokensOperations_tenantEmailExists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/{tenantId}/signin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SuperTokens: sign in to a tenant
         * @deprecated
         * @description Deprecated: use `POST /user/signin` instead. Email/password sign-in in a tenant (FDI).
         */
        post: operations["SuperTokensOperations_tenantSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/{tenantId}/signinup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SuperTokens: third-party sign-in/up in a tenant
         * @deprecated
         * @description Deprecated: use `POST /user/sso/{provider}` instead. Tenant form.
         */
        post: operations["SuperTokensOperations_tenantSignInUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/{tenantId}/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SuperTokens: sign up in a tenant
         * @deprecated
         * @description Deprecated: use `POST /user/signup` instead. Email/password sign-up in a tenant (FDI).
         */
        post: operations["SuperTokensOperations_tenantSignUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/{tenantId}/signup/email/exists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SuperTokens: email taken in a tenant? (sign-up form)
         * @deprecated
         * @description Deprecated: use the /user routes instead. The older form of the email-exists check, in a tenant.
         */
        get: operations["SuperTokensOperations_tenantSignUpEmailExists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/{tenantId}/user/email/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SuperTokens: is the email verified in a tenant
         * @deprecated
         * @description Deprecated: use `GET /user/me` (`emailVerified`) instead. Tenant form.
         */
        get: operations["SuperTokensOperations_tenantIsEmailVerified"];
        put?: never;
        /**
         * SuperTokens: verify the email with a token in a tenant
         * @deprecated
         * @description Deprecated: use `POST /user/email/verification/confirm` instead. Tenant form.
         */
        post: operations["SuperTokensOperations_tenantEmailVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/{tenantId}/user/email/verify/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SuperTokens: send an email verification link in a tenant
         * @deprecated
         * @description Deprecated: use `POST /user/email/verification/request` instead. Tenant form.
         */
        post: operations["SuperTokensOperations_tenantEmailVerifyToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/{tenantId}/user/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SuperTokens: reset the password with a token in a tenant
         * @deprecated
         * @description Deprecated: use `POST /user/password/reset/confirm` instead. Tenant form.
         */
        post: operations["SuperTokensOperations_tenantPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/{tenantId}/user/password/reset/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SuperTokens: send a password reset link in a tenant
         * @deprecated
         * @description Deprecated: use `POST /user/password/reset/request` instead. Tenant form.
         */
        post: operations["SuperTokensOperations_tenantPasswordResetToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chargebee/self_serve_portal/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a billing portal session (v1 token)
         * @description Create a session of the billing provider's self-service portal for the caller.
         */
        post: operations["LegacyOperations_createPortalSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This API reference page
         * @description Interactive API reference (Swagger UI over `/openapi.json`). Its scripts and styles are served
         *     under `/docs/assets/`, which is static content and not part of the API.
         */
        get: operations["OpsOperations_getDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness check
         * @description Liveness probe; does not touch the database.
         */
        get: operations["OpsOperations_getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signed-in user (deprecated, SuperTokens token)
         * @deprecated
         * @description Deprecated: use `GET /user/me` instead. The signed-in user (SuperTokens access token).
         */
        get: operations["IdentityOperations_getIdentity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the signed-in user (deprecated, SuperTokens token)
         * @deprecated
         * @description Deprecated: use `PATCH /user/me` instead. Change profile fields (SuperTokens access token).
         */
        patch: operations["IdentityOperations_updateIdentity"];
        trace?: never;
    };
    "/monetization/mondia/link_user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link a Mondia customer (v1 token)
         * @description Link the caller's account to a Mondia customer id. Idempotent; 409 if the customer belongs to someone else.
         */
        post: operations["LegacyOperations_linkMondiaUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI document
         * @description This contract as an OpenAPI 3.1 document, with `servers` pointing at the answering server.
         */
        get: operations["OpsOperations_getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness check (database reachable)
         * @description Readiness probe: answers 200 only when the database answers.
         */
        get: operations["OpsOperations_getReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service/api-keys/introspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Introspect an API key
         * @description The user, tenant, roles and permissions an API key (`gh_sk_…`) acts with now. An unknown, revoked or
         *     expired key, or one whose user or membership is no longer active, is 404 NOT_FOUND.
         */
        post: operations["ServiceOperations_introspectApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service/revocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Revoked sessions since a cursor
         * @description Sessions revoked since `cursor` (sign-out, password change, admin action, theft detection, account
         *     deletion), so a resource server stops a signed-out session's access tokens before they expire. Without
         *     a cursor, every revocation whose access tokens may still be live. Poll every `pollIntervalSeconds`; a
         *     cursor older than `retentionSeconds` restarts from that window. A malformed cursor is 400 VALIDATION_FAILED.
         */
        get: operations["ServiceOperations_listRevocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my tenants
         * @description The tenants the caller is an active member of, with their roles in each.
         */
        get: operations["TenantOperations_listMyTenants"];
        put?: never;
        /**
         * Create a tenant
         * @description Create a tenant with a preset's roles; the caller becomes its `admin` (switch to it with `POST /user/tenant`).
         */
        post: operations["TenantOperations_createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenants/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the tenant
         * @description The active tenant.
         *
         *     Requires permissions: tenant:read. `{tenantId}` must be the session's active tenant.
         */
        get: operations["TenantOperations_getTenant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the tenant
         * @description Rename the tenant, change its slug or registration policy. A taken slug is 409.
         *
         *     Requires permissions: tenant:update. `{tenantId}` must be the session's active tenant.
         */
        patch: operations["TenantOperations_updateTenant"];
        trace?: never;
    };
    "/tenants/{tenantId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pending invitations
         * @description The active tenant's pending invitations.
         *
         *     Requires permissions: members:invite. `{tenantId}` must be the session's active tenant.
         */
        get: operations["InvitationOperations_listInvitations"];
        put?: never;
        /**
         * Invite a member
         * @description Invite an email address to the active tenant with roles; the invitation is emailed with a single-use link.
         *
         *     Requires permissions: members:invite. `{tenantId}` must be the session's active tenant.
         */
        post: operations["InvitationOperations_createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenants/{tenantId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an invitation
         * @description Revoke a pending invitation: its link stops working at once.
         *
         *     Requires permissions: members:invite. `{tenantId}` must be the session's active tenant.
         */
        delete: operations["InvitationOperations_revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenants/{tenantId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tenant's members
         * @description The tenant's members, oldest first, a page at a time; `search` matches email or name.
         *
         *     Requires permissions: members:read. `{tenantId}` must be the session's active tenant.
         */
        get: operations["TenantOperations_listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenants/{tenantId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description Remove a member from the tenant; their sessions in it end at once. The last active admin cannot be removed (409 `TENANT_LAST_ADMIN`).
         *
         *     Requires permissions: members:manage. `{tenantId}` must be the session's active tenant.
         */
        delete: operations["TenantOperations_removeMember"];
        options?: never;
        head?: never;
        /**
         * Update a member
         * @description Change a member's roles, organisational unit or active flag.
         *
         *     Requires permissions: members:manage. `{tenantId}` must be the session's active tenant.
         */
        patch: operations["TenantOperations_updateMember"];
        trace?: never;
    };
    "/tenants/{tenantId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tenant's roles
         * @description The tenant's roles and the permissions each grants.
         *
         *     Requires permissions: roles:read. `{tenantId}` must be the session's active tenant.
         */
        get: operations["TenantOperations_listRoles"];
        put?: never;
        /**
         * Create a role
         * @description Add a role. A name the tenant already has is 409.
         *
         *     Requires permissions: roles:manage. `{tenantId}` must be the session's active tenant.
         */
        post: operations["TenantOperations_createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenants/{tenantId}/roles/{roleName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a role's permissions
         * @description Change a role's permissions or description; its members get them at their next refresh.
         *
         *     Requires permissions: roles:manage. `{tenantId}` must be the session's active tenant.
         */
        patch: operations["TenantOperations_updateRole"];
        trace?: never;
    };
    "/user/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my API keys
         * @description The caller's API keys (never their secrets).
         */
        get: operations["ApiKeyOperations_listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Create an API key in the active tenant; the response is the only time its secret is shown.
         */
        post: operations["ApiKeyOperations_createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Revoke one of the caller's API keys; it stops working at once. Idempotent: revoking a revoked key is
         *     204 again (its revocation time is kept). Another user's key, or an unknown id, is 404.
         */
        delete: operations["ApiKeyOperations_revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/email/verification/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the email address with a code
         * @description Verify the email address with the link token, or with the email and the code. A restricted
         *     session's next refresh carries the verified state (`ev: true`). The session cookie is
         *     optional: sent from a session started through an SSO identity whose provider did not vouch for the
         *     address, it proves that identity reads the mailbox and keeps it linked; otherwise such identities are
         *     unlinked and their sessions revoked. An expired or revoked session is answered with 401 (refresh and
         *     retry), never treated as anonymous.
         */
        post: operations["AccountOperations_confirmEmailVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/email/verification/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an email verification code
         * @description Email the signed-in user a verification code and link. Open to unverified sessions.
         */
        post: operations["AccountOperations_requestEmailVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation
         * @description Join the tenant with the invited roles and start a session there. Single use: of concurrent accepts one
         *     wins; a spent, revoked, expired or unknown token is 400 `AUTH_CODE_INVALID`. Already a member: 409.
         */
        post: operations["InvitationAcceptOperations_acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/legacy/exchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a v1 token for a session
         * @description Trade a valid legacy v1 token for a normal session (cookies, or tokens with `X-Auth-Mode: token`);
         *     restricted until the email is verified when `REQUIRE_EMAIL_VERIFICATION` is on.
         *     Holding a v1 token is not a sign-in: the session never counts as a recent sign-in, so actions that
         *     need one (deleting the account without the password) ask for the password. v1 tokens expire
         *     (`LEGACY_TOKEN_TTL_DAYS` after issue) and are revoked by password change or reset.
         */
        post: operations["LegacyOperations_exchangeLegacyToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signed-in user
         * @description The signed-in user. Open to unverified sessions (`emailVerified` tells the client what to do next).
         */
        get: operations["UserOperations_getMe"];
        put?: never;
        post?: never;
        /**
         * Delete the account
         * @description Delete the account with its sessions, tokens and codes. Needs the password or a recent sign-in.
         *     Refused with 409 `TENANT_LAST_ADMIN` while the user is the only active admin of a tenant: they must
         *     make another member an admin of it first (a tenant is never left without one).
         */
        delete: operations["AccountOperations_deleteMe"];
        options?: never;
        head?: never;
        /**
         * Update the signed-in user's profile
         * @description Change profile fields; `null` clears a field.
         */
        patch: operations["UserOperations_updateMe"];
        trace?: never;
    };
    "/user/password/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password (signed in)
         * @description Change the password. Every existing session ends, this one included, and the caller continues in a
         *     new one: cookie mode answers 204 with its cookies, `X-Auth-Mode: token` answers 200 with its tokens.
         */
        post: operations["AccountOperations_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/password/reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset link
         * @description Set a new password with the reset link token (or email and code); signs out every session.
         */
        post: operations["AccountOperations_confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/password/reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a password reset link
         * @description Email a password reset code and link. Always 202, whether or not the account exists.
         */
        post: operations["AccountOperations_requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/realtime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open the realtime WebSocket
         * @description Opens the realtime WebSocket (an HTTP/1.1 `Upgrade: websocket` request; a plain GET is 400). The client
         *     offers the sub-protocol `gatehouse.v1` and authenticates with the `backend_session` cookie (browsers; the
         *     `Origin` must be `PUBLIC_URL`'s or one of `CORS_ORIGINS`, else 403) or, where it cannot set headers,
         *     with a second offered sub-protocol `gatehouse.bearer.<access token>` (treated as
         *     `Authorization: Bearer <access token>`, BackendBearerAuth). The socket joins the user's room and the
         *     active tenant's room. The checks are those of `GET /user/me`; refusals come before the upgrade, as
         *     HTTP errors in the error envelope (429 beyond the socket cap).
         *
         *     Frames are JSON text (`RealtimeFrame`), at most 4096 bytes from the client. The server pings every 30 s
         *     and terminates a peer that has not answered the previous ping. Close codes: `4001` the access token
         *     expired without an `auth` frame; `4003` the session was revoked, or an `auth` frame was refused;
         *     `1008` a frame that is not a valid `auth` frame; `1009` a frame over the size limit; `1013` the client
         *     reads too slowly (more than 1 MiB waits to be sent); `1011` an unexpected server error; `1001` the
         *     server is shutting down. At most 8 sockets per user (per instance).
         */
        get: operations["RealtimeOperations_getRealtime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/session/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh the session (rotate tokens)
         * @description Exchange the refresh token for a new access token and a new refresh token. The
         *     presented refresh token is spent; presenting it again revokes the session, except
         *     for a concurrent refresh within a few seconds, which gets the same new refresh token.
         */
        post: operations["UserOperations_refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List this user's sessions
         * @description The user's active sessions, newest first.
         */
        get: operations["UserOperations_listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Sign out one session (device)
         * @description Revoke one of the user's sessions (sign out that device). A support session (`impersonatedBy`) may
         *     end only itself: the member's own sessions are not the operator's to end (403
         *     AUTH_INSUFFICIENT_PERMISSIONS).
         */
        delete: operations["UserOperations_revokeSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/signin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Sign in with email and password and start a session; a session the request arrived with (its
         *     `backend_session` cookie) is ended. An account whose email is not verified gets a restricted
         *     session when `REQUIRE_EMAIL_VERIFICATION` is on (see `x-gatehouse-allow-unverified`).
         */
        post: operations["UserOperations_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/signout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out (end this session)
         * @description End the current session: revokes it everywhere and clears the cookies. Open to unverified sessions.
         */
        post: operations["UserOperations_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account and sign in
         * @description Create an account in the default tenant and start a session (restricted until the email is
         *     verified when `REQUIRE_EMAIL_VERIFICATION` is on); a session the request arrived with is ended.
         */
        post: operations["UserOperations_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/sso/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with an identity provider's ID token
         * @description Sign in (or up) with an ID token from `apple`, `google`, `facebook` or a configured OIDC
         *     provider. The token is verified against the provider's JWKS; the account is keyed by
         *     (issuer, subject) and linked to an existing account only when the provider asserts that
         *     the email address is verified.
         */
        post: operations["SsoOperations_ssoSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/tenant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Switch the active tenant
         * @description Switch the session to another tenant the user is an active member of. The current session ends at
         *     once (its access and refresh tokens stop working) and a new one in the same family starts — same
         *     sign-in time, same absolute end — whose access token carries the new tenant's `tid`, `roles` and
         *     `perms`. 403 `AUTH_TENANT_ACCESS_DENIED` when the user is no active member of that tenant or it is
         *     suspended; nothing changes then.
         */
        post: operations["UserOperations_switchTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_identity/email/verification/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the email address with a code (deprecated mirror)
         * @deprecated
         * @description Deprecated: use `POST /user/email/verification/confirm` instead.
         */
        post: operations["DeprecatedEndpoints_confirmEmailVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_identity/email/verification/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an email verification code (deprecated mirror)
         * @deprecated
         * @description Deprecated: use `POST /user/email/verification/request` instead.
         */
        post: operations["DeprecatedEndpoints_requestEmailVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_identity/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signed-in user (deprecated mirror)
         * @deprecated
         * @description Deprecated: use `GET /user/me` instead.
         */
        get: operations["DeprecatedEndpoints_getMe"];
        put?: never;
        post?: never;
        /**
         * Delete the account (deprecated mirror)
         * @deprecated
         * @description Deprecated: use `DELETE /user/me` instead.
         */
        delete: operations["DeprecatedEndpoints_deleteMe"];
        options?: never;
        head?: never;
        /**
         * Update the signed-in user's profile (deprecated mirror)
         * @deprecated
         * @description Deprecated: use `PATCH /user/me` instead.
         */
        patch: operations["DeprecatedEndpoints_updateMe"];
        trace?: never;
    };
    "/user_identity/password/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password (signed in) (deprecated mirror)
         * @deprecated
         * @description Deprecated: use `POST /user/password/change` instead.
         */
        post: operations["DeprecatedEndpoints_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_identity/password/reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset link (deprecated mirror)
         * @deprecated
         * @description Deprecated: use `POST /user/password/reset/confirm` instead.
         */
        post: operations["DeprecatedEndpoints_confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_identity/password/reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a password reset link (deprecated mirror)
         * @deprecated
         * @description Deprecated: use `POST /user/password/reset/request` instead.
         */
        post: operations["DeprecatedEndpoints_requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_identity/session/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh the session (rotate tokens) (deprecated mirror)
         * @deprecated
         * @description Deprecated: use `POST /user/session/refresh` instead.
         */
        post: operations["DeprecatedEndpoints_refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_identity/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List this user's sessions (deprecated mirror)
         * @deprecated
         * @description Deprecated: use `GET /user/sessions` instead.
         */
        get: operations["DeprecatedEndpoints_listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_identity/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Sign out one session (device) (deprecated mirror)
         * @deprecated
         * @description Deprecated: use `DELETE /user/sessions/{sessionId}` instead.
         */
        delete: operations["DeprecatedEndpoints_revokeSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_identity/signin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password (deprecated mirror)
         * @deprecated
         * @description Deprecated: use `POST /user/signin` instead.
         */
        post: operations["DeprecatedEndpoints_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_identity/signout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out (end this session) (deprecated mirror)
         * @deprecated
         * @description Deprecated: use `POST /user/signout` instead.
         */
        post: operations["DeprecatedEndpoints_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_identity/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account and sign in (deprecated mirror)
         * @deprecated
         * @description Deprecated: use `POST /user/signup` instead.
         */
        post: operations["DeprecatedEndpoints_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_identity/sso/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with an identity provider's ID token (deprecated mirror)
         * @deprecated
         * @description Deprecated: use `POST /user/sso/{provider}` instead.
         */
        post: operations["DeprecatedEndpoints_ssoSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "membership.changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user's membership of a tenant changed
         * @description A user's membership of a tenant changed.
         */
        post: operations["Deliveries_membershipChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session.revoked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sessions of a user ended
         * @description Sessions of a user ended.
         */
        post: operations["Deliveries_sessionRevoked"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user account was created
         * @description A user account was created.
         */
        post: operations["Deliveries_userCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user account was deleted
         * @description A user account was deleted.
         */
        post: operations["Deliveries_userDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user account changed
         * @description A user account changed.
         */
        post: operations["Deliveries_userUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Redeem either the link token or the email plus the code. */
        "Accounts.CodeRedemption": {
            /** @description The token from the emailed link (at least 128 bits, base64url). */
            token?: string;
            /**
             * Format: email
             * @description With `code`: the account's email.
             */
            email?: string;
            /** @description The numeric code from the email. */
            code?: string;
        };
        "Accounts.DeleteAccountRequest": {
            /**
             * Format: password
             * @description Required unless the session signed in within the last few minutes.
             */
            password?: string;
        };
        /** @description A message with a one-time code and link was (or, for unknown emails, was not) sent. */
        "Accounts.DeliveryAccepted": {
            /**
             * @description Always `accepted`: the answer never says whether an account exists.
             * @enum {string}
             */
            status: "accepted";
            /** @description Test mode only (never in production): the code that was sent. */
            testCode?: string;
            /** @description Test mode only (never in production): the link token that was sent. */
            testToken?: string;
        };
        "Accounts.PasswordChangeRequest": {
            /** Format: password */
            currentPassword: string;
            newPassword: components["schemas"]["Shared.Common.Requests.NewPassword"];
        };
        "Accounts.PasswordResetConfirm": {
            /** @description The token from the emailed link (at least 128 bits, base64url). */
            token?: string;
            /**
             * Format: email
             * @description With `code`: the account's email.
             */
            email?: string;
            /** @description The numeric code from the email. */
            code?: string;
            newPassword: components["schemas"]["Shared.Common.Requests.NewPassword"];
        };
        "Accounts.PasswordResetRequest": {
            /** Format: email */
            email: string;
        };
        /**
         * @description A new tenant, created by an operator. `preset` defaults to `default`, `registrationPolicy` to `invite`.
         *     At most one of `adminUserId` and `adminEmail` names an existing user who becomes the tenant's first
         *     member with the preset's `admin` role (404 NOT_FOUND if there is no such user; nothing is created then).
         */
        "Admin.AdminCreateTenantRequest": {
            name: components["schemas"]["Tenants.TenantName"];
            slug: components["schemas"]["Tenants.TenantSlug"];
            preset?: components["schemas"]["Tenants.Preset"];
            registrationPolicy?: components["schemas"]["Tenants.RegistrationPolicy"];
            /**
             * Format: uuid
             * @description The first admin, by user id.
             */
            adminUserId?: string;
            /**
             * Format: email
             * @description The first admin, by email (instead of `adminUserId`).
             */
            adminEmail?: string;
        };
        /** @description One page of tenants, in slug order. */
        "Admin.AdminTenantPage": {
            tenants: components["schemas"]["Tenants.Tenant"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description A user as operators see it: the account, plus whether it is disabled or a super-admin. */
        "Admin.AdminUser": {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            emailVerified: boolean;
            /** @description Display name. */
            name: string | null;
            /** @description BCP 47 language tag, e.g. `en-GB`. */
            locale: string | null;
            avatarUrl: string | null;
            /**
             * @description The session's active tenant (the access token's `tid`). Accounts are global; a user may be a member
             *     of several tenants and switches with `POST /user/tenant`.
             */
            tenantId: string;
            /** @description The user's roles in the active tenant, as of the session's last sign-in, refresh or switch. */
            roles: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description `GET /user/me` only, and only when the request's session is a support session an operator started as
             *     this user (`POST /admin/impersonations`): the operator, so a client can show that someone else is acting.
             */
            impersonatedBy?: string;
            /** @description A super-admin's own session (Authorization: Bearer) may call the `/admin/*` routes (SuperAdminAuth). */
            superAdmin: boolean;
            /** @description When the account was disabled; a disabled account cannot sign in by any path. Null when enabled. */
            disabledAt: string | null;
        };
        /** @description One page of users, in email order. */
        "Admin.AdminUserPage": {
            users: components["schemas"]["Admin.AdminUser"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description Who did something. */
        "Admin.AuditActor": {
            /**
             * @description `user`: a signed-in (or signing-in) user; `admin`: an operator (Cloudflare Access or a super-admin session); `service`: ServiceAuth; `anonymous`: nobody identified; `system`: the server itself.
             * @enum {string}
             */
            type: "user" | "admin" | "service" | "anonymous" | "system";
            /** @description The user id, the operator's email or user id, or null. */
            id: string | null;
        };
        /** @description One security-relevant event. Never holds a secret (no password, token, code or hash). */
        "Admin.AuditEvent": {
            /** @description Opaque, increasing. */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description e.g. `user.signin`, `session.revoke`, `admin.user.disable`. */
            action: string;
            /** @enum {string} */
            outcome: "success" | "failure";
            /** @description Why, when it failed or when the action has several causes (e.g. `invalid_credentials`, `refresh_token_reused`). */
            reason: string | null;
            actor: components["schemas"]["Admin.AuditActor"];
            tenantId: string | null;
            target: components["schemas"]["Admin.AuditTarget"] | null;
            ip: string | null;
            userAgent: string | null;
            requestId: string | null;
        };
        /** @description One page of events, newest first. */
        "Admin.AuditEventPage": {
            events: components["schemas"]["Admin.AuditEvent"][];
            /** @description Pass as `cursor` for the next (older) page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description An actor id in an audit query: 1 to 320 characters, no control characters. */
        "Admin.AuditSubject": string;
        /** @description What an action was done to. */
        "Admin.AuditTarget": {
            /** @description e.g. `user`, `session`, `signing_key`. */
            type: string;
            id: string;
        };
        /** @description A target id in an audit query: 1 to 320 characters, no control characters. */
        "Admin.AuditTargetId": string;
        /**
         * @description A support session as a member. The tokens are always returned in the body (a support tool is no
         *     browser, and the operator's own browser must not be signed in as someone else): send `accessToken` as
         *     `Authorization: Bearer` or as the `backend_session` cookie; refresh with `refreshToken` through
         *     `POST /user/session/refresh` (`X-Auth-Mode: token`) — never past `expiresAt`. Every access token carries
         *     `act: { sub: <operator> }` (RFC 8693). It is refused by SuperAdminAuth and every `/admin` route, never
         *     counts as a recent sign-in (password change, account deletion and the like stay refused), and cannot
         *     switch tenant.
         */
        "Admin.Impersonation": {
            /**
             * Format: uuid
             * @description The impersonation session's id: `DELETE /admin/impersonations/{id}` ends it.
             */
            id: string;
            /** Format: uuid */
            userId: string;
            tenantId: components["schemas"]["Tenants.TenantId"];
            /** @description The operator (the `act.sub` claim): an operator's email, `service`, or a super-admin's user id. */
            impersonator: string;
            reason: string;
            /**
             * Format: date-time
             * @description Absolute end (IMPERSONATION_TTL_SECONDS after the start, at most 30 minutes).
             */
            expiresAt: string;
            tokens: components["schemas"]["Users.TokenPair"];
        };
        /** @description Why an operator impersonates a member (a ticket number and a few words): 3 to 100 characters, no control characters. */
        "Admin.ImpersonationReason": string;
        /** @description How many credentials an admin action revoked. */
        "Admin.RevokedCount": {
            /** Format: int32 */
            sessions: number;
            /** Format: int32 */
            legacyTokens: number;
        };
        "Admin.RotateSigningKeyRequest": {
            /**
             * @description Also drop the previous keys from the JWKS at once, so every token they signed stops working
             *     (after a suspected key leak). Default false: they stay published until their tokens expire.
             */
            retireOld?: boolean;
        };
        "Admin.RotateSigningKeyResult": {
            /** @description The key that signs from now on. */
            kid: string;
            keys: components["schemas"]["Admin.SigningKeyInfo"][];
        };
        /** @description Search text: 1 to 200 characters, no control characters. */
        "Admin.SearchText": string;
        /** @description One signing key of access tokens. */
        "Admin.SigningKeyInfo": {
            kid: string;
            alg: string;
            /**
             * Format: date-time
             * @description Published in the JWKS from here on.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Signs new tokens from here on (until its successor activates).
             */
            activatesAt: string;
            /** @description When its successor activated; it stays published until the tokens it signed have expired. */
            retiredAt: string | null;
            /**
             * @description `next`: published, not signing yet; `signing`: signs new tokens; `retired`: verifies only; `expired`: no longer published.
             * @enum {string}
             */
            state: "next" | "signing" | "retired" | "expired";
        };
        "Admin.SigningKeyList": {
            keys: components["schemas"]["Admin.SigningKeyInfo"][];
        };
        /** @description Start acting as `userId` in `tenantId`. */
        "Admin.StartImpersonationRequest": {
            /**
             * Format: uuid
             * @description The member to act as: an enabled user, not a super-admin, an active member of `tenantId`.
             */
            userId: string;
            /** @description An active tenant. */
            tenantId: components["schemas"]["Tenants.TenantId"];
            /** @description Recorded in the audit log with the start and the end. */
            reason: components["schemas"]["Admin.ImpersonationReason"];
        };
        /** @description An API key as listed: never the secret, only `preview` (its prefix and last four characters). */
        "ApiKeys.ApiKey": {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description `gh_sk_…` and the key's last four characters, to tell keys apart; not enough to use it. */
            preview: string;
            /** @description The tenant the key acts in: the creator's active tenant when it was created. */
            tenantId: components["schemas"]["Tenants.TenantId"];
            /** @description What the key may do, at most; each request gets these only while its creator still holds them. */
            scopes: string[];
            /** Format: date-time */
            createdAt: string;
            /** @description When the key was last used, to the minute (recorded at most once a minute); null: never. */
            lastUsedAt: string | null;
            /** @description null: the key does not expire. */
            expiresAt: string | null;
            /** @description null: not revoked. */
            revokedAt: string | null;
        };
        /** @description The caller's API keys in every tenant, newest first (at most 200), revoked and expired ones included. */
        "ApiKeys.ApiKeyList": {
            apiKeys: components["schemas"]["ApiKeys.ApiKey"][];
        };
        /** @description An API key's name: 1 to 100 characters, not only spaces; no control characters (C0, DEL, C1) or unpaired surrogates. */
        "ApiKeys.ApiKeyName": string;
        /**
         * @description A new API key. `scopes` are permission names the key may use, each one the caller holds in the active
         *     tenant now (else 400 API_KEY_SCOPE_EXCEEDED naming them in `error.missingPermissions`; a name no role of the
         *     tenant grants is 400 VALIDATION_FAILED); an empty list makes a key that can only read who it acts for
         *     (`GET /user/me`). `expiresAt`, when given, must be in the future and at most 365 days ahead; without it the
         *     key lives until revoked.
         */
        "ApiKeys.CreateApiKeyRequest": {
            name: components["schemas"]["ApiKeys.ApiKeyName"];
            scopes: components["schemas"]["Tenants.PermissionName"][];
            /** Format: date-time */
            expiresAt?: string;
        };
        /** @description The key just created, with its secret: shown this once, never again (Gatehouse keeps only its SHA-256). */
        "ApiKeys.CreatedApiKey": {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description `gh_sk_…` and the key's last four characters, to tell keys apart; not enough to use it. */
            preview: string;
            /** @description The tenant the key acts in: the creator's active tenant when it was created. */
            tenantId: components["schemas"]["Tenants.TenantId"];
            /** @description What the key may do, at most; each request gets these only while its creator still holds them. */
            scopes: string[];
            /** Format: date-time */
            createdAt: string;
            /** @description When the key was last used, to the minute (recorded at most once a minute); null: never. */
            lastUsedAt: string | null;
            /** @description null: the key does not expire. */
            expiresAt: string | null;
            /** @description null: not revoked. */
            revokedAt: string | null;
            /**
             * Format: password
             * @description The key, `gh_sk_` and 43 base64url characters: send it as `Authorization: Bearer <key>`.
             */
            key: string;
        };
        /** @description The error envelope: `{ "error": { "code", "message", "requestId" } }`. */
        ErrorBody: {
            error: components["schemas"]["ErrorDetail"];
        };
        /**
         * @description Every error code Gatehouse returns; clients switch on these, never on messages.
         * @enum {string}
         */
        ErrorCode: "AUTH_INVALID_CREDENTIALS" | "AUTH_UNAUTHENTICATED" | "AUTH_SESSION_EXPIRED" | "AUTH_SESSION_REVOKED" | "AUTH_EMAIL_EXISTS" | "AUTH_INSUFFICIENT_PERMISSIONS" | "AUTH_TENANT_ACCESS_DENIED" | "AUTH_IMPERSONATION_FORBIDDEN" | "AUTH_REGISTRATION_CLOSED" | "AUTH_EMAIL_NOT_VERIFIED" | "AUTH_CODE_INVALID" | "AUTH_PASSWORD_TOO_WEAK" | "AUTH_REAUTHENTICATION_REQUIRED" | "AUTH_SSO_TOKEN_INVALID" | "AUTH_RATE_LIMIT_EXCEEDED" | "API_KEY_SCOPE_EXCEEDED" | "API_KEY_LIMIT_REACHED" | "VALIDATION_FAILED" | "NOT_FOUND" | "CONFLICT" | "TENANT_LAST_ADMIN" | "UPSTREAM_FAILED" | "SERVICE_UNAVAILABLE" | "INTERNAL_SERVER_ERROR";
        /** @description The content of every error response. */
        ErrorDetail: {
            /** @description Stable, machine-readable code. */
            code: components["schemas"]["ErrorCode"];
            /** @description Human-readable, generic message; never reveals whether an account exists. */
            message: string;
            /** @description The request id, also in the `X-Request-Id` response header and the server log. */
            requestId: string;
            /** @description For VALIDATION_FAILED: the fields that failed. */
            fields?: components["schemas"]["FieldError"][];
            /**
             * @description For AUTH_INSUFFICIENT_PERMISSIONS on an operation that declares `x-gatehouse-permissions`: the
             *     permissions the caller's roles in the active tenant do not grant (for an API key: that its scopes and its
             *     creator's current roles do not both grant). For API_KEY_SCOPE_EXCEEDED: the requested scopes the creator
             *     does not hold.
             */
            missingPermissions?: string[];
        };
        /** @description One field that failed validation. */
        FieldError: {
            /** @description Where the bad value is, e.g. `body.email` or `query.limit`. */
            path: string;
            /** @description What is wrong with it. */
            message: string;
        };
        /** @description One form field, as SuperTokens frontends send it. */
        "Identity.SuperTokens.FormField": {
            id: string;
            value: string;
        };
        "Identity.SuperTokens.FormFieldsRequest": {
            formFields: components["schemas"]["Identity.SuperTokens.FormField"][];
        };
        "Identity.SuperTokens.StAlreadyVerified": {
            /** @enum {string} */
            status: "EMAIL_ALREADY_VERIFIED_ERROR";
        };
        /** @description Malformed request. */
        "Identity.SuperTokens.StBadRequest": {
            message: string;
        };
        /** @description One claim the session failed, SuperTokens-style (`st-ev`: the email is not verified). */
        "Identity.SuperTokens.StClaimValidationError": {
            id: string;
            reason: {
                message: string;
                expectedValue: boolean;
                actualValue: boolean;
            };
        };
        /**
         * @description Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page
         *     whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without
         *     cookies (header mode) are not subject to it.
         */
        "Identity.SuperTokens.StCrossSiteRefused": {
            message: string;
        };
        "Identity.SuperTokens.StEmailExists": {
            /** @enum {string} */
            status: "OK";
            exists: boolean;
        };
        "Identity.SuperTokens.StEmailVerified": {
            /** @enum {string} */
            status: "OK";
            user: components["schemas"]["Identity.SuperTokens.StVerifiedUser"];
        };
        /** @description A form field was refused (bad email, weak password, email already registered). */
        "Identity.SuperTokens.StFieldError": {
            /** @enum {string} */
            status: "FIELD_ERROR";
            formFields: components["schemas"]["Identity.SuperTokens.StFieldErrorItem"][];
        };
        "Identity.SuperTokens.StFieldErrorItem": {
            id: string;
            error: string;
        };
        "Identity.SuperTokens.StGeneralError": {
            /** @enum {string} */
            status: "GENERAL_ERROR";
            message: string;
        };
        /** @description Unexpected failure; the message is generic and nothing secret is in it. */
        "Identity.SuperTokens.StInternalError": {
            message: string;
        };
        /**
         * @description The session lacks a claim the route requires: with `REQUIRE_EMAIL_VERIFICATION` on, `st-ev` (the
         *     email is not verified yet). SuperTokens frontends send the user to email verification.
         */
        "Identity.SuperTokens.StInvalidClaim": {
            /** @enum {string} */
            message: "invalid claim";
            claimValidationErrors: components["schemas"]["Identity.SuperTokens.StClaimValidationError"][];
        };
        "Identity.SuperTokens.StIsVerified": {
            /** @enum {string} */
            status: "OK";
            isVerified: boolean;
        };
        "Identity.SuperTokens.StJwk": {
            kty: string;
            kid: string;
            alg: string;
            use: string;
            crv?: string;
            x?: string;
            y?: string;
            n?: string;
            e?: string;
        };
        "Identity.SuperTokens.StJwks": {
            keys: components["schemas"]["Identity.SuperTokens.StJwk"][];
        };
        "Identity.SuperTokens.StNoEmailGiven": {
            /** @enum {string} */
            status: "NO_EMAIL_GIVEN_BY_PROVIDER";
        };
        "Identity.SuperTokens.StOAuthTokens": {
            id_token?: string;
            access_token?: string;
        };
        "Identity.SuperTokens.StOk": {
            /** @enum {string} */
            status: "OK";
        };
        "Identity.SuperTokens.StResetInvalidToken": {
            /** @enum {string} */
            status: "RESET_PASSWORD_INVALID_TOKEN_ERROR";
        };
        "Identity.SuperTokens.StResetPasswordRequest": {
            /** @enum {string} */
            method?: "token";
            formFields: components["schemas"]["Identity.SuperTokens.FormField"][];
            token: string;
        };
        "Identity.SuperTokens.StSignInUpNotAllowed": {
            /** @enum {string} */
            status: "SIGN_IN_UP_NOT_ALLOWED";
            reason: string;
        };
        "Identity.SuperTokens.StSignInUpOk": {
            /** @enum {string} */
            status: "OK";
            user: components["schemas"]["Identity.SuperTokens.StUser"];
        };
        "Identity.SuperTokens.StSignInUpRequest": {
            thirdPartyId: string;
            oAuthTokens?: components["schemas"]["Identity.SuperTokens.StOAuthTokens"];
            /** @description The authorisation-code flow; not supported by Gatehouse (answered with GENERAL_ERROR). */
            redirectURIInfo?: Record<string, never>;
            clientType?: string;
        };
        "Identity.SuperTokens.StThirdPartyOk": {
            /** @enum {string} */
            status: "OK";
            user: components["schemas"]["Identity.SuperTokens.StUser"];
            createdNewRecipeUser: boolean;
        };
        /** @description Session problem: `try refresh token` (expired access token), `unauthorised`, or `token theft detected`. */
        "Identity.SuperTokens.StUnauthorised": {
            message: string;
        };
        /** @description The database is unreachable; try again after `Retry-After` seconds. */
        "Identity.SuperTokens.StUnavailable": {
            message: string;
        };
        /** @description A SuperTokens user (the shape current FDI frontends accept). */
        "Identity.SuperTokens.StUser": {
            id: string;
            email: string;
            /**
             * Format: int64
             * @description Sign-up time, epoch milliseconds.
             */
            timeJoined: number;
            /**
             * @description The tenants the user is an active member of, named as `/auth/{tenantId}/…` names them: `public` for
             *     the default tenant, the tenant id for any other.
             */
            tenantIds: string[];
            emails: string[];
            isPrimaryUser: boolean;
        };
        "Identity.SuperTokens.StVerifiedUser": {
            id: string;
            email: string;
        };
        "Identity.SuperTokens.StVerifyEmailRequest": {
            /** @enum {string} */
            method?: "token";
            token: string;
        };
        "Identity.SuperTokens.StVerifyInvalidToken": {
            /** @enum {string} */
            status: "EMAIL_VERIFICATION_INVALID_TOKEN_ERROR";
        };
        "Identity.SuperTokens.StWrongCredentials": {
            /** @enum {string} */
            status: "WRONG_CREDENTIALS_ERROR";
        };
        /**
         * @description Accepts an invitation. Signed in: the account's email must be the invited one (else 403). Not signed in: an
         *     existing account proves itself with its `password`; otherwise the account is created with `password` (and
         *     `name`), its email verified by the link.
         */
        "Invitations.AcceptInvitationRequest": {
            /**
             * Format: password
             * @description The token from the invitation email's link.
             */
            token: string;
            /** Format: password */
            password?: string;
            name?: components["schemas"]["Shared.Common.Requests.DisplayName"];
        };
        /**
         * @description Whom to invite, with which roles (each must exist in the tenant, else 400 naming it). A pending invitation
         *     for the same address is replaced (its link stops working).
         */
        "Invitations.CreateInvitationRequest": {
            /** Format: email */
            email: string;
            roles: components["schemas"]["Tenants.RoleName"][];
            /**
             * Format: int32
             * @description How long the emailed link stays valid, in hours (default 168, one week).
             */
            expiresInHours?: number;
        };
        /** @description A pending invitation (the token itself is only ever in the email). */
        "Invitations.Invitation": {
            /** Format: uuid */
            id: string;
            tenantId: components["schemas"]["Tenants.TenantId"];
            /** Format: email */
            email: string;
            /** @description The roles the invitee gets on accepting. */
            roles: string[];
            /** @description Who invited (null once that account is deleted). */
            invitedBy: string | null;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
        };
        "Invitations.InvitationList": {
            /** @description Pending invitations, newest first (at most 500). */
            invitations: components["schemas"]["Invitations.Invitation"][];
        };
        /** @description The link between the caller's account and a Mondia customer. */
        "Legacy.MondiaLink": {
            /** Format: uuid */
            userId: string;
            customerId: string;
            /** Format: date-time */
            linkedAt: string;
        };
        "Legacy.MondiaLinkRequest": {
            /** @description The customer id in Mondia's system. */
            customerId: string;
        };
        /** @description A billing self-service portal session. */
        "Legacy.PortalSession": {
            id: string;
            /**
             * Format: uri
             * @description Open this URL to enter the portal.
             */
            accessUrl: string;
            /** Format: date-time */
            expiresAt: string;
        };
        /**
         * @description Where a resource server finds Gatehouse's issuer and signing keys: the subset of OpenID Connect
         *     Discovery 1.0 (and RFC 8414) metadata that verifying a Gatehouse access token needs.
         */
        "Ops.DiscoveryDocument": {
            /**
             * Format: uri
             * @description The `iss` claim of every access token Gatehouse issues.
             */
            issuer: string;
            /**
             * Format: uri
             * @description The JWK Set that verifies those tokens.
             */
            jwks_uri: string;
            /** @description Algorithms the access tokens are signed with. */
            id_token_signing_alg_values_supported: string[];
            /** @description Subject identifiers are the same for every client. */
            subject_types_supported: "public"[];
            /**
             * Format: uri
             * @description Where this API's description is published.
             */
            service_documentation: string;
        };
        /** @description Liveness: the process is up. */
        "Ops.HealthStatus": {
            /** @enum {string} */
            status: "ok";
        };
        /** @description One public signing key (RFC 7517). */
        "Ops.Jwk": {
            /** @description Key type, e.g. `EC`, `RSA` or `OKP`. */
            kty: string;
            /** @description Key id; matches the `kid` header of tokens it verifies. */
            kid: string;
            /** @description Signing algorithm, e.g. `ES256`. */
            alg: string;
            /**
             * @description Always `sig`.
             * @enum {string}
             */
            use: "sig";
            /** @description Curve (EC and OKP keys). */
            crv?: string;
            /** @description Public coordinate (EC and OKP keys). */
            x?: string;
            /** @description Public coordinate (EC keys). */
            y?: string;
            /** @description Modulus (RSA keys). */
            n?: string;
            /** @description Exponent (RSA keys). */
            e?: string;
        };
        /** @description The public keys that verify Gatehouse access tokens (RFC 7517 JWK Set). */
        "Ops.JwkSet": {
            keys: components["schemas"]["Ops.Jwk"][];
        };
        /** @description An OpenAPI 3.1 document; only its top-level members are described here. */
        "Ops.OpenApiDocument": {
            /** @description The OpenAPI version, `3.1.0`. */
            openapi: string;
            info: Record<string, never>;
            servers: components["schemas"]["Ops.OpenApiServer"][];
            paths: Record<string, never>;
            components?: Record<string, never>;
        };
        /** @description One server an OpenAPI document points at. */
        "Ops.OpenApiServer": {
            /**
             * Format: uri-reference
             * @description `/` as served by /openapi.json: relative to the document's own URL, so it works on any host name.
             */
            url: string;
            description?: string;
        };
        /** @description Readiness of each dependency. */
        "Ops.ReadyChecks": {
            /** @enum {string} */
            database: "ok";
        };
        /** @description Readiness: the process can serve requests. */
        "Ops.ReadyStatus": {
            /** @enum {string} */
            status: "ok";
            checks: components["schemas"]["Ops.ReadyChecks"];
        };
        /** @description The server's answer to an accepted `auth` frame: the new expiry. */
        "Realtime.RealtimeAuthAccepted": {
            /** @enum {string} */
            type: "auth.ok";
            /** Format: date-time */
            expiresAt: string;
        };
        /**
         * @description Sent by the client to re-authenticate in-band before its access token expires: a newer access token of
         *     the same session (from `POST /user/session/refresh`). A token of another user or session, or one that
         *     is invalid, expired or revoked, closes the socket (4003, or 4001 when expired).
         */
        "Realtime.RealtimeAuthRequest": {
            /** @enum {string} */
            type: "auth";
            token: string;
        };
        /** @description Every JSON text frame of the realtime channel, told apart by `type`. */
        "Realtime.RealtimeFrame": components["schemas"]["Realtime.RealtimeReady"] | components["schemas"]["Realtime.RealtimeAuthRequest"] | components["schemas"]["Realtime.RealtimeAuthAccepted"] | components["schemas"]["Realtime.RealtimeSessionRevoked"] | components["schemas"]["Realtime.RealtimeMembershipChanged"] | components["schemas"]["Realtime.RealtimeUserUpdated"];
        /**
         * @description A membership of the user changed (joined, left, roles or active flag): sent to the member's own sockets and
         *     to the sockets in that tenant's room whose session holds `members:read`. Refresh the session to get the
         *     new roles in the access token.
         */
        "Realtime.RealtimeMembershipChanged": {
            /** @enum {string} */
            type: "membership.changed";
            /**
             * Format: uuid
             * @description The domain event's id (the same as the webhook's).
             */
            id: string;
            /** Format: uuid */
            userId: string;
            tenantId: string;
        };
        /** @description Sent by the server once the socket is open: whose rooms it joined, and when its access token expires. */
        "Realtime.RealtimeReady": {
            /** @enum {string} */
            type: "ready";
            /** Format: uuid */
            userId: string;
            /** @description The active tenant of the session: the tenant room the socket joined. */
            tenantId: string;
            /**
             * Format: date-time
             * @description When the access token the socket was opened (or last re-authenticated) with expires; re-authenticate before.
             */
            expiresAt: string;
        };
        /** @description This socket's session was signed out or revoked (on any instance); the server closes it (4003) right after. */
        "Realtime.RealtimeSessionRevoked": {
            /** @enum {string} */
            type: "session.revoked";
            /** Format: uuid */
            sessionId: string;
        };
        /** @description The user's profile or account changed (`GET /user/me` to read it): sent to the user's own sockets only. */
        "Realtime.RealtimeUserUpdated": {
            /** @enum {string} */
            type: "user.updated";
            /**
             * Format: uuid
             * @description The domain event's id (the same as the webhook's).
             */
            id: string;
            /** Format: uuid */
            userId: string;
        };
        /** @description Who an active API key acts for, and what it may do now. */
        "Service.ApiKeyIntrospection": {
            /** Format: uuid */
            keyId: string;
            /** Format: uuid */
            userId: string;
            tenantId: string;
            /** @description The creator's roles in the key's tenant. */
            roles: string[];
            /** @description The key's scopes that the creator still holds in the tenant. */
            permissions: string[];
            emailVerified: boolean;
        };
        /** @description An API key to look up: the whole secret, as the client presented it. */
        "Service.ApiKeyIntrospectionRequest": {
            /** Format: password */
            apiKey: string;
        };
        /** @description One page of the revocation feed. */
        "Service.RevocationPage": {
            /** @description Ids of sessions revoked since the cursor (an id may appear again on a later page: dedupe). */
            sessionIds: string[];
            /** @description Pass as `cursor` on the next request. */
            cursor: string;
            /** @description True when more revocations are waiting: ask again at once rather than after `pollIntervalSeconds`. */
            hasMore: boolean;
            /**
             * Format: int32
             * @description How long to wait before the next request when `hasMore` is false.
             */
            pollIntervalSeconds: number;
            /**
             * Format: int32
             * @description How long to remember a revoked session id: after this its access tokens have all expired.
             */
            retentionSeconds: number;
        };
        /** @description A person's display name: 1 to 200 characters; no control characters (C0, DEL, C1) or unpaired surrogates. */
        "Shared.Common.Requests.DisplayName": string;
        /**
         * Format: uri
         * @description An absolute `https:` URL of at most 2048 characters, without spaces or control characters.
         *     Other schemes (`http:`, `javascript:`, `data:`, `file:` …) are refused.
         */
        "Shared.Common.Requests.HttpsUrl": string;
        /**
         * @description A BCP 47 language tag (a Unicode BCP 47 locale identifier such as `en`, `en-GB`, `zh-Hant-TW`,
         *     `es-419` or `de-DE-u-co-phonebk`), at most 35 characters. The server stores its canonical form
         *     (`EN-gb` becomes `en-GB`).
         */
        "Shared.Common.Requests.LanguageTag": string;
        /**
         * Format: password
         * @description A password being set: 8 to 128 characters; no control characters (C0, DEL, C1) or unpaired surrogates;
         *     common passwords are refused. Passwords presented to sign in are not restricted this way.
         */
        "Shared.Common.Requests.NewPassword": string;
        "Sso.SsoSignInRequest": {
            /** @description The provider's OIDC ID token (a JWT). Facebook: the Limited Login authentication token. */
            idToken: string;
            /** @description The raw nonce the client generated, when the provider puts one (or its SHA-256) in the token. */
            nonce?: string;
        };
        "Tenants.CreateRoleRequest": {
            name: components["schemas"]["Tenants.RoleName"];
            permissions: components["schemas"]["Tenants.PermissionName"][];
            description?: components["schemas"]["Tenants.TenantName"] | null;
        };
        /** @description A new tenant; `preset` defaults to `default`, `registrationPolicy` to `invite`. */
        "Tenants.CreateTenantRequest": {
            name: components["schemas"]["Tenants.TenantName"];
            slug: components["schemas"]["Tenants.TenantSlug"];
            preset?: components["schemas"]["Tenants.Preset"];
            registrationPolicy?: components["schemas"]["Tenants.RegistrationPolicy"];
        };
        /** @description A member of a tenant. */
        "Tenants.Member": {
            /** Format: uuid */
            userId: string;
            tenantId: components["schemas"]["Tenants.TenantId"];
            /** Format: email */
            email: string;
            name: string | null;
            roles: string[];
            orgUnit: string | null;
            /** @description An inactive member keeps the membership but cannot use the tenant. */
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description One page of members, oldest first. */
        "Tenants.MemberList": {
            members: components["schemas"]["Tenants.Member"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description A tenant the caller belongs to, with the caller's roles there. */
        "Tenants.MyTenant": {
            id: components["schemas"]["Tenants.TenantId"];
            slug: components["schemas"]["Tenants.TenantSlug"];
            name: string;
            /** @enum {string} */
            status: "active" | "suspended";
            registrationPolicy: components["schemas"]["Tenants.RegistrationPolicy"];
            preset: components["schemas"]["Tenants.Preset"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            roles: string[];
        };
        "Tenants.MyTenantList": {
            tenants: components["schemas"]["Tenants.MyTenant"][];
        };
        /** @description An organisational unit (department, region …): 1 to 200 characters, no control characters. */
        "Tenants.OrgUnit": string;
        /** @description A permission name, `resource:action` (e.g. `members:manage`, `track:progress`). */
        "Tenants.PermissionName": string;
        /**
         * @description The role set a tenant starts with. `default`: `member` (reads the tenant) and `admin`. `planning`:
         *     `admin` ⊇ `s&op_orchestrator` ⊇ `analyst` ⊇ `viewer`. `tiers`: `free` ⊆ `pro` ⊆ `premium` ⊆ `admin`,
         *     plus `service`. No preset grants `tenant:delete` or `tenant:transfer`.
         * @enum {string}
         */
        "Tenants.Preset": "default" | "planning" | "tiers";
        /**
         * @description Who may join: anyone (`open`), by invitation (`invite`), or nobody new (`closed`).
         * @enum {string}
         */
        "Tenants.RegistrationPolicy": "open" | "invite" | "closed";
        /** @description A role and the permissions it grants. */
        "Tenants.Role": {
            name: components["schemas"]["Tenants.RoleName"];
            description: string | null;
            permissions: components["schemas"]["Tenants.PermissionName"][];
        };
        "Tenants.RoleList": {
            roles: components["schemas"]["Tenants.Role"][];
        };
        /** @description A role name: lower-case letters, digits and `& _ . -`, starting with a letter; at most 64 characters. */
        "Tenants.RoleName": string;
        /** @description Search text: 1 to 200 characters, no control characters. */
        "Tenants.SearchText": string;
        /** @description Body of `POST /user/tenant`: `tenantId`, a tenant the caller is an active member of (and which is active). */
        "Tenants.SwitchTenantRequest": {
            tenantId: components["schemas"]["Tenants.TenantId"];
        };
        /** @description A tenant: an organisation whose members hold roles; `preset` is what its roles were seeded from. */
        "Tenants.Tenant": {
            id: components["schemas"]["Tenants.TenantId"];
            slug: components["schemas"]["Tenants.TenantSlug"];
            name: string;
            /** @enum {string} */
            status: "active" | "suspended";
            registrationPolicy: components["schemas"]["Tenants.RegistrationPolicy"];
            preset: components["schemas"]["Tenants.Preset"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @description A tenant id: 1 to 64 characters from `A-Z a-z 0-9 _ -`, starting with a letter or digit. Blank,
         *     padded or control-character ids are refused (400), never read as "the active tenant".
         */
        "Tenants.TenantId": string;
        /** @description A tenant's display name: 1 to 200 characters, no control characters. */
        "Tenants.TenantName": string;
        /** @description A tenant's URL name: lower-case letters, digits and `-`, 1 to 63 characters, no leading or trailing `-`. */
        "Tenants.TenantSlug": string;
        /**
         * @description What to change. `roles` replaces the member's roles (each must exist in the tenant, else 400 naming
         *     it); the last active `admin` cannot lose the role or be deactivated (409 `TENANT_LAST_ADMIN`). Deactivating ends the
         *     member's sessions in this tenant at once; role changes take effect at their next refresh.
         */
        "Tenants.UpdateMemberRequest": {
            roles?: components["schemas"]["Tenants.RoleName"][];
            orgUnit?: components["schemas"]["Tenants.OrgUnit"] | null;
            active?: boolean;
        };
        /** @description Replaces the role's permissions (effective for its members at their next refresh). */
        "Tenants.UpdateRoleRequest": {
            permissions?: components["schemas"]["Tenants.PermissionName"][];
            description?: components["schemas"]["Tenants.TenantName"] | null;
        };
        "Tenants.UpdateTenantRequest": {
            name?: components["schemas"]["Tenants.TenantName"];
            slug?: components["schemas"]["Tenants.TenantSlug"];
            registrationPolicy?: components["schemas"]["Tenants.RegistrationPolicy"];
        };
        /** @description Result of sign-up, sign-in and refresh. */
        "Users.AuthResult": {
            user: components["schemas"]["Users.User"];
            session: components["schemas"]["Users.SessionInfo"];
            /** @description Present only with `X-Auth-Mode: token`. */
            tokens?: components["schemas"]["Users.TokenPair"];
        };
        "Users.RefreshRequest": {
            /**
             * Format: password
             * @description Token mode: the refresh token. Cookie mode sends the `backend_refresh` cookie instead.
             */
            refreshToken?: string;
        };
        /** @description The session a sign-in or refresh produced. */
        "Users.SessionInfo": {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description The session ends here however often it is refreshed (absolute lifetime).
             */
            expiresAt: string;
            /**
             * Format: date-time
             * @description When the current access token expires; refresh before then.
             */
            accessTokenExpiresAt: string;
        };
        "Users.SessionList": {
            sessions: components["schemas"]["Users.SessionSummary"][];
        };
        /** @description One of the user's active sessions. */
        "Users.SessionSummary": {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string;
            /** Format: date-time */
            expiresAt: string;
            userAgent: string | null;
            ip: string | null;
            /** @description True for the session making this request. */
            current: boolean;
            /** @description Present on a support session an operator started as this user (`POST /admin/impersonations`): the operator. */
            impersonatedBy?: string;
        };
        "Users.SignInRequest": {
            /** Format: email */
            email: string;
            /** Format: password */
            password: string;
            /** @description The tenant's id. */
            tenantId?: components["schemas"]["Tenants.TenantId"];
            /** @description The tenant's slug (instead of `tenantId`). */
            tenantSlug?: components["schemas"]["Tenants.TenantSlug"];
        };
        "Users.SignUpRequest": {
            /** Format: email */
            email: string;
            password: components["schemas"]["Shared.Common.Requests.NewPassword"];
            name?: components["schemas"]["Shared.Common.Requests.DisplayName"];
            locale?: components["schemas"]["Shared.Common.Requests.LanguageTag"];
            /** @description The tenant's id. */
            tenantId?: components["schemas"]["Tenants.TenantId"];
            /** @description The tenant's slug (instead of `tenantId`). */
            tenantSlug?: components["schemas"]["Tenants.TenantSlug"];
        };
        /** @description Tokens returned in the body when the request sent `X-Auth-Mode: token`. */
        "Users.TokenPair": {
            /**
             * @description How `accessToken` is presented: `Authorization: Bearer <accessToken>` on the /user routes (RFC 6750).
             * @enum {string}
             */
            tokenType: "Bearer";
            /**
             * Format: password
             * @description The access JWT; send it back as `Authorization: Bearer <accessToken>` or as the `backend_session` cookie.
             */
            accessToken: string;
            /**
             * Format: password
             * @description Opaque, single-use refresh token; rotated on every refresh.
             */
            refreshToken: string;
            /**
             * Format: int32
             * @description Access token lifetime in seconds.
             */
            expiresIn: number;
        };
        /** @description Profile fields the user may change; email, roles, tenant and verification are not among them. */
        "Users.UpdateMeRequest": {
            name?: components["schemas"]["Shared.Common.Requests.DisplayName"] | null;
            locale?: components["schemas"]["Shared.Common.Requests.LanguageTag"] | null;
            avatarUrl?: components["schemas"]["Shared.Common.Requests.HttpsUrl"] | null;
        };
        /** @description A Gatehouse account. */
        "Users.User": {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            emailVerified: boolean;
            /** @description Display name. */
            name: string | null;
            /** @description BCP 47 language tag, e.g. `en-GB`. */
            locale: string | null;
            avatarUrl: string | null;
            /**
             * @description The session's active tenant (the access token's `tid`). Accounts are global; a user may be a member
             *     of several tenants and switches with `POST /user/tenant`.
             */
            tenantId: string;
            /** @description The user's roles in the active tenant, as of the session's last sign-in, refresh or switch. */
            roles: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description `GET /user/me` only, and only when the request's session is a support session an operator started as
             *     this user (`POST /admin/impersonations`): the operator, so a client can show that someone else is acting.
             */
            impersonatedBy?: string;
        };
        /** @description Who made the change: a user, an operator (admin), a service, the process itself (system), or nobody signed in. */
        "Webhooks.EventActor": {
            /** @enum {string} */
            type: "user" | "admin" | "service" | "anonymous" | "system";
            /** @description The user's id, the operator's identity, or null. */
            id: string | null;
        };
        /**
         * Format: uuid
         * @description A uuid (event and session ids).
         */
        "Webhooks.EventUuid": string;
        /**
         * @description How the membership changed.
         * @enum {string}
         */
        "Webhooks.MembershipChange": "joined" | "roles_changed" | "deactivated" | "reactivated" | "removed";
        "Webhooks.MembershipChangedData": {
            /** Format: uuid */
            userId: string;
            /** @description The tenant whose membership changed. */
            tenantId: components["schemas"]["Tenants.TenantId"];
            actor: components["schemas"]["Webhooks.EventActor"];
            change: components["schemas"]["Webhooks.MembershipChange"];
        };
        /** @description A user's membership of a tenant changed: joined, roles changed, deactivated, reactivated or removed. */
        "Webhooks.MembershipChangedEvent": {
            /** @enum {string} */
            type: "membership.changed";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["Webhooks.MembershipChangedData"];
        };
        /**
         * @description Why sessions ended. `tenant_switched`: the session moved to another tenant (its successor has a new id);
         *     `replaced_by_sign_in`: a new sign-in from the same client replaced it; `sso_identity_unlinked`: it was started
         *     through a provider identity that never proved the account's address, unlinked once the mailbox was proved.
         * @enum {string}
         */
        "Webhooks.RevocationReason": "signout" | "revoked" | "theft_detected" | "admin_revoked" | "user_disabled" | "user_deleted" | "membership_ended" | "impersonation_ended" | "password_changed" | "password_reset" | "account_takeover" | "tenant_suspended" | "tenant_switched" | "replaced_by_sign_in" | "sso_identity_unlinked";
        "Webhooks.SessionRevokedData": {
            /** Format: uuid */
            userId: string;
            /** @description The tenant of the change (the tenant joined, the session's tenant); null when it has none. */
            tenantId: components["schemas"]["Tenants.TenantId"] | null;
            actor: components["schemas"]["Webhooks.EventActor"];
            reason: components["schemas"]["Webhooks.RevocationReason"];
            /** @description The sessions that ended: at most 100 per event (a larger set comes as several events). */
            sessionIds: components["schemas"]["Webhooks.EventUuid"][];
        };
        /** @description Sessions of the user ended: their access tokens stop working within seconds. */
        "Webhooks.SessionRevokedEvent": {
            /** @enum {string} */
            type: "session.revoked";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["Webhooks.SessionRevokedData"];
        };
        /**
         * @description What changed: the profile (name, locale, avatar), the password, the email's verification, the account's state, super-admin rights.
         * @enum {string}
         */
        "Webhooks.UserChange": "profile" | "password" | "email_verified" | "disabled" | "enabled" | "super_admin";
        /** @description A new account (sign-up, first SSO sign-in, an accepted invitation); `tenantId` is the tenant it joined. */
        "Webhooks.UserCreatedEvent": {
            /** @enum {string} */
            type: "user.created";
            /**
             * Format: date-time
             * @description When the change was committed.
             */
            timestamp: string;
            data: components["schemas"]["Webhooks.UserEventData"];
        };
        /** @description An account was deleted (by its owner or an operator), with everything hanging off it. */
        "Webhooks.UserDeletedEvent": {
            /** @enum {string} */
            type: "user.deleted";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["Webhooks.UserEventData"];
        };
        /** @description What every event's `data` says: whose account, in which tenant (null when the change is not a tenant's), by whom. */
        "Webhooks.UserEventData": {
            /** Format: uuid */
            userId: string;
            /** @description The tenant of the change (the tenant joined, the session's tenant); null when it has none. */
            tenantId: components["schemas"]["Tenants.TenantId"] | null;
            actor: components["schemas"]["Webhooks.EventActor"];
        };
        "Webhooks.UserUpdatedData": {
            /** Format: uuid */
            userId: string;
            /** @description The tenant of the change (the tenant joined, the session's tenant); null when it has none. */
            tenantId: components["schemas"]["Tenants.TenantId"] | null;
            actor: components["schemas"]["Webhooks.EventActor"];
            change: components["schemas"]["Webhooks.UserChange"];
        };
        /** @description An account changed. Fetch the user (admin API) for its current state: the event does not carry it. */
        "Webhooks.UserUpdatedEvent": {
            /** @enum {string} */
            type: "user.updated";
            /** Format: date-time */
            timestamp: string;
            data: components["schemas"]["Webhooks.UserUpdatedData"];
        };
    };
    responses: never;
    parameters: {
        /** @description `nextCursor` of the previous page. */
        "Admin.PageQuery.cursor": string;
        /** @description How many items to return (1 to 100, default 50). */
        "Admin.PageQuery.limit": number;
        "Identity.SuperTokens.EmailQuery": string;
        "Identity.SuperTokens.TenantPath": string;
        "Invitations.InvitationPath.invitationId": string;
        "Invitations.InvitationPath.tenantId": components["schemas"]["Tenants.TenantId"];
        /**
         * @description `token`: return the access and refresh tokens in the response body instead of
         *     setting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set
         *     the `backend_session` and `backend_refresh` cookies (browsers).
         */
        "Shared.Common.Requests.AuthModeHeader": "cookie" | "token";
        /** @description `nextCursor` of the previous page. */
        "Tenants.MemberQuery.cursor": string;
        /** @description Page size (default 50). */
        "Tenants.MemberQuery.limit": number;
        /** @description Case-insensitive substring of the member's email or name. */
        "Tenants.MemberQuery.search": components["schemas"]["Tenants.SearchText"];
        "Tenants.TenantPath": components["schemas"]["Tenants.TenantId"];
        /** @description The event's id (its uuid): the same on every retry of the event — deduplicate on it. */
        "Webhooks.WebhookHeaders.webhookId": components["schemas"]["Webhooks.EventUuid"];
        /** @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">` keyed with the secret's bytes. */
        "Webhooks.WebhookHeaders.webhookSignature": string;
        /** @description When this attempt was signed, in seconds since the epoch: refuse deliveries older than a few minutes. */
        "Webhooks.WebhookHeaders.webhookTimestamp": string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    OpsOperations_getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "keys": [
                     *         {
                     *           "kty": "EC",
                     *           "kid": "k_2026-11-24_8f3a",
                     *           "alg": "ES256",
                     *           "use": "sig",
                     *           "crv": "P-256",
                     *           "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
                     *           "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Ops.JwkSet"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OpsOperations_getDiscovery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "issuer": "http://127.0.0.1:3000",
                     *       "jwks_uri": "http://127.0.0.1:3000/.well-known/jwks.json",
                     *       "id_token_signing_alg_values_supported": [
                     *         "ES256"
                     *       ],
                     *       "subject_types_supported": [
                     *         "public"
                     *       ],
                     *       "service_documentation": "http://127.0.0.1:3000/docs"
                     *     }
                     */
                    "application/json": components["schemas"]["Ops.DiscoveryDocument"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminOperations_listAuditEvents: {
        parameters: {
            query?: {
                /** @description The actor's id (a user id, an operator's email, `service`). */
                actor?: components["schemas"]["Admin.AuditSubject"];
                /** @description The target's id (e.g. a user id). */
                target?: components["schemas"]["Admin.AuditTargetId"];
                /** @description The action, e.g. `user.signin`. */
                action?: string;
                /** @description Events at or after this time. */
                from?: string;
                /** @description Events before this time. */
                to?: string;
                /** @description How many items to return (1 to 100, default 50). */
                limit?: components["parameters"]["Admin.PageQuery.limit"];
                /** @description `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Admin.PageQuery.cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "events": [
                     *         {
                     *           "id": "1042",
                     *           "occurredAt": "2026-11-24T10:00:00Z",
                     *           "action": "admin.user.disable",
                     *           "outcome": "success",
                     *           "reason": null,
                     *           "actor": {
                     *             "type": "admin",
                     *             "id": "ops@example.com"
                     *           },
                     *           "tenantId": "default",
                     *           "target": {
                     *             "type": "user",
                     *             "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10"
                     *           },
                     *           "ip": "203.0.113.7",
                     *           "userAgent": "curl/8.5.0",
                     *           "requestId": "req_01JDZK6Q3W9V8X7Y6Z5A4B3C2D"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Admin.AuditEventPage"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminTenantOperations_startImpersonation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userId": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                 *       "tenantId": "default",
                 *       "reason": "Ticket 4711: cannot see the planning board"
                 *     }
                 */
                "application/json": components["schemas"]["Admin.StartImpersonationRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded and a new resource has been created as a result. */
            201: {
                headers: {
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "9d2e4f6a-8b0c-4d1e-a3f5-b7c9d1e3f5a7",
                     *       "userId": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *       "tenantId": "default",
                     *       "impersonator": "ops@example.com",
                     *       "reason": "Ticket 4711: cannot see the planning board",
                     *       "expiresAt": "2026-11-24T09:30:00Z",
                     *       "tokens": {
                     *         "tokenType": "Bearer",
                     *         "accessToken": "eyJhbGciOiJFUzI1NiIsImtpZCI6ImsxIiwidHlwIjoiSldUIn0.eyJzdWIiOiI1YjBjIn0.c2ln",
                     *         "refreshToken": "rt_8d1f3c5e7a9b0d2f4a6c8e0b2d4f6a8c",
                     *         "expiresIn": 900
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Admin.Impersonation"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request conflicts with existing state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminTenantOperations_endImpersonation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                impersonationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description There is no content to send for this request, but the headers may be useful. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminOperations_listSigningKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "keys": [
                     *         {
                     *           "kid": "k_2026-11-24_8f3a",
                     *           "alg": "ES256",
                     *           "createdAt": "2026-11-24T09:00:00Z",
                     *           "activatesAt": "2026-11-24T09:00:00Z",
                     *           "retiredAt": null,
                     *           "state": "signing"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Admin.SigningKeyList"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminOperations_rotateSigningKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "retireOld": false
                 *     }
                 */
                "application/json": components["schemas"]["Admin.RotateSigningKeyRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "kid": "k_2026-11-24_1c2d",
                     *       "keys": [
                     *         {
                     *           "kid": "k_2026-11-24_1c2d",
                     *           "alg": "ES256",
                     *           "createdAt": "2026-11-24T10:00:00Z",
                     *           "activatesAt": "2026-11-24T10:00:00Z",
                     *           "retiredAt": null,
                     *           "state": "signing"
                     *         },
                     *         {
                     *           "kid": "k_2026-11-24_8f3a",
                     *           "alg": "ES256",
                     *           "createdAt": "2026-11-24T09:00:00Z",
                     *           "activatesAt": "2026-11-24T09:00:00Z",
                     *           "retiredAt": "2026-11-24T10:00:00Z",
                     *           "state": "retired"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Admin.RotateSigningKeyResult"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminTenantOperations_listTenants: {
        parameters: {
            query?: {
                /** @description Part of the slug or name (case-insensitive). */
                q?: components["schemas"]["Admin.SearchText"];
                status?: "active" | "suspended";
                /** @description How many items to return (1 to 100, default 50). */
                limit?: components["parameters"]["Admin.PageQuery.limit"];
                /** @description `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Admin.PageQuery.cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenants": [
                     *         {
                     *           "id": "0f8b7d1c-3c1e-4f0a-9b43-2f6f4b9a7c11",
                     *           "slug": "acme",
                     *           "name": "Acme Planning",
                     *           "status": "active",
                     *           "registrationPolicy": "invite",
                     *           "preset": "planning",
                     *           "createdAt": "2026-11-24T09:00:00Z",
                     *           "updatedAt": "2026-11-24T09:00:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Admin.AdminTenantPage"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminTenantOperations_createTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Planning",
                 *       "slug": "acme",
                 *       "preset": "planning",
                 *       "adminEmail": "ada@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["Admin.AdminCreateTenantRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded and a new resource has been created as a result. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0f8b7d1c-3c1e-4f0a-9b43-2f6f4b9a7c11",
                     *       "slug": "acme",
                     *       "name": "Acme Planning",
                     *       "status": "active",
                     *       "registrationPolicy": "invite",
                     *       "preset": "planning",
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Tenants.Tenant"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request conflicts with existing state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminTenantOperations_getTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["schemas"]["Tenants.TenantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0f8b7d1c-3c1e-4f0a-9b43-2f6f4b9a7c11",
                     *       "slug": "acme",
                     *       "name": "Acme Planning",
                     *       "status": "active",
                     *       "registrationPolicy": "invite",
                     *       "preset": "planning",
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Tenants.Tenant"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminTenantOperations_reactivateTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["schemas"]["Tenants.TenantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0f8b7d1c-3c1e-4f0a-9b43-2f6f4b9a7c11",
                     *       "slug": "acme",
                     *       "name": "Acme Planning",
                     *       "status": "active",
                     *       "registrationPolicy": "invite",
                     *       "preset": "planning",
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T10:05:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Tenants.Tenant"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminTenantOperations_suspendTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["schemas"]["Tenants.TenantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0f8b7d1c-3c1e-4f0a-9b43-2f6f4b9a7c11",
                     *       "slug": "acme",
                     *       "name": "Acme Planning",
                     *       "status": "suspended",
                     *       "registrationPolicy": "invite",
                     *       "preset": "planning",
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Tenants.Tenant"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request conflicts with existing state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminOperations_listUsers: {
        parameters: {
            query?: {
                /** @description Part of the email or name (case-insensitive). */
                q?: components["schemas"]["Admin.SearchText"];
                /** @description How many items to return (1 to 100, default 50). */
                limit?: components["parameters"]["Admin.PageQuery.limit"];
                /** @description `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Admin.PageQuery.cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "users": [
                     *         {
                     *           "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *           "email": "ada@example.com",
                     *           "emailVerified": true,
                     *           "name": "Ada Lovelace",
                     *           "locale": null,
                     *           "avatarUrl": null,
                     *           "tenantId": "default",
                     *           "roles": [
                     *             "member"
                     *           ],
                     *           "createdAt": "2026-11-24T09:00:00Z",
                     *           "updatedAt": "2026-11-24T09:00:00Z",
                     *           "superAdmin": false,
                     *           "disabledAt": null
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Admin.AdminUserPage"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminOperations_getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *       "email": "ada@example.com",
                     *       "emailVerified": true,
                     *       "name": "Ada Lovelace",
                     *       "locale": null,
                     *       "avatarUrl": null,
                     *       "tenantId": "default",
                     *       "roles": [
                     *         "member"
                     *       ],
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T09:00:00Z",
                     *       "superAdmin": false,
                     *       "disabledAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["Admin.AdminUser"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminOperations_deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description There is no content to send for this request, but the headers may be useful. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request conflicts with existing state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminOperations_disableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *       "email": "ada@example.com",
                     *       "emailVerified": true,
                     *       "name": "Ada Lovelace",
                     *       "locale": null,
                     *       "avatarUrl": null,
                     *       "tenantId": "default",
                     *       "roles": [
                     *         "member"
                     *       ],
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T10:00:00Z",
                     *       "superAdmin": false,
                     *       "disabledAt": "2026-11-24T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Admin.AdminUser"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminOperations_enableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *       "email": "ada@example.com",
                     *       "emailVerified": true,
                     *       "name": "Ada Lovelace",
                     *       "locale": null,
                     *       "avatarUrl": null,
                     *       "tenantId": "default",
                     *       "roles": [
                     *         "member"
                     *       ],
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T10:05:00Z",
                     *       "superAdmin": false,
                     *       "disabledAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["Admin.AdminUser"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminOperations_revokeUserSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessions": 2,
                     *       "legacyTokens": 0
                     *     }
                     */
                    "application/json": components["schemas"]["Admin.RevokedCount"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminOperations_setSuperAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *       "email": "ada@example.com",
                     *       "emailVerified": true,
                     *       "name": "Ada Lovelace",
                     *       "locale": null,
                     *       "avatarUrl": null,
                     *       "tenantId": "default",
                     *       "roles": [
                     *         "member"
                     *       ],
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T10:00:00Z",
                     *       "superAdmin": true,
                     *       "disabledAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["Admin.AdminUser"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AdminOperations_unsetSuperAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *       "email": "ada@example.com",
                     *       "emailVerified": true,
                     *       "name": "Ada Lovelace",
                     *       "locale": null,
                     *       "avatarUrl": null,
                     *       "tenantId": "default",
                     *       "roles": [
                     *         "member"
                     *       ],
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T10:00:00Z",
                     *       "superAdmin": false,
                     *       "disabledAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["Admin.AdminUser"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SuperTokensOperations_emailExists: {
        parameters: {
            query: {
                email: components["parameters"]["Identity.SuperTokens.EmailQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK",
                     *       "exists": true
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StEmailExists"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_jwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "keys": [
                     *         {
                     *           "kty": "EC",
                     *           "kid": "k_2026-11-24_8f3a",
                     *           "alg": "ES256",
                     *           "use": "sig",
                     *           "crv": "P-256",
                     *           "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
                     *           "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StJwks"];
                };
            };
        };
    };
    SuperTokensOperations_refreshSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description The new access token (a JWT). */
                    "st-access-token"?: string;
                    /** @description The new refresh token. */
                    "st-refresh-token"?: string;
                    /** @description base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out. */
                    "front-token"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            /** @description Session problem: `try refresh token` (expired access token), `unauthorised`, or `token theft detected`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnauthorised"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page
             *     whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without
             *     cookies (header mode) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StCrossSiteRefused"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "formFields": [
                 *         {
                 *           "id": "email",
                 *           "value": "ada@example.com"
                 *         },
                 *         {
                 *           "id": "password",
                 *           "value": "correct horse battery staple"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Identity.SuperTokens.FormFieldsRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description The new access token (a JWT). */
                    "st-access-token"?: string;
                    /** @description The new refresh token. */
                    "st-refresh-token"?: string;
                    /** @description base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out. */
                    "front-token"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK",
                     *       "user": {
                     *         "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *         "email": "ada@example.com",
                     *         "timeJoined": 1795597200000,
                     *         "tenantIds": [
                     *           "public"
                     *         ],
                     *         "emails": [
                     *           "ada@example.com"
                     *         ],
                     *         "isPrimaryUser": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StSignInUpOk"] | components["schemas"]["Identity.SuperTokens.StWrongCredentials"] | components["schemas"]["Identity.SuperTokens.StFieldError"] | components["schemas"]["Identity.SuperTokens.StGeneralError"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page
             *     whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without
             *     cookies (header mode) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StCrossSiteRefused"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_signInUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "thirdPartyId": "google",
                 *       "oAuthTokens": {
                 *         "id_token": "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMTAxNjkifQ.c2ln"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Identity.SuperTokens.StSignInUpRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description The new access token (a JWT). */
                    "st-access-token"?: string;
                    /** @description The new refresh token. */
                    "st-refresh-token"?: string;
                    /** @description base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out. */
                    "front-token"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK",
                     *       "user": {
                     *         "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *         "email": "ada@example.com",
                     *         "timeJoined": 1795597200000,
                     *         "tenantIds": [
                     *           "public"
                     *         ],
                     *         "emails": [
                     *           "ada@example.com"
                     *         ],
                     *         "isPrimaryUser": false
                     *       },
                     *       "createdNewRecipeUser": true
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StThirdPartyOk"] | components["schemas"]["Identity.SuperTokens.StNoEmailGiven"] | components["schemas"]["Identity.SuperTokens.StSignInUpNotAllowed"] | components["schemas"]["Identity.SuperTokens.StGeneralError"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page
             *     whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without
             *     cookies (header mode) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StCrossSiteRefused"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description The new access token (a JWT). */
                    "st-access-token"?: string;
                    /** @description The new refresh token. */
                    "st-refresh-token"?: string;
                    /** @description base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out. */
                    "front-token"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK"
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StOk"];
                };
            };
            /** @description Session problem: `try refresh token` (expired access token), `unauthorised`, or `token theft detected`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnauthorised"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page
             *     whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without
             *     cookies (header mode) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StCrossSiteRefused"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "formFields": [
                 *         {
                 *           "id": "email",
                 *           "value": "ada@example.com"
                 *         },
                 *         {
                 *           "id": "password",
                 *           "value": "correct horse battery staple"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Identity.SuperTokens.FormFieldsRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description The new access token (a JWT). */
                    "st-access-token"?: string;
                    /** @description The new refresh token. */
                    "st-refresh-token"?: string;
                    /** @description base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out. */
                    "front-token"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK",
                     *       "user": {
                     *         "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *         "email": "ada@example.com",
                     *         "timeJoined": 1795597200000,
                     *         "tenantIds": [
                     *           "public"
                     *         ],
                     *         "emails": [
                     *           "ada@example.com"
                     *         ],
                     *         "isPrimaryUser": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StSignInUpOk"] | components["schemas"]["Identity.SuperTokens.StFieldError"] | components["schemas"]["Identity.SuperTokens.StGeneralError"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page
             *     whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without
             *     cookies (header mode) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StCrossSiteRefused"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_signUpEmailExists: {
        parameters: {
            query: {
                email: components["parameters"]["Identity.SuperTokens.EmailQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK",
                     *       "exists": true
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StEmailExists"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_isEmailVerified: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description The new access token (a JWT). */
                    "st-access-token"?: string;
                    /** @description The new refresh token. */
                    "st-refresh-token"?: string;
                    /** @description base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out. */
                    "front-token"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK",
                     *       "isVerified": true
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StIsVerified"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /** @description Session problem: `try refresh token` (expired access token), `unauthorised`, or `token theft detected`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnauthorised"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_emailVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "method": "token",
                 *       "token": "Jk3Zp0Qm7vXb2NcLs8TfYw4HgRd6EaU1"
                 *     }
                 */
                "application/json": components["schemas"]["Identity.SuperTokens.StVerifyEmailRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK",
                     *       "user": {
                     *         "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *         "email": "ada@example.com"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StEmailVerified"] | components["schemas"]["Identity.SuperTokens.StVerifyInvalidToken"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page
             *     whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without
             *     cookies (header mode) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StCrossSiteRefused"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_emailVerifyToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK"
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StOk"] | components["schemas"]["Identity.SuperTokens.StAlreadyVerified"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /** @description Session problem: `try refresh token` (expired access token), `unauthorised`, or `token theft detected`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnauthorised"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page
             *     whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without
             *     cookies (header mode) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StCrossSiteRefused"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_passwordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "method": "token",
                 *       "formFields": [
                 *         {
                 *           "id": "password",
                 *           "value": "a new and better passphrase"
                 *         }
                 *       ],
                 *       "token": "Jk3Zp0Qm7vXb2NcLs8TfYw4HgRd6EaU1"
                 *     }
                 */
                "application/json": components["schemas"]["Identity.SuperTokens.StResetPasswordRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK"
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StOk"] | components["schemas"]["Identity.SuperTokens.StResetInvalidToken"] | components["schemas"]["Identity.SuperTokens.StFieldError"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page
             *     whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without
             *     cookies (header mode) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StCrossSiteRefused"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_passwordResetToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "formFields": [
                 *         {
                 *           "id": "email",
                 *           "value": "ada@example.com"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Identity.SuperTokens.FormFieldsRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK"
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StOk"] | components["schemas"]["Identity.SuperTokens.StFieldError"] | components["schemas"]["Identity.SuperTokens.StGeneralError"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page
             *     whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without
             *     cookies (header mode) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StCrossSiteRefused"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_tenantEmailExists: {
        parameters: {
            query: {
                email: components["parameters"]["Identity.SuperTokens.EmailQuery"];
            };
            header?: never;
            path: {
                tenantId: components["parameters"]["Identity.SuperTokens.TenantPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK",
                     *       "exists": true
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StEmailExists"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_tenantSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["parameters"]["Identity.SuperTokens.TenantPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "formFields": [
                 *         {
                 *           "id": "email",
                 *           "value": "ada@example.com"
                 *         },
                 *         {
                 *           "id": "password",
                 *           "value": "correct horse battery staple"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Identity.SuperTokens.FormFieldsRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description The new access token (a JWT). */
                    "st-access-token"?: string;
                    /** @description The new refresh token. */
                    "st-refresh-token"?: string;
                    /** @description base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out. */
                    "front-token"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK",
                     *       "user": {
                     *         "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *         "email": "ada@example.com",
                     *         "timeJoined": 1795597200000,
                     *         "tenantIds": [
                     *           "public"
                     *         ],
                     *         "emails": [
                     *           "ada@example.com"
                     *         ],
                     *         "isPrimaryUser": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StSignInUpOk"] | components["schemas"]["Identity.SuperTokens.StWrongCredentials"] | components["schemas"]["Identity.SuperTokens.StFieldError"] | components["schemas"]["Identity.SuperTokens.StGeneralError"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page
             *     whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without
             *     cookies (header mode) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StCrossSiteRefused"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_tenantSignInUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["parameters"]["Identity.SuperTokens.TenantPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "thirdPartyId": "google",
                 *       "oAuthTokens": {
                 *         "id_token": "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMTAxNjkifQ.c2ln"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Identity.SuperTokens.StSignInUpRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description The new access token (a JWT). */
                    "st-access-token"?: string;
                    /** @description The new refresh token. */
                    "st-refresh-token"?: string;
                    /** @description base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out. */
                    "front-token"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK",
                     *       "user": {
                     *         "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *         "email": "ada@example.com",
                     *         "timeJoined": 1795597200000,
                     *         "tenantIds": [
                     *           "public"
                     *         ],
                     *         "emails": [
                     *           "ada@example.com"
                     *         ],
                     *         "isPrimaryUser": false
                     *       },
                     *       "createdNewRecipeUser": true
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StThirdPartyOk"] | components["schemas"]["Identity.SuperTokens.StNoEmailGiven"] | components["schemas"]["Identity.SuperTokens.StSignInUpNotAllowed"] | components["schemas"]["Identity.SuperTokens.StGeneralError"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page
             *     whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without
             *     cookies (header mode) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StCrossSiteRefused"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_tenantSignUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["parameters"]["Identity.SuperTokens.TenantPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "formFields": [
                 *         {
                 *           "id": "email",
                 *           "value": "ada@example.com"
                 *         },
                 *         {
                 *           "id": "password",
                 *           "value": "correct horse battery staple"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Identity.SuperTokens.FormFieldsRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description The new access token (a JWT). */
                    "st-access-token"?: string;
                    /** @description The new refresh token. */
                    "st-refresh-token"?: string;
                    /** @description base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out. */
                    "front-token"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK",
                     *       "user": {
                     *         "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *         "email": "ada@example.com",
                     *         "timeJoined": 1795597200000,
                     *         "tenantIds": [
                     *           "public"
                     *         ],
                     *         "emails": [
                     *           "ada@example.com"
                     *         ],
                     *         "isPrimaryUser": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StSignInUpOk"] | components["schemas"]["Identity.SuperTokens.StFieldError"] | components["schemas"]["Identity.SuperTokens.StGeneralError"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page
             *     whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without
             *     cookies (header mode) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StCrossSiteRefused"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_tenantSignUpEmailExists: {
        parameters: {
            query: {
                email: components["parameters"]["Identity.SuperTokens.EmailQuery"];
            };
            header?: never;
            path: {
                tenantId: components["parameters"]["Identity.SuperTokens.TenantPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK",
                     *       "exists": true
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StEmailExists"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_tenantIsEmailVerified: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["parameters"]["Identity.SuperTokens.TenantPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /** @description The new access token (a JWT). */
                    "st-access-token"?: string;
                    /** @description The new refresh token. */
                    "st-refresh-token"?: string;
                    /** @description base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out. */
                    "front-token"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK",
                     *       "isVerified": true
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StIsVerified"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /** @description Session problem: `try refresh token` (expired access token), `unauthorised`, or `token theft detected`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnauthorised"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_tenantEmailVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["parameters"]["Identity.SuperTokens.TenantPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "method": "token",
                 *       "token": "Jk3Zp0Qm7vXb2NcLs8TfYw4HgRd6EaU1"
                 *     }
                 */
                "application/json": components["schemas"]["Identity.SuperTokens.StVerifyEmailRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK",
                     *       "user": {
                     *         "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *         "email": "ada@example.com"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StEmailVerified"] | components["schemas"]["Identity.SuperTokens.StVerifyInvalidToken"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page
             *     whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without
             *     cookies (header mode) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StCrossSiteRefused"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_tenantEmailVerifyToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["parameters"]["Identity.SuperTokens.TenantPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK"
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StOk"] | components["schemas"]["Identity.SuperTokens.StAlreadyVerified"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /** @description Session problem: `try refresh token` (expired access token), `unauthorised`, or `token theft detected`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnauthorised"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page
             *     whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without
             *     cookies (header mode) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StCrossSiteRefused"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_tenantPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["parameters"]["Identity.SuperTokens.TenantPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "method": "token",
                 *       "formFields": [
                 *         {
                 *           "id": "password",
                 *           "value": "a new and better passphrase"
                 *         }
                 *       ],
                 *       "token": "Jk3Zp0Qm7vXb2NcLs8TfYw4HgRd6EaU1"
                 *     }
                 */
                "application/json": components["schemas"]["Identity.SuperTokens.StResetPasswordRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK"
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StOk"] | components["schemas"]["Identity.SuperTokens.StResetInvalidToken"] | components["schemas"]["Identity.SuperTokens.StFieldError"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page
             *     whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without
             *     cookies (header mode) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StCrossSiteRefused"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    SuperTokensOperations_tenantPasswordResetToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["parameters"]["Identity.SuperTokens.TenantPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "formFields": [
                 *         {
                 *           "id": "email",
                 *           "value": "ada@example.com"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Identity.SuperTokens.FormFieldsRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "OK"
                     *     }
                     */
                    "application/json": components["schemas"]["Identity.SuperTokens.StOk"] | components["schemas"]["Identity.SuperTokens.StFieldError"] | components["schemas"]["Identity.SuperTokens.StGeneralError"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page
             *     whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without
             *     cookies (header mode) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StCrossSiteRefused"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    LegacyOperations_createPortalSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "portal_AzZlGkSx8",
                     *       "accessUrl": "https://billing.example.com/portal/v2/access/AzZlGkSx8",
                     *       "expiresAt": "2026-11-24T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Legacy.PortalSession"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description An upstream service failed (UPSTREAM_FAILED). */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OpsOperations_getDocs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The HTML reference page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <!doctype html><html lang="en"><head><title>Gatehouse API reference</title></head><body><div id="docs"></div></body></html> */
                    "text/html": string;
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OpsOperations_getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Ops.HealthStatus"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    IdentityOperations_getIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *       "email": "ada@example.com",
                     *       "emailVerified": true,
                     *       "name": "Ada Lovelace",
                     *       "locale": "en-GB",
                     *       "avatarUrl": null,
                     *       "tenantId": "default",
                     *       "roles": [
                     *         "member"
                     *       ],
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Users.User"];
                };
            };
            /** @description Session problem: `try refresh token` (expired access token), `unauthorised`, or `token theft detected`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnauthorised"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    IdentityOperations_updateIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Ada King"
                 *     }
                 */
                "application/json": components["schemas"]["Users.UpdateMeRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *       "email": "ada@example.com",
                     *       "emailVerified": true,
                     *       "name": "Ada King",
                     *       "locale": "en-GB",
                     *       "avatarUrl": null,
                     *       "tenantId": "default",
                     *       "roles": [
                     *         "member"
                     *       ],
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T09:10:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Users.User"];
                };
            };
            /** @description Malformed request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StBadRequest"];
                };
            };
            /** @description Session problem: `try refresh token` (expired access token), `unauthorised`, or `token theft detected`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnauthorised"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF), as on every unsafe FDI route; or `invalid claim`: the session's
             *     email is not verified yet while `REQUIRE_EMAIL_VERIFICATION` is on.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StCrossSiteRefused"] | components["schemas"]["Identity.SuperTokens.StInvalidClaim"];
                };
            };
            /** @description Unexpected failure; the message is generic and nothing secret is in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StInternalError"];
                };
            };
            /** @description The database is unreachable; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity.SuperTokens.StUnavailable"];
                };
            };
        };
    };
    LegacyOperations_linkMondiaUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customerId": "MND-100234"
                 *     }
                 */
                "application/json": components["schemas"]["Legacy.MondiaLinkRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "userId": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *       "customerId": "MND-100234",
                     *       "linkedAt": "2026-11-24T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Legacy.MondiaLink"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request conflicts with existing state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OpsOperations_getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "openapi": "3.1.0",
                     *       "info": {
                     *         "title": "Gatehouse",
                     *         "version": "0.1.0"
                     *       },
                     *       "servers": [
                     *         {
                     *           "url": "/",
                     *           "description": "The server this document was fetched from"
                     *         }
                     *       ],
                     *       "paths": {}
                     *     }
                     */
                    "application/json": components["schemas"]["Ops.OpenApiDocument"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    OpsOperations_getReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "checks": {
                     *         "database": "ok"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Ops.ReadyStatus"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ServiceOperations_introspectApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "apiKey": "gh_sk_Vb3mT9qLx0PzR7sK2nW5cYhJ4aE8dF1gUoI6tNrQ2xw"
                 *     }
                 */
                "application/json": components["schemas"]["Service.ApiKeyIntrospectionRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "keyId": "7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
                     *       "userId": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *       "tenantId": "default",
                     *       "roles": [
                     *         "member"
                     *       ],
                     *       "permissions": [
                     *         "report:read"
                     *       ],
                     *       "emailVerified": true
                     *     }
                     */
                    "application/json": components["schemas"]["Service.ApiKeyIntrospection"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries
             *     cookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.
             *     Nothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ServiceOperations_listRevocations: {
        parameters: {
            query?: {
                /** @description `cursor` of the previous page; omit on the first request. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessionIds": [
                     *         "0b8f8c3e-6a2d-4d51-9f0e-3c1b2a4d5e6f"
                     *       ],
                     *       "cursor": "eyJ2IjoxLCJzIjoxNzk1NjgwMDAyMDAwfQ",
                     *       "hasMore": false,
                     *       "pollIntervalSeconds": 2,
                     *       "retentionSeconds": 905
                     *     }
                     */
                    "application/json": components["schemas"]["Service.RevocationPage"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TenantOperations_listMyTenants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenants": [
                     *         {
                     *           "id": "default",
                     *           "slug": "default",
                     *           "name": "Default tenant",
                     *           "status": "active",
                     *           "registrationPolicy": "open",
                     *           "preset": "default",
                     *           "roles": [
                     *             "member"
                     *           ],
                     *           "createdAt": "2026-11-24T09:00:00Z",
                     *           "updatedAt": "2026-11-24T09:00:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Tenants.MyTenantList"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TenantOperations_createTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Corp",
                 *       "slug": "acme",
                 *       "preset": "planning"
                 *     }
                 */
                "application/json": components["schemas"]["Tenants.CreateTenantRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded and a new resource has been created as a result. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9",
                     *       "slug": "acme",
                     *       "name": "Acme Corp",
                     *       "status": "active",
                     *       "registrationPolicy": "invite",
                     *       "preset": "planning",
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Tenants.Tenant"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request conflicts with existing state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TenantOperations_getTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["parameters"]["Tenants.TenantPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9",
                     *       "slug": "acme",
                     *       "name": "Acme Corp",
                     *       "status": "active",
                     *       "registrationPolicy": "invite",
                     *       "preset": "planning",
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Tenants.Tenant"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TenantOperations_updateTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["parameters"]["Tenants.TenantPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "registrationPolicy": "closed"
                 *     }
                 */
                "application/json": components["schemas"]["Tenants.UpdateTenantRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9",
                     *       "slug": "acme",
                     *       "name": "Acme Corp",
                     *       "status": "active",
                     *       "registrationPolicy": "closed",
                     *       "preset": "planning",
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T09:10:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Tenants.Tenant"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request conflicts with existing state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InvitationOperations_listInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["schemas"]["Tenants.TenantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "invitations": [
                     *         {
                     *           "id": "7b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                     *           "tenantId": "3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9",
                     *           "email": "grace@example.com",
                     *           "roles": [
                     *             "analyst"
                     *           ],
                     *           "invitedBy": "5b0c6f1e-2d3a-4b5c-9d8e-7f6a5b4c3d2e",
                     *           "expiresAt": "2026-12-01T09:00:00Z",
                     *           "createdAt": "2026-11-24T09:00:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Invitations.InvitationList"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InvitationOperations_createInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["schemas"]["Tenants.TenantId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "grace@example.com",
                 *       "roles": [
                 *         "analyst"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Invitations.CreateInvitationRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded and a new resource has been created as a result. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "7b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
                     *       "tenantId": "3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9",
                     *       "email": "grace@example.com",
                     *       "roles": [
                     *         "analyst"
                     *       ],
                     *       "invitedBy": "5b0c6f1e-2d3a-4b5c-9d8e-7f6a5b4c3d2e",
                     *       "expiresAt": "2026-12-01T09:00:00Z",
                     *       "createdAt": "2026-11-24T09:00:00Z"
                     *     }
                     */
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        tenantId: components["schemas"]["Tenants.TenantId"];
                        /** Format: email */
                        email: string;
                        /** @description The roles the invitee gets on accepting. */
                        roles: string[];
                        /** @description Who invited (null once that account is deleted). */
                        invitedBy: string | null;
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Test mode only (`OTP_TEST_MODE`, never in production): the token that was emailed. */
                        testToken?: string;
                    };
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InvitationOperations_revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["parameters"]["Invitations.InvitationPath.tenantId"];
                invitationId: components["parameters"]["Invitations.InvitationPath.invitationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description There is no content to send for this request, but the headers may be useful. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TenantOperations_listMembers: {
        parameters: {
            query?: {
                /** @description Page size (default 50). */
                limit?: components["parameters"]["Tenants.MemberQuery.limit"];
                /** @description `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Tenants.MemberQuery.cursor"];
                /** @description Case-insensitive substring of the member's email or name. */
                search?: components["parameters"]["Tenants.MemberQuery.search"];
            };
            header?: never;
            path: {
                tenantId: components["parameters"]["Tenants.TenantPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "members": [
                     *         {
                     *           "userId": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *           "tenantId": "3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9",
                     *           "email": "ada@example.com",
                     *           "name": "Ada Lovelace",
                     *           "roles": [
                     *             "admin"
                     *           ],
                     *           "orgUnit": null,
                     *           "active": true,
                     *           "createdAt": "2026-11-24T09:00:00Z",
                     *           "updatedAt": "2026-11-24T09:00:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Tenants.MemberList"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TenantOperations_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["parameters"]["Tenants.TenantPath"];
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description There is no content to send for this request, but the headers may be useful. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request conflicts with existing state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TenantOperations_updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["parameters"]["Tenants.TenantPath"];
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "roles": [
                 *         "analyst"
                 *       ],
                 *       "orgUnit": "Supply planning"
                 *     }
                 */
                "application/json": components["schemas"]["Tenants.UpdateMemberRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "userId": "8c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f",
                     *       "tenantId": "3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9",
                     *       "email": "grace@example.com",
                     *       "name": "Grace Hopper",
                     *       "roles": [
                     *         "analyst"
                     *       ],
                     *       "orgUnit": "Supply planning",
                     *       "active": true,
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T09:20:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Tenants.Member"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request conflicts with existing state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TenantOperations_listRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["parameters"]["Tenants.TenantPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "roles": [
                     *         {
                     *           "name": "viewer",
                     *           "description": "Reads plans and reports.",
                     *           "permissions": [
                     *             "plan:read",
                     *             "report:read",
                     *             "tenant:read"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Tenants.RoleList"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TenantOperations_createRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["parameters"]["Tenants.TenantPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "auditor",
                 *       "permissions": [
                 *         "members:read",
                 *         "report:read"
                 *       ],
                 *       "description": "Reads reports and the member list."
                 *     }
                 */
                "application/json": components["schemas"]["Tenants.CreateRoleRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded and a new resource has been created as a result. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "auditor",
                     *       "description": "Reads reports and the member list.",
                     *       "permissions": [
                     *         "members:read",
                     *         "report:read"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Tenants.Role"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request conflicts with existing state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TenantOperations_updateRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: components["parameters"]["Tenants.TenantPath"];
                roleName: components["schemas"]["Tenants.RoleName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "permissions": [
                 *         "members:read",
                 *         "plan:read",
                 *         "report:read"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Tenants.UpdateRoleRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "auditor",
                     *       "description": "Reads reports and the member list.",
                     *       "permissions": [
                     *         "members:read",
                     *         "plan:read",
                     *         "report:read"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Tenants.Role"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ApiKeyOperations_listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "apiKeys": [
                     *         {
                     *           "id": "7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
                     *           "name": "CI reports",
                     *           "preview": "gh_sk_…Q2xw",
                     *           "tenantId": "3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9",
                     *           "scopes": [
                     *             "report:read"
                     *           ],
                     *           "createdAt": "2026-11-24T09:00:00Z",
                     *           "lastUsedAt": "2026-11-24T09:14:00Z",
                     *           "expiresAt": null,
                     *           "revokedAt": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKeys.ApiKeyList"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ApiKeyOperations_createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "CI reports",
                 *       "scopes": [
                 *         "report:read"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ApiKeys.CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded and a new resource has been created as a result. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
                     *       "name": "CI reports",
                     *       "preview": "gh_sk_…Q2xw",
                     *       "tenantId": "3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9",
                     *       "scopes": [
                     *         "report:read"
                     *       ],
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "lastUsedAt": null,
                     *       "expiresAt": null,
                     *       "revokedAt": null,
                     *       "key": "gh_sk_Vb3mT9qLx0PzR7sK2nW5cYhJ4aE8dF1gUoI6tNrQ2xw"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKeys.CreatedApiKey"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request conflicts with existing state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ApiKeyOperations_revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description There is no content to send for this request, but the headers may be useful. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountOperations_confirmEmailVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "ada@example.com",
                 *       "code": "482913"
                 *     }
                 */
                "application/json": components["schemas"]["Accounts.CodeRedemption"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *       "email": "ada@example.com",
                     *       "emailVerified": true,
                     *       "name": "Ada Lovelace",
                     *       "locale": null,
                     *       "avatarUrl": null,
                     *       "tenantId": "default",
                     *       "roles": [
                     *         "member"
                     *       ],
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T09:03:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Users.User"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries
             *     cookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.
             *     Nothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountOperations_requestEmailVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has been accepted for processing, but processing has not yet completed. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "accepted"
                     *     }
                     */
                    "application/json": components["schemas"]["Accounts.DeliveryAccepted"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InvitationAcceptOperations_acceptInvitation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `token`: return the access and refresh tokens in the response body instead of
                 *     setting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set
                 *     the `backend_session` and `backend_refresh` cookies (browsers).
                 */
                "X-Auth-Mode"?: components["parameters"]["Shared.Common.Requests.AuthModeHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Invitations.AcceptInvitationRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Users.AuthResult"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request conflicts with existing state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LegacyOperations_exchangeLegacyToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `token`: return the access and refresh tokens in the response body instead of
                 *     setting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set
                 *     the `backend_session` and `backend_refresh` cookies (browsers).
                 */
                "X-Auth-Mode"?: components["parameters"]["Shared.Common.Requests.AuthModeHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Users.AuthResult"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries
             *     cookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.
             *     Nothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UserOperations_getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *       "email": "ada@example.com",
                     *       "emailVerified": false,
                     *       "name": "Ada Lovelace",
                     *       "locale": "en-GB",
                     *       "avatarUrl": null,
                     *       "tenantId": "default",
                     *       "roles": [
                     *         "member"
                     *       ],
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Users.User"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountOperations_deleteMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "password": "correct horse battery staple"
                 *     }
                 */
                "application/json": components["schemas"]["Accounts.DeleteAccountRequest"];
            };
        };
        responses: {
            /** @description There is no content to send for this request, but the headers may be useful. */
            204: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request conflicts with existing state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UserOperations_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "locale": "en-GB"
                 *     }
                 */
                "application/json": components["schemas"]["Users.UpdateMeRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *       "email": "ada@example.com",
                     *       "emailVerified": false,
                     *       "name": "Ada Lovelace",
                     *       "locale": "en-GB",
                     *       "avatarUrl": null,
                     *       "tenantId": "default",
                     *       "roles": [
                     *         "member"
                     *       ],
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T09:05:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Users.User"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountOperations_changePassword: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `token`: return the access and refresh tokens in the response body instead of
                 *     setting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set
                 *     the `backend_session` and `backend_refresh` cookies (browsers).
                 */
                "X-Auth-Mode"?: components["parameters"]["Shared.Common.Requests.AuthModeHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Accounts.PasswordChangeRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Users.AuthResult"];
                };
            };
            /** @description There is no content to send for this request, but the headers may be useful. */
            204: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountOperations_confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "Zk9q3mX2vB7nR4tW8yL1cA6dF0hJ5sPe",
                 *       "newPassword": "a new long passphrase"
                 *     }
                 */
                "application/json": components["schemas"]["Accounts.PasswordResetConfirm"];
            };
        };
        responses: {
            /** @description There is no content to send for this request, but the headers may be useful. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries
             *     cookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.
             *     Nothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountOperations_requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "ada@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["Accounts.PasswordResetRequest"];
            };
        };
        responses: {
            /** @description The request has been accepted for processing, but processing has not yet completed. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "accepted"
                     *     }
                     */
                    "application/json": components["schemas"]["Accounts.DeliveryAccepted"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries
             *     cookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.
             *     Nothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RealtimeOperations_getRealtime: {
        parameters: {
            query?: never;
            header: {
                /** @description `websocket` */
                upgrade: string;
                /** @description `gatehouse.v1`, and for token clients `gatehouse.bearer.<access token>`. */
                "Sec-WebSocket-Protocol": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The socket is open (`101 Switching Protocols`, sub-protocol `gatehouse.v1`). No HTTP body follows: the
             *     schema is that of each WebSocket text frame sent afterwards (`auth` by the client, the rest by the server).
             */
            101: {
                headers: {
                    /** @description Always `gatehouse.v1`; the bearer sub-protocol the client offered is never echoed. */
                    "Sec-WebSocket-Protocol": "gatehouse.v1";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Realtime.RealtimeFrame"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UserOperations_refreshSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `token`: return the access and refresh tokens in the response body instead of
                 *     setting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set
                 *     the `backend_session` and `backend_refresh` cookies (browsers).
                 */
                "X-Auth-Mode"?: components["parameters"]["Shared.Common.Requests.AuthModeHeader"];
            };
            path?: never;
            cookie?: {
                /** @description Cookie mode: the refresh token, scoped to `/user/session`. */
                backend_refresh?: string;
            };
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Users.RefreshRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Users.AuthResult"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UserOperations_listSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessions": [
                     *         {
                     *           "id": "0e6f3a52-7c1b-4d9e-8a3f-6b2c1d4e5f60",
                     *           "createdAt": "2026-11-24T09:00:00Z",
                     *           "lastUsedAt": "2026-11-24T09:14:00Z",
                     *           "expiresAt": "2026-12-01T09:00:00Z",
                     *           "userAgent": "Mozilla/5.0",
                     *           "ip": "203.0.113.7",
                     *           "current": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Users.SessionList"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UserOperations_revokeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description There is no content to send for this request, but the headers may be useful. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UserOperations_signIn: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `token`: return the access and refresh tokens in the response body instead of
                 *     setting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set
                 *     the `backend_session` and `backend_refresh` cookies (browsers).
                 */
                "X-Auth-Mode"?: components["parameters"]["Shared.Common.Requests.AuthModeHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Users.SignInRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Users.AuthResult"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UserOperations_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description There is no content to send for this request, but the headers may be useful. */
            204: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UserOperations_signUp: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `token`: return the access and refresh tokens in the response body instead of
                 *     setting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set
                 *     the `backend_session` and `backend_refresh` cookies (browsers).
                 */
                "X-Auth-Mode"?: components["parameters"]["Shared.Common.Requests.AuthModeHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Users.SignUpRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded and a new resource has been created as a result. */
            201: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Users.AuthResult"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Sign-up refused: `AUTH_REGISTRATION_CLOSED` when the tenant's registration policy does not allow it (the
             *     tenant is invitation-only — accept the invitation instead —, closed, suspended, or unknown); or
             *     `AUTH_INSUFFICIENT_PERMISSIONS` for a cross-site request that carries cookies (CSRF), as on every unsafe
             *     cookie request from an origin that is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request conflicts with existing state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SsoOperations_ssoSignIn: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `token`: return the access and refresh tokens in the response body instead of
                 *     setting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set
                 *     the `backend_session` and `backend_refresh` cookies (browsers).
                 */
                "X-Auth-Mode"?: components["parameters"]["Shared.Common.Requests.AuthModeHeader"];
            };
            path: {
                /** @description `apple`, `google`, `facebook`, or the id of a configured OIDC provider. */
                provider: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Sso.SsoSignInRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Users.AuthResult"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries
             *     cookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.
             *     Nothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request conflicts with existing state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UserOperations_switchTenant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `token`: return the access and refresh tokens in the response body instead of
                 *     setting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set
                 *     the `backend_session` and `backend_refresh` cookies (browsers).
                 */
                "X-Auth-Mode"?: components["parameters"]["Shared.Common.Requests.AuthModeHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Tenants.SwitchTenantRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Users.AuthResult"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeprecatedEndpoints_confirmEmailVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "ada@example.com",
                 *       "code": "482913"
                 *     }
                 */
                "application/json": components["schemas"]["Accounts.CodeRedemption"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *       "email": "ada@example.com",
                     *       "emailVerified": true,
                     *       "name": "Ada Lovelace",
                     *       "locale": null,
                     *       "avatarUrl": null,
                     *       "tenantId": "default",
                     *       "roles": [
                     *         "member"
                     *       ],
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T09:03:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Users.User"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries
             *     cookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.
             *     Nothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeprecatedEndpoints_requestEmailVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has been accepted for processing, but processing has not yet completed. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "accepted"
                     *     }
                     */
                    "application/json": components["schemas"]["Accounts.DeliveryAccepted"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeprecatedEndpoints_getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *       "email": "ada@example.com",
                     *       "emailVerified": false,
                     *       "name": "Ada Lovelace",
                     *       "locale": "en-GB",
                     *       "avatarUrl": null,
                     *       "tenantId": "default",
                     *       "roles": [
                     *         "member"
                     *       ],
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Users.User"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeprecatedEndpoints_deleteMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "password": "correct horse battery staple"
                 *     }
                 */
                "application/json": components["schemas"]["Accounts.DeleteAccountRequest"];
            };
        };
        responses: {
            /** @description There is no content to send for this request, but the headers may be useful. */
            204: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request conflicts with existing state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeprecatedEndpoints_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "locale": "en-GB"
                 *     }
                 */
                "application/json": components["schemas"]["Users.UpdateMeRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5b0c6d8e-1f0a-4c1e-9d43-2f6f4b9a7c10",
                     *       "email": "ada@example.com",
                     *       "emailVerified": false,
                     *       "name": "Ada Lovelace",
                     *       "locale": "en-GB",
                     *       "avatarUrl": null,
                     *       "tenantId": "default",
                     *       "roles": [
                     *         "member"
                     *       ],
                     *       "createdAt": "2026-11-24T09:00:00Z",
                     *       "updatedAt": "2026-11-24T09:05:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Users.User"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeprecatedEndpoints_changePassword: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `token`: return the access and refresh tokens in the response body instead of
                 *     setting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set
                 *     the `backend_session` and `backend_refresh` cookies (browsers).
                 */
                "X-Auth-Mode"?: components["parameters"]["Shared.Common.Requests.AuthModeHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Accounts.PasswordChangeRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Users.AuthResult"];
                };
            };
            /** @description There is no content to send for this request, but the headers may be useful. */
            204: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeprecatedEndpoints_confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "Zk9q3mX2vB7nR4tW8yL1cA6dF0hJ5sPe",
                 *       "newPassword": "a new long passphrase"
                 *     }
                 */
                "application/json": components["schemas"]["Accounts.PasswordResetConfirm"];
            };
        };
        responses: {
            /** @description There is no content to send for this request, but the headers may be useful. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries
             *     cookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.
             *     Nothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeprecatedEndpoints_requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "ada@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["Accounts.PasswordResetRequest"];
            };
        };
        responses: {
            /** @description The request has been accepted for processing, but processing has not yet completed. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "accepted"
                     *     }
                     */
                    "application/json": components["schemas"]["Accounts.DeliveryAccepted"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries
             *     cookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.
             *     Nothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeprecatedEndpoints_refreshSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `token`: return the access and refresh tokens in the response body instead of
                 *     setting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set
                 *     the `backend_session` and `backend_refresh` cookies (browsers).
                 */
                "X-Auth-Mode"?: components["parameters"]["Shared.Common.Requests.AuthModeHeader"];
            };
            path?: never;
            cookie?: {
                /** @description Cookie mode: the refresh token, scoped to `/user/session`. */
                backend_refresh?: string;
            };
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Users.RefreshRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Users.AuthResult"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeprecatedEndpoints_listSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessions": [
                     *         {
                     *           "id": "0e6f3a52-7c1b-4d9e-8a3f-6b2c1d4e5f60",
                     *           "createdAt": "2026-11-24T09:00:00Z",
                     *           "lastUsedAt": "2026-11-24T09:14:00Z",
                     *           "expiresAt": "2026-12-01T09:00:00Z",
                     *           "userAgent": "Mozilla/5.0",
                     *           "ip": "203.0.113.7",
                     *           "current": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Users.SessionList"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeprecatedEndpoints_revokeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description There is no content to send for this request, but the headers may be useful. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeprecatedEndpoints_signIn: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `token`: return the access and refresh tokens in the response body instead of
                 *     setting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set
                 *     the `backend_session` and `backend_refresh` cookies (browsers).
                 */
                "X-Auth-Mode"?: components["parameters"]["Shared.Common.Requests.AuthModeHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Users.SignInRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Users.AuthResult"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeprecatedEndpoints_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description There is no content to send for this request, but the headers may be useful. */
            204: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not
             *     verified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a
             *     cookie-bearing browser request from an origin that is not allowed (CSRF).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeprecatedEndpoints_signUp: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `token`: return the access and refresh tokens in the response body instead of
                 *     setting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set
                 *     the `backend_session` and `backend_refresh` cookies (browsers).
                 */
                "X-Auth-Mode"?: components["parameters"]["Shared.Common.Requests.AuthModeHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Users.SignUpRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded and a new resource has been created as a result. */
            201: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Users.AuthResult"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Sign-up refused: `AUTH_REGISTRATION_CLOSED` when the tenant's registration policy does not allow it (the
             *     tenant is invitation-only — accept the invitation instead —, closed, suspended, or unknown); or
             *     `AUTH_INSUFFICIENT_PERMISSIONS` for a cross-site request that carries cookies (CSRF), as on every unsafe
             *     cookie request from an origin that is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request conflicts with existing state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DeprecatedEndpoints_ssoSignIn: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `token`: return the access and refresh tokens in the response body instead of
                 *     setting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set
                 *     the `backend_session` and `backend_refresh` cookies (browsers).
                 */
                "X-Auth-Mode"?: components["parameters"]["Shared.Common.Requests.AuthModeHeader"];
            };
            path: {
                /** @description `apple`, `google`, `facebook`, or the id of a configured OIDC provider. */
                provider: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Sso.SsoSignInRequest"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    /**
                     * @description Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and
                     *     `backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).
                     */
                    "Set-Cookie"?: string;
                    /** @description Always `no-store`: the response carries credentials. */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Users.AuthResult"];
                };
            };
            /** @description The request does not match the contract (VALIDATION_FAILED). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Missing, invalid, expired or revoked credentials. */
            401: {
                headers: {
                    /** @description The scheme to authenticate with, and why the credential was refused. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries
             *     cookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.
             *     Nothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The resource does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request conflicts with existing state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED). */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (at least 1: the mock answers with the minimum). */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (at least 1). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    Deliveries_membershipChanged: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (its uuid): the same on every retry of the event — deduplicate on it. */
                "webhook-id": components["parameters"]["Webhooks.WebhookHeaders.webhookId"];
                /** @description When this attempt was signed, in seconds since the epoch: refuse deliveries older than a few minutes. */
                "webhook-timestamp": components["parameters"]["Webhooks.WebhookHeaders.webhookTimestamp"];
                /** @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">` keyed with the secret's bytes. */
                "webhook-signature": components["parameters"]["Webhooks.WebhookHeaders.webhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Webhooks.MembershipChangedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer acknowledges the event; anything else (a redirect included: none is followed), or no answer within `WEBHOOK_TIMEOUT_MS`, is retried with backoff. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Deliveries_sessionRevoked: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (its uuid): the same on every retry of the event — deduplicate on it. */
                "webhook-id": components["parameters"]["Webhooks.WebhookHeaders.webhookId"];
                /** @description When this attempt was signed, in seconds since the epoch: refuse deliveries older than a few minutes. */
                "webhook-timestamp": components["parameters"]["Webhooks.WebhookHeaders.webhookTimestamp"];
                /** @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">` keyed with the secret's bytes. */
                "webhook-signature": components["parameters"]["Webhooks.WebhookHeaders.webhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Webhooks.SessionRevokedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer acknowledges the event; anything else (a redirect included: none is followed), or no answer within `WEBHOOK_TIMEOUT_MS`, is retried with backoff. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Deliveries_userCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (its uuid): the same on every retry of the event — deduplicate on it. */
                "webhook-id": components["parameters"]["Webhooks.WebhookHeaders.webhookId"];
                /** @description When this attempt was signed, in seconds since the epoch: refuse deliveries older than a few minutes. */
                "webhook-timestamp": components["parameters"]["Webhooks.WebhookHeaders.webhookTimestamp"];
                /** @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">` keyed with the secret's bytes. */
                "webhook-signature": components["parameters"]["Webhooks.WebhookHeaders.webhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Webhooks.UserCreatedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer acknowledges the event; anything else (a redirect included: none is followed), or no answer within `WEBHOOK_TIMEOUT_MS`, is retried with backoff. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Deliveries_userDeleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (its uuid): the same on every retry of the event — deduplicate on it. */
                "webhook-id": components["parameters"]["Webhooks.WebhookHeaders.webhookId"];
                /** @description When this attempt was signed, in seconds since the epoch: refuse deliveries older than a few minutes. */
                "webhook-timestamp": components["parameters"]["Webhooks.WebhookHeaders.webhookTimestamp"];
                /** @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">` keyed with the secret's bytes. */
                "webhook-signature": components["parameters"]["Webhooks.WebhookHeaders.webhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Webhooks.UserDeletedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer acknowledges the event; anything else (a redirect included: none is followed), or no answer within `WEBHOOK_TIMEOUT_MS`, is retried with backoff. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Deliveries_userUpdated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event's id (its uuid): the same on every retry of the event — deduplicate on it. */
                "webhook-id": components["parameters"]["Webhooks.WebhookHeaders.webhookId"];
                /** @description When this attempt was signed, in seconds since the epoch: refuse deliveries older than a few minutes. */
                "webhook-timestamp": components["parameters"]["Webhooks.WebhookHeaders.webhookTimestamp"];
                /** @description `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">` keyed with the secret's bytes. */
                "webhook-signature": components["parameters"]["Webhooks.WebhookHeaders.webhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Webhooks.UserUpdatedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer acknowledges the event; anything else (a redirect included: none is followed), or no answer within `WEBHOOK_TIMEOUT_MS`, is retried with backoff. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
