import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { department, dutyWaiver, person, post, tenure } from '../db/schema';
import { activeOn } from '../db/sql';
import type { AuthContext } from '../auth/context';
import type { Duty } from './types';
import { dutyKindLabel, isStepKind } from './registry';
import { owedAs } from './owned';
import type { AppDeps } from '../services/deps';
import { runCommand } from '../http/command';
import { waiveRefusal } from './refusals';
import { AppError } from '../shared/errors';
import { todayIso } from '../shared/dates';
import { dutiesFor, viewOf } from './duties.service';
import { DUTY_STATUSES, dutyOut, presentDuty } from './duties.schema';
import { personOfTenure, postOfTenure } from '../db/joins';
import { idQuery, pageQuery } from '../http/ids';
import { byUrgency, collegeDuties, inScope } from './college-list';


/** The caller's duties; `as` narrows to those owed by name, as one of a group, or through a role. */
const ownedBy = (auth: AuthContext, as?: 'person' | 'shared' | 'role') => (d: Duty) => {
  const how = owedAs({ personId: auth.personId, roles: auth.roles }, d);
  return how !== null && (!as || how === as);
};

const listQuery = z.object({
  kind: z.string().max(40).optional(),
  status: z.enum(DUTY_STATUSES).optional(),
  departmentId: idQuery().optional(),
  page: pageQuery,
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
/** The college's list adds a search: by a person (the subject or an owner) and by a name or keyword. */
export const collegeQuery = listQuery.extend({
  personId: idQuery().optional().describe('只看与该人员有关的事项（对象或责任人）'),
  q: z.string().trim().max(50, '搜索词不能超过 50 个字').optional().describe('人员姓名或关键词（事项、责任方、类别、依据）'),
});
const mineQuery = listQuery.extend({
  owedAs: z.enum(['person', 'shared', 'role']).optional().describe('只看本人应办（person）、与同部门中层干部共同应办（shared）或因所任角色应办（role）的事项'),
  steps: z.enum(['include', 'exclude']).default('include').describe('审批、办理环节（“待我办理”中的事项）：include 一并列出（默认），exclude 不列出'),
});


const countsOut = z.object({ open: z.number(), due_soon: z.number(), overdue: z.number(), done: z.number(), waived: z.number(), total: z.number() });
const emptyCounts = () => ({ open: 0, due_soon: 0, overdue: 0, done: 0, waived: 0, total: 0 });

export const dutiesRoutes = ({ db, packs }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/api/duties/mine',
    {
      config: { access: 'duty.read' },
      schema: { tags: ['duties'], summary: '我的待办：本人或本人所在部门角色应办的事项', querystring: mineQuery, response: { 200: z.object({ total: z.number(), items: z.array(dutyOut) }) } },
    },
    async (req) => {
      const auth = req.auth!;
      const { duties } = await dutiesFor(db, packs, auth.institutionId, todayIso(), auth.factsVersion);
      const q = req.query;
      const mine = duties
        .filter(ownedBy(auth, q.owedAs))
        .filter((d) => (!q.kind || d.kind === q.kind) && (!q.status || d.status === q.status) && (!q.departmentId || d.subjectDepartmentId === q.departmentId))
        .filter((d) => q.steps === 'include' || !isStepKind(d.kind))
        .sort(byUrgency);
      return { total: mine.length, items: mine.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map(presentDuty) };
    },
  );

  app.get(
    '/api/duties',
    {
      config: { access: 'duty.dashboard' },
      schema: { tags: ['duties'], summary: '全院（或所分管部门）应办事项：可按人员、关键词、类别、状态、部门查找', querystring: collegeQuery, response: { 200: z.object({ total: z.number(), items: z.array(dutyOut) }) } },
    },
    async (req) => {
      const { page, pageSize, ...f } = req.query;
      const q = { page, pageSize };
      const list = await collegeDuties(db, packs, req.auth!, f);
      return { total: list.length, items: list.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map(presentDuty) };
    },
  );

  app.get(
    '/api/duties/summary',
    {
      config: { access: 'duty.dashboard' },
      schema: {
        tags: ['duties'],
        summary: '工作台统计：关键数字、按部门和类别的应办事项',
        response: {
          200: z.object({
            asOf: z.string(),
            scoped: z.boolean().describe('只含本人分管或所在的部门（院领导、部门负责人），而非全院'),
            keyNumbers: z.object({ persons: z.number(), cadres: z.number(), middleCadres: z.number(), leadership: z.number(), departments: z.number() }),
            totals: countsOut,
            byKind: z.array(countsOut.extend({ kind: z.string(), label: z.string() })),
            byDepartment: z.array(countsOut.extend({ departmentId: z.number(), name: z.string() })),
          }),
        },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const asOf = todayIso();
      const derivation = await dutiesFor(db, packs, auth.institutionId, asOf, auth.factsVersion);
      // The same for everyone with the same data scope until the facts change: computed once per derivation.
      const scopeKey = auth.scope.all ? 'all' : `${[...auth.scope.departmentIds].sort((a, b) => a - b).join(',')}|${auth.scope.personId ?? ''}`;
      return viewOf(derivation, scopeKey, () => dashboardSummary(auth, derivation.duties.filter(inScope(auth)), asOf));
    },
  );

  async function dashboardSummary(auth: AuthContext, duties: Duty[], asOf: string) {
    const totals = emptyCounts();
    const byKind = new Map<string, ReturnType<typeof emptyCounts>>();
    const byDept = new Map<number, ReturnType<typeof emptyCounts>>();
    const scopeDepts = auth.scope.all ? undefined : auth.scope.departmentIds;
    for (const d of duties) {
      if (scopeDepts && !(d.subjectDepartmentId !== undefined && scopeDepts.includes(d.subjectDepartmentId))) continue;
      for (const c of [totals, get(byKind, d.kind), d.subjectDepartmentId ? get(byDept, d.subjectDepartmentId) : null]) {
        if (!c) continue;
        c[d.status]++;
        c.total++;
      }
    }
    // The key numbers in one pass over today's posts (people counted once per group), beside the departments.
    const counted = (ranks: string[]) => sql<number>`(count(DISTINCT ${tenure.personId}) FILTER (WHERE ${inArray(post.rank, ranks)}))::int`;
    const [depts, [ranks], [persons]] = await Promise.all([
      db.select({ id: department.id, name: department.name }).from(department).where(eq(department.institutionId, auth.institutionId)),
      db
        .select({
          all: counted(['principal', 'leader', 'middle_chief', 'middle_deputy', 'section', 'staff']),
          cadres: counted(['principal', 'leader', 'middle_chief', 'middle_deputy', 'section']),
          middle: counted(['middle_chief', 'middle_deputy']),
          leadership: counted(['principal', 'leader']),
        })
        .from(tenure)
        .innerJoin(post, postOfTenure)
        .innerJoin(person, personOfTenure)
        .where(and(eq(tenure.institutionId, auth.institutionId), activeOn(tenure.startDate, tenure.endDate, asOf), eq(person.status, 'active'), scopeDepts ? inArray(post.departmentId, scopeDepts.length ? scopeDepts : [-1]) : undefined)),
      db.select({ n: count() }).from(person).where(and(eq(person.institutionId, auth.institutionId), eq(person.status, 'active'))),
    ]);
    const deptName = new Map(depts.map((d) => [d.id, d.name]));
    // A leader's or a department head's own duties are theirs (我的待办), not counted beside the departments they
    // oversee (today a 院领导 bar): the numbers and the chart are exactly the departments in scope, the quiet ones included.
    if (scopeDepts) for (const id of scopeDepts) get(byDept, id);
    return {
      asOf,
      scoped: !!scopeDepts,
      keyNumbers: {
        persons: scopeDepts ? ranks.all : persons.n,
        cadres: ranks.cadres,
        middleCadres: ranks.middle,
        leadership: ranks.leadership,
        departments: scopeDepts ? scopeDepts.length : depts.length,
      },
      totals,
      byKind: [...byKind].map(([kind, c]) => ({ kind, label: dutyKindLabel(kind), ...c })),
      byDepartment: [...byDept]
        .map(([departmentId, c]) => ({ departmentId, name: deptName.get(departmentId) ?? String(departmentId), ...c }))
        .sort((a, b) => b.overdue - a.overdue || b.total - a.total),
    };
  }

  app.post(
    '/api/duties/waive',
    {
      config: { access: 'duty.waive' },
      schema: {
        tags: ['duties'],
        summary: '免办：写明理由后不再要求办理（如“原则上”条款的例外）',
        body: z.object({ key: z.string().min(1).max(200), reason: z.string().trim().min(5, '请写明免办理由（至少 5 个字）').max(500) }),
        response: { 200: dutyOut },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const { duties } = await dutiesFor(db, packs, auth.institutionId, todayIso(), auth.factsVersion);
      const found = duties.find((x) => x.key === req.body.key);
      // The rule a batch waiver follows too (refusals.ts): it exists, 回避, not done or waived already.
      const refused = waiveRefusal(auth, found);
      if (refused) throw new AppError(refused.code, refused.message, refused.status, refused.code === 'DUTY.NOT_FOUND' ? { field: 'key' } : {});
      const d = found!;
      return runCommand(db, req, async (tx) => {
        const [w] = await tx.insert(dutyWaiver).values({ institutionId: auth.institutionId, dutyKey: d.key, reason: req.body.reason, waivedBy: auth.accountId }).returning();
        const after: Duty = { ...d, status: 'waived', waiver: { reason: w.reason, waivedBy: w.waivedBy, waivedAt: w.waivedAt.toISOString() } };
        return { result: presentDuty(after), audit: { action: 'duty.waive', entityType: 'duty', entityId: d.key, before: { status: d.status }, after: { status: 'waived', reason: w.reason } } };
      });
    },
  );
};

function get<K>(m: Map<K, ReturnType<typeof emptyCounts>>, k: K) {
  let v = m.get(k);
  if (!v) m.set(k, (v = emptyCounts()));
  return v;
}
