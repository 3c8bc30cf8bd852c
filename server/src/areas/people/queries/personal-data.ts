import { and, desc, eq } from 'drizzle-orm';
import { account, auditEvent, person } from '../../../core/db/schema';
import type { AuthContext } from '../../../core/auth/context';
import type { AppDeps } from '../../../core/services/deps';
import { todayIso } from '../../../core/shared/dates';
import { PERSONAL_INFORMATION, personalColumnNames } from '../../../core/db/personal-information';
import { appraisalContext, personProfile } from '../../incentives';
import { tenuresOf } from './people.repository';
import { dossierOf } from '../commands/dossier';
import { idNumberOf } from './people.presenter';

/** The caller's copy of their personal information (个人信息保护法 第四十五条): the account, the person and the copy's body. */
export async function personalDataCopy(deps: AppDeps, auth: AuthContext) {
  const { db } = deps;
  const [a] = await db.select().from(account).where(eq(account.id, auth.accountId));
  const [p] = auth.personId ? await db.select().from(person).where(eq(person.id, auth.personId)) : [];
  const signIns = await db
    .select({ at: auditEvent.at, ip: auditEvent.ip, outcome: auditEvent.outcome })
    .from(auditEvent)
    .where(and(eq(auditEvent.actorAccountId, auth.accountId), eq(auditEvent.action, 'auth.login')))
    .orderBy(desc(auditEvent.id))
    .limit(50);
  const record = p ? await personProfile(db, auth, p.id, (await appraisalContext(db, deps, auth.institutionId, todayIso())).rules.labels) : null;
  const dossier = p ? await dossierOf(db, auth.institutionId, p.id) : null;
  const names = personalColumnNames();
  const body = {
    exportedAt: new Date().toISOString(),
    说明: '本文件是系统保存的您的个人信息副本。谈话、约谈等记录的具体内容按制度由相关部门保管，如需查阅请向党委组织部或纪委申请。',
    account: { username: a.username, displayName: a.displayName, roles: auth.roles, createdAt: a.createdAt, passwordChangedAt: a.passwordChangedAt },
    person: p ? { staffNo: p.staffNo, name: p.name, gender: p.gender, birthDate: p.birthDate, idNumber: idNumberOf(p), politicalStatus: p.politicalStatus, hireDate: p.hireDate, phone: p.phone, status: p.status } : null,
    posts: p ? (await tenuresOf(db, auth.institutionId, [p.id])).map((t) => ({ department: t.departmentName, title: t.title, from: t.startDate, to: t.endDate, appointDocNo: t.appointDocNo })) : [],
    appointmentForm: dossier ? { fields: dossier.fields, family: dossier.family, hasPhoto: !!dossier.photo, source: dossier.source } : null,
    record: record?.events ?? [],
    signIns,
    whatTheSystemHolds: PERSONAL_INFORMATION.map((c, i) => ({ column: names[i], purpose: c.purpose, sensitive: c.sensitive })),
  };
  return { a, p, body };
}
