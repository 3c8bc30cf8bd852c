export type CitationDocument = { packId: string; label: string; short: string; title: string; institution: string; docNo: string | null };

/** The regulations' documents, read once after sign-in: citations are shown by their Chinese names, never a pack id. */
let docs: CitationDocument[] = [];

/** A pack id, and its attachment label if any, wherever they stand in a text: built once from the documents. */
let citedPack: RegExp | null = null;

export function setCitationDocuments(list: CitationDocument[]): void {
  docs = list;
  const ids = [...new Set(list.map((d) => d.packId))].join('|');
  citedPack = ids ? new RegExp(`(${ids}) (?:(附件\\d+) )?`, 'g') : null;
}

/** A citation as the server gives it, `<pack> [附件N] <article>`, split into its document and its article. */
function parse(citation: string): { doc: CitationDocument; article: string } | null {
  const [packId, ...rest] = citation.split(' ');
  const labelled = rest[0]?.startsWith('附件') ? documentOf(packId, rest[0]) : undefined;
  if (labelled) return { doc: labelled, article: rest.slice(1).join(' ') };
  const main = documentOf(packId);
  return main ? { doc: main, article: rest.join(' ') } : null;
}

/** A pack's document by its attachment label, or its one unlabelled document. */
function documentOf(packId: string, label?: string): CitationDocument | undefined {
  return docs.find((d) => d.packId === packId && d.label === (label ?? '')) ?? docs.find((d) => d.packId === packId && !d.label);
}

/** The document a citation is in, as users name it: `《领导干部兼职管理办法》`; undefined when unknown. */
export function documentShort(citation: string | null | undefined): string | undefined {
  const p = citation ? parse(citation) : null;
  return p ? `《${p.doc.short}》` : undefined;
}

/** The article alone, for a page that names its regulation already: `scitc-2025 附件1 第八条（二）` → `第八条（二）`. */
export function articleOf(citation: string): string {
  const p = parse(citation);
  if (p) return p.article;
  const [, ...rest] = citation.split(' ');
  return (rest[0]?.startsWith('附件') ? rest.slice(1) : rest).join(' ');
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
  if (!citedPack) return text;
  return text.replace(citedPack, (m, packId: string, label: string | undefined) => {
    const doc = documentOf(packId, label);
    return doc ? `《${doc.short}》` : m;
  });
}
