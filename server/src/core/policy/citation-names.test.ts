import { describe, expect, it } from 'vitest';
import { loadAllPacks } from './pack-loader';
import { citationName, citationsText, withCitationNames } from './citation-names';

const packs = loadAllPacks();

describe('citations in words, as forms and ledgers print them', () => {
  it.each([
    ['scitc-2025 附件1 第八条（二）', '《谈心谈话规定》第八条（二）'],
    ['scitc-2025 附件2 第十三条', '《领导干部兼职管理办法》第十三条'],
    ['ahzaxy-2020 第9条', '《激励担当作为实施意见》第9条'],
    ['tongren-2016 六（一）', '《干部约谈制度》六（一）'],
    ['xzcit-2018 第五条（一）', '《健全容错纠错机制实施办法》第五条（一）'],
    ['unknown-2020 第一条', 'unknown-2020 第一条'],
  ])('%s → %s', (citation, words) => {
    expect(citationName(packs, citation)).toBe(words);
  });
  it('keeps a missing citation missing', () => expect(citationName(packs, null)).toBeNull());
  it.each([
    ['应在 2024-11-18 前辞去（scitc-2025 附件2 第十六条）', '应在 2024-11-18 前辞去（《领导干部兼职管理办法》第十六条）'],
    ['韩子国（依据tongren-2016 五（一））', '韩子国（依据《干部约谈制度》五（一））'],
    ['依据 ahzaxy-2020 第9条 和 scitc-2025 附件1 第八条（二）', '依据 《激励担当作为实施意见》第9条 和 《谈心谈话规定》第八条（二）'],
    ['没有引用的句子', '没有引用的句子'],
  ])('in a sentence: %s → %s', (text, words) => {
    expect(withCitationNames(packs, text)).toBe(words);
  });
  it.each<[string, (string | null)[], string]>([
    ['兼职台账: two articles of one regulation, its name once', ['scitc-2025 附件2 第五条', 'scitc-2025 附件2 第十三条'], '《领导干部兼职管理办法》第五条、第十三条'],
    ['an article cited twice is printed once; a missing one is skipped', ['scitc-2025 附件2 第五条', null, 'scitc-2025 附件2 第五条'], '《领导干部兼职管理办法》第五条'],
    ['two regulations, each with its articles', ['scitc-2025 附件1 第六条', 'ahzaxy-2020 第9条', 'scitc-2025 附件1 第八条'], '《谈心谈话规定》第六条、第八条；《激励担当作为实施意见》第9条'],
    ['nothing cited', [], ''],
  ])('a basis line: %s', (_what, citations, words) => {
    expect(citationsText(packs, citations)).toBe(words);
  });
});
