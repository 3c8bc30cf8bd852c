import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { department, person, post, tenure } from '../../../core/db/schema';
import type { RotationFacts } from '../duties/rotation';
import { departmentOfPost, personOfTenure, postOfTenure } from '../../../core/db/joins';

/**
 * Every tenure (current and past, any rank) of the active persons who ever held a post above staff rank:
 * rotation needs their history to find continuous periods; which ranks count is the deriver's (the pack's) business.
 */
export async function loadRotationFacts(ex: Executor, institutionId: number): Promise<RotationFacts> {
  const tenures = await ex
    .select({
      personId: tenure.personId,
      personName: person.name,
      postId: tenure.postId,
      postTitle: post.title,
      rank: post.rank,
      departmentId: post.departmentId,
      departmentName: department.name,
      startDate: tenure.startDate,
      endDate: tenure.endDate,
    })
    .from(tenure)
    .innerJoin(post, postOfTenure)
    .innerJoin(department, departmentOfPost)
    .innerJoin(person, personOfTenure)
    .where(
      and(
        eq(tenure.institutionId, institutionId),
        eq(person.status, 'active'),
        inArray(
          tenure.personId,
          sql`(SELECT t2.person_id FROM ${tenure} t2 JOIN ${post} p2 ON p2.id = t2.post_id WHERE t2.institution_id = ${institutionId} AND p2.rank <> 'staff')`,
        ),
      ),
    );
  return { tenures };
}
