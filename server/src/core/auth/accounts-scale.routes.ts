import ExcelJS from 'exceljs';
import { and, asc, eq, gt, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { account, institution, person, session, signInThrottle } from '../db/schema';
import type { Db } from '../db/client';
import type { AppDeps } from '../services/deps';
import { runCommand } from '../http/command';
import { ASSIGNED_ROLES, ROLE_LABELS, type Role } from './roles';
import { titledSheet } from '../documents/excel';
import { collegeOf, sendDocument } from '../documents/send';
import { todayIso } from '../shared/dates';
import { unusablePasswordHash } from './sign-in-throttle';
import { ssoUsername } from './sso/identity-rules';
import { notifyAll } from '../notifications/notify';
import { noticeOf } from '../reminders/events';

export const ACCOUNT_STATUSES = ['enabled', 'disabled', 'locked', 'departed', 'sso'] as const;
const PERSON_STATUS: Record<string, string> = { active: '在职', retired: '已退休', left: '已离职' };

const filters = z.object({
  q: z.string().trim().max(50, '搜索词不能超过 50 个字').optional().describe('姓名、用户名或工号'),
  role: z.enum(ASSIGNED_ROLES, '角色取值不正确').optional().describe('授予的角色'),
  status: z.enum(ACCOUNT_STATUSES, '状态取值不正确').optional().describe('账号状态'),
});

const item = z.object({
  id: z.number(), username: z.string(), displayName: z.string(), personId: z.number().nullable(), personName: z.string().nullable(), staffNo: z.string().nullable(),
  personStatus: z.string().nullable().describe('人员状态：active 在职 / retired 已退休 / left 已离职'),
  roles: z.array(z.object({ role: z.string(), label: z.string() })), disabled: z.boolean(), locked: z.boolean(), mustChangePassword: z.boolean(),
  sso: z.boolean().describe('经统一身份认证登录过（本系统无密码）'), createdAt: z.string(),
});

function where(institutionId: number, f: z.infer<typeof filters>): SQL {
  const parts: (SQL | undefined)[] = [eq(account.institutionId, institutionId)];
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(or(sql`${account.username} ILIKE ${like}`, sql`${account.displayName} ILIKE ${like}`, sql`${person.name} ILIKE ${like}`, sql`${person.staffNo} ILIKE ${like}`));
  }
  if (f.role) parts.push(sql`${f.role} = ANY(${account.roles})`);
  if (f.status === 'enabled') parts.push(eq(account.disabled, false));
  if (f.status === 'disabled') parts.push(eq(account.disabled, true));
  if (f.status === 'locked') parts.push(gt(signInThrottle.lockedUntil, sql`now()`));
  if (f.status === 'departed') parts.push(ne(person.status, 'active'));
  if (f.status === 'sso') parts.push(isNotNull(account.ssoLinkedAt));
  return and(...parts)!;
}

async function findAccounts(db: Db, institutionId: number, f: z.infer<typeof filters>, page?: { offset: number; limit: number }) {
  const q = db
    .select({ a: account, personName: person.name, staffNo: person.staffNo, personStatus: person.status, lockedUntil: signInThrottle.lockedUntil, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(account)
    .leftJoin(person, eq(person.id, account.personId))
    .leftJoin(signInThrottle, eq(signInThrottle.username, account.username))
    .where(where(institutionId, f))
    .orderBy(asc(account.id));
  const rows = page ? await q.offset(page.offset).limit(page.limit) : await q;
  const now = new Date();
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map(({ a, personName, staffNo, personStatus, lockedUntil }) => ({
      id: a.id, username: a.username, displayName: a.displayName, personId: a.personId, personName, staffNo, personStatus, disabled: a.disabled, locked: !!lockedUntil && lockedUntil > now,
      mustChangePassword: a.mustChangePassword, sso: a.ssoLinkedAt !== null, createdAt: a.createdAt.toISOString(), roles: (a.roles as Role[]).map((r) => ({ role: r, label: ROLE_LABELS[r] ?? r })),
    })),
  };
}

/**
 * 账号管理 at college scale (about 2,000 accounts): search, filters and paging; the list as a workbook; and disabling
 * in one step every account whose person the roster shows as retired or left. The older GET /api/accounts (the whole
 * list) stays as it was.
 */
export const accountsScaleRoutes = ({ db }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/api/accounts/search',
    {
      config: { access: 'account.read' },
      schema: {
        tags: ['accounts'],
        summary: '查找账号（系统管理员、安全管理员）：按姓名、用户名或工号搜索，按授予的角色和状态筛选，分页',
        querystring: filters.extend({ page: z.coerce.number().int().min(1, '页码从 1 开始').max(10_000).default(1), pageSize: z.coerce.number().int().min(1).max(100, '每页最多 100 条').default(20) }),
        response: { 200: z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() }) },
      },
    },
    async (req) => {
      const { page, pageSize, ...f } = req.query;
      const found = await findAccounts(db, req.auth!.institutionId, f, { offset: (page - 1) * pageSize, limit: pageSize });
      return { ...found, page, pageSize };
    },
  );

  app.get(
    '/api/accounts/export.xlsx',
    { config: { access: 'account.read' }, schema: { tags: ['accounts'], summary: '导出账号清单（Excel，按当前搜索和筛选）；不含任何密码或激活码', querystring: filters } },
    async (req, reply) => {
      const auth = req.auth!;
      const { items } = await findAccounts(db, auth.institutionId, req.query);
      const inst = await collegeOf(db, auth.institutionId);
      const today = todayIso();
      const wb = new ExcelJS.Workbook();
      wb.creator = '干部管理监督平台';
      titledSheet(
        wb, '账号清单', `${inst.name}干部管理监督平台账号清单`, `导出日期 ${today}　共 ${items.length} 个账号`,
        ['序号', '用户名', '显示名称', '工号', '关联人员', '人员状态', '授予的角色', '登录方式', '账号状态', '创建时间'],
        items.map((a, i) => [
          i + 1, a.username, a.displayName, a.staffNo, a.personName, a.personStatus ? (PERSON_STATUS[a.personStatus] ?? a.personStatus) : null, a.roles.map((r) => r.label).join('、'),
          a.sso ? '统一身份认证' : '本地密码', a.disabled ? '已停用' : a.locked ? '已锁定' : '正常', a.createdAt.slice(0, 10),
        ]),
        [6, 24, 14, 14, 12, 10, 24, 14, 10, 12],
      );
      return sendDocument(db, req, reply, { base: `${inst.shortName}账号清单${today}`, ext: 'xlsx', body: Buffer.from(await wb.xlsx.writeBuffer()), detail: { filters: req.query, count: items.length } });
    },
  );

  app.post(
    '/api/accounts/disable-departed',
    {
      config: { access: 'account.manage' },
      schema: {
        tags: ['accounts'],
        summary: '停用已离职、退休人员的账号（系统管理员）：名册中人员状态不是“在职”的，其账号一次停用，会话全部结束；dryRun 只列出不停用',
        body: z.object({ dryRun: z.boolean().default(false).describe('只列出，不停用') }),
        response: { 200: z.object({ count: z.number(), accounts: z.array(z.object({ id: z.number(), username: z.string(), displayName: z.string(), personStatus: z.string() })) }) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const rows = await db
        .select({ id: account.id, username: account.username, displayName: account.displayName, personStatus: person.status })
        .from(account)
        .innerJoin(person, eq(person.id, account.personId))
        .where(and(eq(account.institutionId, auth.institutionId), eq(account.disabled, false), ne(person.status, 'active')))
        .orderBy(asc(account.id));
      if (req.body.dryRun || rows.length === 0) return { count: rows.length, accounts: rows };
      const ids = rows.map((r) => r.id);
      await runCommand(
        db,
        req,
        async (tx) => {
          await tx.update(account).set({ disabled: true }).where(inArray(account.id, ids));
          await tx.delete(session).where(inArray(session.accountId, ids));
          return { result: null, audit: { action: 'account.disable_departed', entityType: 'account', detail: { count: ids.length, accounts: rows.map((r) => ({ id: r.id, username: r.username, personStatus: r.personStatus })) } } };
        },
        { affects: 'nothing' },
      );
      return { count: rows.length, accounts: rows };
    },
  );

  app.post(
    '/api/accounts/from-roster',
    {
      config: { access: 'account.manage' },
      schema: {
        tags: ['accounts'],
        summary: '按人员名册批量建立账号（系统管理员，未接入统一身份认证的学院）：名册中在职、尚无账号的人各建一个账号（用户名为“学院代码.工号”），角色按职务确定；不生成任何密码，本人须经“重置密码”的两段激活码自行设置；dryRun 只列出',
        body: z.object({ dryRun: z.boolean().default(false).describe('只列出，不建立') }),
        response: { 200: z.object({ count: z.number(), accounts: z.array(z.object({ personId: z.number(), username: z.string(), displayName: z.string() })), skipped: z.array(z.object({ personId: z.number(), username: z.string(), reason: z.string() })) }) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const [inst] = await db.select({ code: institution.code }).from(institution).where(eq(institution.id, auth.institutionId));
      const rows = await db
        .select({ personId: person.id, name: person.name, staffNo: person.staffNo })
        .from(person)
        .leftJoin(account, eq(account.personId, person.id))
        .where(and(eq(person.institutionId, auth.institutionId), eq(person.status, 'active'), isNull(account.id)))
        .orderBy(asc(person.staffNo));
      const wanted = rows.map((r) => ({ personId: r.personId, username: ssoUsername(inst.code, r.staffNo), displayName: r.name }));
      const taken = new Set(
        wanted.length ? (await db.select({ u: account.username }).from(account).where(inArray(account.username, wanted.map((w) => w.username)))).map((r) => r.u) : [],
      );
      const skipped = wanted.filter((w) => taken.has(w.username)).map((w) => ({ personId: w.personId, username: w.username, reason: '用户名已被其他账号使用' }));
      const accounts = wanted.filter((w) => !taken.has(w.username));
      if (req.body.dryRun || accounts.length === 0) return { count: accounts.length, accounts, skipped };
      // One hash of 32 random bytes nobody keeps: no password opens these accounts until an activation sets one.
      const passwordHash = await unusablePasswordHash();
      await runCommand(
        db,
        req,
        async (tx) => {
          for (let i = 0; i < accounts.length; i += 500)
            await tx.insert(account).values(accounts.slice(i, i + 500).map((a) => ({ institutionId: auth.institutionId, username: a.username, displayName: a.displayName, personId: a.personId, passwordHash })));
          // Each person is told through their own channels (never a list on the administrator's screen).
          await notifyAll(
            tx,
            accounts.map((a) => ({ institutionId: auth.institutionId, recipientPersonId: a.personId, createdBy: auth.accountId, dedupeKey: `account_created:${a.username}`, ...noticeOf('account.created', { id: a.personId, who: a.displayName, what: a.username }) })),
          );
          return { result: null, audit: { action: 'account.create_from_roster', entityType: 'account', detail: { count: accounts.length, usernames: accounts.map((a) => a.username), skipped: skipped.length } } };
        },
        { affects: 'nothing' },
      );
      return { count: accounts.length, accounts, skipped };
    },
  );
};
