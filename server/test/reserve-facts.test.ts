import { describe, expect, it } from 'vitest';
import { ENGINES, packs } from './support/database';
import { TEST_TODAY, newCollege, newPerson, useFactoryApp, type College } from './support/factories';
import { reserveNomination } from '../src/core/db/schema';
import { EffectivePolicy } from '../src/core/policy/effective-policy';
import type { Pack } from '../src/core/policy/pack-schema';
import { addMonths } from '../src/core/shared/dates';
import { loadReserveFacts } from '../src/areas/incentives/facts/reserve';
import { incentivesPolicy } from '../src/areas/incentives/policy';

/**
 * 后备干部审核 facts (ahzaxy-2020 第4条): what the reserve review deriver reads — the nominations waiting, and those
 * reviewed within the pack's `incentives.reserve.done_lookback_months` — and nothing where the college's incentives
 * rules have no review duty (no `incentives.reserve.review_days`).
 */
describe.each(ENGINES)('reserve review facts on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  async function nominations(c: College) {
    const [waiting, reviewed5, reviewed9] = [await newPerson(c), await newPerson(c), await newPerson(c)];
    const base = { institutionId: c.id, targetRank: 'middle_deputy', reasons: '牵头完成实训基地建设', nominatedOn: addMonths(TEST_TODAY, -10), createdBy: 0 };
    await c.db.insert(reserveNomination).values([
      { ...base, personId: waiting.id },
      { ...base, personId: reviewed5.id, status: 'approved', reviewedOn: addMonths(TEST_TODAY, -5) },
      { ...base, personId: reviewed9.id, status: 'rejected', reviewedOn: addMonths(TEST_TODAY, -9) },
    ]);
    return { waiting, reviewed5, reviewed9 };
  }
  const idsOf = async (c: College, policy: EffectivePolicy) => (await loadReserveFacts(c.db, c.id, TEST_TODAY, policy)).nominations.map((n) => n.personId).sort((a, b) => a - b);
  const sorted = (...ids: number[]) => ids.sort((a, b) => a - b);

  it('reviewed nominations are read back as far as the pack says (a system default of 12 months), not a fixed year', async () => {
    const c = await newCollege(ctx.database.db, { packId: 'ahzaxy-2020' });
    const { waiting, reviewed5, reviewed9 } = await nominations(c);
    const pack = packs.get('ahzaxy-2020')!;
    expect(await idsOf(c, new EffectivePolicy('ahzaxy-2020', pack.suggestedAdoptions, packs))).toEqual(sorted(waiting.id, reviewed5.id, reviewed9.id));

    const six = structuredClone(pack) as Pack;
    six.parameters['incentives.reserve.done_lookback_months'].values[0].value = 6;
    const withSix = new Map(packs).set('ahzaxy-2020', six);
    expect(await idsOf(c, new EffectivePolicy('ahzaxy-2020', pack.suggestedAdoptions, withSix))).toEqual(sorted(waiting.id, reviewed5.id));
  });

  it('a college whose incentives rules have no reserve review (scitc-2025 on its own) reads no nomination', async () => {
    const c = await newCollege(ctx.database.db, { packId: 'scitc-2025', adoptedPacks: {} });
    await nominations(c);
    const own = new EffectivePolicy('scitc-2025', {}, packs);
    expect(own.maybeParam(incentivesPolicy, 'incentives.reserve.review_days', TEST_TODAY)).toBeUndefined();
    expect(await idsOf(c, own)).toEqual([]);
  });
});
