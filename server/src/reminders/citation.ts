import type { Pack } from '../policy/pack-schema';

/**
 * A citation as users read it: `scitc-2025 附件2 第十三条` → `《领导干部兼职管理办法》第十三条` (the document's Chinese
 * title, never the pack id). A citation of an unknown pack is returned as it is. Pure.
 */
export function readableCitation(packs: ReadonlyMap<string, Pack>, citation: string | null | undefined): string | null {
  if (!citation) return null;
  const [packId, ...rest] = citation.split(' ');
  const pack = packs.get(packId);
  if (!pack || rest.length === 0) return citation;
  const docs = Object.values(pack.documents);
  const labelled = rest.length > 1 ? docs.find((d) => d.label && d.label === rest[0]) : undefined;
  const doc = labelled ?? docs.find((d) => !d.label) ?? (docs.length === 1 ? docs[0] : undefined);
  if (!doc) return citation;
  return `《${doc.title}》${(labelled ? rest.slice(1) : rest).join(' ')}`;
}
