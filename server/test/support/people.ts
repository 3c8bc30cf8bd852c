import { expect } from 'vitest';
import { addDays } from '../../src/core/shared/dates';
import type { Client } from './app';
import { fictionalId } from './roster-files';

let seq = 0;

/**
 * A person of the test's own, through the people API, holding a new post (of the rank and title given) in a department
 * created for the purpose: tests build the rows they need instead of hunting the demo for someone who fits.
 */
export async function newHolder(
  org: Client,
  opts: { n: number; rank: string; title: string; since: string; politicalStatus?: string; departmentKind?: string; departmentName?: string; isHead?: boolean },
): Promise<{ personId: number; postId: number; tenureId: number; departmentId: number; name: string; warnings: { code: string; message: string; basis: string }[] }> {
  seq++;
  const id = fictionalId(opts.n);
  const name = `测试${'甲乙丙丁戊己庚辛壬癸'[opts.n % 10]}${'子丑寅卯辰巳午未申酉戌亥'[seq % 12]}`;
  const dept = await org.post('/api/departments', { code: `t${opts.n}x${seq}`, name: opts.departmentName ?? `测试部门${opts.n}-${seq}`, kind: opts.departmentKind ?? 'admin' });
  expect(dept.statusCode, dept.body).toBe(201);
  const person = await org.post('/api/persons', {
    staffNo: `T${opts.n}X${seq}`, name, gender: id.gender === '男' ? 'male' : 'female', birthDate: id.birthDate, idNumber: id.idNumber,
    politicalStatus: opts.politicalStatus ?? 'cpc_member', hireDate: addDays(id.birthDate, 23 * 366),
  });
  expect(person.statusCode, person.body).toBe(201);
  const post = await org.post('/api/posts', { departmentId: dept.json().id, title: opts.title, rank: opts.rank, isHead: opts.isHead ?? false });
  expect(post.statusCode, post.body).toBe(201);
  const tenure = await org.post('/api/tenures', { personId: person.json().id, postId: post.json().id, startDate: opts.since, appointReason: '经党委会研究决定' });
  expect(tenure.statusCode, tenure.body).toBe(201);
  return { personId: person.json().id, postId: post.json().id, tenureId: tenure.json().id, departmentId: dept.json().id, name, warnings: tenure.json().warnings };
}
