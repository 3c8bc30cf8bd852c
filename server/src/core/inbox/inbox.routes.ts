import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AuthContext } from '../auth/context';
import { ROLE_LABELS, type Role } from '../auth/roles';
import { person } from '../db/schema';
import { dutiesFor } from '../duties/duties.service';
import { dutyKindArea, dutyKindLabel, isStepKind } from '../duties/registry';
import { STATUS_LABELS } from '../duties/status';
import { citationName } from '../policy/citation-names';
import type { AppDeps } from '../services/deps';
import { todayIso } from '../shared/dates';
import { inboxOf } from './inbox';

const itemOut = z.object({
  key: z.string(),
  area: z.string().describe('所属业务（兼职管理、容错纠错…）'),
  kind: z.string(),
  kindLabel: z.string(),
  what: z.string().describe('待办理的环节'),
  whose: z.string().nullable().describe('谁的事项（申请人、被函询人…）'),
  whosePersonId: z.number().nullable(),
  since: z.string().nullable().describe('送达本环节之日'),
  dueDate: z.string(),
  dueIsDefault: z.boolean().describe('期限为系统默认（制度未定期限）'),
  status: z.enum(['open', 'due_soon', 'overdue']),
  statusLabel: z.string(),
  citation: z.string().nullable(),
  article: z.string().nullable().describe('依据，如《领导干部兼职管理办法》第十三条'),
  isDefaultRule: z.boolean(),
  owedAs: z.enum(['person', 'shared', 'role']).describe('本人 / 与同部门中层干部共同 / 因所任角色（如党委组织部）'),
  owner: z.string(),
  link: z.string().describe('办理页面'),
  reasons: z.array(z.string()),
});
const countOut = z.object({ total: z.number(), overdue: z.number() });

/** 待我办理: every procedure step, across the areas, that waits for the signed-in person. */
export const inboxRoutes = ({ db, packs }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const entries = async (auth: AuthContext) => {
    const { duties } = await dutiesFor(db, packs, auth.institutionId, todayIso(), auth.factsVersion);
    return inboxOf({ personId: auth.personId, roles: auth.roles }, duties, isStepKind);
  };

  app.get(
    '/api/inbox',
    {
      config: { access: 'duty.read' },
      schema: { tags: ['duties'], summary: '待我办理：各项程序中等待本人办理的环节', response: { 200: countOut.extend({ items: z.array(itemOut) }) } },
    },
    async (req) => {
      const auth = req.auth!;
      const list = await entries(auth);
      const ids = [...new Set(list.flatMap((e) => (e.duty.subjectPersonId === undefined ? [] : [e.duty.subjectPersonId])))];
      const names = new Map(
        ids.length
          ? (await db.select({ id: person.id, name: person.name }).from(person).where(and(eq(person.institutionId, auth.institutionId), inArray(person.id, ids)))).map((p) => [p.id, p.name])
          : [],
      );
      return {
        total: list.length,
        overdue: list.filter((e) => e.duty.status === 'overdue').length,
        items: list.map(({ duty: d, owedAs }) => ({
          key: d.key,
          area: dutyKindArea(d.kind),
          kind: d.kind,
          kindLabel: dutyKindLabel(d.kind),
          what: d.title,
          whose: d.subjectPersonId === undefined ? null : (names.get(d.subjectPersonId) ?? null),
          whosePersonId: d.subjectPersonId ?? null,
          since: d.since ?? null,
          dueDate: d.dueDate,
          dueIsDefault: d.dueIsDefault,
          status: d.status as 'open' | 'due_soon' | 'overdue',
          statusLabel: STATUS_LABELS[d.status],
          citation: d.citation,
          article: citationName(packs, d.citation),
          isDefaultRule: d.isDefaultRule,
          owedAs,
          owner: owedAs === 'person' ? '本人' : d.owner.type === 'role' ? (ROLE_LABELS[d.owner.role as Role] ?? d.owner.role) : (d.ownerLabel ?? ''),
          link: d.link,
          reasons: d.detail.reasons,
        })),
      };
    },
  );

  app.get(
    '/api/inbox/count',
    {
      config: { access: 'duty.read' },
      schema: { tags: ['duties'], summary: '待我办理的环节数（菜单角标）', response: { 200: countOut } },
    },
    async (req) => {
      const list = await entries(req.auth!);
      return { total: list.length, overdue: list.filter((e) => e.duty.status === 'overdue').length };
    },
  );
};
