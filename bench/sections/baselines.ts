import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../server/src/core/db/client';

/**
 * Baseline endpoints, registered only for the benchmark: each answers the question of one product endpoint with the
 * least raw SQL that can, on the same data, through the same server, session check and JSON. Their throughput is
 * what the database allows; the product endpoint's ratio to it is the cost of everything we add.
 *  - 我的待办 of a department head: the people in the departments they head whom they have not yet talked with this year
 *    (the annual talk, which is most of a head's to-do) — a query over the facts, as a design storing duties would not need;
 *  - the org dashboard: per department, the people holding a post and how many were talked with this year;
 *  - roster search: the same page of the same search, in the same order (post seniority), with each person's current posts;
 *  - recording a talk: the talk and its two participants inserted in one transaction (no checks, no audit);
 *  - a part-time post decision: the decision inserted, the application moved to its next step, the applicant and the
 *    organization department told (two notices), in one transaction (no checks, no audit);
 *  - an appraisal grade: the grade and the cadre's notice inserted in one transaction (no checks, no audit).
 */
export function baselineRoutes(db: Db, asOf: string) {
  const yearStart = `${asOf.slice(0, 4)}-01-01`;
  const current = (t: string) => sql.raw(`${t}.start_date <= '${asOf}' AND (${t}.end_date IS NULL OR ${t}.end_date > '${asOf}')`);
  return async (app: FastifyInstance) => {
    app.get('/api/bench-baseline/mine', { config: { access: 'authenticated' } }, async (req) => {
      const me = req.auth!.personId ?? 0;
      const r = await db.execute(sql`
        WITH heads AS (SELECT p.department_id FROM tenure t JOIN post p ON p.id = t.post_id WHERE t.person_id = ${me} AND p.is_head AND ${current('t')}),
        subjects AS (SELECT DISTINCT t.person_id FROM tenure t JOIN post p ON p.id = t.post_id JOIN heads h ON h.department_id = p.department_id WHERE ${current('t')} AND t.person_id <> ${me}),
        talked AS (SELECT DISTINCT b.person_id FROM talk_participant a JOIN talk k ON k.id = a.talk_id AND k.status = 'held' AND k.talk_date >= ${yearStart}
                   JOIN talk_participant b ON b.talk_id = a.talk_id AND b.role = 'subject' WHERE a.person_id = ${me} AND a.role = 'talker')
        SELECT s.person_id, pe.name FROM subjects s JOIN person pe ON pe.id = s.person_id
        WHERE s.person_id NOT IN (SELECT person_id FROM talked)
        ORDER BY pe.name LIMIT 50`);
      return { total: r.rows.length, items: r.rows };
    });
    app.get('/api/bench-baseline/dashboard', { config: { access: 'authenticated' } }, async (req) => {
      const r = await db.execute(sql`
        SELECT p.department_id, count(DISTINCT t.person_id)::int AS people, count(DISTINCT tp.person_id)::int AS talked
        FROM tenure t JOIN post p ON p.id = t.post_id
        LEFT JOIN (talk_participant tp JOIN talk k ON k.id = tp.talk_id AND k.institution_id = ${req.auth!.institutionId} AND k.status = 'held' AND k.talk_date >= ${yearStart}) ON tp.person_id = t.person_id AND tp.role = 'subject'
        WHERE t.institution_id = ${req.auth!.institutionId} AND ${current('t')}
        GROUP BY p.department_id`);
      return r.rows;
    });
    app.get('/api/bench-baseline/search', { config: { access: 'authenticated' } }, async (req) => {
      const q = `%${(req.query as { q: string }).q}%`;
      const inst = req.auth!.institutionId;
      const rankOrder = sql.raw(`CASE po.rank WHEN 'principal' THEN 0 WHEN 'leader' THEN 1 WHEN 'middle_chief' THEN 2 WHEN 'middle_deputy' THEN 3 WHEN 'section' THEN 4 ELSE 5 END`);
      const [count, page] = await Promise.all([
        db.execute(sql`SELECT count(*)::int AS n FROM person WHERE institution_id = ${inst} AND (name ILIKE ${q} OR staff_no ILIKE ${q})`),
        // The same answer as the product's page: leadership first by post seniority, each person with their current posts.
        db.execute(sql`
          SELECT p.id, p.staff_no, p.name, p.gender, p.birth_date, p.id_number, p.political_status, p.hire_date, p.phone, p.status,
            (SELECT json_agg(json_build_object('postId', po.id, 'title', po.title, 'rank', po.rank, 'departmentId', po.department_id, 'departmentName', d.name, 'since', t.start_date))
               FROM tenure t JOIN post po ON po.id = t.post_id JOIN department d ON d.id = po.department_id
              WHERE t.institution_id = ${inst} AND t.person_id = p.id AND ${current('t')}) AS current_posts
          FROM person p
          WHERE p.institution_id = ${inst} AND (p.name ILIKE ${q} OR p.staff_no ILIKE ${q})
          ORDER BY COALESCE((SELECT MIN(${rankOrder} * 1000000 + po.id) FROM tenure t JOIN post po ON po.id = t.post_id WHERE t.institution_id = ${inst} AND t.person_id = p.id AND ${current('t')}), 9000000), p.staff_no
          LIMIT 20`),
      ]);
      return { total: (count.rows[0] as { n: number }).n, items: page.rows };
    });
    app.post('/api/bench-baseline/talk', { config: { access: 'authenticated' } }, async (req) => {
      const b = req.body as { talkerIds: number[]; subjectIds: number[]; talkDate: string; talkTime: string; place: string; keyPoints: string };
      const auth = req.auth!;
      return db.transaction(async (tx) => {
        const r = await tx.execute(sql`INSERT INTO talk (institution_id, kind, form, status, talk_date, talk_time, place, key_points, created_by) VALUES (${auth.institutionId}, 'routine', 'individual', 'held', ${b.talkDate}, ${b.talkTime}, ${b.place}, ${b.keyPoints}, ${auth.accountId}) RETURNING id`);
        const id = (r.rows[0] as { id: number }).id;
        await tx.execute(sql`INSERT INTO talk_participant (talk_id, person_id, role) VALUES (${id}, ${b.talkerIds[0]}, 'talker'), (${id}, ${b.subjectIds[0]}, 'subject')`);
        return { id };
      });
    });
    app.post('/api/bench-baseline/sideline-decide/:id', { config: { access: 'authenticated' } }, async (req) => {
      const id = Number((req.params as { id: string }).id);
      const b = req.body as { decision: string; reason?: string };
      const auth = req.auth!;
      return db.transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO sideline_decision (institution_id, application_id, step_index, step_kind, decision, account_id, actor_name, reason) VALUES (${auth.institutionId}, ${id}, 0, 'overseeing_leader', ${b.decision}, ${auth.accountId}, ${auth.displayName}, ${b.reason ?? null})`);
        const r = await tx.execute(sql`UPDATE sideline_application SET current_step = 1, step_since = ${asOf}, updated_at = now() WHERE id = ${id} RETURNING applicant_person_id`);
        const applicant = (r.rows[0] as { applicant_person_id: number }).applicant_person_id;
        const org = (await tx.execute(sql`SELECT person_id FROM account WHERE 'org' = ANY(roles) AND person_id IS NOT NULL LIMIT 1`)).rows[0] as { person_id: number };
        await tx.execute(sql`INSERT INTO notification (institution_id, recipient_person_id, kind, title, body, link, created_by) VALUES
          (${auth.institutionId}, ${applicant}, 'sideline.decided', '兼职申请审批意见', '分管院领导：同意', ${`/sidelines/applications/${id}`}, ${auth.accountId}),
          (${auth.institutionId}, ${org.person_id}, 'sideline.step_waiting', '兼职申请待办理', '党委审批', ${`/sidelines/applications/${id}`}, ${auth.accountId})`);
        return { id, status: 'in_review', sidelineId: null };
      });
    });
    app.post('/api/bench-baseline/appraisal', { config: { access: 'authenticated' } }, async (req, reply) => {
      const b = req.body as { cycleId: number; personId: number; departmentId: number; grade: string; year: number };
      const auth = req.auth!;
      const id = await db.transaction(async (tx) => {
        const r = await tx.execute(sql`INSERT INTO appraisal (institution_id, cycle_id, year, person_id, department_id, grade, recorded_on, recorded_by) VALUES (${auth.institutionId}, ${b.cycleId}, ${b.year}, ${b.personId}, ${b.departmentId}, ${b.grade}, ${asOf}, ${auth.accountId}) RETURNING id`);
        await tx.execute(sql`INSERT INTO notification (institution_id, recipient_person_id, kind, title, body, link, created_by) VALUES (${auth.institutionId}, ${b.personId}, 'appraisal.graded', '年度考核等次', ${`${b.year} 年度考核：合格`}, '/incentives/appraisal', ${auth.accountId})`);
        return (r.rows[0] as { id: number }).id;
      });
      return reply.status(201).send({ id, overQuota: false, talkOccasionId: null });
    });
  };
}
