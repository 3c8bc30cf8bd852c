/**
 * Writes the OpenAPI document of the server and the TypeScript types the web client is typed with.
 * Run after changing a route schema: `npm run api:types`. A test fails when the committed types are stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { PGlite } from '@electric-sql/pglite';
import { buildApp } from '../src/app';
import { loadConfig, repoRoot } from '../src/config';
import { wrapPglite } from '../src/core/db/connection';
import { loadAllPacks } from '../src/core/policy/pack-loader';

export const typesFile = path.join(repoRoot, 'web', 'src', 'api', 'schema.d.ts');

export async function generateApiTypes(): Promise<string> {
  const client = new PGlite();
  const { db } = wrapPglite(client);
  const { app } = await buildApp({ db, packs: loadAllPacks(), config: { ...loadConfig(), webDist: '/nonexistent' } });
  const doc = app.swagger();
  await app.close();
  await client.close();
  const ast = await openapiTS(JSON.parse(JSON.stringify(doc)));
  return `// Generated from the server's OpenAPI document by \`npm run api:types\`. Do not edit.\n${astToString(ast)}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const text = await generateApiTypes();
  fs.mkdirSync(path.dirname(typesFile), { recursive: true });
  fs.writeFileSync(typesFile, text);
  console.log(`wrote ${path.relative(repoRoot, typesFile)}`);
}
