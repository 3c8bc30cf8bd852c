import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorLog, appendAnchor, compareWithAnchor, latestAnchor, makeAnchor, readAnchors } from './audit-anchor';

const key = Buffer.alloc(32, 5);
const temp = () => path.join(mkdtempSync(path.join(tmpdir(), 'cadre-anchor-test-')), 'audit-anchors.log');

describe('audit chain anchors outside the database', () => {
  it('anchors are appended one JSON line each, to the file and the system log, and read back with their MACs checked', () => {
    const file = temp();
    const logged: string[] = [];
    const where = anchorLog(file, (l) => logged.push(l));
    appendAnchor(where, makeAnchor(key, { lastId: 10, lastMac: 'aa', count: 10, purgedThroughId: null }));
    appendAnchor(where, makeAnchor(key, { lastId: 12, lastMac: 'bb', count: 12, purgedThroughId: null }));
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
    expect(logged[1]).toContain('"lastId":12');
    const read = readAnchors(key, file);
    expect(read.bad).toEqual([]);
    expect(latestAnchor(read.anchors)).toMatchObject({ lastId: 12, lastMac: 'bb' });
  });

  it('a changed, forged or garbled line is reported by line number; a line under another key is forged', () => {
    const file = temp();
    const good = JSON.stringify(makeAnchor(key, { lastId: 10, lastMac: 'aa', count: 10, purgedThroughId: null }));
    const changed = good.replace('"count":10', '"count":3');
    const forged = JSON.stringify(makeAnchor(Buffer.alloc(32, 6), { lastId: 11, lastMac: 'cc', count: 11, purgedThroughId: null }));
    writeFileSync(file, `${good}\n${changed}\n${forged}\nnot json\n`);
    const read = readAnchors(key, file);
    expect(read.anchors).toHaveLength(1);
    expect(read.bad.map((b) => b.line)).toEqual([2, 3, 4]);
    expect(read.bad[0].reason).toContain('校验值不符');
    appendFileSync(file, '{"v":1}\n');
    expect(readAnchors(key, file).bad.map((b) => b.line)).toEqual([2, 3, 4, 5]);
    expect(readAnchors(key, path.join(path.dirname(file), 'none.log'))).toEqual({ anchors: [], bad: [] });
  });

  const a = makeAnchor(key, { lastId: 100, lastMac: 'm100', count: 90, purgedThroughId: null });
  it.each([
    ['intact, events added since', { head: { lastId: 120, purgedThroughId: null }, anchored: { mac: 'm100' }, countNow: 90 }, []],
    ['newest events deleted and the head rewound', { head: { lastId: 95, purgedThroughId: null }, anchored: null, countNow: 0 }, ['AUDIT.REWOUND', 'AUDIT.TRUNCATED']],
    ['the anchored event deleted, the head left', { head: { lastId: 120, purgedThroughId: null }, anchored: null, countNow: 0 }, ['AUDIT.TRUNCATED']],
    ['events before the anchored one deleted', { head: { lastId: 100, purgedThroughId: null }, anchored: { mac: 'm100' }, countNow: 88 }, ['AUDIT.TRUNCATED']],
    ['the anchored event replaced', { head: { lastId: 100, purgedThroughId: null }, anchored: { mac: 'other' }, countNow: 90 }, ['AUDIT.REPLACED']],
    ['a retention purge since (fewer events, a new start)', { head: { lastId: 130, purgedThroughId: 40 }, anchored: { mac: 'm100' }, countNow: 60 }, []],
    ['a purge that reached the anchored event', { head: { lastId: 100, purgedThroughId: 100 }, anchored: null, countNow: 0 }, []],
  ] as const)('compared with the latest anchor: %s', (_n, now, codes) => {
    expect(compareWithAnchor(a, now).map((p) => p.code)).toEqual(codes);
  });
});
