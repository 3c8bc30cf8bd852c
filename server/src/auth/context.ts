import type { DataScope, HeldPost, Permission, Role } from './roles';

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
  /** The posts the signed-in person holds today. */
  posts: HeldPost[];
  sessionId: string;
}
