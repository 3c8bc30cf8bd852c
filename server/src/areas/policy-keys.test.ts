import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllPacks, loadPack, PolicyPackError } from '../core/policy/pack-loader';
import { EffectivePolicy } from '../core/policy/effective-policy';
import { requiredPolicyKeys } from '../core/policy/policy-keys';
import { AREAS } from '.';
import { talksPolicy } from './talks/policy';
import { sidelinesPolicy } from './sidelines/policy';

/**
 * Issue 21: each area declares its pack keys with the schema of their values (areas/<area>/policy.ts); the composition
 * root registers them and the loader checks every pack at start — a wrong type, or a key no area declares, stops it.
 */
const keys = requiredPolicyKeys();

describe('the typed policy keys', () => {
  it('every area with policy packs registers its key table', () => {
    expect(AREAS.filter((a) => a.policy).map((a) => a.name)).toEqual(['talks', 'sidelines', 'tolerance', 'interviews', 'incentives']);
  });

  it('all existing packs load against every area\'s key table', () => {
    const packs = loadAllPacks(undefined, keys);
    expect([...packs.keys()].sort()).toEqual(['ahzaxy-2020', 'scitc-2025', 'tongren-2016', 'xzcit-2018']);
  });

  it('every declared key is stated by some pack (no stale declarations)', () => {
    const stated = new Set([...loadAllPacks(undefined, keys).values()].flatMap((p) => Object.keys(p.parameters)));
    expect([...keys.keys()].filter((k) => !stated.has(k))).toEqual([]);
  });

  it('reads values typed by their schema', () => {
    const packs = loadAllPacks(undefined, keys);
    const p = new EffectivePolicy('scitc-2025', {}, packs);
    const per: number = p.value(talksPolicy, 'talks.principal_to_leadership_per_year', '2026-11-22');
    expect(per).toBe(2);
    const chain = p.param(sidelinesPolicy, 'sidelines.approval_chain', '2026-11-22');
    expect(chain.value.middle.at(-1)).toBe('org_registration');
    expect(chain.source.citation).toMatch(/^scitc-2025 附件2/);
  });
});

describe('a pack is refused at start', () => {
  const write = (talks: string) => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pack-')), 'test-2026');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'pack.yaml'), 'id: test-2026\ninstitution: 测试学院\ndocuments:\n  main: { short: 测试办法, title: 测试办法 }\nareas: [talks]\n');
    fs.writeFileSync(path.join(dir, 'talks.yaml'), talks);
    return dir;
  };
  const rule = (key: string, value: string) => `${key}:\n  description: 某项规则数值\n  values:\n    - { since: 2026-01-01, value: ${value}, default: true }\n`;

  it.each([
    ['a number given as text', rule('talks.principal_to_leadership_per_year', '两次'), /政策包 test-2026 的规则 talks\.principal_to_leadership_per_year（第 1 个取值，"两次"）类型不符：无效输入：期望 数字/],
    ['a negative number of days', rule('talks.occasion_response_days', '-3'), /规则 talks\.occasion_response_days.*类型不符：应为不小于 0 的整数/],
    ['a fraction where a whole number is expected', rule('talks.occasion_response_days', '2.5'), /规则 talks\.occasion_response_days.*类型不符：应为整数/],
    ['a list given as one word', rule('talks.occasion_kinds', 'appointment'), /规则 talks\.occasion_kinds.*类型不符：无效输入：期望 数组/],
    ['a rank that does not exist', rule('talks.occasion_ranks', '[middle_chief, dean]'), /规则 talks\.occasion_ranks.*类型不符：第 2 项：无效选项/],
    ['a day of the year that is not MM-DD', rule('talks.late_relationship_cutoff', "'7月1日'"), /规则 talks\.late_relationship_cutoff.*应为“月-日”/],
    ['a ladder without its college step', rule('talks.escalation_ladder', '{ department_duty: escalate_to_overseer }'), /规则 talks\.escalation_ladder.*类型不符：college_duty：/],
    ['a key no area declares (a typo)', rule('talks.principal_to_leadership_per_yaer', '2'), /talks\.principal_to_leadership_per_yaer 不是任何领域声明的规则/],
  ])('%s', (_, talks, message) => {
    const dir = write(talks);
    expect(() => loadPack(dir, keys)).toThrow(PolicyPackError);
    expect(() => loadPack(dir, keys)).toThrow(message);
  });

  it('names the pack and the key when loading every pack', () => {
    const root = path.dirname(write(rule('talks.forms', '3')));
    expect(() => loadAllPacks(root, keys)).toThrow(/政策包校验失败[\s\S]*政策包 test-2026 的规则 talks\.forms/);
  });
});
