import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '.';

// `AppError` (and every rule error that becomes one) takes only registered codes, so `tsc` already refuses a code
// thrown without an entry. What it cannot see is the other direction: an entry no source sends any more.
const serverSrc = path.resolve(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return p === import.meta.dirname ? [] : sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('the error code registry', () => {
  it('has no dead entries: every registered code is written as a literal somewhere in server/src', () => {
    const literals = new Set(sources(serverSrc).flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/'([A-Z][A-Z0-9_]*(?:\.[A-Z0-9_]+)*)'/g)].map((m) => m[1])));
    expect(Object.keys(ERROR_CODES).filter((c) => !literals.has(c))).toEqual([]);
  });

  it('gives every code a meaning in Chinese', () => {
    expect(Object.entries(ERROR_CODES).filter(([, [, meaning]]) => !/[\u4e00-\u9fff]/.test(meaning)).map(([c]) => c)).toEqual([]);
  });
});
