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
  /** The institution's facts version when the request began (http/command.ts): what caches of derived facts key on. */
  factsVersion: number;
  /** The account holds a password it was given (new account, reset) and must change it first. */
  mustChangePassword: boolean;
  /** An administrator (三员) who has not yet set up the required second factor. */
  totpRequired: boolean;
}
