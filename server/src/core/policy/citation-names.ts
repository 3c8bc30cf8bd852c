import type { Pack } from './pack-schema';

/**
 * A citation as users read it: `scitc-2025 附件1 第八条（二）` → `《谈心谈话规定》第八条（二）`, the document's short
 * name from its pack (never the pack id); a citation of an unknown pack is left as it is. Pure.
 */
export function citationName(packs: ReadonlyMap<string, Pack>, citation: string): string;
export function citationName(packs: ReadonlyMap<string, Pack>, citation: string | null): string | null;
export function citationName(packs: ReadonlyMap<string, Pack>, citation: string | null): string | null {
  if (!citation) return citation;
  const [packId, ...rest] = citation.split(' ');
  const pack = packs.get(packId);
  if (!pack) return citation;
  const docs = Object.values(pack.documents);
  const labelled = docs.find((d) => d.label && d.label === rest[0]);
  const doc = labelled ?? docs.find((d) => !d.label);
  if (!doc) return citation;
  return `《${doc.short}》${(labelled ? rest.slice(1) : rest).join(' ')}`;
}

/**
 * Every citation inside a sentence (a verdict, an error's article) by its document's name: `…辞去（scitc-2025 附件2
 * 第十六条）` → `…辞去（《领导干部兼职管理办法》第十六条）`. Only the pack id and attachment label are replaced. Pure.
 */
export function withCitationNames(packs: ReadonlyMap<string, Pack>, text: string): string {
  const ids = [...packs.keys()].map((id) => id.replace(/[-]/g, '\\-')).join('|');
  if (!ids) return text;
  return text.replace(new RegExp(`(?:${ids}) (?:附件\\d+ )?\\S+`, 'g'), (cited) => citationName(packs, cited));
}

/**
 * A document's basis line from the citations of the rules it embodies: `scitc-2025 附件2 第五条`, `scitc-2025 附件2
 * 第十三条` → `《领导干部兼职管理办法》第五条、第十三条` (articles of one regulation joined after its name once, in the
 * order given; repeated ones dropped). Pure.
 */
export function citationsText(packs: ReadonlyMap<string, Pack>, citations: readonly (string | null)[]): string {
  const byDoc = new Map<string, string[]>();
  for (const c of citations) {
    const named = citationName(packs, c);
    if (!named) continue;
    const [, doc = '', article = named] = /^(《[^》]+》)(.*)$/.exec(named) ?? [];
    const articles = byDoc.get(doc) ?? [];
    if (!articles.includes(article)) articles.push(article);
    byDoc.set(doc, articles);
  }
  return [...byDoc].map(([doc, articles]) => `${doc}${articles.join('、')}`).join('；');
}
