import type { FastifyInstance } from 'fastify';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../src/core/db/connection';
import type { RegisteredRoute } from '../../src/core/http/guard';
import { plausible, type JsonSchema } from './poison';
import type { Client } from './app';

/**
 * The table behind the `:id` of each route prefix. Which rows a caller does not see: those its detail route answers 404
 * for, or, for records that are someone's own, those `others` selects (unless the caller holds one of `unless`).
 */
export const ID_TABLES: Record<string, { table: string; detail?: string; others?: (personId: number | null) => SQL; unless?: string[] }> = {
  '/api/persons': { table: 'person', detail: '/api/persons/:id' },
  '/api/people': { table: 'person', detail: '/api/persons/:id' },
  '/api/departments': { table: 'department', detail: '/api/departments/:id' },
  '/api/posts': { table: 'post' },
  '/api/tenures': { table: 'tenure' },
  '/api/oversights': { table: 'oversight' },
  '/api/roster/imports': { table: 'roster_import', detail: '/api/roster/imports/:id' },
  '/api/imports/batches': { table: 'import_batch', detail: '/api/imports/batches/:id' },
  '/api/accounts': { table: 'account' },
  '/api/password-resets': { table: 'password_reset' },
  '/api/talks': { table: 'talk', detail: '/api/talks/:id' },
  '/api/sideline-applications': { table: 'sideline_application', detail: '/api/sideline-applications/:id' },
  '/api/accountability-cases': { table: 'accountability_case', detail: '/api/accountability-cases/:id' },
  '/api/tolerance-reviews': { table: 'tolerance_review', detail: '/api/tolerance-reviews/:id' },
  '/api/corrections': { table: 'correction_measure', others: (me) => sql`AND responsible_person_id IS DISTINCT FROM ${me}`, unless: ['tolerance.handle'] },
  '/api/petitions': { table: 'petition', detail: '/api/petitions/:id' },
  '/api/sidelines': { table: 'sideline', detail: '/api/sidelines/:id' },
  '/api/sideline-pays': { table: 'sideline_pay', others: (me) => sql`AND sideline_id IN (SELECT id FROM sideline WHERE person_id IS DISTINCT FROM ${me})`, unless: ['sideline.ledger', 'sideline.pay_confirm'] },
  '/api/notifications': { table: 'notification', others: (me) => sql`AND recipient_person_id IS DISTINCT FROM ${me}` },
  '/api/interviews': { table: 'interview', detail: '/api/interviews/:id' },
  '/api/interview-plans': { table: 'interview_plan', detail: '/api/interview-plans/:id' },
  '/api/written-inquiries': { table: 'written_inquiry', detail: '/api/written-inquiries/:id' },
  '/api/appraisal-cycles': { table: 'appraisal_cycle' },
  '/api/training/courses': { table: 'training_course' },
  '/api/care/cases': { table: 'care_case' },
  '/api/reserve/nominations': { table: 'reserve_nomination' },
  '/api/inaction': { table: 'inaction_case' },
  '/api/commendation-rounds': { table: 'commendation_round' },
};

export const prefixOf = (url: string) => url.split('/:')[0];

export interface Caller {
  username: string;
  client: Client;
  permissions: Set<string>;
  personId: number | null;
}

/** Ids of a table in an institution (a handful, spread over the table). */
export async function idsIn(database: Database, table: string, institutionId: number, extra = sql``): Promise<number[]> {
  const rows = (await database.db.execute(sql`SELECT id FROM ${sql.identifier(table)} WHERE institution_id = ${institutionId} ${extra} ORDER BY id`)).rows as { id: number }[];
  const ids = rows.map((r) => r.id);
  const step = Math.max(1, Math.floor(ids.length / 40));
  return ids.filter((_, i) => i % step === 0);
}

export type Answer = { status: number; code?: string; message?: string };
type Op = { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };

/** Calls a route with an id (other path parameters 1) and a body that passes its schema as far as can be told. */
export async function call(app: FastifyInstance, doc: { paths: Record<string, Record<string, Op>> }, route: RegisteredRoute, caller: Caller, id: number): Promise<Answer> {
  const openapi = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
  const op = doc.paths[openapi]?.[route.method.toLowerCase()];
  const schema = op?.requestBody?.content?.['application/json']?.schema;
  const url = route.url.replace(/:id\b/, String(id)).replace(/:[A-Za-z]+/g, '1');
  const res = await app.inject({ method: route.method as 'GET', url, headers: { cookie: caller.client.cookie }, ...(schema ? { payload: plausible(schema) as object } : {}) });
  const body = res.headers['content-type']?.toString().includes('json') ? (res.json() as { error?: { code: string; message: string } }) : {};
  return { status: res.statusCode, code: body.error?.code, message: body.error?.message };
}

export const show = (a: Answer) => `${a.status} ${a.code ?? ''} ${a.message ?? ''}`.trim();
