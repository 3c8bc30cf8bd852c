/** `npm run db:app-role -- <role>` prints the SQL granting the application role its rights (run it as the owner after each migration). */
import { appRoleStatements } from '../src/core/db/app-role';

console.log(appRoleStatements(process.argv[2] ?? 'cadre_app').map((s) => `${s};`).join('\n'));
