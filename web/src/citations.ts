export type CitationDocument = { packId: string; label: string; short: string; title: string; institution: string; docNo: string | null };

/** The regulations' documents, read once after sign-in: citations are shown by their Chinese names, never a pack id. */
let docs: CitationDocument[] = [];

export function setCitationDocuments(list: CitationDocument[]): void {
  docs = list;
}

/** A citation as the server gives it, `<pack> [附件N] <article>`, split into its document and its article. */
function parse(citation: string): { doc: CitationDocument; article: string } | null {
  const [packId, ...rest] = citation.split(' ');
  const mine = docs.filter((d) => d.packId === packId);
  if (!mine.length) return null;
  const labelled = mine.find((d) => d.label && d.label === rest[0]);
  if (labelled) return { doc: labelled, article: rest.slice(1).join(' ') };
  const main = mine.find((d) => !d.label) ?? mine[0];
  return { doc: main, article: rest.join(' ') };
}

/** `scitc-2025 附件1 第八条（二）` → `《谈心谈话规定》第八条（二）`; unknown forms are shown as they are. */
export function citationText(citation: string): string {
  return withCitationNames(citation);
}

/** The full name of the document cited, for a tooltip: institution, title and document number. */
export function citationSource(citation: string): string | undefined {
  const p = parse(citation);
  return p ? `${p.doc.institution}《${p.doc.title}》${p.doc.docNo ? `（${p.doc.docNo}）` : ''}${p.article}` : undefined;
}

/**
 * Rewrites every citation inside a sentence (a reason, an error's article): `依据 scitc-2025 附件2 第八条` →
 * `依据《领导干部兼职管理办法》第八条`. Only the pack id and attachment label are replaced; the article stays as written.
 */
export function withCitationNames(text: string): string {
  if (!docs.length) return text;
  const ids = [...new Set(docs.map((d) => d.packId))].join('|');
  return text.replace(new RegExp(`(${ids}) (?:(附件\\d+) )?`, 'g'), (m, packId: string, label: string | undefined) => {
    const doc = docs.find((d) => d.packId === packId && d.label === (label ?? '')) ?? docs.find((d) => d.packId === packId && !d.label);
    return doc ? `《${doc.short}》` : m;
  });
}
