import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Pack } from '../core/policy/pack-schema';
import { AREA_LABELS } from '../core/policy/pack-schema';
import { VALUE_LABELS } from '../core/policy/vocabulary';
import { vocabularyOut, type Vocabulary } from '../core/policy/policy-views';
import { DEPARTMENT_KINDS, RANKS } from '../core/roster/kinds';
import { POLITICAL_LABELS } from './people';
import { OUTCOME_LABELS } from './tolerance';
import { TALK_FORMS, TALK_KINDS, TALK_OCCASIONS } from './talks';
import { SIDELINE_FILE_KINDS } from './sidelines';

const named = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, VALUE_LABELS[id] ?? id]));

/**
 * Composed from every area (so it lives beside areas/index.ts, not in the core). The Chinese names of identifiers, one list per kind where one identifier means different things in different
 * lists (`other`, `enterprise`), so the web copies none of them. Every pack's attachments are named too.
 */
export function vocabularyGroups(packs: ReadonlyMap<string, Pack>): Record<string, Record<string, string>> {
  const attachments = [...packs.values()].flatMap((p) => p.parameters['sidelines.required_attachments']?.values.flatMap((v) => v.value as string[]) ?? []);
  return {
    area: AREA_LABELS,
    rank: named(RANKS),
    departmentKind: named(DEPARTMENT_KINDS),
    political: POLITICAL_LABELS,
    talkKind: named(TALK_KINDS),
    talkForm: named(TALK_FORMS),
    talkOccasion: named(TALK_OCCASIONS),
    attachment: named([...new Set([...attachments, ...SIDELINE_FILE_KINDS])]),
    toleranceOutcome: OUTCOME_LABELS,
  };
}

/** The body of GET /api/policy/vocabulary (also sent with the session: core/policy/session-policy.ts). */
export const vocabularyOf = (packs: ReadonlyMap<string, Pack>): Vocabulary => ({ values: VALUE_LABELS, groups: vocabularyGroups(packs) });

/** The route, answering with the vocabulary made once at start (vocabularyOf). */
export const vocabularyRoutes = (vocabulary: Vocabulary): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/api/policy/vocabulary',
    {
      config: { access: 'policy.read' },
      schema: {
        tags: ['policy'],
        summary: '词表：规则和表单中标识符的中文名称（职级、部门类别、谈话种类等），页面显示时使用',
        response: { 200: vocabularyOut },
      },
    },
    async () => vocabulary,
  );
};
