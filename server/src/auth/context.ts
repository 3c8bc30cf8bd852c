import type { DataScope, Permission, Role } from './roles';

/** Who is calling, resolved once per request from the session. */
export interface AuthContext {
  accountId: number;
  username: string;
  displayName: string;
  institutionId: number;
  personId: number | null;
  roles: Role[];
  permissions: Set<Permission>;
  scope: DataScope;
  sessionId: string;
}
