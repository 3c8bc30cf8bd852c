import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { nextId, seal } from '../../../core/db/sealed';
import { withIdNumberIndex } from '../../../core/db/blind-indexes';
import { authorizePerson } from '../access';
import { refuseDuplicatePerson } from '../queries/people.repository';
import type { personCreate } from '../http/people.schema';

/** 新增人员: by the roster keepers, with a 工号 and an ID number no one else has; the ID number sealed. Returns the id. */
export async function addPerson({ db }: AppDeps, req: FastifyRequest, body: z.infer<typeof personCreate>): Promise<number> {
  const auth = req.auth!;
  authorizePerson(auth, 'add', null);
  return runCommand(db, req, async (tx) => {
    await refuseDuplicatePerson(tx, auth.institutionId, body);
    const newId = await nextId(tx, person);
    const values = { ...withIdNumberIndex(body), id: newId, idNumber: seal(person.idNumber, newId, body.idNumber), phone: body.phone ?? null, institutionId: auth.institutionId };
    const [row] = await tx.insert(person).overridingSystemValue().values(values).returning({ id: person.id });
    return { result: row.id, audit: { action: 'person.create', entityType: 'person', entityId: row.id, after: { ...body, idNumber: '(已记录)' } } };
  });
}
