import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionWords, entityWords } from './audit-words';

/** Every source file of the server, tests aside: where audit events are written. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const SRC = join(__dirname, '../..');
const text = sources(SRC).map((f) => readFileSync(f, 'utf8')).join('\n');
const literals = (re: RegExp) => [...new Set([...text.matchAll(re)].map((m) => m[1]!))].sort();

describe('the audit log names every action and record type in words (审计日志)', () => {
  // An audit action is an area and a step joined by a dot; bodies' own `action` fields ('approve') carry no dot.
  const actions = literals(/\baction: '([a-z_]+(?:\.[a-z_]+)+)'/g);
  const entities = literals(/\bentityType: '([a-z_]+)'/g);

  it('finds the events the server writes (the scan itself works)', () => {
    expect(actions).toContain('sideline.edit');
    expect(entities).toContain('sideline_application');
  });

  it.each(actions)('action %s has a Chinese name', (action) => {
    expect(actionWords(action)).not.toBe(action);
  });

  it.each(entities)('record type %s has a Chinese name', (type) => {
    expect(entityWords(type)).not.toBe(type);
  });
});
