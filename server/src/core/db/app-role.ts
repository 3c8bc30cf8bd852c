/**
 * The grants of the application's own PostgreSQL role (等保 8.1.4.3: audit records protected from deletion and
 * change): everything it needs on the business tables, but on the audit log only SELECT and INSERT, on its chain heads no
 * DELETE — on top of the
 * trigger that refuses UPDATE and DELETE to anyone. Migrations run as the owner role; the app connects as this one.
 */
export function appRoleStatements(role: string): string[] {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error(`角色名不正确 / bad role name: ${role}`);
  return [
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
    `REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${role}`,
    // A chain's head is made and moved on, never removed: a head gone would hide its chain's newest events from the
    // anchors and lower the college's facts version (core/db/facts-version.ts), serving duties cached for an older one.
    `REVOKE DELETE, TRUNCATE ON audit_chain FROM ${role}`,
    `GRANT USAGE ON SCHEMA drizzle TO ${role}`,
    `GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO ${role}`,
  ];
}
