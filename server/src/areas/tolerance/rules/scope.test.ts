import { describe, expect, it } from 'vitest';
import { scopeRefusal } from './scope';

const scitc = { ranks: ['middle_chief', 'middle_deputy'], citation: 'scitc-2025 附件3 第二条' };

describe('whom the tolerance rules cover (tolerance.subject_scope)', () => {
  it.each<[string, typeof scitc | null, string | null, string | null]>([
    // article, the pack's scope, the person's rank, what the refusal says (null = covered)
    ['scitc 附件3 第二条: a middle-level chief is covered', scitc, 'middle_chief', null],
    ['scitc 附件3 第二条: a middle-level deputy is covered', scitc, 'middle_deputy', null],
    ['scitc 附件3 第二条: a section-level cadre is not', scitc, 'section', '您现任科级，不在适用范围内'],
    ['scitc 附件3 第二条: a college leader is not (the rules name the middle cadres)', scitc, 'leader', '您现任院领导班子成员，不在适用范围内'],
    ['scitc 附件3 第二条: a person without a current post is not', scitc, null, '您当前没有在任职务'],
    ['xzcit / ahzaxy: no scope in the pack, every cadre held to account may apply', null, 'section', null],
  ])('%s', (_article, scope, rank, says) => {
    const r = scopeRefusal(scope, rank, '您');
    if (says === null) expect(r).toBeNull();
    else expect(r).toMatchObject({ code: 'TOLERANCE.OUT_OF_SCOPE', article: 'scitc-2025 附件3 第二条', message: expect.stringContaining(says) });
    if (r) expect(r.message).toContain('适用于中层正职、中层副职');
  });
});
