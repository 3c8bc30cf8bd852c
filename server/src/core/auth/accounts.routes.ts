import { lockCollege } from '../db/college-lock';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { account, person, session, signInThrottle } from '../db/schema';
import type { AppDeps } from '../services/deps';
import { runCommand } from '../http/command';
import { AppError, notFound } from '../shared/errors';
import { ASSIGNED_ROLES, ROLE_LABELS, roleAssignmentProblem, type Role } from './roles';
import { idParam } from '../http/ids';
import { writeAudit } from '../audit/audit.writer';
import { clearAttempts, unusablePasswordHash } from './sign-in-throttle';
import { openReset } from './password-reset.service';
import { idField } from '../http/ids';

const accountOut = z.object({
  id: z.number(), username: z.string(), displayName: z.string(), personId: z.number().nullable(), personName: z.string().nullable(),
  roles: z.array(z.object({ role: z.string(), label: z.string() })), disabled: z.boolean(), locked: z.boolean(), mustChangePassword: z.boolean(), createdAt: z.string(),
});
/** Half of a one-time activation code, for the system administrator to hand to the person; shown once. */
const issued = z.object({
  id: z.number(), username: z.string(),
  resetId: z.number().describe('重置申请编号：待安全管理员批准'),
  requestHalf: z.string().describe('激活码前半段（系统管理员交给本人）'),
  expiresAt: z.string(),
});

/**
 * Accounts under 三员分立: the system administrator creates, disables, enables and asks for resets of accounts (a new
 * or reset account gets no password anyone sees: the request yields half of an activation code, the security
 * administrator's approval the other half, see password-resets.routes); the security administrator assigns roles
 * (never two administrator roles to one account, nor an administrator role with a business role or a person); both
 * see the list; neither sees business records. Every change is audited with before and after.
 */
export const accountRoutes = ({ db, config }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const hours = config.security.activationHours;
  const load = async (institutionId: number, id: number) => {
    const [a] = await db.select().from(account).where(and(eq(account.institutionId, institutionId), eq(account.id, id)));
    if (!a) throw notFound('账号', 'ACCOUNT.NOT_FOUND');
    return a;
  };
  const notSelf = (authId: number, id: number, what: string) => {
    if (authId === id) throw new AppError('ACCOUNT.SELF', `不能${what}自己的账号，请由另一位管理员办理`, 409);
  };

  app.get('/api/accounts', { config: { access: 'account.read' }, schema: { tags: ['accounts'], summary: '账号列表（系统管理员、安全管理员）', response: { 200: z.array(accountOut) } } }, async (req) => {
    const rows = await db
      .select({ a: account, personName: person.name, lockedUntil: signInThrottle.lockedUntil })
      .from(account)
      .leftJoin(person, eq(person.id, account.personId))
      .leftJoin(signInThrottle, eq(signInThrottle.username, account.username))
      .where(eq(account.institutionId, req.auth!.institutionId))
      .orderBy(asc(account.id));
    const now = new Date();
    return rows.map(({ a, personName, lockedUntil }) => ({
      id: a.id, username: a.username, displayName: a.displayName, personId: a.personId, personName, disabled: a.disabled, locked: !!lockedUntil && lockedUntil > now,
      mustChangePassword: a.mustChangePassword, createdAt: a.createdAt.toISOString(), roles: (a.roles as Role[]).map((r) => ({ role: r, label: ROLE_LABELS[r] ?? r })),
    }));
  });

  app.post(
    '/api/accounts',
    {
      config: { access: 'account.manage' },
      schema: {
        tags: ['accounts'],
        summary: '新建账号（系统管理员）：不生成密码，只给出激活码前半段；安全管理员批准后给出后半段，本人凭两段激活码自行设置密码；角色由安全管理员授予；一人只能有一个账号',
        body: z.object({
          username: z.string().trim().regex(/^[a-z][a-z0-9._-]{2,31}$/, '用户名应为 3–32 位小写字母、数字、点、下划线或连字符，以字母开头').describe('用户名'),
          displayName: z.string().trim().min(2, '至少 2 个字').max(30, '不能超过 30 个字').describe('显示名称'),
          personId: idField().nullish().transform((v) => v ?? null).describe('关联人员'),
        }),
        response: { 201: issued },
      },
    },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      if (b.personId) {
        const [p] = await db.select({ id: person.id }).from(person).where(and(eq(person.institutionId, auth.institutionId), eq(person.id, b.personId)));
        if (!p) throw new AppError('ACCOUNT.PERSON', '所选人员不存在', 400, { field: 'personId' });
      }
      // Nobody can sign in with the account until its activation code is redeemed.
      const passwordHash = await unusablePasswordHash();
      const out = await runCommand(db, req, async (tx) => {
        // The college's row first: two new accounts check the user name one after the other (and the row is taken
        // before the audit chain head, as core/db/college-lock.ts asks); both audit events go to one chain.
        await lockCollege(tx, auth.institutionId);
        const [dup] = await tx.select({ id: account.id }).from(account).where(eq(account.username, b.username));
        if (dup) throw new AppError('ACCOUNT.DUPLICATE', `用户名“${b.username}”已被使用`, 409, { field: 'username' });
        // One account per person: a second one would carry the roles of the person's posts to whoever holds it.
        if (b.personId) {
          const [held] = await tx.select({ username: account.username }).from(account).where(eq(account.personId, b.personId));
          if (held) throw new AppError('ACCOUNT.PERSON_HAS_ACCOUNT', `该人员已有账号（${held.username}），一人只能有一个账号；忘记密码的请为其申请重置`, 409, { field: 'personId' });
        }
        const [a] = await tx.insert(account).values({ institutionId: auth.institutionId, ...b, passwordHash, mustChangePassword: false, roles: [] }).returning({ id: account.id });
        const reset = await openReset(tx, { institutionId: auth.institutionId, accountId: a.id, kind: 'activation', requestedBy: auth.accountId, hours });
        await writeAudit(tx, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: 'account.reset_request', entityType: 'account', entityId: a.id, detail: { resetId: reset.resetId, kind: 'activation' }, ip: req.ip, outcome: 'success' });
        return { result: { id: a.id, ...reset }, audit: { action: 'account.create', entityType: 'account', entityId: a.id, after: b } };
      });
      return reply.status(201).send({ username: b.username, ...out });
    },
  );

  for (const [action, title, disabled] of [['disable', '停用', true], ['enable', '启用', false]] as const)
    app.post(`/api/accounts/:id/${action}`, { config: { access: 'account.manage' }, schema: { tags: ['accounts'], summary: `${title}账号（系统管理员）${disabled ? '：立即结束其全部会话' : ''}`, params: idParam, response: { 200: z.object({ ok: z.literal(true) }) } } }, async (req) => {
      const auth = req.auth!;
      const a = await load(auth.institutionId, req.params.id);
      notSelf(auth.accountId, a.id, title);
      await runCommand(db, req, async (tx) => {
        await tx.update(account).set({ disabled }).where(eq(account.id, a.id));
        if (!disabled) await clearAttempts(tx, a.username);
        if (disabled) await tx.delete(session).where(eq(session.accountId, a.id));
        return { result: null, audit: { action: `account.${action}`, entityType: 'account', entityId: a.id, before: { disabled: a.disabled }, after: { disabled } } };
      });
      return { ok: true as const };
    });

  app.post(
    '/api/accounts/:id/reset-password',
    {
      config: { access: 'account.manage' },
      schema: {
        tags: ['accounts'],
        summary: '申请重置密码（系统管理员）：给出激活码前半段；安全管理员批准后原密码失效、会话结束并给出后半段；本人凭两段激活码（已启用动态口令的还须动态口令）自行设置新密码',
        params: idParam,
        response: { 200: issued },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const a = await load(auth.institutionId, req.params.id);
      notSelf(auth.accountId, a.id, '重置');
      if (a.ssoLinkedAt) throw new AppError('ACCOUNT.SSO_NO_PASSWORD', '该账号经统一身份认证登录，本系统不保存其密码，无需也不能重置；无法登录的，请联系学校统一身份认证的管理部门', 409);
      // Until the security administrator approves, nothing changes for the account: its password still works.
      const reset = await runCommand(
        db,
        req,
        async (tx) => {
          const r = await openReset(tx, { institutionId: auth.institutionId, accountId: a.id, kind: 'reset', requestedBy: auth.accountId, hours });
          return { result: r, audit: { action: 'account.reset_request', entityType: 'account', entityId: a.id, detail: { resetId: r.resetId, kind: 'reset' } } };
        },
        { affects: 'nothing' },
      );
      return { id: a.id, username: a.username, ...reset };
    },
  );

  app.put(
    '/api/accounts/:id/roles',
    {
      config: { access: 'role.manage' },
      schema: { tags: ['accounts'], summary: '授予角色（安全管理员，三员分立）', params: idParam, body: z.object({ roles: z.array(z.enum(ASSIGNED_ROLES, '角色取值不正确')).max(9).describe('角色') }), response: { 200: z.object({ ok: z.literal(true) }) } },
    },
    async (req) => {
      const auth = req.auth!;
      const a = await load(auth.institutionId, req.params.id);
      notSelf(auth.accountId, a.id, '修改角色于');
      const roles = [...new Set(req.body.roles)];
      const problem = roleAssignmentProblem(roles, { linkedToPerson: a.personId !== null });
      if (problem) throw new AppError('ACCOUNT.ROLES', problem, 400, { field: 'roles', article: 'GB/T 22239-2019 8.1.4.2' });
      await runCommand(db, req, async (tx) => {
        await tx.update(account).set({ roles }).where(eq(account.id, a.id));
        // New rights take effect at the next sign-in: the account's sessions end now.
        await tx.delete(session).where(eq(session.accountId, a.id));
        return { result: null, audit: { action: 'account.roles', entityType: 'account', entityId: a.id, before: { roles: a.roles }, after: { roles } } };
      });
      return { ok: true as const };
    },
  );
};
