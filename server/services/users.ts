// User rows ↔ the contract's User model (the account, seen from one tenant: its id and the roles there).
import type { UserRow } from "../store/users.js";

export type { UserRow };

/** The account's own fields: the same in every tenant (what UserViews caches). */
export interface UserProfile {
  id: string;
  email: string;
  emailVerified: boolean;
  name: string | null;
  locale: string | null;
  avatarUrl: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface UserView extends UserProfile {
  tenantId: string;
  roles: string[];
}

/** The tenant a view is seen from: the session's (the access token's `tid` and `roles`). */
export interface ViewTenant {
  tenantId: string;
  roles: readonly string[];
}

export function toUserProfile(u: UserRow): UserProfile {
  return {
    id: u.id,
    email: u.email,
    emailVerified: u.email_verified,
    name: u.name,
    locale: u.locale,
    avatarUrl: u.avatar_url,
    createdAt: u.created_at.toISOString(),
    updatedAt: u.updated_at.toISOString(),
  };
}

export function withTenant(profile: UserProfile, tenant: ViewTenant): UserView {
  return { ...profile, tenantId: tenant.tenantId, roles: [...tenant.roles] };
}

export function toUserView(u: UserRow, tenant: ViewTenant): UserView {
  return withTenant(toUserProfile(u), tenant);
}
