import { describe, expect, it } from 'vitest';
import { ENGINES, packs } from './support/database';
import { newCollege, useFactoryApp, userWith } from './support/factories';

/**
 * 制度 page: users read each regulation by its Chinese name and article; no pack id (`scitc-2025`) and no internal
 * identifier (`overseeing_leader`, `party_chief,admin_chief`) in any text the page shows, for a college under each pack.
 */
describe.each(ENGINES)('the 制度 page speaks Chinese on %s', (engine) => {
  const ctx = useFactoryApp(engine);
  const packIds = [...packs.keys()];
  const internal = (text: string) => [...packIds.filter((id) => text.includes(id)), ...(text.match(/[a-z]+_[a-z_]+|\b[a-z]{3,}\b/g) ?? [])];

  type Policy = {
    areas: { label: string; packId: string | null; institution: string | null; regulations: string[] }[];
    documents: { title: string; label: string; docNo: string | null; institution: string }[];
    rules: { description: string; valueText: string; note: string | null; documentTitle: string | null; unit: string | null; isDefault: boolean; citation: string | null }[];
  };

  it.each(packIds)('a college under %s: every area, document and rule as the page shows it', async (packId) => {
    const c = await newCollege(ctx.database.db, { packId });
    const org = await userWith(ctx.app, c, ['org']);
    const res = await org.get('/api/policy');
    expect(res.statusCode).toBe(200);
    const p = res.json() as Policy;
    expect(p.rules.length).toBeGreaterThan(10);
    const shown: [string, string][] = [
      ...p.areas.flatMap((a) => [[`area ${a.label}`, a.label], [`area ${a.label} institution`, a.institution ?? ''], ...a.regulations.map((r) => [`area ${a.label} regulation`, r] as [string, string])] as [string, string][]),
      ...p.documents.flatMap((d) => [[`document ${d.title}`, `${d.institution}${d.label}《${d.title}》${d.docNo ?? ''}`]] as [string, string][]),
      ...p.rules.flatMap((r) => [[`rule ${r.description}`, [r.description, r.valueText, r.note ?? '', r.documentTitle ?? '', r.unit ?? ''].join(' ')]] as [string, string][]),
    ];
    for (const [where, text] of shown) expect(internal(text), `${where}: ${text}`).toEqual([]);
    // Each area in force names the regulation its rules come from, and whose it is when adopted.
    for (const a of p.areas.filter((x) => x.packId)) {
      expect(a.regulations.length, a.label).toBeGreaterThan(0);
      expect(a.institution, a.label).toMatch(/[\u4e00-\u9fff]/);
    }
    // The citations are ids the web turns into names; every one names a document of a known pack.
    for (const r of p.rules.filter((x) => !x.isDefault)) expect(r.documentTitle, r.description).toMatch(/[\u4e00-\u9fff]/);
  });

  it('the vocabulary names every value in Chinese', async () => {
    const c = await newCollege(ctx.database.db);
    const org = await userWith(ctx.app, c, ['org']);
    const { values, groups } = (await org.get('/api/policy/vocabulary')).json() as { values: Record<string, string>; groups: Record<string, Record<string, string>> };
    for (const [id, word] of [...Object.entries(values), ...Object.values(groups).flatMap((g) => Object.entries(g))]) expect(internal(word), id).toEqual([]);
  });
});
