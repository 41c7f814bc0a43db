// generated — do not edit: scripts/lib/gen-routes.mjs from generated/openapi.json (npm run build)

import { createRoute, z } from "@hono/zod-openapi";

export const Accounts_CodeRedemption = z
  .strictObject({
    token: z
      .string()
      .min(16)
      .max(200)
      .openapi({ description: "The token from the emailed link (at least 128 bits, base64url)." })
      .optional(),
    email: z.email().max(254).openapi({ description: "With `code`: the account's email." }).optional(),
    code: z
      .string()
      .regex(new RegExp("^[0-9]{6,10}$"))
      .openapi({ description: "The numeric code from the email." })
      .optional(),
  })
  .openapi({ description: "Redeem either the link token or the email plus the code." })
  .openapi("Accounts.CodeRedemption");
export const Accounts_DeleteAccountRequest = z
  .strictObject({
    password: z
      .string()
      .min(1)
      .max(128)
      .openapi({ format: "password" })
      .openapi({ description: "Required unless the session signed in within the last few minutes." })
      .optional(),
  })
  .openapi("Accounts.DeleteAccountRequest");
export const Accounts_DeliveryAccepted = z
  .object({
    status: z
      .enum(["accepted"])
      .openapi({ description: "Always `accepted`: the answer never says whether an account exists." }),
    testCode: z
      .string()
      .openapi({ description: "Test mode only (never in production): the code that was sent." })
      .optional(),
    testToken: z
      .string()
      .openapi({ description: "Test mode only (never in production): the link token that was sent." })
      .optional(),
  })
  .openapi({
    description: "A message with a one-time code and link was (or, for unknown emails, was not) sent.",
  })
  .openapi("Accounts.DeliveryAccepted");
export const Shared_Common_Requests_NewPassword = z
  .string()
  .min(8)
  .max(128)
  .regex(
    new RegExp("^(?:[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"),
  )
  .openapi({ format: "password" })
  .openapi({
    description:
      "A password being set: 8 to 128 characters; no control characters (C0, DEL, C1) or unpaired surrogates;\ncommon passwords are refused. Passwords presented to sign in are not restricted this way.",
  })
  .openapi("Shared.Common.Requests.NewPassword");
export const Accounts_PasswordChangeRequest = z
  .strictObject({
    currentPassword: z.string().min(1).max(128).openapi({ format: "password" }),
    newPassword: Shared_Common_Requests_NewPassword,
  })
  .openapi("Accounts.PasswordChangeRequest");
export const Accounts_PasswordResetConfirm = z
  .strictObject({
    token: z
      .string()
      .min(16)
      .max(200)
      .openapi({ description: "The token from the emailed link (at least 128 bits, base64url)." })
      .optional(),
    email: z.email().max(254).openapi({ description: "With `code`: the account's email." }).optional(),
    code: z
      .string()
      .regex(new RegExp("^[0-9]{6,10}$"))
      .openapi({ description: "The numeric code from the email." })
      .optional(),
    newPassword: Shared_Common_Requests_NewPassword,
  })
  .openapi("Accounts.PasswordResetConfirm");
export const Accounts_PasswordResetRequest = z
  .strictObject({ email: z.email().max(254) })
  .openapi("Accounts.PasswordResetRequest");
export const Tenants_TenantName = z
  .string()
  .min(1)
  .max(200)
  .regex(
    new RegExp("^(?:[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"),
  )
  .openapi({ description: "A tenant's display name: 1 to 200 characters, no control characters." })
  .openapi("Tenants.TenantName");
export const Tenants_TenantSlug = z
  .string()
  .min(1)
  .max(63)
  .regex(new RegExp("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"))
  .openapi({
    description:
      "A tenant's URL name: lower-case letters, digits and `-`, 1 to 63 characters, no leading or trailing `-`.",
  })
  .openapi("Tenants.TenantSlug");
export const Tenants_Preset = z
  .enum(["default", "planning", "tiers"])
  .openapi({
    description:
      "The role set a tenant starts with. `default`: `member` (reads the tenant) and `admin`. `planning`:\n`admin` ⊇ `s&op_orchestrator` ⊇ `analyst` ⊇ `viewer`. `tiers`: `free` ⊆ `pro` ⊆ `premium` ⊆ `admin`,\nplus `service`. No preset grants `tenant:delete` or `tenant:transfer`.",
  })
  .openapi("Tenants.Preset");
export const Tenants_RegistrationPolicy = z
  .enum(["open", "invite", "closed"])
  .openapi({
    description: "Who may join: anyone (`open`), by invitation (`invite`), or nobody new (`closed`).",
  })
  .openapi("Tenants.RegistrationPolicy");
export const Admin_AdminCreateTenantRequest = z
  .strictObject({
    name: Tenants_TenantName,
    slug: Tenants_TenantSlug,
    preset: Tenants_Preset.optional(),
    registrationPolicy: Tenants_RegistrationPolicy.optional(),
    adminUserId: z.uuid().openapi({ description: "The first admin, by user id." }).optional(),
    adminEmail: z
      .email()
      .max(254)
      .openapi({ description: "The first admin, by email (instead of `adminUserId`)." })
      .optional(),
  })
  .openapi({
    description:
      "A new tenant, created by an operator. `preset` defaults to `default`, `registrationPolicy` to `invite`.\nAt most one of `adminUserId` and `adminEmail` names an existing user who becomes the tenant's first\nmember with the preset's `admin` role (404 NOT_FOUND if there is no such user; nothing is created then).",
  })
  .openapi("Admin.AdminCreateTenantRequest");
export const Tenants_TenantId = z
  .string()
  .min(1)
  .max(64)
  .regex(new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$"))
  .openapi({
    description:
      'A tenant id: 1 to 64 characters from `A-Z a-z 0-9 _ -`, starting with a letter or digit. Blank,\npadded or control-character ids are refused (400), never read as "the active tenant".',
  })
  .openapi("Tenants.TenantId");
export const Tenants_Tenant = z
  .object({
    id: Tenants_TenantId,
    slug: Tenants_TenantSlug,
    name: z.string(),
    status: z.enum(["active", "suspended"]),
    registrationPolicy: Tenants_RegistrationPolicy,
    preset: Tenants_Preset,
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .openapi({
    description:
      "A tenant: an organisation whose members hold roles; `preset` is what its roles were seeded from.",
  })
  .openapi("Tenants.Tenant");
export const Admin_AdminTenantPage = z
  .object({
    tenants: z.array(Tenants_Tenant),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: "Pass as `cursor` for the next page; null on the last page." }),
  })
  .openapi({ description: "One page of tenants, in slug order." })
  .openapi("Admin.AdminTenantPage");
export const Admin_AdminUser = z
  .object({
    id: z.uuid(),
    email: z.email(),
    emailVerified: z.boolean(),
    name: z.string().nullable().openapi({ description: "Display name." }),
    locale: z.string().nullable().openapi({ description: "BCP 47 language tag, e.g. `en-GB`." }),
    avatarUrl: z.url().nullable(),
    tenantId: z
      .string()
      .openapi({
        description:
          "The session's active tenant (the access token's `tid`). Accounts are global; a user may be a member\nof several tenants and switches with `POST /user/tenant`.",
      }),
    roles: z
      .array(z.string())
      .openapi({
        description:
          "The user's roles in the active tenant, as of the session's last sign-in, refresh or switch.",
      }),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    impersonatedBy: z
      .string()
      .openapi({
        description:
          "`GET /user/me` only, and only when the request's session is a support session an operator started as\nthis user (`POST /admin/impersonations`): the operator, so a client can show that someone else is acting.",
      })
      .optional(),
    superAdmin: z
      .boolean()
      .openapi({
        description:
          "A super-admin's own session (Authorization: Bearer) may call the `/admin/*` routes (SuperAdminAuth).",
      }),
    disabledAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .openapi({
        description:
          "When the account was disabled; a disabled account cannot sign in by any path. Null when enabled.",
      }),
  })
  .openapi({
    description: "A user as operators see it: the account, plus whether it is disabled or a super-admin.",
  })
  .openapi("Admin.AdminUser");
export const Admin_AdminUserPage = z
  .object({
    users: z.array(Admin_AdminUser),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: "Pass as `cursor` for the next page; null on the last page." }),
  })
  .openapi({ description: "One page of users, in email order." })
  .openapi("Admin.AdminUserPage");
export const Admin_AuditActor = z
  .object({
    type: z
      .enum(["user", "admin", "service", "anonymous", "system"])
      .openapi({
        description:
          "`user`: a signed-in (or signing-in) user; `admin`: an operator (Cloudflare Access or a super-admin session); `service`: ServiceAuth; `anonymous`: nobody identified; `system`: the server itself.",
      }),
    id: z
      .string()
      .nullable()
      .openapi({ description: "The user id, the operator's email or user id, or null." }),
  })
  .openapi({ description: "Who did something." })
  .openapi("Admin.AuditActor");
export const Admin_AuditTarget = z
  .object({
    type: z.string().openapi({ description: "e.g. `user`, `session`, `signing_key`." }),
    id: z.string(),
  })
  .openapi({ description: "What an action was done to." })
  .openapi("Admin.AuditTarget");
export const Admin_AuditEvent = z
  .object({
    id: z.string().openapi({ description: "Opaque, increasing." }),
    occurredAt: z.iso.datetime({ offset: true }),
    action: z
      .string()
      .openapi({ description: "e.g. `user.signin`, `session.revoke`, `admin.user.disable`." }),
    outcome: z.enum(["success", "failure"]),
    reason: z
      .string()
      .nullable()
      .openapi({
        description:
          "Why, when it failed or when the action has several causes (e.g. `invalid_credentials`, `refresh_token_reused`).",
      }),
    actor: Admin_AuditActor,
    tenantId: z.string().nullable(),
    target: z.union([Admin_AuditTarget, z.null()]),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    requestId: z.string().nullable(),
  })
  .openapi({
    description: "One security-relevant event. Never holds a secret (no password, token, code or hash).",
  })
  .openapi("Admin.AuditEvent");
export const Admin_AuditEventPage = z
  .object({
    events: z.array(Admin_AuditEvent),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: "Pass as `cursor` for the next (older) page; null on the last page." }),
  })
  .openapi({ description: "One page of events, newest first." })
  .openapi("Admin.AuditEventPage");
export const Admin_AuditSubject = z
  .string()
  .min(1)
  .max(320)
  .regex(
    new RegExp("^(?:[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"),
  )
  .openapi({ description: "An actor id in an audit query: 1 to 320 characters, no control characters." })
  .openapi("Admin.AuditSubject");
export const Admin_AuditTargetId = z
  .string()
  .min(1)
  .max(320)
  .regex(
    new RegExp("^(?:[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"),
  )
  .openapi({ description: "A target id in an audit query: 1 to 320 characters, no control characters." })
  .openapi("Admin.AuditTargetId");
export const Users_TokenPair = z
  .object({
    tokenType: z
      .enum(["Bearer"])
      .openapi({
        description:
          "How `accessToken` is presented: `Authorization: Bearer <accessToken>` on the /user routes (RFC 6750).",
      }),
    accessToken: z
      .string()
      .openapi({ format: "password" })
      .openapi({
        description:
          "The access JWT; send it back as `Authorization: Bearer <accessToken>` or as the `backend_session` cookie.",
      }),
    refreshToken: z
      .string()
      .openapi({ format: "password" })
      .openapi({ description: "Opaque, single-use refresh token; rotated on every refresh." }),
    expiresIn: z
      .number()
      .int()
      .min(-2147483648)
      .max(2147483647)
      .openapi({ description: "Access token lifetime in seconds." }),
  })
  .openapi({ description: "Tokens returned in the body when the request sent `X-Auth-Mode: token`." })
  .openapi("Users.TokenPair");
export const Admin_Impersonation = z
  .object({
    id: z
      .uuid()
      .openapi({
        description: "The impersonation session's id: `DELETE /admin/impersonations/{id}` ends it.",
      }),
    userId: z.uuid(),
    tenantId: Tenants_TenantId,
    impersonator: z
      .string()
      .openapi({
        description:
          "The operator (the `act.sub` claim): an operator's email, `service`, or a super-admin's user id.",
      }),
    reason: z.string(),
    expiresAt: z.iso
      .datetime({ offset: true })
      .openapi({
        description: "Absolute end (IMPERSONATION_TTL_SECONDS after the start, at most 30 minutes).",
      }),
    tokens: Users_TokenPair,
  })
  .openapi({
    description:
      "A support session as a member. The tokens are always returned in the body (a support tool is no\nbrowser, and the operator's own browser must not be signed in as someone else): send `accessToken` as\n`Authorization: Bearer` or as the `backend_session` cookie; refresh with `refreshToken` through\n`POST /user/session/refresh` (`X-Auth-Mode: token`) — never past `expiresAt`. Every access token carries\n`act: { sub: <operator> }` (RFC 8693). It is refused by SuperAdminAuth and every `/admin` route, never\ncounts as a recent sign-in (password change, account deletion and the like stay refused), and cannot\nswitch tenant.",
  })
  .openapi("Admin.Impersonation");
export const Admin_ImpersonationReason = z
  .string()
  .min(3)
  .max(100)
  .regex(
    new RegExp("^(?:[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"),
  )
  .openapi({
    description:
      "Why an operator impersonates a member (a ticket number and a few words): 3 to 100 characters, no control characters.",
  })
  .openapi("Admin.ImpersonationReason");
export const Admin_RevokedCount = z
  .object({
    sessions: z.number().int().min(-2147483648).max(2147483647),
    legacyTokens: z.number().int().min(-2147483648).max(2147483647),
  })
  .openapi({ description: "How many credentials an admin action revoked." })
  .openapi("Admin.RevokedCount");
export const Admin_RotateSigningKeyRequest = z
  .strictObject({
    retireOld: z
      .boolean()
      .openapi({
        description:
          "Also drop the previous keys from the JWKS at once, so every token they signed stops working\n(after a suspected key leak). Default false: they stay published until their tokens expire.",
      })
      .optional(),
  })
  .openapi("Admin.RotateSigningKeyRequest");
export const Admin_SigningKeyInfo = z
  .object({
    kid: z.string(),
    alg: z.string(),
    createdAt: z.iso
      .datetime({ offset: true })
      .openapi({ description: "Published in the JWKS from here on." }),
    activatesAt: z.iso
      .datetime({ offset: true })
      .openapi({ description: "Signs new tokens from here on (until its successor activates)." }),
    retiredAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .openapi({
        description:
          "When its successor activated; it stays published until the tokens it signed have expired.",
      }),
    state: z
      .enum(["next", "signing", "retired", "expired"])
      .openapi({
        description:
          "`next`: published, not signing yet; `signing`: signs new tokens; `retired`: verifies only; `expired`: no longer published.",
      }),
  })
  .openapi({ description: "One signing key of access tokens." })
  .openapi("Admin.SigningKeyInfo");
export const Admin_RotateSigningKeyResult = z
  .object({
    kid: z.string().openapi({ description: "The key that signs from now on." }),
    keys: z.array(Admin_SigningKeyInfo),
  })
  .openapi("Admin.RotateSigningKeyResult");
export const Admin_SearchText = z
  .string()
  .min(1)
  .max(200)
  .regex(
    new RegExp("^(?:[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"),
  )
  .openapi({ description: "Search text: 1 to 200 characters, no control characters." })
  .openapi("Admin.SearchText");
export const Admin_SigningKeyList = z
  .object({ keys: z.array(Admin_SigningKeyInfo) })
  .openapi("Admin.SigningKeyList");
export const Admin_StartImpersonationRequest = z
  .strictObject({
    userId: z
      .uuid()
      .openapi({
        description:
          "The member to act as: an enabled user, not a super-admin, an active member of `tenantId`.",
      }),
    tenantId: Tenants_TenantId.openapi({ description: "An active tenant." }),
    reason: Admin_ImpersonationReason.openapi({
      description: "Recorded in the audit log with the start and the end.",
    }),
  })
  .openapi({ description: "Start acting as `userId` in `tenantId`." })
  .openapi("Admin.StartImpersonationRequest");
export const ApiKeys_ApiKey = z
  .object({
    id: z.uuid(),
    name: z.string(),
    preview: z
      .string()
      .openapi({
        description:
          "`gh_sk_…` and the key's last four characters, to tell keys apart; not enough to use it.",
      }),
    tenantId: Tenants_TenantId.openapi({
      description: "The tenant the key acts in: the creator's active tenant when it was created.",
    }),
    scopes: z
      .array(z.string())
      .openapi({
        description:
          "What the key may do, at most; each request gets these only while its creator still holds them.",
      }),
    createdAt: z.iso.datetime({ offset: true }),
    lastUsedAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .openapi({
        description:
          "When the key was last used, to the minute (recorded at most once a minute); null: never.",
      }),
    expiresAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .openapi({ description: "null: the key does not expire." }),
    revokedAt: z.iso.datetime({ offset: true }).nullable().openapi({ description: "null: not revoked." }),
  })
  .openapi({
    description:
      "An API key as listed: never the secret, only `preview` (its prefix and last four characters).",
  })
  .openapi("ApiKeys.ApiKey");
export const ApiKeys_ApiKeyList = z
  .object({ apiKeys: z.array(ApiKeys_ApiKey) })
  .openapi({
    description:
      "The caller's API keys in every tenant, newest first (at most 200), revoked and expired ones included.",
  })
  .openapi("ApiKeys.ApiKeyList");
export const ApiKeys_ApiKeyName = z
  .string()
  .min(1)
  .max(100)
  .regex(
    new RegExp("^(?:[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"),
  )
  .openapi({
    description:
      "An API key's name: 1 to 100 characters, not only spaces; no control characters (C0, DEL, C1) or unpaired surrogates.",
  })
  .openapi("ApiKeys.ApiKeyName");
export const Tenants_PermissionName = z
  .string()
  .min(3)
  .max(127)
  .regex(new RegExp("^[a-z][a-z0-9&_-]*:[a-z][a-z0-9_-]*$"))
  .openapi({ description: "A permission name, `resource:action` (e.g. `members:manage`, `track:progress`)." })
  .openapi("Tenants.PermissionName");
export const ApiKeys_CreateApiKeyRequest = z
  .strictObject({
    name: ApiKeys_ApiKeyName,
    scopes: z.array(Tenants_PermissionName).max(200),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })
  .openapi({
    description:
      "A new API key. `scopes` are permission names the key may use, each one the caller holds in the active\ntenant now (else 400 API_KEY_SCOPE_EXCEEDED naming them in `error.missingPermissions`; a name no role of the\ntenant grants is 400 VALIDATION_FAILED); an empty list makes a key that can only read who it acts for\n(`GET /user/me`). `expiresAt`, when given, must be in the future and at most 365 days ahead; without it the\nkey lives until revoked.",
  })
  .openapi("ApiKeys.CreateApiKeyRequest");
export const ApiKeys_CreatedApiKey = z
  .object({
    id: z.uuid(),
    name: z.string(),
    preview: z
      .string()
      .openapi({
        description:
          "`gh_sk_…` and the key's last four characters, to tell keys apart; not enough to use it.",
      }),
    tenantId: Tenants_TenantId.openapi({
      description: "The tenant the key acts in: the creator's active tenant when it was created.",
    }),
    scopes: z
      .array(z.string())
      .openapi({
        description:
          "What the key may do, at most; each request gets these only while its creator still holds them.",
      }),
    createdAt: z.iso.datetime({ offset: true }),
    lastUsedAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .openapi({
        description:
          "When the key was last used, to the minute (recorded at most once a minute); null: never.",
      }),
    expiresAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .openapi({ description: "null: the key does not expire." }),
    revokedAt: z.iso.datetime({ offset: true }).nullable().openapi({ description: "null: not revoked." }),
    key: z
      .string()
      .openapi({ format: "password" })
      .openapi({
        description:
          "The key, `gh_sk_` and 43 base64url characters: send it as `Authorization: Bearer <key>`.",
      }),
  })
  .openapi({
    description:
      "The key just created, with its secret: shown this once, never again (Gatehouse keeps only its SHA-256).",
  })
  .openapi("ApiKeys.CreatedApiKey");
export const ErrorCode = z
  .enum([
    "AUTH_INVALID_CREDENTIALS",
    "AUTH_UNAUTHENTICATED",
    "AUTH_SESSION_EXPIRED",
    "AUTH_SESSION_REVOKED",
    "AUTH_EMAIL_EXISTS",
    "AUTH_INSUFFICIENT_PERMISSIONS",
    "AUTH_TENANT_ACCESS_DENIED",
    "AUTH_IMPERSONATION_FORBIDDEN",
    "AUTH_REGISTRATION_CLOSED",
    "AUTH_EMAIL_NOT_VERIFIED",
    "AUTH_CODE_INVALID",
    "AUTH_PASSWORD_TOO_WEAK",
    "AUTH_REAUTHENTICATION_REQUIRED",
    "AUTH_SSO_TOKEN_INVALID",
    "AUTH_RATE_LIMIT_EXCEEDED",
    "API_KEY_SCOPE_EXCEEDED",
    "API_KEY_LIMIT_REACHED",
    "VALIDATION_FAILED",
    "NOT_FOUND",
    "CONFLICT",
    "TENANT_LAST_ADMIN",
    "UPSTREAM_FAILED",
    "SERVICE_UNAVAILABLE",
    "INTERNAL_SERVER_ERROR",
  ])
  .openapi({ description: "Every error code Gatehouse returns; clients switch on these, never on messages." })
  .openapi("ErrorCode");
export const FieldError = z
  .object({
    path: z.string().openapi({ description: "Where the bad value is, e.g. `body.email` or `query.limit`." }),
    message: z.string().openapi({ description: "What is wrong with it." }),
  })
  .openapi({ description: "One field that failed validation." })
  .openapi("FieldError");
export const ErrorDetail = z
  .object({
    code: ErrorCode.openapi({ description: "Stable, machine-readable code." }),
    message: z
      .string()
      .openapi({ description: "Human-readable, generic message; never reveals whether an account exists." }),
    requestId: z
      .string()
      .openapi({
        description: "The request id, also in the `X-Request-Id` response header and the server log.",
      }),
    fields: z
      .array(FieldError)
      .openapi({ description: "For VALIDATION_FAILED: the fields that failed." })
      .optional(),
    missingPermissions: z
      .array(z.string())
      .openapi({
        description:
          "For AUTH_INSUFFICIENT_PERMISSIONS on an operation that declares `x-gatehouse-permissions`: the\npermissions the caller's roles in the active tenant do not grant (for an API key: that its scopes and its\ncreator's current roles do not both grant). For API_KEY_SCOPE_EXCEEDED: the requested scopes the creator\ndoes not hold.",
      })
      .optional(),
  })
  .openapi({ description: "The content of every error response." })
  .openapi("ErrorDetail");
export const ErrorBody = z
  .object({ error: ErrorDetail })
  .openapi({ description: 'The error envelope: `{ "error": { "code", "message", "requestId" } }`.' })
  .openapi("ErrorBody");
export const Identity_SuperTokens_FormField = z
  .object({ id: z.string(), value: z.string().max(1024) })
  .openapi({ description: "One form field, as SuperTokens frontends send it." })
  .openapi("Identity.SuperTokens.FormField");
export const Identity_SuperTokens_FormFieldsRequest = z
  .strictObject({ formFields: z.array(Identity_SuperTokens_FormField).max(20) })
  .openapi("Identity.SuperTokens.FormFieldsRequest");
export const Identity_SuperTokens_StAlreadyVerified = z
  .object({ status: z.enum(["EMAIL_ALREADY_VERIFIED_ERROR"]) })
  .openapi("Identity.SuperTokens.StAlreadyVerified");
export const Identity_SuperTokens_StBadRequest = z
  .object({ message: z.string() })
  .openapi({ description: "Malformed request." })
  .openapi("Identity.SuperTokens.StBadRequest");
export const Identity_SuperTokens_StClaimValidationError = z
  .object({
    id: z.string(),
    reason: z.object({ message: z.string(), expectedValue: z.boolean(), actualValue: z.boolean() }),
  })
  .openapi({
    description: "One claim the session failed, SuperTokens-style (`st-ev`: the email is not verified).",
  })
  .openapi("Identity.SuperTokens.StClaimValidationError");
export const Identity_SuperTokens_StCrossSiteRefused = z
  .object({ message: z.string() })
  .openapi({
    description:
      "Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page\nwhose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without\ncookies (header mode) are not subject to it.",
  })
  .openapi("Identity.SuperTokens.StCrossSiteRefused");
export const Identity_SuperTokens_StEmailExists = z
  .object({ status: z.enum(["OK"]), exists: z.boolean() })
  .openapi("Identity.SuperTokens.StEmailExists");
export const Identity_SuperTokens_StVerifiedUser = z
  .object({ id: z.string(), email: z.string() })
  .openapi("Identity.SuperTokens.StVerifiedUser");
export const Identity_SuperTokens_StEmailVerified = z
  .object({ status: z.enum(["OK"]), user: Identity_SuperTokens_StVerifiedUser })
  .openapi("Identity.SuperTokens.StEmailVerified");
export const Identity_SuperTokens_StFieldErrorItem = z
  .object({ id: z.string(), error: z.string() })
  .openapi("Identity.SuperTokens.StFieldErrorItem");
export const Identity_SuperTokens_StFieldError = z
  .object({ status: z.enum(["FIELD_ERROR"]), formFields: z.array(Identity_SuperTokens_StFieldErrorItem) })
  .openapi({ description: "A form field was refused (bad email, weak password, email already registered)." })
  .openapi("Identity.SuperTokens.StFieldError");
export const Identity_SuperTokens_StGeneralError = z
  .object({ status: z.enum(["GENERAL_ERROR"]), message: z.string() })
  .openapi("Identity.SuperTokens.StGeneralError");
export const Identity_SuperTokens_StInternalError = z
  .object({ message: z.string() })
  .openapi({ description: "Unexpected failure; the message is generic and nothing secret is in it." })
  .openapi("Identity.SuperTokens.StInternalError");
export const Identity_SuperTokens_StInvalidClaim = z
  .object({
    message: z.enum(["invalid claim"]),
    claimValidationErrors: z.array(Identity_SuperTokens_StClaimValidationError),
  })
  .openapi({
    description:
      "The session lacks a claim the route requires: with `REQUIRE_EMAIL_VERIFICATION` on, `st-ev` (the\nemail is not verified yet). SuperTokens frontends send the user to email verification.",
  })
  .openapi("Identity.SuperTokens.StInvalidClaim");
export const Identity_SuperTokens_StIsVerified = z
  .object({ status: z.enum(["OK"]), isVerified: z.boolean() })
  .openapi("Identity.SuperTokens.StIsVerified");
export const Identity_SuperTokens_StJwk = z
  .object({
    kty: z.string(),
    kid: z.string(),
    alg: z.string(),
    use: z.string(),
    crv: z.string().optional(),
    x: z.string().optional(),
    y: z.string().optional(),
    n: z.string().optional(),
    e: z.string().optional(),
  })
  .openapi("Identity.SuperTokens.StJwk");
export const Identity_SuperTokens_StJwks = z
  .object({ keys: z.array(Identity_SuperTokens_StJwk) })
  .openapi("Identity.SuperTokens.StJwks");
export const Identity_SuperTokens_StNoEmailGiven = z
  .object({ status: z.enum(["NO_EMAIL_GIVEN_BY_PROVIDER"]) })
  .openapi("Identity.SuperTokens.StNoEmailGiven");
export const Identity_SuperTokens_StOAuthTokens = z
  .object({
    id_token: z.string().min(20).max(8192).optional(),
    access_token: z.string().max(8192).optional(),
  })
  .openapi("Identity.SuperTokens.StOAuthTokens");
export const Identity_SuperTokens_StOk = z
  .object({ status: z.enum(["OK"]) })
  .openapi("Identity.SuperTokens.StOk");
export const Identity_SuperTokens_StResetInvalidToken = z
  .object({ status: z.enum(["RESET_PASSWORD_INVALID_TOKEN_ERROR"]) })
  .openapi("Identity.SuperTokens.StResetInvalidToken");
export const Identity_SuperTokens_StResetPasswordRequest = z
  .strictObject({
    method: z.enum(["token"]).optional(),
    formFields: z.array(Identity_SuperTokens_FormField).max(5),
    token: z.string().min(1).max(200),
  })
  .openapi("Identity.SuperTokens.StResetPasswordRequest");
export const Identity_SuperTokens_StSignInUpNotAllowed = z
  .object({ status: z.enum(["SIGN_IN_UP_NOT_ALLOWED"]), reason: z.string() })
  .openapi("Identity.SuperTokens.StSignInUpNotAllowed");
export const Identity_SuperTokens_StUser = z
  .object({
    id: z.string(),
    email: z.string(),
    timeJoined: z
      .number()
      .int()
      .openapi({ format: "int64" })
      .openapi({ description: "Sign-up time, epoch milliseconds." }),
    tenantIds: z
      .array(z.string())
      .openapi({
        description:
          "The tenants the user is an active member of, named as `/auth/{tenantId}/…` names them: `public` for\nthe default tenant, the tenant id for any other.",
      }),
    emails: z.array(z.string()),
    isPrimaryUser: z.boolean(),
  })
  .openapi({ description: "A SuperTokens user (the shape current FDI frontends accept)." })
  .openapi("Identity.SuperTokens.StUser");
export const Identity_SuperTokens_StSignInUpOk = z
  .object({ status: z.enum(["OK"]), user: Identity_SuperTokens_StUser })
  .openapi("Identity.SuperTokens.StSignInUpOk");
export const Identity_SuperTokens_StSignInUpRequest = z
  .strictObject({
    thirdPartyId: z.string().min(1).max(64),
    oAuthTokens: Identity_SuperTokens_StOAuthTokens.optional(),
    redirectURIInfo: z
      .record(z.string(), z.unknown())
      .openapi({
        description: "The authorisation-code flow; not supported by Gatehouse (answered with GENERAL_ERROR).",
      })
      .optional(),
    clientType: z.string().optional(),
  })
  .openapi("Identity.SuperTokens.StSignInUpRequest");
export const Identity_SuperTokens_StThirdPartyOk = z
  .object({ status: z.enum(["OK"]), user: Identity_SuperTokens_StUser, createdNewRecipeUser: z.boolean() })
  .openapi("Identity.SuperTokens.StThirdPartyOk");
export const Identity_SuperTokens_StUnauthorised = z
  .object({ message: z.string() })
  .openapi({
    description:
      "Session problem: `try refresh token` (expired access token), `unauthorised`, or `token theft detected`.",
  })
  .openapi("Identity.SuperTokens.StUnauthorised");
export const Identity_SuperTokens_StUnavailable = z
  .object({ message: z.string() })
  .openapi({ description: "The database is unreachable; try again after `Retry-After` seconds." })
  .openapi("Identity.SuperTokens.StUnavailable");
export const Identity_SuperTokens_StVerifyEmailRequest = z
  .strictObject({ method: z.enum(["token"]).optional(), token: z.string().min(1).max(200) })
  .openapi("Identity.SuperTokens.StVerifyEmailRequest");
export const Identity_SuperTokens_StVerifyInvalidToken = z
  .object({ status: z.enum(["EMAIL_VERIFICATION_INVALID_TOKEN_ERROR"]) })
  .openapi("Identity.SuperTokens.StVerifyInvalidToken");
export const Identity_SuperTokens_StWrongCredentials = z
  .object({ status: z.enum(["WRONG_CREDENTIALS_ERROR"]) })
  .openapi("Identity.SuperTokens.StWrongCredentials");
export const Shared_Common_Requests_DisplayName = z
  .string()
  .min(1)
  .max(200)
  .regex(
    new RegExp("^(?:[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"),
  )
  .openapi({
    description:
      "A person's display name: 1 to 200 characters; no control characters (C0, DEL, C1) or unpaired surrogates.",
  })
  .openapi("Shared.Common.Requests.DisplayName");
export const Invitations_AcceptInvitationRequest = z
  .strictObject({
    token: z
      .string()
      .min(1)
      .max(200)
      .openapi({ format: "password" })
      .openapi({ description: "The token from the invitation email's link." }),
    password: z.string().min(1).max(128).openapi({ format: "password" }).optional(),
    name: Shared_Common_Requests_DisplayName.optional(),
  })
  .openapi({
    description:
      "Accepts an invitation. Signed in: the account's email must be the invited one (else 403). Not signed in: an\nexisting account proves itself with its `password`; otherwise the account is created with `password` (and\n`name`), its email verified by the link.",
  })
  .openapi("Invitations.AcceptInvitationRequest");
export const Tenants_RoleName = z
  .string()
  .min(1)
  .max(64)
  .regex(new RegExp("^[a-z][a-z0-9&_.-]*$"))
  .openapi({
    description:
      "A role name: lower-case letters, digits and `& _ . -`, starting with a letter; at most 64 characters.",
  })
  .openapi("Tenants.RoleName");
export const Invitations_CreateInvitationRequest = z
  .strictObject({
    email: z.email().max(254),
    roles: z.array(Tenants_RoleName).min(1).max(32),
    expiresInHours: z
      .number()
      .int()
      .min(-2147483648)
      .max(2147483647)
      .min(1)
      .max(720)
      .openapi({ description: "How long the emailed link stays valid, in hours (default 168, one week)." })
      .optional(),
  })
  .openapi({
    description:
      "Whom to invite, with which roles (each must exist in the tenant, else 400 naming it). A pending invitation\nfor the same address is replaced (its link stops working).",
  })
  .openapi("Invitations.CreateInvitationRequest");
export const Invitations_Invitation = z
  .object({
    id: z.uuid(),
    tenantId: Tenants_TenantId,
    email: z.email(),
    roles: z.array(z.string()).openapi({ description: "The roles the invitee gets on accepting." }),
    invitedBy: z
      .string()
      .nullable()
      .openapi({ description: "Who invited (null once that account is deleted)." }),
    expiresAt: z.iso.datetime({ offset: true }),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .openapi({ description: "A pending invitation (the token itself is only ever in the email)." })
  .openapi("Invitations.Invitation");
export const Invitations_InvitationList = z
  .object({
    invitations: z
      .array(Invitations_Invitation)
      .openapi({ description: "Pending invitations, newest first (at most 500)." }),
  })
  .openapi("Invitations.InvitationList");
export const Legacy_MondiaLink = z
  .object({ userId: z.uuid(), customerId: z.string(), linkedAt: z.iso.datetime({ offset: true }) })
  .openapi({ description: "The link between the caller's account and a Mondia customer." })
  .openapi("Legacy.MondiaLink");
export const Legacy_MondiaLinkRequest = z
  .strictObject({
    customerId: z
      .string()
      .min(1)
      .max(128)
      .regex(new RegExp("^[A-Za-z0-9._:-]+$"))
      .openapi({ description: "The customer id in Mondia's system." }),
  })
  .openapi("Legacy.MondiaLinkRequest");
export const Legacy_PortalSession = z
  .object({
    id: z.string(),
    accessUrl: z.url().openapi({ description: "Open this URL to enter the portal." }),
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .openapi({ description: "A billing self-service portal session." })
  .openapi("Legacy.PortalSession");
export const Ops_DiscoveryDocument = z
  .object({
    issuer: z.url().openapi({ description: "The `iss` claim of every access token Gatehouse issues." }),
    jwks_uri: z.url().openapi({ description: "The JWK Set that verifies those tokens." }),
    id_token_signing_alg_values_supported: z
      .array(z.string())
      .openapi({ description: "Algorithms the access tokens are signed with." }),
    subject_types_supported: z
      .array(z.enum(["public"]))
      .openapi({ description: "Subject identifiers are the same for every client." }),
    service_documentation: z.url().openapi({ description: "Where this API's description is published." }),
  })
  .openapi({
    description:
      "Where a resource server finds Gatehouse's issuer and signing keys: the subset of OpenID Connect\nDiscovery 1.0 (and RFC 8414) metadata that verifying a Gatehouse access token needs.",
  })
  .openapi("Ops.DiscoveryDocument");
export const Ops_HealthStatus = z
  .object({ status: z.enum(["ok"]) })
  .openapi({ description: "Liveness: the process is up." })
  .openapi("Ops.HealthStatus");
export const Ops_Jwk = z
  .object({
    kty: z.string().openapi({ description: "Key type, e.g. `EC`, `RSA` or `OKP`." }),
    kid: z.string().openapi({ description: "Key id; matches the `kid` header of tokens it verifies." }),
    alg: z.string().openapi({ description: "Signing algorithm, e.g. `ES256`." }),
    use: z.enum(["sig"]).openapi({ description: "Always `sig`." }),
    crv: z.string().openapi({ description: "Curve (EC and OKP keys)." }).optional(),
    x: z.string().openapi({ description: "Public coordinate (EC and OKP keys)." }).optional(),
    y: z.string().openapi({ description: "Public coordinate (EC keys)." }).optional(),
    n: z.string().openapi({ description: "Modulus (RSA keys)." }).optional(),
    e: z.string().openapi({ description: "Exponent (RSA keys)." }).optional(),
  })
  .openapi({ description: "One public signing key (RFC 7517)." })
  .openapi("Ops.Jwk");
export const Ops_JwkSet = z
  .object({ keys: z.array(Ops_Jwk) })
  .openapi({ description: "The public keys that verify Gatehouse access tokens (RFC 7517 JWK Set)." })
  .openapi("Ops.JwkSet");
export const Ops_OpenApiServer = z
  .object({
    url: z
      .string()
      .openapi({ format: "uri-reference" })
      .openapi({
        description:
          "`/` as served by /openapi.json: relative to the document's own URL, so it works on any host name.",
      }),
    description: z.string().optional(),
  })
  .openapi({ description: "One server an OpenAPI document points at." })
  .openapi("Ops.OpenApiServer");
export const Ops_OpenApiDocument = z
  .object({
    openapi: z.string().openapi({ description: "The OpenAPI version, `3.1.0`." }),
    info: z.record(z.string(), z.unknown()),
    servers: z.array(Ops_OpenApiServer),
    paths: z.record(z.string(), z.unknown()),
    components: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi({ description: "An OpenAPI 3.1 document; only its top-level members are described here." })
  .openapi("Ops.OpenApiDocument");
export const Ops_ReadyChecks = z
  .object({ database: z.enum(["ok"]) })
  .openapi({ description: "Readiness of each dependency." })
  .openapi("Ops.ReadyChecks");
export const Ops_ReadyStatus = z
  .object({ status: z.enum(["ok"]), checks: Ops_ReadyChecks })
  .openapi({ description: "Readiness: the process can serve requests." })
  .openapi("Ops.ReadyStatus");
export const Realtime_RealtimeAuthAccepted = z
  .object({ type: z.enum(["auth.ok"]), expiresAt: z.iso.datetime({ offset: true }) })
  .openapi({ description: "The server's answer to an accepted `auth` frame: the new expiry." })
  .openapi("Realtime.RealtimeAuthAccepted");
export const Realtime_RealtimeAuthRequest = z
  .object({ type: z.enum(["auth"]), token: z.string() })
  .openapi({
    description:
      "Sent by the client to re-authenticate in-band before its access token expires: a newer access token of\nthe same session (from `POST /user/session/refresh`). A token of another user or session, or one that\nis invalid, expired or revoked, closes the socket (4003, or 4001 when expired).",
  })
  .openapi("Realtime.RealtimeAuthRequest");
export const Realtime_RealtimeReady = z
  .object({
    type: z.enum(["ready"]),
    userId: z.uuid(),
    tenantId: z
      .string()
      .openapi({ description: "The active tenant of the session: the tenant room the socket joined." }),
    expiresAt: z.iso
      .datetime({ offset: true })
      .openapi({
        description:
          "When the access token the socket was opened (or last re-authenticated) with expires; re-authenticate before.",
      }),
  })
  .openapi({
    description:
      "Sent by the server once the socket is open: whose rooms it joined, and when its access token expires.",
  })
  .openapi("Realtime.RealtimeReady");
export const Realtime_RealtimeSessionRevoked = z
  .object({ type: z.enum(["session.revoked"]), sessionId: z.uuid() })
  .openapi({
    description:
      "This socket's session was signed out or revoked (on any instance); the server closes it (4003) right after.",
  })
  .openapi("Realtime.RealtimeSessionRevoked");
export const Realtime_RealtimeMembershipChanged = z
  .object({
    type: z.enum(["membership.changed"]),
    id: z.uuid().openapi({ description: "The domain event's id (the same as the webhook's)." }),
    userId: z.uuid(),
    tenantId: z.string(),
  })
  .openapi({
    description:
      "A membership of the user changed (joined, left, roles or active flag): sent to the member's own sockets and\nto the sockets in that tenant's room whose session holds `members:read`. Refresh the session to get the\nnew roles in the access token.",
  })
  .openapi("Realtime.RealtimeMembershipChanged");
export const Realtime_RealtimeUserUpdated = z
  .object({
    type: z.enum(["user.updated"]),
    id: z.uuid().openapi({ description: "The domain event's id (the same as the webhook's)." }),
    userId: z.uuid(),
  })
  .openapi({
    description:
      "The user's profile or account changed (`GET /user/me` to read it): sent to the user's own sockets only.",
  })
  .openapi("Realtime.RealtimeUserUpdated");
export const Realtime_RealtimeFrame = z
  .union([
    Realtime_RealtimeReady,
    Realtime_RealtimeAuthRequest,
    Realtime_RealtimeAuthAccepted,
    Realtime_RealtimeSessionRevoked,
    Realtime_RealtimeMembershipChanged,
    Realtime_RealtimeUserUpdated,
  ])
  .openapi({ description: "Every JSON text frame of the realtime channel, told apart by `type`." })
  .openapi("Realtime.RealtimeFrame");
export const Service_ApiKeyIntrospection = z
  .object({
    keyId: z.uuid(),
    userId: z.uuid(),
    tenantId: z.string(),
    roles: z.array(z.string()).openapi({ description: "The creator's roles in the key's tenant." }),
    permissions: z
      .array(z.string())
      .openapi({ description: "The key's scopes that the creator still holds in the tenant." }),
    emailVerified: z.boolean(),
  })
  .openapi({ description: "Who an active API key acts for, and what it may do now." })
  .openapi("Service.ApiKeyIntrospection");
export const Service_ApiKeyIntrospectionRequest = z
  .strictObject({ apiKey: z.string().min(1).max(200).openapi({ format: "password" }) })
  .openapi({ description: "An API key to look up: the whole secret, as the client presented it." })
  .openapi("Service.ApiKeyIntrospectionRequest");
export const Service_RevocationPage = z
  .object({
    sessionIds: z
      .array(z.string())
      .openapi({
        description:
          "Ids of sessions revoked since the cursor (an id may appear again on a later page: dedupe).",
      }),
    cursor: z.string().openapi({ description: "Pass as `cursor` on the next request." }),
    hasMore: z
      .boolean()
      .openapi({
        description:
          "True when more revocations are waiting: ask again at once rather than after `pollIntervalSeconds`.",
      }),
    pollIntervalSeconds: z
      .number()
      .int()
      .min(-2147483648)
      .max(2147483647)
      .openapi({ description: "How long to wait before the next request when `hasMore` is false." }),
    retentionSeconds: z
      .number()
      .int()
      .min(-2147483648)
      .max(2147483647)
      .openapi({
        description:
          "How long to remember a revoked session id: after this its access tokens have all expired.",
      }),
  })
  .openapi({ description: "One page of the revocation feed." })
  .openapi("Service.RevocationPage");
export const Shared_Common_Requests_HttpsUrl = z
  .url()
  .max(2048)
  .regex(new RegExp("^https:\\/\\/[^\\u0000-\\u0020\\u007F-\\u009F\\uD800-\\uDFFF]+$"))
  .openapi({ format: "uri" })
  .openapi({
    description:
      "An absolute `https:` URL of at most 2048 characters, without spaces or control characters.\nOther schemes (`http:`, `javascript:`, `data:`, `file:` …) are refused.",
  })
  .openapi("Shared.Common.Requests.HttpsUrl");
export const Shared_Common_Requests_LanguageTag = z
  .string()
  .min(2)
  .max(35)
  .regex(
    new RegExp(
      "^(?:[A-Za-z]{2,3}|[A-Za-z]{5,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?$",
    ),
  )
  .openapi({
    description:
      "A BCP 47 language tag (a Unicode BCP 47 locale identifier such as `en`, `en-GB`, `zh-Hant-TW`,\n`es-419` or `de-DE-u-co-phonebk`), at most 35 characters. The server stores its canonical form\n(`EN-gb` becomes `en-GB`).",
  })
  .openapi("Shared.Common.Requests.LanguageTag");
export const Sso_SsoSignInRequest = z
  .strictObject({
    idToken: z
      .string()
      .min(20)
      .max(8192)
      .openapi({
        description:
          "The provider's OIDC ID token (a JWT). Facebook: the Limited Login authentication token.",
      }),
    nonce: z
      .string()
      .min(1)
      .max(512)
      .openapi({
        description:
          "The raw nonce the client generated, when the provider puts one (or its SHA-256) in the token.",
      })
      .optional(),
  })
  .openapi("Sso.SsoSignInRequest");
export const Tenants_CreateRoleRequest = z
  .strictObject({
    name: Tenants_RoleName,
    permissions: z.array(Tenants_PermissionName).max(200),
    description: z.union([Tenants_TenantName, z.null()]).optional(),
  })
  .openapi("Tenants.CreateRoleRequest");
export const Tenants_CreateTenantRequest = z
  .strictObject({
    name: Tenants_TenantName,
    slug: Tenants_TenantSlug,
    preset: Tenants_Preset.optional(),
    registrationPolicy: Tenants_RegistrationPolicy.optional(),
  })
  .openapi({ description: "A new tenant; `preset` defaults to `default`, `registrationPolicy` to `invite`." })
  .openapi("Tenants.CreateTenantRequest");
export const Tenants_Member = z
  .object({
    userId: z.uuid(),
    tenantId: Tenants_TenantId,
    email: z.email(),
    name: z.string().nullable(),
    roles: z.array(z.string()),
    orgUnit: z.string().nullable(),
    active: z
      .boolean()
      .openapi({ description: "An inactive member keeps the membership but cannot use the tenant." }),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .openapi({ description: "A member of a tenant." })
  .openapi("Tenants.Member");
export const Tenants_MemberList = z
  .object({
    members: z.array(Tenants_Member),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: "Pass as `cursor` for the next page; null on the last page." }),
  })
  .openapi({ description: "One page of members, oldest first." })
  .openapi("Tenants.MemberList");
export const Tenants_MyTenant = z
  .object({
    id: Tenants_TenantId,
    slug: Tenants_TenantSlug,
    name: z.string(),
    status: z.enum(["active", "suspended"]),
    registrationPolicy: Tenants_RegistrationPolicy,
    preset: Tenants_Preset,
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    roles: z.array(z.string()),
  })
  .openapi({ description: "A tenant the caller belongs to, with the caller's roles there." })
  .openapi("Tenants.MyTenant");
export const Tenants_MyTenantList = z
  .object({ tenants: z.array(Tenants_MyTenant) })
  .openapi("Tenants.MyTenantList");
export const Tenants_OrgUnit = z
  .string()
  .min(1)
  .max(200)
  .regex(
    new RegExp("^(?:[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"),
  )
  .openapi({
    description: "An organisational unit (department, region …): 1 to 200 characters, no control characters.",
  })
  .openapi("Tenants.OrgUnit");
export const Tenants_Role = z
  .object({
    name: Tenants_RoleName,
    description: z.string().nullable(),
    permissions: z.array(Tenants_PermissionName),
  })
  .openapi({ description: "A role and the permissions it grants." })
  .openapi("Tenants.Role");
export const Tenants_RoleList = z.object({ roles: z.array(Tenants_Role) }).openapi("Tenants.RoleList");
export const Tenants_SearchText = z
  .string()
  .min(1)
  .max(200)
  .regex(
    new RegExp("^(?:[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"),
  )
  .openapi({ description: "Search text: 1 to 200 characters, no control characters." })
  .openapi("Tenants.SearchText");
export const Tenants_SwitchTenantRequest = z
  .strictObject({ tenantId: Tenants_TenantId })
  .openapi({
    description:
      "Body of `POST /user/tenant`: `tenantId`, a tenant the caller is an active member of (and which is active).",
  })
  .openapi("Tenants.SwitchTenantRequest");
export const Tenants_UpdateMemberRequest = z
  .strictObject({
    roles: z.array(Tenants_RoleName).max(32).optional(),
    orgUnit: z.union([Tenants_OrgUnit, z.null()]).optional(),
    active: z.boolean().optional(),
  })
  .openapi({
    description:
      "What to change. `roles` replaces the member's roles (each must exist in the tenant, else 400 naming\nit); the last active `admin` cannot lose the role or be deactivated (409 `TENANT_LAST_ADMIN`). Deactivating ends the\nmember's sessions in this tenant at once; role changes take effect at their next refresh.",
  })
  .openapi("Tenants.UpdateMemberRequest");
export const Tenants_UpdateRoleRequest = z
  .strictObject({
    permissions: z.array(Tenants_PermissionName).max(200).optional(),
    description: z.union([Tenants_TenantName, z.null()]).optional(),
  })
  .openapi({
    description: "Replaces the role's permissions (effective for its members at their next refresh).",
  })
  .openapi("Tenants.UpdateRoleRequest");
export const Tenants_UpdateTenantRequest = z
  .strictObject({
    name: Tenants_TenantName.optional(),
    slug: Tenants_TenantSlug.optional(),
    registrationPolicy: Tenants_RegistrationPolicy.optional(),
  })
  .openapi("Tenants.UpdateTenantRequest");
export const Users_User = z
  .object({
    id: z.uuid(),
    email: z.email(),
    emailVerified: z.boolean(),
    name: z.string().nullable().openapi({ description: "Display name." }),
    locale: z.string().nullable().openapi({ description: "BCP 47 language tag, e.g. `en-GB`." }),
    avatarUrl: z.url().nullable(),
    tenantId: z
      .string()
      .openapi({
        description:
          "The session's active tenant (the access token's `tid`). Accounts are global; a user may be a member\nof several tenants and switches with `POST /user/tenant`.",
      }),
    roles: z
      .array(z.string())
      .openapi({
        description:
          "The user's roles in the active tenant, as of the session's last sign-in, refresh or switch.",
      }),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    impersonatedBy: z
      .string()
      .openapi({
        description:
          "`GET /user/me` only, and only when the request's session is a support session an operator started as\nthis user (`POST /admin/impersonations`): the operator, so a client can show that someone else is acting.",
      })
      .optional(),
  })
  .openapi({ description: "A Gatehouse account." })
  .openapi("Users.User");
export const Users_SessionInfo = z
  .object({
    id: z.uuid(),
    expiresAt: z.iso
      .datetime({ offset: true })
      .openapi({ description: "The session ends here however often it is refreshed (absolute lifetime)." }),
    accessTokenExpiresAt: z.iso
      .datetime({ offset: true })
      .openapi({ description: "When the current access token expires; refresh before then." }),
  })
  .openapi({ description: "The session a sign-in or refresh produced." })
  .openapi("Users.SessionInfo");
export const Users_AuthResult = z
  .object({
    user: Users_User,
    session: Users_SessionInfo,
    tokens: Users_TokenPair.openapi({ description: "Present only with `X-Auth-Mode: token`." }).optional(),
  })
  .openapi({ description: "Result of sign-up, sign-in and refresh." })
  .openapi("Users.AuthResult");
export const Users_RefreshRequest = z
  .strictObject({
    refreshToken: z
      .string()
      .min(1)
      .max(200)
      .openapi({ format: "password" })
      .openapi({
        description: "Token mode: the refresh token. Cookie mode sends the `backend_refresh` cookie instead.",
      })
      .optional(),
  })
  .openapi("Users.RefreshRequest");
export const Users_SessionSummary = z
  .object({
    id: z.uuid(),
    createdAt: z.iso.datetime({ offset: true }),
    lastUsedAt: z.iso.datetime({ offset: true }),
    expiresAt: z.iso.datetime({ offset: true }),
    userAgent: z.string().nullable(),
    ip: z.string().nullable(),
    current: z.boolean().openapi({ description: "True for the session making this request." }),
    impersonatedBy: z
      .string()
      .openapi({
        description:
          "Present on a support session an operator started as this user (`POST /admin/impersonations`): the operator.",
      })
      .optional(),
  })
  .openapi({ description: "One of the user's active sessions." })
  .openapi("Users.SessionSummary");
export const Users_SessionList = z
  .object({ sessions: z.array(Users_SessionSummary) })
  .openapi("Users.SessionList");
export const Users_SignInRequest = z
  .strictObject({
    email: z.email().max(254),
    password: z.string().min(1).max(128).openapi({ format: "password" }),
    tenantId: Tenants_TenantId.openapi({ description: "The tenant's id." }).optional(),
    tenantSlug: Tenants_TenantSlug.openapi({
      description: "The tenant's slug (instead of `tenantId`).",
    }).optional(),
  })
  .openapi("Users.SignInRequest");
export const Users_SignUpRequest = z
  .strictObject({
    email: z.email().max(254),
    password: Shared_Common_Requests_NewPassword,
    name: Shared_Common_Requests_DisplayName.optional(),
    locale: Shared_Common_Requests_LanguageTag.optional(),
    tenantId: Tenants_TenantId.openapi({ description: "The tenant's id." }).optional(),
    tenantSlug: Tenants_TenantSlug.openapi({
      description: "The tenant's slug (instead of `tenantId`).",
    }).optional(),
  })
  .openapi("Users.SignUpRequest");
export const Users_UpdateMeRequest = z
  .strictObject({
    name: z.union([Shared_Common_Requests_DisplayName, z.null()]).optional(),
    locale: z.union([Shared_Common_Requests_LanguageTag, z.null()]).optional(),
    avatarUrl: z.union([Shared_Common_Requests_HttpsUrl, z.null()]).optional(),
  })
  .openapi({
    description:
      "Profile fields the user may change; email, roles, tenant and verification are not among them.",
  })
  .openapi("Users.UpdateMeRequest");
export const Webhooks_EventActor = z
  .object({
    type: z.enum(["user", "admin", "service", "anonymous", "system"]),
    id: z.string().nullable().openapi({ description: "The user's id, the operator's identity, or null." }),
  })
  .openapi({
    description:
      "Who made the change: a user, an operator (admin), a service, the process itself (system), or nobody signed in.",
  })
  .openapi("Webhooks.EventActor");
export const Webhooks_EventUuid = z
  .uuid()
  .openapi({ description: "A uuid (event and session ids)." })
  .openapi("Webhooks.EventUuid");
export const Webhooks_MembershipChange = z
  .enum(["joined", "roles_changed", "deactivated", "reactivated", "removed"])
  .openapi({ description: "How the membership changed." })
  .openapi("Webhooks.MembershipChange");
export const Webhooks_MembershipChangedData = z
  .object({
    userId: z.uuid(),
    tenantId: Tenants_TenantId.openapi({ description: "The tenant whose membership changed." }),
    actor: Webhooks_EventActor,
    change: Webhooks_MembershipChange,
  })
  .openapi("Webhooks.MembershipChangedData");
export const Webhooks_MembershipChangedEvent = z
  .object({
    type: z.enum(["membership.changed"]),
    timestamp: z.iso.datetime({ offset: true }),
    data: Webhooks_MembershipChangedData,
  })
  .openapi({
    description:
      "A user's membership of a tenant changed: joined, roles changed, deactivated, reactivated or removed.",
  })
  .openapi("Webhooks.MembershipChangedEvent");
export const Webhooks_RevocationReason = z
  .enum([
    "signout",
    "revoked",
    "theft_detected",
    "admin_revoked",
    "user_disabled",
    "user_deleted",
    "membership_ended",
    "impersonation_ended",
    "password_changed",
    "password_reset",
    "account_takeover",
    "tenant_suspended",
    "tenant_switched",
    "replaced_by_sign_in",
    "sso_identity_unlinked",
  ])
  .openapi({
    description:
      "Why sessions ended. `tenant_switched`: the session moved to another tenant (its successor has a new id);\n`replaced_by_sign_in`: a new sign-in from the same client replaced it; `sso_identity_unlinked`: it was started\nthrough a provider identity that never proved the account's address, unlinked once the mailbox was proved.",
  })
  .openapi("Webhooks.RevocationReason");
export const Webhooks_SessionRevokedData = z
  .object({
    userId: z.uuid(),
    tenantId: z
      .union([Tenants_TenantId, z.null()])
      .openapi({
        description:
          "The tenant of the change (the tenant joined, the session's tenant); null when it has none.",
      }),
    actor: Webhooks_EventActor,
    reason: Webhooks_RevocationReason,
    sessionIds: z
      .array(Webhooks_EventUuid)
      .min(1)
      .max(100)
      .openapi({
        description: "The sessions that ended: at most 100 per event (a larger set comes as several events).",
      }),
  })
  .openapi("Webhooks.SessionRevokedData");
export const Webhooks_SessionRevokedEvent = z
  .object({
    type: z.enum(["session.revoked"]),
    timestamp: z.iso.datetime({ offset: true }),
    data: Webhooks_SessionRevokedData,
  })
  .openapi({ description: "Sessions of the user ended: their access tokens stop working within seconds." })
  .openapi("Webhooks.SessionRevokedEvent");
export const Webhooks_UserChange = z
  .enum(["profile", "password", "email_verified", "disabled", "enabled", "super_admin"])
  .openapi({
    description:
      "What changed: the profile (name, locale, avatar), the password, the email's verification, the account's state, super-admin rights.",
  })
  .openapi("Webhooks.UserChange");
export const Webhooks_UserEventData = z
  .object({
    userId: z.uuid(),
    tenantId: z
      .union([Tenants_TenantId, z.null()])
      .openapi({
        description:
          "The tenant of the change (the tenant joined, the session's tenant); null when it has none.",
      }),
    actor: Webhooks_EventActor,
  })
  .openapi({
    description:
      "What every event's `data` says: whose account, in which tenant (null when the change is not a tenant's), by whom.",
  })
  .openapi("Webhooks.UserEventData");
export const Webhooks_UserCreatedEvent = z
  .object({
    type: z.enum(["user.created"]),
    timestamp: z.iso.datetime({ offset: true }).openapi({ description: "When the change was committed." }),
    data: Webhooks_UserEventData,
  })
  .openapi({
    description:
      "A new account (sign-up, first SSO sign-in, an accepted invitation); `tenantId` is the tenant it joined.",
  })
  .openapi("Webhooks.UserCreatedEvent");
export const Webhooks_UserDeletedEvent = z
  .object({
    type: z.enum(["user.deleted"]),
    timestamp: z.iso.datetime({ offset: true }),
    data: Webhooks_UserEventData,
  })
  .openapi({
    description: "An account was deleted (by its owner or an operator), with everything hanging off it.",
  })
  .openapi("Webhooks.UserDeletedEvent");
export const Webhooks_UserUpdatedData = z
  .object({
    userId: z.uuid(),
    tenantId: z
      .union([Tenants_TenantId, z.null()])
      .openapi({
        description:
          "The tenant of the change (the tenant joined, the session's tenant); null when it has none.",
      }),
    actor: Webhooks_EventActor,
    change: Webhooks_UserChange,
  })
  .openapi("Webhooks.UserUpdatedData");
export const Webhooks_UserUpdatedEvent = z
  .object({
    type: z.enum(["user.updated"]),
    timestamp: z.iso.datetime({ offset: true }),
    data: Webhooks_UserUpdatedData,
  })
  .openapi({
    description:
      "An account changed. Fetch the user (admin API) for its current state: the event does not carry it.",
  })
  .openapi("Webhooks.UserUpdatedEvent");

export const securitySchemes = {
  BackendSessionAuth: {
    type: "apiKey",
    in: "cookie",
    name: "backend_session",
    description:
      "Gatehouse session: the cookie `backend_session` carries the session's short-lived\naccess JWT. Browsers get it set by sign-in; non-browser clients that asked for token\ntransfer (`X-Auth-Mode: token`) may send it back as a `Cookie: backend_session=<access token>`\nheader, or as `Authorization: Bearer <access token>` (BackendBearerAuth).",
  },
  BackendBearerAuth: {
    type: "http",
    scheme: "Bearer",
    description:
      "Gatehouse session, header form: the same access JWT as the `backend_session` cookie, sent as\n`Authorization: Bearer <access token>` (mobile, CLI and server-side clients; `tokens.accessToken`\nof a token-mode sign-in). Accepted wherever BackendSessionAuth is, as an alternative. Not an\nambient credential, so the cross-site (CSRF) check does not apply to it. SuperTokens access\ntokens, refresh tokens, v1 tokens and API keys are refused here.",
  },
  ApiKeyAuth: {
    type: "http",
    scheme: "Bearer",
    description:
      "A user's API key, for programs acting on the user's behalf: `Authorization: Bearer gh_sk_<key>`, where\n`<key>` is 43 base64url characters (256 random bits). The `gh_sk_` prefix tells it from an access JWT without parsing, so every\nbearer scheme refuses the other's credential at once, and secret scanners can recognise a leaked key; the\nstandard `Authorization` header is what HTTP clients, proxies and log redaction already treat as secret,\nwhere a custom header (`X-Api-Key`) would need its own care everywhere. Created with\n`POST /user/api-keys` in the session's active tenant; acts as its creator in that tenant only, with the\nkey's `scopes` intersected with the creator's permissions there at the time of each request (a demoted\ncreator's key loses the permission at once). Accepted only on operations whose security lists it (read\noperations); a revoked, expired or unknown key, or one whose creator is disabled, no longer an active\nmember, or whose tenant is suspended, is 401 AUTH_UNAUTHENTICATED, all alike. A key cannot create,\nlist or revoke keys.",
  },
  SuperTokensAuth: {
    type: "http",
    scheme: "Bearer",
    description:
      "SuperTokens access token (a JWT) sent as `Authorization: Bearer <st-access-token>`\n(SuperTokens header mode). Used by the deprecated SuperTokens-compatible `/auth/*`\nroutes and the deprecated identity `/me` routes.",
  },
  APIv1Auth: {
    type: "http",
    scheme: "Bearer",
    description:
      "Legacy v1 API token (opaque, issued before the move to sessions) sent as\n`Authorization: Bearer <auth_token>`. Used only by the legacy APIv1 routes.",
  },
  AdminAccessAuth: {
    type: "apiKey",
    in: "header",
    name: "Cf-Access-Jwt-Assertion",
    description:
      "Operator access through Cloudflare Access: the `Cf-Access-Jwt-Assertion` header carries the Access\nJWT Cloudflare adds to every request that passed its login. Verified against the team's JWKS\n(`ADMIN_ACCESS_JWKS_URL`, fetched at run time and cached, so key rotation needs no restart), its\naudience (`ADMIN_ACCESS_AUDIENCE`) and issuer (`ADMIN_ACCESS_ISSUER`), RS256 or ES256 only; the email\nmust be in `ADMIN_ACCESS_ALLOWED_EMAILS` or one of its groups in `ADMIN_ACCESS_ALLOWED_GROUPS`.\nUsed by the `/admin/*` routes.",
  },
  ServiceAuth: {
    type: "apiKey",
    in: "header",
    name: "X-Service-Auth",
    description:
      "Service-to-service access: `X-Service-Auth: <shared secret>`, one of the secrets in\n`SERVICE_AUTH_SECRETS` (two may be valid at once while one is rotated). Grants the `service` role,\nonly on operations whose security lists it, and only on a request that carries no user credential\n(no `Authorization`, `Cf-Access-Jwt-Assertion` or `backend_session` cookie): a request carrying both\nis refused.",
  },
  SuperAdminAuth: {
    type: "http",
    scheme: "Bearer",
    description:
      "A super-admin's own Gatehouse session, header form: the access JWT of a user marked super-admin\n(`SUPER_ADMIN_EMAILS` at start-up, or `PUT /admin/users/{userId}/super-admin`), sent as\n`Authorization: Bearer <access token>`. Accepted only on the `/admin/*` routes; a valid session of a\nuser who is not a super-admin is 403 AUTH_INSUFFICIENT_PERMISSIONS there. Not accepted as a cookie, so\nno cross-site request can use it.",
  },
} as const;

export const routes = {
  OpsOperations_getJwks: createRoute({
    method: "get",
    path: "/.well-known/jwks.json",
    operationId: "OpsOperations_getJwks",
    summary: "Public signing keys (JWKS)",
    description: "The JWK Set that verifies access tokens; includes retired keys until their tokens expire.",
    tags: ["Ops"],
    security: [],
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Ops_JwkSet } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  OpsOperations_getDiscovery: createRoute({
    method: "get",
    path: "/.well-known/openid-configuration",
    operationId: "OpsOperations_getDiscovery",
    summary: "OpenID discovery document",
    description:
      "Discovery metadata: issuer and JWKS URL for resource servers that verify Gatehouse access tokens.",
    tags: ["Ops"],
    security: [],
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Ops_DiscoveryDocument } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AdminOperations_listAuditEvents: createRoute({
    method: "get",
    path: "/admin/audit-events",
    operationId: "AdminOperations_listAuditEvents",
    summary: "Query the audit log",
    description: "Audit events, newest first, filtered by actor, target, action and time range, paged.",
    tags: ["Admin"],
    security: [
      { AdminAccessAuth: [] } as Record<string, string[]>,
      { ServiceAuth: [] } as Record<string, string[]>,
      { SuperAdminAuth: [] } as Record<string, string[]>,
    ],
    request: {
      query: z.object({
        actor: Admin_AuditSubject.optional().openapi({
          param: { name: "actor", in: "query" },
          description: "The actor's id (a user id, an operator's email, `service`).",
        }),
        target: Admin_AuditTargetId.optional().openapi({
          param: { name: "target", in: "query" },
          description: "The target's id (e.g. a user id).",
        }),
        action: z
          .string()
          .min(1)
          .max(100)
          .regex(new RegExp("^[a-z0-9_.]+$"))
          .optional()
          .openapi({
            param: { name: "action", in: "query" },
            description: "The action, e.g. `user.signin`.",
          }),
        from: z.iso
          .datetime({ offset: true })
          .optional()
          .openapi({ param: { name: "from", in: "query" }, description: "Events at or after this time." }),
        to: z.iso
          .datetime({ offset: true })
          .optional()
          .openapi({ param: { name: "to", in: "query" }, description: "Events before this time." }),
        limit: z.coerce
          .number()
          .int()
          .min(-2147483648)
          .max(2147483647)
          .min(1)
          .max(100)
          .optional()
          .openapi({
            param: { name: "limit", in: "query" },
            description: "How many items to return (1 to 100, default 50).",
          }),
        cursor: z
          .string()
          .min(1)
          .max(200)
          .regex(new RegExp("^[A-Za-z0-9_-]+$"))
          .optional()
          .openapi({
            param: { name: "cursor", in: "query" },
            description: "`nextCursor` of the previous page.",
          }),
      }),
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Admin_AuditEventPage } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AdminTenantOperations_startImpersonation: createRoute({
    method: "post",
    path: "/admin/impersonations",
    operationId: "AdminTenantOperations_startImpersonation",
    summary: "Impersonate a member (support)",
    description:
      "Start a short support session as a member of a tenant (see `Impersonation`). Refused with 409\nCONFLICT for a disabled user, a super-admin (an operator never holds a super-admin's powers this\nway), a user who is no active member of the tenant, or a suspended tenant; 404 NOT_FOUND for an\nunknown user or tenant. Audited (`admin.impersonation.start`, with the reason).",
    tags: ["Admin"],
    security: [
      { AdminAccessAuth: [] } as Record<string, string[]>,
      { ServiceAuth: [] } as Record<string, string[]>,
      { SuperAdminAuth: [] } as Record<string, string[]>,
    ],
    request: {
      body: { required: true, content: { "application/json": { schema: Admin_StartImpersonationRequest } } },
    },
    responses: {
      201: {
        description: "The request has succeeded and a new resource has been created as a result.",
        headers: z.object({
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
        content: { "application/json": { schema: Admin_Impersonation } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      409: {
        description: "The request conflicts with existing state.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AdminTenantOperations_endImpersonation: createRoute({
    method: "delete",
    path: "/admin/impersonations/{impersonationId}",
    operationId: "AdminTenantOperations_endImpersonation",
    summary: "End an impersonation",
    description:
      "End an impersonation at once: its access tokens are refused within seconds on every instance, its\nrefresh token is dead. Idempotent (an impersonation that already ended: 204 again); an id that is no\nimpersonation: 404. Audited once (`admin.impersonation.end`).",
    tags: ["Admin"],
    security: [
      { AdminAccessAuth: [] } as Record<string, string[]>,
      { ServiceAuth: [] } as Record<string, string[]>,
      { SuperAdminAuth: [] } as Record<string, string[]>,
    ],
    request: {
      params: z.object({
        impersonationId: z.uuid().openapi({ param: { name: "impersonationId", in: "path" } }),
      }),
    },
    responses: {
      204: { description: "There is no content to send for this request, but the headers may be useful. " },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AdminOperations_listSigningKeys: createRoute({
    method: "get",
    path: "/admin/signing-keys",
    operationId: "AdminOperations_listSigningKeys",
    summary: "List signing keys",
    description: "Every signing key still in the database, newest activation first.",
    tags: ["Admin"],
    security: [
      { AdminAccessAuth: [] } as Record<string, string[]>,
      { ServiceAuth: [] } as Record<string, string[]>,
      { SuperAdminAuth: [] } as Record<string, string[]>,
    ],
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Admin_SigningKeyList } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AdminOperations_rotateSigningKey: createRoute({
    method: "post",
    path: "/admin/signing-keys/rotate",
    operationId: "AdminOperations_rotateSigningKey",
    summary: "Rotate the signing key now",
    description: "Replace the signing key at once, as `npm run admin -- rotate-signing-key` does.",
    tags: ["Admin"],
    security: [
      { AdminAccessAuth: [] } as Record<string, string[]>,
      { ServiceAuth: [] } as Record<string, string[]>,
      { SuperAdminAuth: [] } as Record<string, string[]>,
    ],
    request: {
      body: { required: false, content: { "application/json": { schema: Admin_RotateSigningKeyRequest } } },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Admin_RotateSigningKeyResult } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AdminTenantOperations_listTenants: createRoute({
    method: "get",
    path: "/admin/tenants",
    operationId: "AdminTenantOperations_listTenants",
    summary: "List tenants",
    description:
      "Tenants whose slug or name contains `q` (case-insensitive), optionally of one status, in slug order, paged.",
    tags: ["Admin"],
    security: [
      { AdminAccessAuth: [] } as Record<string, string[]>,
      { ServiceAuth: [] } as Record<string, string[]>,
      { SuperAdminAuth: [] } as Record<string, string[]>,
    ],
    request: {
      query: z.object({
        q: Admin_SearchText.optional().openapi({
          param: { name: "q", in: "query" },
          description: "Part of the slug or name (case-insensitive).",
        }),
        status: z
          .enum(["active", "suspended"])
          .optional()
          .openapi({ param: { name: "status", in: "query" } }),
        limit: z.coerce
          .number()
          .int()
          .min(-2147483648)
          .max(2147483647)
          .min(1)
          .max(100)
          .optional()
          .openapi({
            param: { name: "limit", in: "query" },
            description: "How many items to return (1 to 100, default 50).",
          }),
        cursor: z
          .string()
          .min(1)
          .max(200)
          .regex(new RegExp("^[A-Za-z0-9_-]+$"))
          .optional()
          .openapi({
            param: { name: "cursor", in: "query" },
            description: "`nextCursor` of the previous page.",
          }),
      }),
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Admin_AdminTenantPage } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AdminTenantOperations_createTenant: createRoute({
    method: "post",
    path: "/admin/tenants",
    operationId: "AdminTenantOperations_createTenant",
    summary: "Create a tenant",
    description:
      "Create a tenant with a preset's roles, optionally with a first admin. A taken slug: 409 CONFLICT.",
    tags: ["Admin"],
    security: [
      { AdminAccessAuth: [] } as Record<string, string[]>,
      { ServiceAuth: [] } as Record<string, string[]>,
      { SuperAdminAuth: [] } as Record<string, string[]>,
    ],
    request: {
      body: { required: true, content: { "application/json": { schema: Admin_AdminCreateTenantRequest } } },
    },
    responses: {
      201: {
        description: "The request has succeeded and a new resource has been created as a result.",
        content: { "application/json": { schema: Tenants_Tenant } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      409: {
        description: "The request conflicts with existing state.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AdminTenantOperations_getTenant: createRoute({
    method: "get",
    path: "/admin/tenants/{tenantId}",
    operationId: "AdminTenantOperations_getTenant",
    summary: "Get a tenant",
    description: "One tenant.",
    tags: ["Admin"],
    security: [
      { AdminAccessAuth: [] } as Record<string, string[]>,
      { ServiceAuth: [] } as Record<string, string[]>,
      { SuperAdminAuth: [] } as Record<string, string[]>,
    ],
    request: {
      params: z.object({ tenantId: Tenants_TenantId.openapi({ param: { name: "tenantId", in: "path" } }) }),
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Tenants_Tenant } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AdminTenantOperations_reactivateTenant: createRoute({
    method: "post",
    path: "/admin/tenants/{tenantId}/reactivate",
    operationId: "AdminTenantOperations_reactivateTenant",
    summary: "Reactivate a tenant",
    description:
      "Reactivate a suspended tenant (its ended sessions stay ended; members sign in again). Idempotent.",
    tags: ["Admin"],
    security: [
      { AdminAccessAuth: [] } as Record<string, string[]>,
      { ServiceAuth: [] } as Record<string, string[]>,
      { SuperAdminAuth: [] } as Record<string, string[]>,
    ],
    request: {
      params: z.object({ tenantId: Tenants_TenantId.openapi({ param: { name: "tenantId", in: "path" } }) }),
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Tenants_Tenant } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AdminTenantOperations_suspendTenant: createRoute({
    method: "post",
    path: "/admin/tenants/{tenantId}/suspend",
    operationId: "AdminTenantOperations_suspendTenant",
    summary: "Suspend a tenant",
    description:
      'Suspend the tenant: every session whose active tenant it is ends at once (its access tokens are\nrefused within seconds, on every instance); its members cannot sign in, switch or refresh into it\n(403 AUTH_TENANT_ACCESS_DENIED, message "This tenant is suspended.") until it is reactivated. The\n`default` tenant cannot be suspended (409 CONFLICT). Idempotent.',
    tags: ["Admin"],
    security: [
      { AdminAccessAuth: [] } as Record<string, string[]>,
      { ServiceAuth: [] } as Record<string, string[]>,
      { SuperAdminAuth: [] } as Record<string, string[]>,
    ],
    request: {
      params: z.object({ tenantId: Tenants_TenantId.openapi({ param: { name: "tenantId", in: "path" } }) }),
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Tenants_Tenant } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      409: {
        description: "The request conflicts with existing state.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AdminOperations_listUsers: createRoute({
    method: "get",
    path: "/admin/users",
    operationId: "AdminOperations_listUsers",
    summary: "Search users",
    description: "Users whose email or name contains `q` (case-insensitive), in email order, paged.",
    tags: ["Admin"],
    security: [
      { AdminAccessAuth: [] } as Record<string, string[]>,
      { ServiceAuth: [] } as Record<string, string[]>,
      { SuperAdminAuth: [] } as Record<string, string[]>,
    ],
    request: {
      query: z.object({
        q: Admin_SearchText.optional().openapi({
          param: { name: "q", in: "query" },
          description: "Part of the email or name (case-insensitive).",
        }),
        limit: z.coerce
          .number()
          .int()
          .min(-2147483648)
          .max(2147483647)
          .min(1)
          .max(100)
          .optional()
          .openapi({
            param: { name: "limit", in: "query" },
            description: "How many items to return (1 to 100, default 50).",
          }),
        cursor: z
          .string()
          .min(1)
          .max(200)
          .regex(new RegExp("^[A-Za-z0-9_-]+$"))
          .optional()
          .openapi({
            param: { name: "cursor", in: "query" },
            description: "`nextCursor` of the previous page.",
          }),
      }),
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Admin_AdminUserPage } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AdminOperations_getUser: createRoute({
    method: "get",
    path: "/admin/users/{userId}",
    operationId: "AdminOperations_getUser",
    summary: "Get a user",
    description: "One user.",
    tags: ["Admin"],
    security: [
      { AdminAccessAuth: [] } as Record<string, string[]>,
      { ServiceAuth: [] } as Record<string, string[]>,
      { SuperAdminAuth: [] } as Record<string, string[]>,
    ],
    request: { params: z.object({ userId: z.uuid().openapi({ param: { name: "userId", in: "path" } }) }) },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Admin_AdminUser } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AdminOperations_deleteUser: createRoute({
    method: "delete",
    path: "/admin/users/{userId}",
    operationId: "AdminOperations_deleteUser",
    summary: "Delete a user",
    description:
      "Delete the account and everything hanging off it; its sessions end at once. The audit log keeps its events.\nRefused like the user's own deletion (409 `TENANT_LAST_ADMIN`) while the user is the only active admin\nof a tenant: an operator does not orphan a tenant either — appoint another admin, or suspend the tenant,\nfirst. There is deliberately no override flag.",
    tags: ["Admin"],
    security: [
      { AdminAccessAuth: [] } as Record<string, string[]>,
      { ServiceAuth: [] } as Record<string, string[]>,
      { SuperAdminAuth: [] } as Record<string, string[]>,
    ],
    request: { params: z.object({ userId: z.uuid().openapi({ param: { name: "userId", in: "path" } }) }) },
    responses: {
      204: { description: "There is no content to send for this request, but the headers may be useful. " },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      409: {
        description: "The request conflicts with existing state.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AdminOperations_disableUser: createRoute({
    method: "post",
    path: "/admin/users/{userId}/disable",
    operationId: "AdminOperations_disableUser",
    summary: "Disable a user",
    description:
      "Disable the account: it cannot sign in by any path (password, SuperTokens, SSO, refresh, v1 token),\nand its sessions and v1 tokens are revoked at once. Idempotent (disabling a disabled user keeps the\nfirst time).",
    tags: ["Admin"],
    security: [
      { AdminAccessAuth: [] } as Record<string, string[]>,
      { ServiceAuth: [] } as Record<string, string[]>,
      { SuperAdminAuth: [] } as Record<string, string[]>,
    ],
    request: { params: z.object({ userId: z.uuid().openapi({ param: { name: "userId", in: "path" } }) }) },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Admin_AdminUser } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AdminOperations_enableUser: createRoute({
    method: "post",
    path: "/admin/users/{userId}/enable",
    operationId: "AdminOperations_enableUser",
    summary: "Enable a user",
    description: "Enable a disabled account again (its revoked sessions stay revoked). Idempotent.",
    tags: ["Admin"],
    security: [
      { AdminAccessAuth: [] } as Record<string, string[]>,
      { ServiceAuth: [] } as Record<string, string[]>,
      { SuperAdminAuth: [] } as Record<string, string[]>,
    ],
    request: { params: z.object({ userId: z.uuid().openapi({ param: { name: "userId", in: "path" } }) }) },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Admin_AdminUser } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AdminOperations_revokeUserSessions: createRoute({
    method: "post",
    path: "/admin/users/{userId}/sessions/revoke",
    operationId: "AdminOperations_revokeUserSessions",
    summary: "Revoke all of a user's sessions",
    description: "Sign the user out everywhere: every session and v1 token is revoked.",
    tags: ["Admin"],
    security: [
      { AdminAccessAuth: [] } as Record<string, string[]>,
      { ServiceAuth: [] } as Record<string, string[]>,
      { SuperAdminAuth: [] } as Record<string, string[]>,
    ],
    request: { params: z.object({ userId: z.uuid().openapi({ param: { name: "userId", in: "path" } }) }) },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Admin_RevokedCount } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AdminOperations_setSuperAdmin: createRoute({
    method: "put",
    path: "/admin/users/{userId}/super-admin",
    operationId: "AdminOperations_setSuperAdmin",
    summary: "Make a user super-admin",
    description:
      "Make the user a super-admin: their own session (Authorization: Bearer) may then call `/admin/*`. Idempotent.",
    tags: ["Admin"],
    security: [
      { AdminAccessAuth: [] } as Record<string, string[]>,
      { ServiceAuth: [] } as Record<string, string[]>,
      { SuperAdminAuth: [] } as Record<string, string[]>,
    ],
    request: { params: z.object({ userId: z.uuid().openapi({ param: { name: "userId", in: "path" } }) }) },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Admin_AdminUser } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AdminOperations_unsetSuperAdmin: createRoute({
    method: "delete",
    path: "/admin/users/{userId}/super-admin",
    operationId: "AdminOperations_unsetSuperAdmin",
    summary: "Take super-admin from a user",
    description: "Take super-admin away from the user. Idempotent.",
    tags: ["Admin"],
    security: [
      { AdminAccessAuth: [] } as Record<string, string[]>,
      { ServiceAuth: [] } as Record<string, string[]>,
      { SuperAdminAuth: [] } as Record<string, string[]>,
    ],
    request: { params: z.object({ userId: z.uuid().openapi({ param: { name: "userId", in: "path" } }) }) },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Admin_AdminUser } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  SuperTokensOperations_emailExists: createRoute({
    method: "get",
    path: "/auth/emailpassword/email/exists",
    operationId: "SuperTokensOperations_emailExists",
    summary: "SuperTokens: does this email have an account",
    description: "Deprecated: use the /user routes instead. Whether an email/password account exists.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user",
    security: [],
    request: { query: z.object({ email: z.email().openapi({ param: { name: "email", in: "query" } }) }) },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Identity_SuperTokens_StEmailExists } },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_jwks: createRoute({
    method: "get",
    path: "/auth/jwt/jwks.json",
    operationId: "SuperTokensOperations_jwks",
    summary: "SuperTokens: public signing keys (JWKS)",
    description: "Deprecated: use `GET /.well-known/jwks.json` instead.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/.well-known/jwks.json",
    security: [],
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Identity_SuperTokens_StJwks } },
      },
    },
  }),
  SuperTokensOperations_refreshSession: createRoute({
    method: "post",
    path: "/auth/session/refresh",
    operationId: "SuperTokensOperations_refreshSession",
    summary: "SuperTokens: refresh the session",
    description:
      "Deprecated: use `POST /user/session/refresh` instead. Send the refresh token as\n`Authorization: Bearer <refresh token>`; no body. New tokens come back in the\n`st-access-token`, `st-refresh-token` and `front-token` headers.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/session/refresh",
    security: [],
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "st-access-token": z.string().optional().openapi({ description: "The new access token (a JWT)." }),
          "st-refresh-token": z.string().optional().openapi({ description: "The new refresh token." }),
          "front-token": z
            .string()
            .optional()
            .openapi({
              description:
                "base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out.",
            }),
        }),
        content: { "application/json": { schema: z.strictObject({}) } },
      },
      401: {
        description:
          "Session problem: `try refresh token` (expired access token), `unauthorised`, or `token theft detected`.",
        content: { "application/json": { schema: Identity_SuperTokens_StUnauthorised } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page\nwhose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without\ncookies (header mode) are not subject to it.",
        content: { "application/json": { schema: Identity_SuperTokens_StCrossSiteRefused } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_signIn: createRoute({
    method: "post",
    path: "/auth/signin",
    operationId: "SuperTokensOperations_signIn",
    summary: "SuperTokens: sign in",
    description: "Deprecated: use `POST /user/signin` instead. Email/password sign-in (FDI).",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/signin",
    security: [],
    request: {
      body: {
        required: true,
        content: { "application/json": { schema: Identity_SuperTokens_FormFieldsRequest } },
      },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "st-access-token": z.string().optional().openapi({ description: "The new access token (a JWT)." }),
          "st-refresh-token": z.string().optional().openapi({ description: "The new refresh token." }),
          "front-token": z
            .string()
            .optional()
            .openapi({
              description:
                "base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out.",
            }),
        }),
        content: {
          "application/json": {
            schema: z.union([
              Identity_SuperTokens_StSignInUpOk,
              Identity_SuperTokens_StWrongCredentials,
              Identity_SuperTokens_StFieldError,
              Identity_SuperTokens_StGeneralError,
            ]),
          },
        },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page\nwhose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without\ncookies (header mode) are not subject to it.",
        content: { "application/json": { schema: Identity_SuperTokens_StCrossSiteRefused } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_signInUp: createRoute({
    method: "post",
    path: "/auth/signinup",
    operationId: "SuperTokensOperations_signInUp",
    summary: "SuperTokens: third-party sign-in/up",
    description:
      "Deprecated: use `POST /user/sso/{provider}` instead. Third-party sign-in/up with `oAuthTokens.id_token`.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/sso/{provider}",
    security: [],
    request: {
      body: {
        required: true,
        content: { "application/json": { schema: Identity_SuperTokens_StSignInUpRequest } },
      },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "st-access-token": z.string().optional().openapi({ description: "The new access token (a JWT)." }),
          "st-refresh-token": z.string().optional().openapi({ description: "The new refresh token." }),
          "front-token": z
            .string()
            .optional()
            .openapi({
              description:
                "base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out.",
            }),
        }),
        content: {
          "application/json": {
            schema: z.union([
              Identity_SuperTokens_StThirdPartyOk,
              Identity_SuperTokens_StNoEmailGiven,
              Identity_SuperTokens_StSignInUpNotAllowed,
              Identity_SuperTokens_StGeneralError,
            ]),
          },
        },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page\nwhose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without\ncookies (header mode) are not subject to it.",
        content: { "application/json": { schema: Identity_SuperTokens_StCrossSiteRefused } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_signOut: createRoute({
    method: "post",
    path: "/auth/signout",
    operationId: "SuperTokensOperations_signOut",
    summary: "SuperTokens: sign out",
    description:
      "Deprecated: use `POST /user/signout` instead. No body and no Content-Type; clears the token headers.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-allow-unverified": true,
    "x-gatehouse-successor": "/user/signout",
    security: [{ SuperTokensAuth: [] }],
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "st-access-token": z.string().optional().openapi({ description: "The new access token (a JWT)." }),
          "st-refresh-token": z.string().optional().openapi({ description: "The new refresh token." }),
          "front-token": z
            .string()
            .optional()
            .openapi({
              description:
                "base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out.",
            }),
        }),
        content: { "application/json": { schema: Identity_SuperTokens_StOk } },
      },
      401: {
        description:
          "Session problem: `try refresh token` (expired access token), `unauthorised`, or `token theft detected`.",
        content: { "application/json": { schema: Identity_SuperTokens_StUnauthorised } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page\nwhose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without\ncookies (header mode) are not subject to it.",
        content: { "application/json": { schema: Identity_SuperTokens_StCrossSiteRefused } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_signUp: createRoute({
    method: "post",
    path: "/auth/signup",
    operationId: "SuperTokensOperations_signUp",
    summary: "SuperTokens: sign up",
    description: "Deprecated: use `POST /user/signup` instead. Email/password sign-up (FDI).",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/signup",
    security: [],
    request: {
      body: {
        required: true,
        content: { "application/json": { schema: Identity_SuperTokens_FormFieldsRequest } },
      },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "st-access-token": z.string().optional().openapi({ description: "The new access token (a JWT)." }),
          "st-refresh-token": z.string().optional().openapi({ description: "The new refresh token." }),
          "front-token": z
            .string()
            .optional()
            .openapi({
              description:
                "base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out.",
            }),
        }),
        content: {
          "application/json": {
            schema: z.union([
              Identity_SuperTokens_StSignInUpOk,
              Identity_SuperTokens_StFieldError,
              Identity_SuperTokens_StGeneralError,
            ]),
          },
        },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page\nwhose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without\ncookies (header mode) are not subject to it.",
        content: { "application/json": { schema: Identity_SuperTokens_StCrossSiteRefused } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_signUpEmailExists: createRoute({
    method: "get",
    path: "/auth/signup/email/exists",
    operationId: "SuperTokensOperations_signUpEmailExists",
    summary: "SuperTokens: email taken? (sign-up form)",
    description: "Deprecated: use the /user routes instead. The older form of the email-exists check.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user",
    security: [],
    request: { query: z.object({ email: z.email().openapi({ param: { name: "email", in: "query" } }) }) },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Identity_SuperTokens_StEmailExists } },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_isEmailVerified: createRoute({
    method: "get",
    path: "/auth/user/email/verify",
    operationId: "SuperTokensOperations_isEmailVerified",
    summary: "SuperTokens: is the email verified",
    description:
      "Deprecated: use `GET /user/me` (`emailVerified`) instead. Sends a new access token once the email is verified.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-allow-unverified": true,
    "x-gatehouse-successor": "/user/me",
    security: [{ SuperTokensAuth: [] }],
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "st-access-token": z.string().optional().openapi({ description: "The new access token (a JWT)." }),
          "st-refresh-token": z.string().optional().openapi({ description: "The new refresh token." }),
          "front-token": z
            .string()
            .optional()
            .openapi({
              description:
                "base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out.",
            }),
        }),
        content: { "application/json": { schema: Identity_SuperTokens_StIsVerified } },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      401: {
        description:
          "Session problem: `try refresh token` (expired access token), `unauthorised`, or `token theft detected`.",
        content: { "application/json": { schema: Identity_SuperTokens_StUnauthorised } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_emailVerify: createRoute({
    method: "post",
    path: "/auth/user/email/verify",
    operationId: "SuperTokensOperations_emailVerify",
    summary: "SuperTokens: verify the email with a token",
    description:
      "Deprecated: use `POST /user/email/verification/confirm` instead. Verifies with the emailed token.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/email/verification/confirm",
    security: [],
    request: {
      body: {
        required: true,
        content: { "application/json": { schema: Identity_SuperTokens_StVerifyEmailRequest } },
      },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: {
          "application/json": {
            schema: z.union([
              Identity_SuperTokens_StEmailVerified,
              Identity_SuperTokens_StVerifyInvalidToken,
            ]),
          },
        },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page\nwhose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without\ncookies (header mode) are not subject to it.",
        content: { "application/json": { schema: Identity_SuperTokens_StCrossSiteRefused } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_emailVerifyToken: createRoute({
    method: "post",
    path: "/auth/user/email/verify/token",
    operationId: "SuperTokensOperations_emailVerifyToken",
    summary: "SuperTokens: send an email verification link",
    description:
      "Deprecated: use `POST /user/email/verification/request` instead. Emails a verification link.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-allow-unverified": true,
    "x-gatehouse-successor": "/user/email/verification/request",
    security: [{ SuperTokensAuth: [] }],
    responses: {
      200: {
        description: "The request has succeeded.",
        content: {
          "application/json": {
            schema: z.union([Identity_SuperTokens_StOk, Identity_SuperTokens_StAlreadyVerified]),
          },
        },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      401: {
        description:
          "Session problem: `try refresh token` (expired access token), `unauthorised`, or `token theft detected`.",
        content: { "application/json": { schema: Identity_SuperTokens_StUnauthorised } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page\nwhose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without\ncookies (header mode) are not subject to it.",
        content: { "application/json": { schema: Identity_SuperTokens_StCrossSiteRefused } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_passwordReset: createRoute({
    method: "post",
    path: "/auth/user/password/reset",
    operationId: "SuperTokensOperations_passwordReset",
    summary: "SuperTokens: reset the password with a token",
    description:
      "Deprecated: use `POST /user/password/reset/confirm` instead. Sets a new password with the reset token.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/password/reset/confirm",
    security: [],
    request: {
      body: {
        required: true,
        content: { "application/json": { schema: Identity_SuperTokens_StResetPasswordRequest } },
      },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: {
          "application/json": {
            schema: z.union([
              Identity_SuperTokens_StOk,
              Identity_SuperTokens_StResetInvalidToken,
              Identity_SuperTokens_StFieldError,
            ]),
          },
        },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page\nwhose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without\ncookies (header mode) are not subject to it.",
        content: { "application/json": { schema: Identity_SuperTokens_StCrossSiteRefused } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_passwordResetToken: createRoute({
    method: "post",
    path: "/auth/user/password/reset/token",
    operationId: "SuperTokensOperations_passwordResetToken",
    summary: "SuperTokens: send a password reset link",
    description:
      "Deprecated: use `POST /user/password/reset/request` instead. Always OK, also for unknown emails.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/password/reset/request",
    security: [],
    request: {
      body: {
        required: true,
        content: { "application/json": { schema: Identity_SuperTokens_FormFieldsRequest } },
      },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: {
          "application/json": {
            schema: z.union([
              Identity_SuperTokens_StOk,
              Identity_SuperTokens_StFieldError,
              Identity_SuperTokens_StGeneralError,
            ]),
          },
        },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page\nwhose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without\ncookies (header mode) are not subject to it.",
        content: { "application/json": { schema: Identity_SuperTokens_StCrossSiteRefused } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_tenantEmailExists: createRoute({
    method: "get",
    path: "/auth/{tenantId}/emailpassword/email/exists",
    operationId: "SuperTokensOperations_tenantEmailExists",
    summary: "SuperTokens: does this email have an account in a tenant",
    description:
      "Deprecated: use the /user routes instead. Whether an email/password account exists, in a tenant.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user",
    security: [],
    request: {
      params: z.object({
        tenantId: z
          .string()
          .regex(new RegExp("^[a-zA-Z0-9_-]{1,64}$"))
          .openapi({ param: { name: "tenantId", in: "path" } }),
      }),
      query: z.object({ email: z.email().openapi({ param: { name: "email", in: "query" } }) }),
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Identity_SuperTokens_StEmailExists } },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_tenantSignIn: createRoute({
    method: "post",
    path: "/auth/{tenantId}/signin",
    operationId: "SuperTokensOperations_tenantSignIn",
    summary: "SuperTokens: sign in to a tenant",
    description: "Deprecated: use `POST /user/signin` instead. Email/password sign-in in a tenant (FDI).",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/signin",
    security: [],
    request: {
      params: z.object({
        tenantId: z
          .string()
          .regex(new RegExp("^[a-zA-Z0-9_-]{1,64}$"))
          .openapi({ param: { name: "tenantId", in: "path" } }),
      }),
      body: {
        required: true,
        content: { "application/json": { schema: Identity_SuperTokens_FormFieldsRequest } },
      },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "st-access-token": z.string().optional().openapi({ description: "The new access token (a JWT)." }),
          "st-refresh-token": z.string().optional().openapi({ description: "The new refresh token." }),
          "front-token": z
            .string()
            .optional()
            .openapi({
              description:
                "base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out.",
            }),
        }),
        content: {
          "application/json": {
            schema: z.union([
              Identity_SuperTokens_StSignInUpOk,
              Identity_SuperTokens_StWrongCredentials,
              Identity_SuperTokens_StFieldError,
              Identity_SuperTokens_StGeneralError,
            ]),
          },
        },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page\nwhose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without\ncookies (header mode) are not subject to it.",
        content: { "application/json": { schema: Identity_SuperTokens_StCrossSiteRefused } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_tenantSignInUp: createRoute({
    method: "post",
    path: "/auth/{tenantId}/signinup",
    operationId: "SuperTokensOperations_tenantSignInUp",
    summary: "SuperTokens: third-party sign-in/up in a tenant",
    description: "Deprecated: use `POST /user/sso/{provider}` instead. Tenant form.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/sso/{provider}",
    security: [],
    request: {
      params: z.object({
        tenantId: z
          .string()
          .regex(new RegExp("^[a-zA-Z0-9_-]{1,64}$"))
          .openapi({ param: { name: "tenantId", in: "path" } }),
      }),
      body: {
        required: true,
        content: { "application/json": { schema: Identity_SuperTokens_StSignInUpRequest } },
      },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "st-access-token": z.string().optional().openapi({ description: "The new access token (a JWT)." }),
          "st-refresh-token": z.string().optional().openapi({ description: "The new refresh token." }),
          "front-token": z
            .string()
            .optional()
            .openapi({
              description:
                "base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out.",
            }),
        }),
        content: {
          "application/json": {
            schema: z.union([
              Identity_SuperTokens_StThirdPartyOk,
              Identity_SuperTokens_StNoEmailGiven,
              Identity_SuperTokens_StSignInUpNotAllowed,
              Identity_SuperTokens_StGeneralError,
            ]),
          },
        },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page\nwhose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without\ncookies (header mode) are not subject to it.",
        content: { "application/json": { schema: Identity_SuperTokens_StCrossSiteRefused } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_tenantSignUp: createRoute({
    method: "post",
    path: "/auth/{tenantId}/signup",
    operationId: "SuperTokensOperations_tenantSignUp",
    summary: "SuperTokens: sign up in a tenant",
    description: "Deprecated: use `POST /user/signup` instead. Email/password sign-up in a tenant (FDI).",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/signup",
    security: [],
    request: {
      params: z.object({
        tenantId: z
          .string()
          .regex(new RegExp("^[a-zA-Z0-9_-]{1,64}$"))
          .openapi({ param: { name: "tenantId", in: "path" } }),
      }),
      body: {
        required: true,
        content: { "application/json": { schema: Identity_SuperTokens_FormFieldsRequest } },
      },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "st-access-token": z.string().optional().openapi({ description: "The new access token (a JWT)." }),
          "st-refresh-token": z.string().optional().openapi({ description: "The new refresh token." }),
          "front-token": z
            .string()
            .optional()
            .openapi({
              description:
                "base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out.",
            }),
        }),
        content: {
          "application/json": {
            schema: z.union([
              Identity_SuperTokens_StSignInUpOk,
              Identity_SuperTokens_StFieldError,
              Identity_SuperTokens_StGeneralError,
            ]),
          },
        },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page\nwhose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without\ncookies (header mode) are not subject to it.",
        content: { "application/json": { schema: Identity_SuperTokens_StCrossSiteRefused } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_tenantSignUpEmailExists: createRoute({
    method: "get",
    path: "/auth/{tenantId}/signup/email/exists",
    operationId: "SuperTokensOperations_tenantSignUpEmailExists",
    summary: "SuperTokens: email taken in a tenant? (sign-up form)",
    description:
      "Deprecated: use the /user routes instead. The older form of the email-exists check, in a tenant.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user",
    security: [],
    request: {
      params: z.object({
        tenantId: z
          .string()
          .regex(new RegExp("^[a-zA-Z0-9_-]{1,64}$"))
          .openapi({ param: { name: "tenantId", in: "path" } }),
      }),
      query: z.object({ email: z.email().openapi({ param: { name: "email", in: "query" } }) }),
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Identity_SuperTokens_StEmailExists } },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_tenantIsEmailVerified: createRoute({
    method: "get",
    path: "/auth/{tenantId}/user/email/verify",
    operationId: "SuperTokensOperations_tenantIsEmailVerified",
    summary: "SuperTokens: is the email verified in a tenant",
    description: "Deprecated: use `GET /user/me` (`emailVerified`) instead. Tenant form.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-allow-unverified": true,
    "x-gatehouse-successor": "/user/me",
    security: [{ SuperTokensAuth: [] }],
    request: {
      params: z.object({
        tenantId: z
          .string()
          .regex(new RegExp("^[a-zA-Z0-9_-]{1,64}$"))
          .openapi({ param: { name: "tenantId", in: "path" } }),
      }),
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "st-access-token": z.string().optional().openapi({ description: "The new access token (a JWT)." }),
          "st-refresh-token": z.string().optional().openapi({ description: "The new refresh token." }),
          "front-token": z
            .string()
            .optional()
            .openapi({
              description:
                "base64 JSON `{uid, ate, up}`: user id, access expiry (ms) and the access token's payload; `remove` on sign-out.",
            }),
        }),
        content: { "application/json": { schema: Identity_SuperTokens_StIsVerified } },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      401: {
        description:
          "Session problem: `try refresh token` (expired access token), `unauthorised`, or `token theft detected`.",
        content: { "application/json": { schema: Identity_SuperTokens_StUnauthorised } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_tenantEmailVerify: createRoute({
    method: "post",
    path: "/auth/{tenantId}/user/email/verify",
    operationId: "SuperTokensOperations_tenantEmailVerify",
    summary: "SuperTokens: verify the email with a token in a tenant",
    description: "Deprecated: use `POST /user/email/verification/confirm` instead. Tenant form.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/email/verification/confirm",
    security: [],
    request: {
      params: z.object({
        tenantId: z
          .string()
          .regex(new RegExp("^[a-zA-Z0-9_-]{1,64}$"))
          .openapi({ param: { name: "tenantId", in: "path" } }),
      }),
      body: {
        required: true,
        content: { "application/json": { schema: Identity_SuperTokens_StVerifyEmailRequest } },
      },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: {
          "application/json": {
            schema: z.union([
              Identity_SuperTokens_StEmailVerified,
              Identity_SuperTokens_StVerifyInvalidToken,
            ]),
          },
        },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page\nwhose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without\ncookies (header mode) are not subject to it.",
        content: { "application/json": { schema: Identity_SuperTokens_StCrossSiteRefused } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_tenantEmailVerifyToken: createRoute({
    method: "post",
    path: "/auth/{tenantId}/user/email/verify/token",
    operationId: "SuperTokensOperations_tenantEmailVerifyToken",
    summary: "SuperTokens: send an email verification link in a tenant",
    description: "Deprecated: use `POST /user/email/verification/request` instead. Tenant form.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-allow-unverified": true,
    "x-gatehouse-successor": "/user/email/verification/request",
    security: [{ SuperTokensAuth: [] }],
    request: {
      params: z.object({
        tenantId: z
          .string()
          .regex(new RegExp("^[a-zA-Z0-9_-]{1,64}$"))
          .openapi({ param: { name: "tenantId", in: "path" } }),
      }),
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: {
          "application/json": {
            schema: z.union([Identity_SuperTokens_StOk, Identity_SuperTokens_StAlreadyVerified]),
          },
        },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      401: {
        description:
          "Session problem: `try refresh token` (expired access token), `unauthorised`, or `token theft detected`.",
        content: { "application/json": { schema: Identity_SuperTokens_StUnauthorised } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page\nwhose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without\ncookies (header mode) are not subject to it.",
        content: { "application/json": { schema: Identity_SuperTokens_StCrossSiteRefused } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_tenantPasswordReset: createRoute({
    method: "post",
    path: "/auth/{tenantId}/user/password/reset",
    operationId: "SuperTokensOperations_tenantPasswordReset",
    summary: "SuperTokens: reset the password with a token in a tenant",
    description: "Deprecated: use `POST /user/password/reset/confirm` instead. Tenant form.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/password/reset/confirm",
    security: [],
    request: {
      params: z.object({
        tenantId: z
          .string()
          .regex(new RegExp("^[a-zA-Z0-9_-]{1,64}$"))
          .openapi({ param: { name: "tenantId", in: "path" } }),
      }),
      body: {
        required: true,
        content: { "application/json": { schema: Identity_SuperTokens_StResetPasswordRequest } },
      },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: {
          "application/json": {
            schema: z.union([
              Identity_SuperTokens_StOk,
              Identity_SuperTokens_StResetInvalidToken,
              Identity_SuperTokens_StFieldError,
            ]),
          },
        },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page\nwhose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without\ncookies (header mode) are not subject to it.",
        content: { "application/json": { schema: Identity_SuperTokens_StCrossSiteRefused } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  SuperTokensOperations_tenantPasswordResetToken: createRoute({
    method: "post",
    path: "/auth/{tenantId}/user/password/reset/token",
    operationId: "SuperTokensOperations_tenantPasswordResetToken",
    summary: "SuperTokens: send a password reset link in a tenant",
    description: "Deprecated: use `POST /user/password/reset/request` instead. Tenant form.",
    tags: ["SuperTokens (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/password/reset/request",
    security: [],
    request: {
      params: z.object({
        tenantId: z
          .string()
          .regex(new RegExp("^[a-zA-Z0-9_-]{1,64}$"))
          .openapi({ param: { name: "tenantId", in: "path" } }),
      }),
      body: {
        required: true,
        content: { "application/json": { schema: Identity_SuperTokens_FormFieldsRequest } },
      },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: {
          "application/json": {
            schema: z.union([
              Identity_SuperTokens_StOk,
              Identity_SuperTokens_StFieldError,
              Identity_SuperTokens_StGeneralError,
            ]),
          },
        },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF): an unsafe request that carries cookies came from a browser page\nwhose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done. Requests without\ncookies (header mode) are not subject to it.",
        content: { "application/json": { schema: Identity_SuperTokens_StCrossSiteRefused } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  LegacyOperations_createPortalSession: createRoute({
    method: "post",
    path: "/chargebee/self_serve_portal/session",
    operationId: "LegacyOperations_createPortalSession",
    summary: "Open a billing portal session (v1 token)",
    description: "Create a session of the billing provider's self-service portal for the caller.",
    tags: ["Legacy APIv1"],
    security: [{ APIv1Auth: [] }],
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Legacy_PortalSession } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      502: {
        description: "An upstream service failed (UPSTREAM_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  OpsOperations_getDocs: createRoute({
    method: "get",
    path: "/docs",
    operationId: "OpsOperations_getDocs",
    summary: "This API reference page",
    description:
      "Interactive API reference (Swagger UI over `/openapi.json`). Its scripts and styles are served\nunder `/docs/assets/`, which is static content and not part of the API.",
    tags: ["Ops"],
    security: [],
    responses: {
      200: { description: "The HTML reference page.", content: { "text/html": { schema: z.string() } } },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  OpsOperations_getHealth: createRoute({
    method: "get",
    path: "/health",
    operationId: "OpsOperations_getHealth",
    summary: "Liveness check",
    description: "Liveness probe; does not touch the database.",
    tags: ["Ops"],
    security: [],
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Ops_HealthStatus } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  IdentityOperations_getIdentity: createRoute({
    method: "get",
    path: "/me",
    operationId: "IdentityOperations_getIdentity",
    summary: "Get the signed-in user (deprecated, SuperTokens token)",
    description: "Deprecated: use `GET /user/me` instead. The signed-in user (SuperTokens access token).",
    tags: ["Identity (deprecated)"],
    deprecated: true,
    "x-gatehouse-allow-unverified": true,
    "x-gatehouse-successor": "/user/me",
    security: [{ SuperTokensAuth: [] }],
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Users_User } },
      },
      401: {
        description:
          "Session problem: `try refresh token` (expired access token), `unauthorised`, or `token theft detected`.",
        content: { "application/json": { schema: Identity_SuperTokens_StUnauthorised } },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  IdentityOperations_updateIdentity: createRoute({
    method: "patch",
    path: "/me",
    operationId: "IdentityOperations_updateIdentity",
    summary: "Update the signed-in user (deprecated, SuperTokens token)",
    description:
      "Deprecated: use `PATCH /user/me` instead. Change profile fields (SuperTokens access token).",
    tags: ["Identity (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/me",
    security: [{ SuperTokensAuth: [] }],
    request: { body: { required: true, content: { "application/json": { schema: Users_UpdateMeRequest } } } },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Users_User } },
      },
      400: {
        description: "Malformed request.",
        content: { "application/json": { schema: Identity_SuperTokens_StBadRequest } },
      },
      401: {
        description:
          "Session problem: `try refresh token` (expired access token), `unauthorised`, or `token theft detected`.",
        content: { "application/json": { schema: Identity_SuperTokens_StUnauthorised } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF), as on every unsafe FDI route; or `invalid claim`: the session's\nemail is not verified yet while `REQUIRE_EMAIL_VERIFICATION` is on.",
        content: {
          "application/json": {
            schema: z.union([Identity_SuperTokens_StCrossSiteRefused, Identity_SuperTokens_StInvalidClaim]),
          },
        },
      },
      500: {
        description: "Unexpected failure; the message is generic and nothing secret is in it.",
        content: { "application/json": { schema: Identity_SuperTokens_StInternalError } },
      },
      503: {
        description: "The database is unreachable; try again after `Retry-After` seconds.",
        headers: z.object({ "Retry-After": z.number().int().min(-2147483648).max(2147483647).optional() }),
        content: { "application/json": { schema: Identity_SuperTokens_StUnavailable } },
      },
    },
  }),
  LegacyOperations_linkMondiaUser: createRoute({
    method: "post",
    path: "/monetization/mondia/link_user",
    operationId: "LegacyOperations_linkMondiaUser",
    summary: "Link a Mondia customer (v1 token)",
    description:
      "Link the caller's account to a Mondia customer id. Idempotent; 409 if the customer belongs to someone else.",
    tags: ["Legacy APIv1"],
    security: [{ APIv1Auth: [] }],
    request: {
      body: { required: true, content: { "application/json": { schema: Legacy_MondiaLinkRequest } } },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Legacy_MondiaLink } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      409: {
        description: "The request conflicts with existing state.",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  OpsOperations_getOpenApiDocument: createRoute({
    method: "get",
    path: "/openapi.json",
    operationId: "OpsOperations_getOpenApiDocument",
    summary: "This OpenAPI document",
    description: "This contract as an OpenAPI 3.1 document, with `servers` pointing at the answering server.",
    tags: ["Ops"],
    security: [],
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Ops_OpenApiDocument } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  OpsOperations_getReady: createRoute({
    method: "get",
    path: "/ready",
    operationId: "OpsOperations_getReady",
    summary: "Readiness check (database reachable)",
    description: "Readiness probe: answers 200 only when the database answers.",
    tags: ["Ops"],
    security: [],
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Ops_ReadyStatus } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  ServiceOperations_introspectApiKey: createRoute({
    method: "post",
    path: "/service/api-keys/introspect",
    operationId: "ServiceOperations_introspectApiKey",
    summary: "Introspect an API key",
    description:
      "The user, tenant, roles and permissions an API key (`gh_sk_…`) acts with now. An unknown, revoked or\nexpired key, or one whose user or membership is no longer active, is 404 NOT_FOUND.",
    tags: ["Service"],
    "x-gatehouse-allow-unverified": true,
    security: [{ ServiceAuth: [] }],
    request: {
      body: {
        required: true,
        content: { "application/json": { schema: Service_ApiKeyIntrospectionRequest } },
      },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Service_ApiKeyIntrospection } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries\ncookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.\nNothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  ServiceOperations_listRevocations: createRoute({
    method: "get",
    path: "/service/revocations",
    operationId: "ServiceOperations_listRevocations",
    summary: "Revoked sessions since a cursor",
    description:
      "Sessions revoked since `cursor` (sign-out, password change, admin action, theft detection, account\ndeletion), so a resource server stops a signed-out session's access tokens before they expire. Without\na cursor, every revocation whose access tokens may still be live. Poll every `pollIntervalSeconds`; a\ncursor older than `retentionSeconds` restarts from that window. A malformed cursor is 400 VALIDATION_FAILED.",
    tags: ["Service"],
    "x-gatehouse-allow-unverified": true,
    security: [{ ServiceAuth: [] }],
    request: {
      query: z.object({
        cursor: z
          .string()
          .min(1)
          .max(200)
          .regex(new RegExp("^[A-Za-z0-9_-]+$"))
          .optional()
          .openapi({
            param: { name: "cursor", in: "query" },
            description: "`cursor` of the previous page; omit on the first request.",
          }),
      }),
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Service_RevocationPage } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  TenantOperations_listMyTenants: createRoute({
    method: "get",
    path: "/tenants",
    operationId: "TenantOperations_listMyTenants",
    summary: "List my tenants",
    description: "The tenants the caller is an active member of, with their roles in each.",
    tags: ["Tenants"],
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Tenants_MyTenantList } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  TenantOperations_createTenant: createRoute({
    method: "post",
    path: "/tenants",
    operationId: "TenantOperations_createTenant",
    summary: "Create a tenant",
    description:
      "Create a tenant with a preset's roles; the caller becomes its `admin` (switch to it with `POST /user/tenant`).",
    tags: ["Tenants"],
    "x-gatehouse-owner-only": true,
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: {
      body: { required: true, content: { "application/json": { schema: Tenants_CreateTenantRequest } } },
    },
    responses: {
      201: {
        description: "The request has succeeded and a new resource has been created as a result.",
        content: { "application/json": { schema: Tenants_Tenant } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      409: {
        description: "The request conflicts with existing state.",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  TenantOperations_getTenant: createRoute({
    method: "get",
    path: "/tenants/{tenantId}",
    operationId: "TenantOperations_getTenant",
    summary: "Get the tenant",
    description: "The active tenant.",
    tags: ["Tenants"],
    "x-gatehouse-tenant-param": "tenantId",
    "x-gatehouse-permissions": ["tenant:read"],
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
      { ApiKeyAuth: [] } as Record<string, string[]>,
    ],
    request: {
      params: z.object({ tenantId: Tenants_TenantId.openapi({ param: { name: "tenantId", in: "path" } }) }),
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Tenants_Tenant } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  TenantOperations_updateTenant: createRoute({
    method: "patch",
    path: "/tenants/{tenantId}",
    operationId: "TenantOperations_updateTenant",
    summary: "Update the tenant",
    description: "Rename the tenant, change its slug or registration policy. A taken slug is 409.",
    tags: ["Tenants"],
    "x-gatehouse-tenant-param": "tenantId",
    "x-gatehouse-permissions": ["tenant:update"],
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: {
      params: z.object({ tenantId: Tenants_TenantId.openapi({ param: { name: "tenantId", in: "path" } }) }),
      body: { required: true, content: { "application/json": { schema: Tenants_UpdateTenantRequest } } },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Tenants_Tenant } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      409: {
        description: "The request conflicts with existing state.",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  InvitationOperations_listInvitations: createRoute({
    method: "get",
    path: "/tenants/{tenantId}/invitations",
    operationId: "InvitationOperations_listInvitations",
    summary: "List pending invitations",
    description: "The active tenant's pending invitations.",
    tags: ["Tenants"],
    "x-gatehouse-tenant-param": "tenantId",
    "x-gatehouse-permissions": ["members:invite"],
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: {
      params: z.object({ tenantId: Tenants_TenantId.openapi({ param: { name: "tenantId", in: "path" } }) }),
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Invitations_InvitationList } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  InvitationOperations_createInvitation: createRoute({
    method: "post",
    path: "/tenants/{tenantId}/invitations",
    operationId: "InvitationOperations_createInvitation",
    summary: "Invite a member",
    description:
      "Invite an email address to the active tenant with roles; the invitation is emailed with a single-use link.",
    tags: ["Tenants"],
    "x-gatehouse-tenant-param": "tenantId",
    "x-gatehouse-permissions": ["members:invite"],
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: {
      params: z.object({ tenantId: Tenants_TenantId.openapi({ param: { name: "tenantId", in: "path" } }) }),
      body: {
        required: true,
        content: { "application/json": { schema: Invitations_CreateInvitationRequest } },
      },
    },
    responses: {
      201: {
        description: "The request has succeeded and a new resource has been created as a result.",
        content: {
          "application/json": {
            schema: z.strictObject({
              id: z.uuid(),
              tenantId: Tenants_TenantId,
              email: z.email(),
              roles: z.array(z.string()).openapi({ description: "The roles the invitee gets on accepting." }),
              invitedBy: z
                .string()
                .nullable()
                .openapi({ description: "Who invited (null once that account is deleted)." }),
              expiresAt: z.iso.datetime({ offset: true }),
              createdAt: z.iso.datetime({ offset: true }),
              testToken: z
                .string()
                .openapi({
                  description:
                    "Test mode only (`OTP_TEST_MODE`, never in production): the token that was emailed.",
                })
                .optional(),
            }),
          },
        },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  InvitationOperations_revokeInvitation: createRoute({
    method: "delete",
    path: "/tenants/{tenantId}/invitations/{invitationId}",
    operationId: "InvitationOperations_revokeInvitation",
    summary: "Revoke an invitation",
    description: "Revoke a pending invitation: its link stops working at once.",
    tags: ["Tenants"],
    "x-gatehouse-tenant-param": "tenantId",
    "x-gatehouse-permissions": ["members:invite"],
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: {
      params: z.object({
        tenantId: Tenants_TenantId.openapi({ param: { name: "tenantId", in: "path" } }),
        invitationId: z.uuid().openapi({ param: { name: "invitationId", in: "path" } }),
      }),
    },
    responses: {
      204: { description: "There is no content to send for this request, but the headers may be useful. " },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  TenantOperations_listMembers: createRoute({
    method: "get",
    path: "/tenants/{tenantId}/members",
    operationId: "TenantOperations_listMembers",
    summary: "List the tenant's members",
    description: "The tenant's members, oldest first, a page at a time; `search` matches email or name.",
    tags: ["Tenants"],
    "x-gatehouse-tenant-param": "tenantId",
    "x-gatehouse-permissions": ["members:read"],
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
      { ApiKeyAuth: [] } as Record<string, string[]>,
    ],
    request: {
      params: z.object({ tenantId: Tenants_TenantId.openapi({ param: { name: "tenantId", in: "path" } }) }),
      query: z.object({
        limit: z.coerce
          .number()
          .int()
          .min(-2147483648)
          .max(2147483647)
          .min(1)
          .max(200)
          .optional()
          .openapi({ param: { name: "limit", in: "query" }, description: "Page size (default 50)." }),
        cursor: z
          .string()
          .min(1)
          .max(200)
          .optional()
          .openapi({
            param: { name: "cursor", in: "query" },
            description: "`nextCursor` of the previous page.",
          }),
        search: Tenants_SearchText.optional().openapi({
          param: { name: "search", in: "query" },
          description: "Case-insensitive substring of the member's email or name.",
        }),
      }),
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Tenants_MemberList } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  TenantOperations_removeMember: createRoute({
    method: "delete",
    path: "/tenants/{tenantId}/members/{userId}",
    operationId: "TenantOperations_removeMember",
    summary: "Remove a member",
    description:
      "Remove a member from the tenant; their sessions in it end at once. The last active admin cannot be removed (409 `TENANT_LAST_ADMIN`).",
    tags: ["Tenants"],
    "x-gatehouse-tenant-param": "tenantId",
    "x-gatehouse-permissions": ["members:manage"],
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: {
      params: z.object({
        tenantId: Tenants_TenantId.openapi({ param: { name: "tenantId", in: "path" } }),
        userId: z.uuid().openapi({ param: { name: "userId", in: "path" } }),
      }),
    },
    responses: {
      204: { description: "There is no content to send for this request, but the headers may be useful. " },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      409: {
        description: "The request conflicts with existing state.",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  TenantOperations_updateMember: createRoute({
    method: "patch",
    path: "/tenants/{tenantId}/members/{userId}",
    operationId: "TenantOperations_updateMember",
    summary: "Update a member",
    description: "Change a member's roles, organisational unit or active flag.",
    tags: ["Tenants"],
    "x-gatehouse-tenant-param": "tenantId",
    "x-gatehouse-permissions": ["members:manage"],
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: {
      params: z.object({
        tenantId: Tenants_TenantId.openapi({ param: { name: "tenantId", in: "path" } }),
        userId: z.uuid().openapi({ param: { name: "userId", in: "path" } }),
      }),
      body: { required: true, content: { "application/json": { schema: Tenants_UpdateMemberRequest } } },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Tenants_Member } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      409: {
        description: "The request conflicts with existing state.",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  TenantOperations_listRoles: createRoute({
    method: "get",
    path: "/tenants/{tenantId}/roles",
    operationId: "TenantOperations_listRoles",
    summary: "List the tenant's roles",
    description: "The tenant's roles and the permissions each grants.",
    tags: ["Tenants"],
    "x-gatehouse-tenant-param": "tenantId",
    "x-gatehouse-permissions": ["roles:read"],
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
      { ApiKeyAuth: [] } as Record<string, string[]>,
    ],
    request: {
      params: z.object({ tenantId: Tenants_TenantId.openapi({ param: { name: "tenantId", in: "path" } }) }),
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Tenants_RoleList } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  TenantOperations_createRole: createRoute({
    method: "post",
    path: "/tenants/{tenantId}/roles",
    operationId: "TenantOperations_createRole",
    summary: "Create a role",
    description: "Add a role. A name the tenant already has is 409.",
    tags: ["Tenants"],
    "x-gatehouse-tenant-param": "tenantId",
    "x-gatehouse-permissions": ["roles:manage"],
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: {
      params: z.object({ tenantId: Tenants_TenantId.openapi({ param: { name: "tenantId", in: "path" } }) }),
      body: { required: true, content: { "application/json": { schema: Tenants_CreateRoleRequest } } },
    },
    responses: {
      201: {
        description: "The request has succeeded and a new resource has been created as a result.",
        content: { "application/json": { schema: Tenants_Role } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      409: {
        description: "The request conflicts with existing state.",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  TenantOperations_updateRole: createRoute({
    method: "patch",
    path: "/tenants/{tenantId}/roles/{roleName}",
    operationId: "TenantOperations_updateRole",
    summary: "Update a role's permissions",
    description: "Change a role's permissions or description; its members get them at their next refresh.",
    tags: ["Tenants"],
    "x-gatehouse-tenant-param": "tenantId",
    "x-gatehouse-permissions": ["roles:manage"],
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: {
      params: z.object({
        tenantId: Tenants_TenantId.openapi({ param: { name: "tenantId", in: "path" } }),
        roleName: Tenants_RoleName.openapi({ param: { name: "roleName", in: "path" } }),
      }),
      body: { required: true, content: { "application/json": { schema: Tenants_UpdateRoleRequest } } },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Tenants_Role } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  ApiKeyOperations_listApiKeys: createRoute({
    method: "get",
    path: "/user/api-keys",
    operationId: "ApiKeyOperations_listApiKeys",
    summary: "List my API keys",
    description: "The caller's API keys (never their secrets).",
    tags: ["User"],
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: ApiKeys_ApiKeyList } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  ApiKeyOperations_createApiKey: createRoute({
    method: "post",
    path: "/user/api-keys",
    operationId: "ApiKeyOperations_createApiKey",
    summary: "Create an API key",
    description: "Create an API key in the active tenant; the response is the only time its secret is shown.",
    tags: ["User"],
    "x-gatehouse-owner-only": true,
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: {
      body: { required: true, content: { "application/json": { schema: ApiKeys_CreateApiKeyRequest } } },
    },
    responses: {
      201: {
        description: "The request has succeeded and a new resource has been created as a result.",
        content: { "application/json": { schema: ApiKeys_CreatedApiKey } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      409: {
        description: "The request conflicts with existing state.",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  ApiKeyOperations_revokeApiKey: createRoute({
    method: "delete",
    path: "/user/api-keys/{keyId}",
    operationId: "ApiKeyOperations_revokeApiKey",
    summary: "Revoke an API key",
    description:
      "Revoke one of the caller's API keys; it stops working at once. Idempotent: revoking a revoked key is\n204 again (its revocation time is kept). Another user's key, or an unknown id, is 404.",
    tags: ["User"],
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: { params: z.object({ keyId: z.uuid().openapi({ param: { name: "keyId", in: "path" } }) }) },
    responses: {
      204: { description: "There is no content to send for this request, but the headers may be useful. " },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AccountOperations_confirmEmailVerification: createRoute({
    method: "post",
    path: "/user/email/verification/confirm",
    operationId: "AccountOperations_confirmEmailVerification",
    summary: "Confirm the email address with a code",
    description:
      "Verify the email address with the link token, or with the email and the code. A restricted\nsession's next refresh carries the verified state (`ev: true`). The session cookie is\noptional: sent from a session started through an SSO identity whose provider did not vouch for the\naddress, it proves that identity reads the mailbox and keeps it linked; otherwise such identities are\nunlinked and their sessions revoked. An expired or revoked session is answered with 401 (refresh and\nretry), never treated as anonymous.",
    tags: ["Account"],
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
      {} as Record<string, never>,
    ],
    request: {
      body: { required: true, content: { "application/json": { schema: Accounts_CodeRedemption } } },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Users_User } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries\ncookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.\nNothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AccountOperations_requestEmailVerification: createRoute({
    method: "post",
    path: "/user/email/verification/request",
    operationId: "AccountOperations_requestEmailVerification",
    summary: "Send an email verification code",
    description: "Email the signed-in user a verification code and link. Open to unverified sessions.",
    tags: ["Account"],
    "x-gatehouse-allow-unverified": true,
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    responses: {
      202: {
        description: "The request has been accepted for processing, but processing has not yet completed.",
        content: { "application/json": { schema: Accounts_DeliveryAccepted } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  InvitationAcceptOperations_acceptInvitation: createRoute({
    method: "post",
    path: "/user/invitations/accept",
    operationId: "InvitationAcceptOperations_acceptInvitation",
    summary: "Accept an invitation",
    description:
      "Join the tenant with the invited roles and start a session there. Single use: of concurrent accepts one\nwins; a spent, revoked, expired or unknown token is 400 `AUTH_CODE_INVALID`. Already a member: 409.",
    tags: ["User"],
    "x-gatehouse-owner-only": true,
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
      {} as Record<string, never>,
    ],
    request: {
      headers: z.object({
        "X-Auth-Mode": z
          .enum(["cookie", "token"])
          .optional()
          .openapi({
            param: { name: "X-Auth-Mode", in: "header" },
            description:
              "`token`: return the access and refresh tokens in the response body instead of\nsetting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set\nthe `backend_session` and `backend_refresh` cookies (browsers).",
          }),
      }),
      body: {
        required: true,
        content: { "application/json": { schema: Invitations_AcceptInvitationRequest } },
      },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
        content: { "application/json": { schema: Users_AuthResult } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      409: {
        description: "The request conflicts with existing state.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  LegacyOperations_exchangeLegacyToken: createRoute({
    method: "post",
    path: "/user/legacy/exchange",
    operationId: "LegacyOperations_exchangeLegacyToken",
    summary: "Exchange a v1 token for a session",
    description:
      "Trade a valid legacy v1 token for a normal session (cookies, or tokens with `X-Auth-Mode: token`);\nrestricted until the email is verified when `REQUIRE_EMAIL_VERIFICATION` is on.\nHolding a v1 token is not a sign-in: the session never counts as a recent sign-in, so actions that\nneed one (deleting the account without the password) ask for the password. v1 tokens expire\n(`LEGACY_TOKEN_TTL_DAYS` after issue) and are revoked by password change or reset.",
    tags: ["Legacy APIv1"],
    "x-gatehouse-allow-unverified": true,
    security: [{ APIv1Auth: [] }],
    request: {
      headers: z.object({
        "X-Auth-Mode": z
          .enum(["cookie", "token"])
          .optional()
          .openapi({
            param: { name: "X-Auth-Mode", in: "header" },
            description:
              "`token`: return the access and refresh tokens in the response body instead of\nsetting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set\nthe `backend_session` and `backend_refresh` cookies (browsers).",
          }),
      }),
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
        content: { "application/json": { schema: Users_AuthResult } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries\ncookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.\nNothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  UserOperations_getMe: createRoute({
    method: "get",
    path: "/user/me",
    operationId: "UserOperations_getMe",
    summary: "Get the signed-in user",
    description:
      "The signed-in user. Open to unverified sessions (`emailVerified` tells the client what to do next).",
    tags: ["User"],
    "x-gatehouse-allow-unverified": true,
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
      { ApiKeyAuth: [] } as Record<string, string[]>,
    ],
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Users_User } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AccountOperations_deleteMe: createRoute({
    method: "delete",
    path: "/user/me",
    operationId: "AccountOperations_deleteMe",
    summary: "Delete the account",
    description:
      "Delete the account with its sessions, tokens and codes. Needs the password or a recent sign-in.\nRefused with 409 `TENANT_LAST_ADMIN` while the user is the only active admin of a tenant: they must\nmake another member an admin of it first (a tenant is never left without one).",
    tags: ["Account"],
    "x-gatehouse-owner-only": true,
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: {
      body: { required: true, content: { "application/json": { schema: Accounts_DeleteAccountRequest } } },
    },
    responses: {
      204: {
        description: "There is no content to send for this request, but the headers may be useful. ",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      409: {
        description: "The request conflicts with existing state.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  UserOperations_updateMe: createRoute({
    method: "patch",
    path: "/user/me",
    operationId: "UserOperations_updateMe",
    summary: "Update the signed-in user's profile",
    description: "Change profile fields; `null` clears a field.",
    tags: ["User"],
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: { body: { required: true, content: { "application/json": { schema: Users_UpdateMeRequest } } } },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Users_User } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AccountOperations_changePassword: createRoute({
    method: "post",
    path: "/user/password/change",
    operationId: "AccountOperations_changePassword",
    summary: "Change the password (signed in)",
    description:
      "Change the password. Every existing session ends, this one included, and the caller continues in a\nnew one: cookie mode answers 204 with its cookies, `X-Auth-Mode: token` answers 200 with its tokens.",
    tags: ["Account"],
    "x-gatehouse-owner-only": true,
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: {
      headers: z.object({
        "X-Auth-Mode": z
          .enum(["cookie", "token"])
          .optional()
          .openapi({
            param: { name: "X-Auth-Mode", in: "header" },
            description:
              "`token`: return the access and refresh tokens in the response body instead of\nsetting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set\nthe `backend_session` and `backend_refresh` cookies (browsers).",
          }),
      }),
      body: { required: true, content: { "application/json": { schema: Accounts_PasswordChangeRequest } } },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
        content: { "application/json": { schema: Users_AuthResult } },
      },
      204: {
        description: "There is no content to send for this request, but the headers may be useful. ",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AccountOperations_confirmPasswordReset: createRoute({
    method: "post",
    path: "/user/password/reset/confirm",
    operationId: "AccountOperations_confirmPasswordReset",
    summary: "Set a new password with a reset link",
    description: "Set a new password with the reset link token (or email and code); signs out every session.",
    tags: ["Account"],
    security: [],
    request: {
      body: { required: true, content: { "application/json": { schema: Accounts_PasswordResetConfirm } } },
    },
    responses: {
      204: { description: "There is no content to send for this request, but the headers may be useful. " },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries\ncookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.\nNothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  AccountOperations_requestPasswordReset: createRoute({
    method: "post",
    path: "/user/password/reset/request",
    operationId: "AccountOperations_requestPasswordReset",
    summary: "Request a password reset link",
    description: "Email a password reset code and link. Always 202, whether or not the account exists.",
    tags: ["Account"],
    security: [],
    request: {
      body: { required: true, content: { "application/json": { schema: Accounts_PasswordResetRequest } } },
    },
    responses: {
      202: {
        description: "The request has been accepted for processing, but processing has not yet completed.",
        content: { "application/json": { schema: Accounts_DeliveryAccepted } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries\ncookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.\nNothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  RealtimeOperations_getRealtime: createRoute({
    method: "get",
    path: "/user/realtime",
    operationId: "RealtimeOperations_getRealtime",
    summary: "Open the realtime WebSocket",
    description:
      "Opens the realtime WebSocket (an HTTP/1.1 `Upgrade: websocket` request; a plain GET is 400). The client\noffers the sub-protocol `gatehouse.v1` and authenticates with the `backend_session` cookie (browsers; the\n`Origin` must be `PUBLIC_URL`'s or one of `CORS_ORIGINS`, else 403) or, where it cannot set headers,\nwith a second offered sub-protocol `gatehouse.bearer.<access token>` (treated as\n`Authorization: Bearer <access token>`, BackendBearerAuth). The socket joins the user's room and the\nactive tenant's room. The checks are those of `GET /user/me`; refusals come before the upgrade, as\nHTTP errors in the error envelope (429 beyond the socket cap).\n\nFrames are JSON text (`RealtimeFrame`), at most 4096 bytes from the client. The server pings every 30 s\nand terminates a peer that has not answered the previous ping. Close codes: `4001` the access token\nexpired without an `auth` frame; `4003` the session was revoked, or an `auth` frame was refused;\n`1008` a frame that is not a valid `auth` frame; `1009` a frame over the size limit; `1013` the client\nreads too slowly (more than 1 MiB waits to be sent); `1011` an unexpected server error; `1001` the\nserver is shutting down. At most 8 sockets per user (per instance).",
    tags: ["User"],
    "x-gatehouse-websocket": true,
    "x-gatehouse-allow-unverified": true,
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: {
      headers: z.object({
        upgrade: z.string().openapi({ param: { name: "upgrade", in: "header" }, description: "`websocket`" }),
        "Sec-WebSocket-Protocol": z
          .string()
          .openapi({
            param: { name: "Sec-WebSocket-Protocol", in: "header" },
            description: "`gatehouse.v1`, and for token clients `gatehouse.bearer.<access token>`.",
          }),
      }),
    },
    responses: {
      101: {
        description:
          "The socket is open (`101 Switching Protocols`, sub-protocol `gatehouse.v1`). No HTTP body follows: the\nschema is that of each WebSocket text frame sent afterwards (`auth` by the client, the rest by the server).",
        headers: z.object({
          "Sec-WebSocket-Protocol": z
            .enum(["gatehouse.v1"])
            .openapi({
              description:
                "Always `gatehouse.v1`; the bearer sub-protocol the client offered is never echoed.",
            }),
        }),
        content: { "application/json": { schema: Realtime_RealtimeFrame } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  UserOperations_refreshSession: createRoute({
    method: "post",
    path: "/user/session/refresh",
    operationId: "UserOperations_refreshSession",
    summary: "Refresh the session (rotate tokens)",
    description:
      "Exchange the refresh token for a new access token and a new refresh token. The\npresented refresh token is spent; presenting it again revokes the session, except\nfor a concurrent refresh within a few seconds, which gets the same new refresh token.",
    tags: ["User"],
    security: [],
    request: {
      headers: z.object({
        "X-Auth-Mode": z
          .enum(["cookie", "token"])
          .optional()
          .openapi({
            param: { name: "X-Auth-Mode", in: "header" },
            description:
              "`token`: return the access and refresh tokens in the response body instead of\nsetting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set\nthe `backend_session` and `backend_refresh` cookies (browsers).",
          }),
      }),
      cookies: z.object({
        backend_refresh: z
          .string()
          .optional()
          .openapi({
            param: { name: "backend_refresh", in: "cookie" },
            description: "Cookie mode: the refresh token, scoped to `/user/session`.",
          }),
      }),
      body: { required: false, content: { "application/json": { schema: Users_RefreshRequest } } },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
        content: { "application/json": { schema: Users_AuthResult } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  UserOperations_listSessions: createRoute({
    method: "get",
    path: "/user/sessions",
    operationId: "UserOperations_listSessions",
    summary: "List this user's sessions",
    description: "The user's active sessions, newest first.",
    tags: ["User"],
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Users_SessionList } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  UserOperations_revokeSession: createRoute({
    method: "delete",
    path: "/user/sessions/{sessionId}",
    operationId: "UserOperations_revokeSession",
    summary: "Sign out one session (device)",
    description:
      "Revoke one of the user's sessions (sign out that device). A support session (`impersonatedBy`) may\nend only itself: the member's own sessions are not the operator's to end (403\nAUTH_INSUFFICIENT_PERMISSIONS).",
    tags: ["User"],
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: {
      params: z.object({ sessionId: z.uuid().openapi({ param: { name: "sessionId", in: "path" } }) }),
    },
    responses: {
      204: { description: "There is no content to send for this request, but the headers may be useful. " },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  UserOperations_signIn: createRoute({
    method: "post",
    path: "/user/signin",
    operationId: "UserOperations_signIn",
    summary: "Sign in with email and password",
    description:
      "Sign in with email and password and start a session; a session the request arrived with (its\n`backend_session` cookie) is ended. An account whose email is not verified gets a restricted\nsession when `REQUIRE_EMAIL_VERIFICATION` is on (see `x-gatehouse-allow-unverified`).",
    tags: ["User"],
    security: [],
    request: {
      headers: z.object({
        "X-Auth-Mode": z
          .enum(["cookie", "token"])
          .optional()
          .openapi({
            param: { name: "X-Auth-Mode", in: "header" },
            description:
              "`token`: return the access and refresh tokens in the response body instead of\nsetting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set\nthe `backend_session` and `backend_refresh` cookies (browsers).",
          }),
      }),
      body: { required: true, content: { "application/json": { schema: Users_SignInRequest } } },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
        content: { "application/json": { schema: Users_AuthResult } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  UserOperations_signOut: createRoute({
    method: "post",
    path: "/user/signout",
    operationId: "UserOperations_signOut",
    summary: "Sign out (end this session)",
    description:
      "End the current session: revokes it everywhere and clears the cookies. Open to unverified sessions.",
    tags: ["User"],
    "x-gatehouse-allow-unverified": true,
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    responses: {
      204: {
        description: "There is no content to send for this request, but the headers may be useful. ",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  UserOperations_signUp: createRoute({
    method: "post",
    path: "/user/signup",
    operationId: "UserOperations_signUp",
    summary: "Create an account and sign in",
    description:
      "Create an account in the default tenant and start a session (restricted until the email is\nverified when `REQUIRE_EMAIL_VERIFICATION` is on); a session the request arrived with is ended.",
    tags: ["User"],
    security: [],
    request: {
      headers: z.object({
        "X-Auth-Mode": z
          .enum(["cookie", "token"])
          .optional()
          .openapi({
            param: { name: "X-Auth-Mode", in: "header" },
            description:
              "`token`: return the access and refresh tokens in the response body instead of\nsetting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set\nthe `backend_session` and `backend_refresh` cookies (browsers).",
          }),
      }),
      body: { required: true, content: { "application/json": { schema: Users_SignUpRequest } } },
    },
    responses: {
      201: {
        description: "The request has succeeded and a new resource has been created as a result.",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
        content: { "application/json": { schema: Users_AuthResult } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Sign-up refused: `AUTH_REGISTRATION_CLOSED` when the tenant's registration policy does not allow it (the\ntenant is invitation-only — accept the invitation instead —, closed, suspended, or unknown); or\n`AUTH_INSUFFICIENT_PERMISSIONS` for a cross-site request that carries cookies (CSRF), as on every unsafe\ncookie request from an origin that is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done.",
        content: { "application/json": { schema: ErrorBody } },
      },
      409: {
        description: "The request conflicts with existing state.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  SsoOperations_ssoSignIn: createRoute({
    method: "post",
    path: "/user/sso/{provider}",
    operationId: "SsoOperations_ssoSignIn",
    summary: "Sign in with an identity provider's ID token",
    description:
      "Sign in (or up) with an ID token from `apple`, `google`, `facebook` or a configured OIDC\nprovider. The token is verified against the provider's JWKS; the account is keyed by\n(issuer, subject) and linked to an existing account only when the provider asserts that\nthe email address is verified.",
    tags: ["SSO"],
    security: [],
    request: {
      params: z.object({
        provider: z
          .string()
          .regex(new RegExp("^[a-z0-9][a-z0-9_-]{0,62}$"))
          .openapi({
            param: { name: "provider", in: "path" },
            description: "`apple`, `google`, `facebook`, or the id of a configured OIDC provider.",
          }),
      }),
      headers: z.object({
        "X-Auth-Mode": z
          .enum(["cookie", "token"])
          .optional()
          .openapi({
            param: { name: "X-Auth-Mode", in: "header" },
            description:
              "`token`: return the access and refresh tokens in the response body instead of\nsetting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set\nthe `backend_session` and `backend_refresh` cookies (browsers).",
          }),
      }),
      body: { required: true, content: { "application/json": { schema: Sso_SsoSignInRequest } } },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
        content: { "application/json": { schema: Users_AuthResult } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries\ncookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.\nNothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      409: {
        description: "The request conflicts with existing state.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  UserOperations_switchTenant: createRoute({
    method: "post",
    path: "/user/tenant",
    operationId: "UserOperations_switchTenant",
    summary: "Switch the active tenant",
    description:
      "Switch the session to another tenant the user is an active member of. The current session ends at\nonce (its access and refresh tokens stop working) and a new one in the same family starts — same\nsign-in time, same absolute end — whose access token carries the new tenant's `tid`, `roles` and\n`perms`. 403 `AUTH_TENANT_ACCESS_DENIED` when the user is no active member of that tenant or it is\nsuspended; nothing changes then.",
    tags: ["User"],
    "x-gatehouse-owner-only": true,
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: {
      headers: z.object({
        "X-Auth-Mode": z
          .enum(["cookie", "token"])
          .optional()
          .openapi({
            param: { name: "X-Auth-Mode", in: "header" },
            description:
              "`token`: return the access and refresh tokens in the response body instead of\nsetting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set\nthe `backend_session` and `backend_refresh` cookies (browsers).",
          }),
      }),
      body: { required: true, content: { "application/json": { schema: Tenants_SwitchTenantRequest } } },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
        content: { "application/json": { schema: Users_AuthResult } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  DeprecatedEndpoints_confirmEmailVerification: createRoute({
    method: "post",
    path: "/user_identity/email/verification/confirm",
    operationId: "DeprecatedEndpoints_confirmEmailVerification",
    summary: "Confirm the email address with a code (deprecated mirror)",
    description: "Deprecated: use `POST /user/email/verification/confirm` instead.",
    tags: ["User identity (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/email/verification/confirm",
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
      {} as Record<string, never>,
    ],
    request: {
      body: { required: true, content: { "application/json": { schema: Accounts_CodeRedemption } } },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Users_User } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries\ncookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.\nNothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  DeprecatedEndpoints_requestEmailVerification: createRoute({
    method: "post",
    path: "/user_identity/email/verification/request",
    operationId: "DeprecatedEndpoints_requestEmailVerification",
    summary: "Send an email verification code (deprecated mirror)",
    description: "Deprecated: use `POST /user/email/verification/request` instead.",
    tags: ["User identity (deprecated)"],
    deprecated: true,
    "x-gatehouse-allow-unverified": true,
    "x-gatehouse-successor": "/user/email/verification/request",
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    responses: {
      202: {
        description: "The request has been accepted for processing, but processing has not yet completed.",
        content: { "application/json": { schema: Accounts_DeliveryAccepted } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  DeprecatedEndpoints_getMe: createRoute({
    method: "get",
    path: "/user_identity/me",
    operationId: "DeprecatedEndpoints_getMe",
    summary: "Get the signed-in user (deprecated mirror)",
    description: "Deprecated: use `GET /user/me` instead.",
    tags: ["User identity (deprecated)"],
    deprecated: true,
    "x-gatehouse-allow-unverified": true,
    "x-gatehouse-successor": "/user/me",
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
      { ApiKeyAuth: [] } as Record<string, string[]>,
    ],
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Users_User } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  DeprecatedEndpoints_deleteMe: createRoute({
    method: "delete",
    path: "/user_identity/me",
    operationId: "DeprecatedEndpoints_deleteMe",
    summary: "Delete the account (deprecated mirror)",
    description: "Deprecated: use `DELETE /user/me` instead.",
    tags: ["User identity (deprecated)"],
    deprecated: true,
    "x-gatehouse-owner-only": true,
    "x-gatehouse-successor": "/user/me",
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: {
      body: { required: true, content: { "application/json": { schema: Accounts_DeleteAccountRequest } } },
    },
    responses: {
      204: {
        description: "There is no content to send for this request, but the headers may be useful. ",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      409: {
        description: "The request conflicts with existing state.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  DeprecatedEndpoints_updateMe: createRoute({
    method: "patch",
    path: "/user_identity/me",
    operationId: "DeprecatedEndpoints_updateMe",
    summary: "Update the signed-in user's profile (deprecated mirror)",
    description: "Deprecated: use `PATCH /user/me` instead.",
    tags: ["User identity (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/me",
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: { body: { required: true, content: { "application/json": { schema: Users_UpdateMeRequest } } } },
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Users_User } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  DeprecatedEndpoints_changePassword: createRoute({
    method: "post",
    path: "/user_identity/password/change",
    operationId: "DeprecatedEndpoints_changePassword",
    summary: "Change the password (signed in) (deprecated mirror)",
    description: "Deprecated: use `POST /user/password/change` instead.",
    tags: ["User identity (deprecated)"],
    deprecated: true,
    "x-gatehouse-owner-only": true,
    "x-gatehouse-successor": "/user/password/change",
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: {
      headers: z.object({
        "X-Auth-Mode": z
          .enum(["cookie", "token"])
          .optional()
          .openapi({
            param: { name: "X-Auth-Mode", in: "header" },
            description:
              "`token`: return the access and refresh tokens in the response body instead of\nsetting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set\nthe `backend_session` and `backend_refresh` cookies (browsers).",
          }),
      }),
      body: { required: true, content: { "application/json": { schema: Accounts_PasswordChangeRequest } } },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
        content: { "application/json": { schema: Users_AuthResult } },
      },
      204: {
        description: "There is no content to send for this request, but the headers may be useful. ",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  DeprecatedEndpoints_confirmPasswordReset: createRoute({
    method: "post",
    path: "/user_identity/password/reset/confirm",
    operationId: "DeprecatedEndpoints_confirmPasswordReset",
    summary: "Set a new password with a reset link (deprecated mirror)",
    description: "Deprecated: use `POST /user/password/reset/confirm` instead.",
    tags: ["User identity (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/password/reset/confirm",
    security: [],
    request: {
      body: { required: true, content: { "application/json": { schema: Accounts_PasswordResetConfirm } } },
    },
    responses: {
      204: { description: "There is no content to send for this request, but the headers may be useful. " },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries\ncookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.\nNothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  DeprecatedEndpoints_requestPasswordReset: createRoute({
    method: "post",
    path: "/user_identity/password/reset/request",
    operationId: "DeprecatedEndpoints_requestPasswordReset",
    summary: "Request a password reset link (deprecated mirror)",
    description: "Deprecated: use `POST /user/password/reset/request` instead.",
    tags: ["User identity (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/password/reset/request",
    security: [],
    request: {
      body: { required: true, content: { "application/json": { schema: Accounts_PasswordResetRequest } } },
    },
    responses: {
      202: {
        description: "The request has been accepted for processing, but processing has not yet completed.",
        content: { "application/json": { schema: Accounts_DeliveryAccepted } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries\ncookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.\nNothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  DeprecatedEndpoints_refreshSession: createRoute({
    method: "post",
    path: "/user_identity/session/refresh",
    operationId: "DeprecatedEndpoints_refreshSession",
    summary: "Refresh the session (rotate tokens) (deprecated mirror)",
    description: "Deprecated: use `POST /user/session/refresh` instead.",
    tags: ["User identity (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/session/refresh",
    security: [],
    request: {
      headers: z.object({
        "X-Auth-Mode": z
          .enum(["cookie", "token"])
          .optional()
          .openapi({
            param: { name: "X-Auth-Mode", in: "header" },
            description:
              "`token`: return the access and refresh tokens in the response body instead of\nsetting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set\nthe `backend_session` and `backend_refresh` cookies (browsers).",
          }),
      }),
      cookies: z.object({
        backend_refresh: z
          .string()
          .optional()
          .openapi({
            param: { name: "backend_refresh", in: "cookie" },
            description: "Cookie mode: the refresh token, scoped to `/user/session`.",
          }),
      }),
      body: { required: false, content: { "application/json": { schema: Users_RefreshRequest } } },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
        content: { "application/json": { schema: Users_AuthResult } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  DeprecatedEndpoints_listSessions: createRoute({
    method: "get",
    path: "/user_identity/sessions",
    operationId: "DeprecatedEndpoints_listSessions",
    summary: "List this user's sessions (deprecated mirror)",
    description: "Deprecated: use `GET /user/sessions` instead.",
    tags: ["User identity (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/sessions",
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    responses: {
      200: {
        description: "The request has succeeded.",
        content: { "application/json": { schema: Users_SessionList } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  DeprecatedEndpoints_revokeSession: createRoute({
    method: "delete",
    path: "/user_identity/sessions/{sessionId}",
    operationId: "DeprecatedEndpoints_revokeSession",
    summary: "Sign out one session (device) (deprecated mirror)",
    description: "Deprecated: use `DELETE /user/sessions/{sessionId}` instead.",
    tags: ["User identity (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/sessions/{sessionId}",
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    request: {
      params: z.object({ sessionId: z.uuid().openapi({ param: { name: "sessionId", in: "path" } }) }),
    },
    responses: {
      204: { description: "There is no content to send for this request, but the headers may be useful. " },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  DeprecatedEndpoints_signIn: createRoute({
    method: "post",
    path: "/user_identity/signin",
    operationId: "DeprecatedEndpoints_signIn",
    summary: "Sign in with email and password (deprecated mirror)",
    description: "Deprecated: use `POST /user/signin` instead.",
    tags: ["User identity (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/signin",
    security: [],
    request: {
      headers: z.object({
        "X-Auth-Mode": z
          .enum(["cookie", "token"])
          .optional()
          .openapi({
            param: { name: "X-Auth-Mode", in: "header" },
            description:
              "`token`: return the access and refresh tokens in the response body instead of\nsetting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set\nthe `backend_session` and `backend_refresh` cookies (browsers).",
          }),
      }),
      body: { required: true, content: { "application/json": { schema: Users_SignInRequest } } },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
        content: { "application/json": { schema: Users_AuthResult } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  DeprecatedEndpoints_signOut: createRoute({
    method: "post",
    path: "/user_identity/signout",
    operationId: "DeprecatedEndpoints_signOut",
    summary: "Sign out (end this session) (deprecated mirror)",
    description: "Deprecated: use `POST /user/signout` instead.",
    tags: ["User identity (deprecated)"],
    deprecated: true,
    "x-gatehouse-allow-unverified": true,
    "x-gatehouse-successor": "/user/signout",
    security: [
      { BackendSessionAuth: [] } as Record<string, string[]>,
      { BackendBearerAuth: [] } as Record<string, string[]>,
    ],
    responses: {
      204: {
        description: "There is no content to send for this request, but the headers may be useful. ",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Not allowed: a missing role or permission; (AUTH_EMAIL_NOT_VERIFIED) a session whose email is not\nverified yet on an operation without `x-gatehouse-allow-unverified`; re-authentication needed; or a\ncookie-bearing browser request from an origin that is not allowed (CSRF).",
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  DeprecatedEndpoints_signUp: createRoute({
    method: "post",
    path: "/user_identity/signup",
    operationId: "DeprecatedEndpoints_signUp",
    summary: "Create an account and sign in (deprecated mirror)",
    description: "Deprecated: use `POST /user/signup` instead.",
    tags: ["User identity (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/signup",
    security: [],
    request: {
      headers: z.object({
        "X-Auth-Mode": z
          .enum(["cookie", "token"])
          .optional()
          .openapi({
            param: { name: "X-Auth-Mode", in: "header" },
            description:
              "`token`: return the access and refresh tokens in the response body instead of\nsetting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set\nthe `backend_session` and `backend_refresh` cookies (browsers).",
          }),
      }),
      body: { required: true, content: { "application/json": { schema: Users_SignUpRequest } } },
    },
    responses: {
      201: {
        description: "The request has succeeded and a new resource has been created as a result.",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
        content: { "application/json": { schema: Users_AuthResult } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Sign-up refused: `AUTH_REGISTRATION_CLOSED` when the tenant's registration policy does not allow it (the\ntenant is invitation-only — accept the invitation instead —, closed, suspended, or unknown); or\n`AUTH_INSUFFICIENT_PERMISSIONS` for a cross-site request that carries cookies (CSRF), as on every unsafe\ncookie request from an origin that is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`. Nothing was done.",
        content: { "application/json": { schema: ErrorBody } },
      },
      409: {
        description: "The request conflicts with existing state.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
  DeprecatedEndpoints_ssoSignIn: createRoute({
    method: "post",
    path: "/user_identity/sso/{provider}",
    operationId: "DeprecatedEndpoints_ssoSignIn",
    summary: "Sign in with an identity provider's ID token (deprecated mirror)",
    description: "Deprecated: use `POST /user/sso/{provider}` instead.",
    tags: ["User identity (deprecated)"],
    deprecated: true,
    "x-gatehouse-successor": "/user/sso/{provider}",
    security: [],
    request: {
      params: z.object({
        provider: z
          .string()
          .regex(new RegExp("^[a-z0-9][a-z0-9_-]{0,62}$"))
          .openapi({
            param: { name: "provider", in: "path" },
            description: "`apple`, `google`, `facebook`, or the id of a configured OIDC provider.",
          }),
      }),
      headers: z.object({
        "X-Auth-Mode": z
          .enum(["cookie", "token"])
          .optional()
          .openapi({
            param: { name: "X-Auth-Mode", in: "header" },
            description:
              "`token`: return the access and refresh tokens in the response body instead of\nsetting cookies (CLI, mobile and server-side clients). Absent or `cookie`: set\nthe `backend_session` and `backend_refresh` cookies (browsers).",
          }),
      }),
      body: { required: true, content: { "application/json": { schema: Sso_SsoSignInRequest } } },
    },
    responses: {
      200: {
        description: "The request has succeeded.",
        headers: z.object({
          "Set-Cookie": z
            .string()
            .optional()
            .openapi({
              description:
                "Cookie mode: `backend_session` (access token; HttpOnly; SameSite=Lax; Path=/) and\n`backend_refresh` (refresh token; HttpOnly; SameSite=Strict; Path=/user/session).",
            }),
          "Cache-Control": z
            .enum(["no-store"])
            .openapi({ description: "Always `no-store`: the response carries credentials." }),
        }),
        content: { "application/json": { schema: Users_AuthResult } },
      },
      400: {
        description: "The request does not match the contract (VALIDATION_FAILED).",
        content: { "application/json": { schema: ErrorBody } },
      },
      401: {
        description: "Missing, invalid, expired or revoked credentials.",
        headers: z.object({
          "WWW-Authenticate": z
            .string()
            .optional()
            .openapi({ description: "The scheme to authenticate with, and why the credential was refused." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      403: {
        description:
          "Cross-site request refused (CSRF, `AUTH_INSUFFICIENT_PERMISSIONS`): an unsafe request that carries\ncookies came from a browser page whose origin is neither `PUBLIC_URL` nor one of `CORS_ORIGINS`.\nNothing was done. Requests without cookies (token mode, bearer credentials) are not subject to it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      404: {
        description: "The resource does not exist.",
        content: { "application/json": { schema: ErrorBody } },
      },
      409: {
        description: "The request conflicts with existing state.",
        content: { "application/json": { schema: ErrorBody } },
      },
      429: {
        description: "Rate limit exceeded (AUTH_RATE_LIMIT_EXCEEDED).",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .openapi({
              description:
                "Seconds to wait before trying again (at least 1: the mock answers with the minimum).",
            }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
      500: {
        description: "Unexpected failure (INTERNAL_SERVER_ERROR); nothing secret is ever in it.",
        content: { "application/json": { schema: ErrorBody } },
      },
      503: {
        description:
          "A dependency is unavailable (SERVICE_UNAVAILABLE); `Retry-After` says when to try again.",
        headers: z.object({
          "Retry-After": z
            .number()
            .int()
            .min(-2147483648)
            .max(2147483647)
            .min(1)
            .optional()
            .openapi({ description: "Seconds to wait before retrying (at least 1)." }),
        }),
        content: { "application/json": { schema: ErrorBody } },
      },
    },
  }),
} as const;

export type OperationId = keyof typeof routes;
