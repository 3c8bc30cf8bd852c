import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../core/db/client';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { visiblePerson } from '../queries/people.repository';
import { idNumberOf, mayRevealPersonalData } from '../queries/people.presenter';

export const PERSONAL_FIELDS = ['idNumber', 'phone'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];
const FIELD_NAMES: Record<PersonalField, string> = { idNumber: '身份证号', phone: '手机号' };

/**
 * One personal field of a person in full (the person page shows it masked): refused to a caller who may not see it,
 * and recorded in the audit log in the same transaction as the read, so every look at a person's ID or mobile number
 * leaves a trace of who looked and when.
 */
export async function revealPersonalField(db: Db, req: FastifyRequest, personId: number, field: PersonalField): Promise<string | null> {
  const auth = req.auth!;
  return runCommand(
    db,
    req,
    async (tx) => {
      const p = await visiblePerson(tx, auth, personId, todayIso());
      if (!mayRevealPersonalData(auth, p.id)) {
        throw new AppError('PERSON.PERSONAL_DATA_FORBIDDEN', `只有党委组织部（人员信息维护人员）和本人可以查看完整的${FIELD_NAMES[field]}`, 403, { field });
      }
      const value = field === 'idNumber' ? idNumberOf(p) : p.phone;
      return { result: value, audit: { action: 'person.personal_data.view', entityType: 'person', entityId: p.id, detail: { field, name: p.name } } };
    },
    { affects: 'nothing' },
  );
}
