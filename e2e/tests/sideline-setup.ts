import type { Page } from '@playwright/test';
import { expect, getJson } from './harness';

/** The outside organization the specs' applications name, registered by the applicant (登记兼职单位) on first use. */
export const SIDELINE_ORG = '省职业教育装备行业协会（测试）';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const ATTACHMENTS = ['leaders_list', 'legal_person_certificate', 'charter', 'invitation', 'commitment'];
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** GB 32100: a 统一社会信用代码 with its check character. */
export function uscc(first17: string) {
  const set = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const c = 31 - ([...first17].reduce((s, ch, i) => s + set.indexOf(ch) * w[i], 0) % 31);
  return first17 + set[c === 31 ? 0 : c];
}

/**
 * The signed-in applicant of `page` applies to hold `postTitle` at SIDELINE_ORG from a month on, attaches the five
 * documents the regulation asks for and submits (scitc-2025 附件2 第十三条): what the application form does, through
 * the API. Returns the application's id; it then waits for its first step (the overseeing leader's consent).
 */
export async function submitSidelineApplication(page: Page, postTitle: string): Promise<number> {
  const orgs = await getJson<{ id: number; name: string }[]>(page, `/api/outside-orgs?q=${encodeURIComponent(SIDELINE_ORG)}`);
  let org = orgs.find((o) => o.name === SIDELINE_ORG);
  if (!org) {
    const registered = await page.request.post('/api/outside-orgs', { data: { name: SIDELINE_ORG, kind: 'association', uscc: uscc('51510100MJ0000077'), registeredWith: '省民政厅', relatedField: true } });
    expect(registered.status(), await registered.text()).toBe(201);
    org = (await registered.json()) as { id: number; name: string };
  }
  const start = new Date(Date.now() + 30 * 86_400_000);
  const res = await page.request.post('/api/sideline-applications', {
    data: { orgId: org.id, postTitle, hasTerms: true, termYears: 5, startDate: iso(start), endDate: iso(new Date(start.getTime() + (5 * 365 - 1) * 86_400_000)), reason: '学院牵头专业群建设，兼任该职务有利于对接行业标准', commitment: true },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: number };
  for (const kind of ATTACHMENTS) {
    const up = await page.request.post(`/api/sideline-applications/${id}/files`, { data: { kind, fileName: `${kind}.pdf`, contentBase64: PDF.toString('base64') } });
    expect(up.status(), await up.text()).toBe(201);
  }
  const submitted = await page.request.post(`/api/sideline-applications/${id}/submit`);
  expect(submitted.status(), await submitted.text()).toBe(200);
  return id;
}
