// `npm start`: builds the web app if needed, then runs the server (TypeScript through tsx) in this process,
// so that SIGINT/SIGTERM reach the server and it closes its database cleanly.
import { ensureWebBuilt } from './build-web.mjs';
import { register } from 'tsx/esm/api';

await ensureWebBuilt();
register();
await import('../server/src/main.ts');
