import { and, desc, eq, gt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { hash } from '@node-rs/argon2';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { account, passwordReset, person, session } from '../db/schema';
import type { Executor } from '../db/client';
import type { AppDeps } from '../services/deps';
import { runCommand } from '../http/command';
import { writeAudit } from '../audit/audit.writer';
import { AppError, notFound } from '../shared/errors';
import { idParam } from '../http/ids';
import { passwordProblem } from '../security/password-policy';
import { totpSecretOf, unreadableSecret } from './totp-secret';
import { checkTotp } from '../security/totp';
import { checkPassword, clearAttempts, lockedError, recordFailure, releaseAttempt, reserveAttempt, unusablePasswordHash } from './sign-in-throttle';
import { halfMatches, hashHalf, newHalf, RESET_KINDS, RESET_STATUSES, statusOf } from './password-reset.service';

const resetOut = z.object({
  id: z.number(),
  accountId: z.number(),
  username: z.string(),
  displayName: z.string(),
  personName: z.string().nullable().describe('账号关联的人员：其职务决定账号的业务角色'),
  kind: z.enum(RESET_KINDS).describe('reset 重置密码；activation 新账号激活'),
  status: z.enum(RESET_STATUSES),
  requestedByName: z.string(),
  requestedAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  refusalReason: z.string().nullable(),
  expiresAt: z.string(),
  redeemedAt: z.string().nullable(),
});

const ACTIVATION_INVALID = () => new AppError('AUTH.ACTIVATION_INVALID', '用户名或激活码不正确，或激活码已使用、已过期；请核对两段激活码，或请系统管理员重新申请', 400);

/**
 * Password resets and new accounts' activation under split knowledge (see password-reset.service): the security
 * administrator lists and approves or refuses what the system administrator asked for; the person redeems both halves
 * of the code at the sign-in page and chooses their own password. Nobody approves a reset of their own account.
 */
export const passwordResetRoutes = ({ db, config }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const rules = config.security;
  const load = async (institutionId: number, id: number) => {
    const [r] = await db.select().from(passwordReset).where(and(eq(passwordReset.institutionId, institutionId), eq(passwordReset.id, id)));
    if (!r) throw notFound('重置申请', 'RESET.NOT_FOUND');
    return r;
  };
  /** Only a pending, unexpired request of someone else's account can be decided, and not by whoever asked for it. */
  const decidable = (r: typeof passwordReset.$inferSelect, deciderId: number, verb: string) => {
    if (r.accountId === deciderId) throw new AppError('ACCOUNT.SELF', `不能${verb}重置自己账号的申请，请由另一位安全管理员办理`, 409);
    if (r.requestedBy === deciderId) throw new AppError('RESET.SAME_ADMIN', `提出申请的管理员不能${verb}自己的申请（三员分立）`, 409);
    const status = statusOf(r);
    if (status !== 'pending') throw new AppError('RESET.NOT_PENDING', status === 'expired' ? '该申请已过期，请系统管理员重新申请' : '该申请已处理', 409);
  };

  app.get(
    '/api/password-resets',
    { config: { access: 'account.read' }, schema: { tags: ['accounts'], summary: '密码重置与账号激活申请（安全管理员审批，系统管理员查看）：待批准的和已处理的', response: { 200: z.array(resetOut) } } },
    async (req) => {
      const requester = alias(account, 'requester');
      const decider = alias(account, 'decider');
      const rows = await db
        .select({ r: passwordReset, username: account.username, displayName: account.displayName, personName: person.name, requestedByName: requester.displayName, decidedByName: decider.displayName })
        .from(passwordReset)
        .innerJoin(account, eq(account.id, passwordReset.accountId))
        .leftJoin(person, eq(person.id, account.personId))
        .innerJoin(requester, eq(requester.id, passwordReset.requestedBy))
        .leftJoin(decider, eq(decider.id, passwordReset.decidedBy))
        .where(eq(passwordReset.institutionId, req.auth!.institutionId))
        .orderBy(desc(passwordReset.requestedAt), desc(passwordReset.id))
        .limit(500);
      const now = new Date();
      return rows.map(({ r, ...x }) => ({
        id: r.id, accountId: r.accountId, username: x.username, displayName: x.displayName, personName: x.personName, kind: r.kind as (typeof RESET_KINDS)[number],
        status: statusOf(r, now), requestedByName: x.requestedByName, requestedAt: r.requestedAt.toISOString(), decidedByName: x.decidedByName,
        decidedAt: r.decidedAt?.toISOString() ?? null, refusalReason: r.refusalReason, expiresAt: r.expiresAt.toISOString(), redeemedAt: r.redeemedAt?.toISOString() ?? null,
      }));
    },
  );

  app.post(
    '/api/password-resets/:id/approve',
    {
      config: { access: 'account.approve' },
      schema: {
        tags: ['accounts'],
        summary: '批准重置或激活（安全管理员）：给出激活码后半段（只显示一次）；该账号原密码即时失效，会话全部结束',
        params: idParam,
        response: { 200: z.object({ id: z.number(), username: z.string(), approvalHalf: z.string().describe('激活码后半段（安全管理员交给本人）'), expiresAt: z.string() }) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const r = await load(auth.institutionId, req.params.id);
      decidable(r, auth.accountId, '批准');
      const approvalHalf = newHalf();
      const [approvalHalfHash, passwordHash] = await Promise.all([hashHalf(approvalHalf), unusablePasswordHash()]);
      const out = await runCommand(
        db,
        req,
        async (tx) => {
          const expiresAt = new Date(Date.now() + rules.activationHours * 3_600_000);
          // Decided once: a second approval racing this one finds the request no longer pending.
          const [done] = await tx
            .update(passwordReset)
            .set({ status: 'approved', decidedBy: auth.accountId, decidedAt: new Date(), approvalHalfHash, expiresAt })
            .where(and(eq(passwordReset.id, r.id), eq(passwordReset.status, 'pending'), gt(passwordReset.expiresAt, new Date())))
            .returning({ id: passwordReset.id });
          if (!done) throw new AppError('RESET.NOT_PENDING', '该申请已处理', 409);
          // From now on the old password no longer works, and whoever is signed in with it is signed out.
          const [a] = await tx.update(account).set({ passwordHash, mustChangePassword: false }).where(eq(account.id, r.accountId)).returning({ username: account.username });
          await tx.delete(session).where(eq(session.accountId, r.accountId));
          await clearAttempts(tx, a.username);
          return { result: { id: r.id, username: a.username, approvalHalf, expiresAt: expiresAt.toISOString() }, audit: { action: 'account.reset_approve', entityType: 'account', entityId: r.accountId, detail: { resetId: r.id, kind: r.kind } } };
        },
        { affects: 'nothing' },
      );
      return out;
    },
  );

  app.post(
    '/api/password-resets/:id/refuse',
    {
      config: { access: 'account.approve' },
      schema: { tags: ['accounts'], summary: '不批准重置或激活（安全管理员）：须写明理由；账号不受影响', params: idParam, body: z.object({ reason: z.string().trim().min(2, '请写明理由（至少 2 个字）').max(200, '不能超过 200 个字') }), response: { 200: z.object({ ok: z.literal(true) }) } },
    },
    async (req) => {
      const auth = req.auth!;
      const r = await load(auth.institutionId, req.params.id);
      decidable(r, auth.accountId, '处理');
      await runCommand(
        db,
        req,
        async (tx) => {
          const [done] = await tx
            .update(passwordReset)
            .set({ status: 'refused', decidedBy: auth.accountId, decidedAt: new Date(), refusalReason: req.body.reason })
            .where(and(eq(passwordReset.id, r.id), eq(passwordReset.status, 'pending')))
            .returning({ id: passwordReset.id });
          if (!done) throw new AppError('RESET.NOT_PENDING', '该申请已处理', 409);
          return { result: null, audit: { action: 'account.reset_refuse', entityType: 'account', entityId: r.accountId, detail: { resetId: r.id, kind: r.kind, reason: req.body.reason } } };
        },
        { affects: 'nothing' },
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/activate',
    {
      config: {
        access: 'public',
        rateLimit: { max: rules.loginPerMinute, timeWindow: 60_000, errorResponseBuilder: () => new AppError('AUTH.RATE_LIMITED', '尝试过于频繁，请一分钟后再试', 429) },
      },
      schema: {
        tags: ['auth'],
        summary: '使用激活码设置密码：用户名、系统管理员给的前半段、安全管理员给的后半段（已启用动态口令的还须动态口令），自行设置新密码；激活码一次有效，其他会话全部结束',
        body: z.object({
          username: z.string().trim().min(1, '请输入用户名').max(64),
          requestHalf: z.string().trim().min(1, '请输入系统管理员给的激活码前半段').max(40).describe('激活码前半段'),
          approvalHalf: z.string().trim().min(1, '请输入安全管理员给的激活码后半段').max(40).describe('激活码后半段'),
          code: z.string().trim().max(10).optional().describe('动态口令（已启用时）'),
          password: z.string().min(1, '请输入新密码').max(200).describe('新密码'),
        }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req) => {
      const b = req.body;
      // The new password is judged first: that needs no secret and counts no attempt.
      const problem = passwordProblem(b.password, { username: b.username, rules: { minLength: rules.passwordMinLength } });
      if (problem) throw new AppError('AUTH.WEAK_PASSWORD', problem, 400, { field: 'password' });
      const slot = await reserveAttempt(db, b.username, rules);
      const [a] = await db.select().from(account).where(eq(account.username, slot.name)).limit(1);
      const audit = (ex: Executor, outcome: 'success' | 'failed' | 'denied', detail: unknown) =>
        writeAudit(ex, { institutionId: a?.institutionId ?? null, actorAccountId: a?.id ?? null, actorName: b.username, action: 'auth.activate', entityType: 'account', entityId: a?.id, ip: req.ip, outcome, detail });
      if (!slot.allowed) {
        await audit(db, 'denied', 'locked');
        throw lockedError(slot.minutesLeft);
      }
      const [r] = a
        ? await db
            .select()
            .from(passwordReset)
            .where(and(eq(passwordReset.accountId, a.id), eq(passwordReset.status, 'approved'), gt(passwordReset.expiresAt, new Date())))
            .orderBy(desc(passwordReset.id))
            .limit(1)
        : [];
      // Both halves are always checked (against dummy hashes when there is nothing to redeem): the same work either way.
      const [first, second] = r?.approvalHalfHash
        ? await Promise.all([halfMatches(r.requestHalfHash, b.requestHalf), halfMatches(r.approvalHalfHash, b.approvalHalf)])
        : await Promise.all([checkPassword(null, b.requestHalf), checkPassword(null, b.approvalHalf)]);
      if (!r || !first || !second) {
        await db.transaction(async (tx) => {
          await recordFailure(tx, slot, rules);
          await audit(tx, 'failed', { reason: !a ? 'unknown user' : !r ? 'nothing to redeem' : 'wrong code', attempt: slot.attempt });
        });
        throw ACTIVATION_INVALID();
      }
      // A reset does not remove the second factor: whoever holds the halves still needs the person's phone.
      let totpStep: number | null = null;
      if (a.totpSecret) {
        if (!b.code) {
          await releaseAttempt(db, slot);
          throw new AppError('AUTH.TOTP_REQUIRED', '该账号已启用动态口令：请输入身份验证器中的 6 位数字', 400, { field: 'code' });
        }
        const secret = totpSecretOf(a.id, 'totpSecret', a.totpSecret);
        if (secret === null) {
          await releaseAttempt(db, slot);
          throw unreadableSecret();
        }
        const checked = checkTotp(secret, b.code, a.totpLastStep);
        if (!checked.ok) {
          await db.transaction(async (tx) => {
            await recordFailure(tx, slot, rules);
            await audit(tx, 'failed', { reason: `totp ${checked.reason}`, attempt: slot.attempt });
          });
          throw new AppError('AUTH.TOTP_INVALID', checked.reason === 'replay' ? '该动态口令已使用过，请等待下一个' : '动态口令不正确', 400, { field: 'code' });
        }
        totpStep = checked.step;
      }
      const passwordHash = await hash(b.password);
      await db.transaction(async (tx) => {
        // Single use: of two redemptions at once, one finds the code already used.
        const [used] = await tx
          .update(passwordReset)
          .set({ status: 'redeemed', redeemedAt: new Date() })
          .where(and(eq(passwordReset.id, r.id), eq(passwordReset.status, 'approved'), gt(passwordReset.expiresAt, new Date())))
          .returning({ id: passwordReset.id });
        if (!used) throw ACTIVATION_INVALID();
        await tx
          .update(account)
          .set({ passwordHash, mustChangePassword: false, passwordChangedAt: new Date(), ...(totpStep !== null ? { totpLastStep: totpStep } : {}) })
          .where(eq(account.id, a.id));
        await tx.delete(session).where(eq(session.accountId, a.id));
        await clearAttempts(tx, slot.name);
        await audit(tx, 'success', { resetId: r.id, kind: r.kind });
      });
      return { ok: true as const };
    },
  );
};
