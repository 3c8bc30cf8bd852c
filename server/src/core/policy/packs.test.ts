import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllPacks, loadPack, PolicyPackError } from './pack-loader';
import { EffectivePolicy } from './effective-policy';
import { AREAS } from './pack-schema';
import { describeValue, unlabelled } from './vocabulary';

const packs = loadAllPacks();

describe('the four policy packs', () => {
  it('load and validate', () => {
    expect([...packs.keys()].sort()).toEqual(['ahzaxy-2020', 'scitc-2025', 'tongren-2016', 'xzcit-2018']);
  });

  it('cover, between them, every area for every institution that adopts as suggested', () => {
    for (const pack of packs.values()) {
      const policy = new EffectivePolicy(pack.id, pack.suggestedAdoptions, packs);
      for (const area of AREAS) expect(policy.sourcesFor(area).length, `${pack.id} ${area}`).toBeGreaterThan(0);
    }
  });

  it.each([
    ['scitc-2025', 'talks.principal_to_leadership_per_year', 2, 'scitc-2025 附件1 第八条（二）'],
    ['scitc-2025', 'talks.leader_to_middle_per_year', 1, 'scitc-2025 附件1 第八条（三）'],
    ['scitc-2025', 'sidelines.max_years_without_term', 10, 'scitc-2025 附件2 第十四条'],
    ['xzcit-2018', 'tolerance.application_working_days', 7, 'xzcit-2018 第五条（一）'],
    ['xzcit-2018', 'tolerance.investigation_working_days', 30, 'xzcit-2018 第五条（二）'],
    ['xzcit-2018', 'tolerance.feedback_working_days', 3, 'xzcit-2018 第五条（三）'],
    ['tongren-2016', 'interviews.campaigns_per_year', 2, 'tongren-2016 四（三）'],
    ['ahzaxy-2020', 'incentives.rotation.post_years', 5, 'ahzaxy-2020 第8条'],
    ['ahzaxy-2020', 'incentives.rotation.department_years', 10, 'ahzaxy-2020 第8条'],
  ])('%s: %s = %s, cited as %s', (packId, key, value, citation) => {
    const p = new EffectivePolicy(packId, {}, packs);
    const r = p.get(key, '2026-11-22');
    expect(r.value).toBe(value);
    expect(r.source.citation).toBe(citation);
  });

  it('an institution on one pack takes an area it does not regulate from the pack it adopts', () => {
    const p = new EffectivePolicy('xzcit-2018', { incentives: 'ahzaxy-2020', talks: 'scitc-2025' }, packs);
    expect(p.get('incentives.rotation.post_years', '2026-11-22').source.packId).toBe('ahzaxy-2020');
    expect(p.get('tolerance.application_working_days', '2026-11-22').source.packId).toBe('xzcit-2018');
    // Own pack first: xzcit's own grounds, not another college's.
    expect((p.get('tolerance.grounds', '2026-11-22').value as string[]).length).toBe(9);
  });

  it('shows a system default as such, never as an article', () => {
    const r = new EffectivePolicy('ahzaxy-2020', {}, packs).get('incentives.rotation.warning_months', '2026-11-22');
    expect(r.source.isDefault).toBe(true);
    expect(r.source.citation).toBeNull();
  });

  it('has no rule in force before its document was issued', () => {
    const p = new EffectivePolicy('scitc-2025', {}, packs);
    expect(p.find('talks.principal_to_leadership_per_year', '2025-01-01')).toBeUndefined();
  });

  it('have a Chinese name for every identifier their values use', () => {
    for (const pack of packs.values())
      for (const [key, def] of Object.entries(pack.parameters))
        for (const v of def.values) {
          // "01-31" style dates and free text are shown as they are
          expect(unlabelled(v.value), `${pack.id} ${key}`).toEqual([]);
        }
    expect(describeValue(['middle_chief', 'middle_deputy'])).toBe('中层正职、中层副职');
    expect(describeValue(2, '次/年')).toBe('2 次/年');
    expect(describeValue(false)).toBe('否');
    // A map of lists (an approval chain by rank) is shown in words at every level, never as identifiers.
    expect(describeValue({ middle_chief: ['party_committee', 'org_registration'] })).not.toMatch(/[a-z_]{3,}/);
    for (const pack of packs.values())
      for (const [key, def] of Object.entries(pack.parameters))
        for (const v of def.values) if (typeof v.value !== 'string') expect(describeValue(v.value), `${pack.id} ${key}`).not.toMatch(/[a-z]+_[a-z]+/);
  });

  it('lists each rule in force once, under its own area', () => {
    const rules = new EffectivePolicy('scitc-2025', packs.get('scitc-2025')!.suggestedAdoptions, packs).allInForce('2026-11-22');
    const keys = rules.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of rules) expect(r.key.startsWith(`${r.area}.`)).toBe(true);
  });
});

describe('pack validation refuses', () => {
  const write = (files: Record<string, string>) => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pack-')), 'test-2026');
    fs.mkdirSync(dir);
    for (const [f, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), text);
    return dir;
  };
  const meta = 'id: test-2026\ninstitution: 测试学院\ndocuments:\n  main: { short: 测试办法, title: 测试办法 }\nareas: [talks]\n';

  it.each([
    ['a value with neither article nor default', 'talks.x:\n  description: 某项规则数值\n  values:\n    - { since: 2026-01-01, value: 1 }\n', /exactly one of `ref`/],
    ['a value with both', 'talks.x:\n  description: 某项规则数值\n  values:\n    - { since: 2026-01-01, value: 1, default: true, ref: { doc: main, article: 第一条 } }\n', /exactly one of `ref`/],
    ['a citation of a document the pack does not have', 'talks.x:\n  description: 某项规则数值\n  values:\n    - { since: 2026-01-01, value: 1, ref: { doc: other, article: 第一条 } }\n', /unknown document "other"/],
    ['a key outside its area file', 'sidelines.x:\n  description: 某项规则数值\n  values:\n    - { since: 2026-01-01, value: 1, default: true }\n', /must start with "talks."/],
    ['values out of date order', 'talks.x:\n  description: 某项规则数值\n  values:\n    - { since: 2026-01-01, value: 1, default: true }\n    - { since: 2025-01-01, value: 2, default: true }\n', /date order/],
  ])('%s', (_, talks, message) => {
    const dir = write({ 'pack.yaml': meta, 'talks.yaml': talks });
    expect(() => loadPack(dir)).toThrow(PolicyPackError);
    expect(() => loadPack(dir)).toThrow(message);
  });
});
