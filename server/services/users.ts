// User rows ↔ the contract's User model.
import type { UserRow } from "../store/users.js";

export type { UserRow };

export interface UserView {
  id: string;
  email: string;
  emailVerified: boolean;
  name: string | null;
  locale: string | null;
  avatarUrl: string | null;
  tenantId: string;
  roles: string[];
  createdAt: string;
  updatedAt: string;
}

export function toUserView(u: UserRow): UserView {
  return {
    id: u.id,
    email: u.email,
    emailVerified: u.email_verified,
    name: u.name,
    locale: u.locale,
    avatarUrl: u.avatar_url,
    tenantId: u.tenant_id,
    roles: u.roles,
    createdAt: u.created_at.toISOString(),
    updatedAt: u.updated_at.toISOString(),
  };
}
