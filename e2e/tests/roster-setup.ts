import type { Page } from '@playwright/test';
import { expect, getJson } from './harness';

/**
 * Builds the situation a spec needs through the product's own HTTP API, as the organization department would through
 * 人员 (花名册): a department of its own, people with valid ID numbers, their posts and tenures. A spec then asserts the
 * exact counts and names of what it built, never searching the demo for something that happens to fit.
 */

/** Today in Beijing (the product runs on the real date). */
export const todayIso = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
/** Distinct for every person built in this run of the product (ID numbers and staff numbers are unique in a college). */
let serial = Math.floor(Math.random() * 5000);

/** A GB 11643 ID number born on `birthDate` (male: odd sequence digit) with its check character. */
function idNumber(birthDate: string, seq: number): string {
  const first17 = `510104${birthDate.replaceAll('-', '')}${String(seq % 500 * 2 + 1).padStart(3, '0')}`;
  const sum = [...first17].reduce((s, ch, i) => s + Number(ch) * WEIGHTS[i], 0);
  return first17 + CHECK[sum % 11];
}

export interface Built {
  departmentId: number;
  name: string;
  people: { id: number; name: string; staffNo: string }[];
}

/** A person to build: a name (holding the department's common post), or a name with a post of their own. */
export type Member = string | { name: string; rank: string; title: string };
const SINGLE_HOLDER = ['principal', 'leader', 'middle_chief', 'middle_deputy'];

/**
 * A department named `name` whose people (in the order given) hold their posts since `since` (default 1 March of
 * this year): what the roster's 新增部门, 新增人员, 新增职位 and 任职 do. A plain name holds the common post, `rank`
 * titled `title` (default 科员, staff); a middle cadre's post is their own (its chief the department's head).
 */
export async function newDepartment(
  page: Page,
  name: string,
  people: Member[],
  opts: { rank?: string; title?: string; since?: string; kind?: string } = {},
): Promise<Built> {
  const post = async <T>(url: string, data: unknown): Promise<T> => {
    const res = await page.request.post(url, { data });
    expect(res.status(), `${url}: ${await res.text()}`).toBe(201);
    return (await res.json()) as T;
  };
  const since = opts.since ?? `${todayIso().slice(0, 4)}-03-01`;
  const code = `E2E${Date.now().toString(36).toUpperCase()}${++serial}`.slice(0, 20);
  const { id: departmentId } = await post<{ id: number }>('/api/departments', { code, name, kind: opts.kind ?? 'admin', sortOrder: 9000 });
  const posts = new Map<string, number>();
  const postFor = async (rank: string, title: string) => {
    const key = `${rank}/${title}`;
    if (SINGLE_HOLDER.includes(rank) || !posts.has(key))
      posts.set(key, (await post<{ id: number }>('/api/posts', { departmentId, title, rank, isHead: rank === 'middle_chief' })).id);
    return posts.get(key)!;
  };
  const built: Built['people'] = [];
  for (const member of people) {
    const m = typeof member === 'string' ? { name: member, rank: opts.rank ?? 'staff', title: opts.title ?? '科员' } : member;
    const n = ++serial;
    const birthDate = `19${70 + (n % 25)}-0${1 + (n % 9)}-1${n % 10}`;
    const { id } = await post<{ id: number }>('/api/persons', {
      staffNo: `E2E-${n}`,
      name: m.name,
      gender: 'male',
      birthDate,
      idNumber: idNumber(birthDate, n),
      politicalStatus: 'cpc_member',
      hireDate: `20${10 + (n % 10)}-07-01`,
    });
    await post('/api/tenures', { personId: id, postId: await postFor(m.rank, m.title), startDate: since, appointReason: '工作需要' });
    built.push({ id, name: m.name, staffNo: `E2E-${n}` });
  }
  return { departmentId, name, people: built };
}

/** This year's appraisal cycle of the college: the one open now, or opened now (第6条: one a year). */
export async function thisYearsCycle(page: Page): Promise<{ id: number; year: number }> {
  const year = Number(todayIso().slice(0, 4));
  const found = (await getJson<{ id: number; year: number; status: string }[]>(page, '/api/appraisal-cycles')).find((c) => c.year === year);
  if (found) {
    expect(found.status).toBe('open');
    return found;
  }
  const res = await page.request.post('/api/appraisal-cycles', { data: { year } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: number; year: number };
}
