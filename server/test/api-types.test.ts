import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateApiTypes, typesFile } from '../scripts/openapi-types';

describe('the web client types', () => {
  it('match the server OpenAPI document (run `npm run api:types` after changing a route schema)', async () => {
    expect(fs.readFileSync(typesFile, 'utf8')).toBe(await generateApiTypes());
  }, 60_000);
});
