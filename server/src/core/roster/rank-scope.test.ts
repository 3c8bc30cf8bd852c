import { describe, expect, it } from 'vitest';
import { rankScope } from './rank-scope';

describe('whom a rank-limited regulation covers (scitc-2025 附件2 第二条, 附件3 第二条)', () => {
  it.each<[string, string[], string | null, boolean, string, string]>([
    ['a middle chief under 第二条 (中层及以上)', ['leader', 'middle_chief', 'middle_deputy'], 'middle_chief', true, '院领导班子成员、中层正职、中层副职', '现任中层正职'],
    ['a staff member under 第二条', ['leader', 'middle_chief', 'middle_deputy'], 'staff', false, '院领导班子成员、中层正职、中层副职', '现任一般职工'],
    ['someone without a post', ['middle_chief', 'middle_deputy'], null, false, '中层正职、中层副职', '当前没有在任职务'],
  ])('%s', (_what, ranks, rank, covered, whom, now) => {
    expect(rankScope(ranks, rank)).toEqual({ covered, whom, now });
  });
});
