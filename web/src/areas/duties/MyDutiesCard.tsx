import { LightAlert as Alert } from '../../components/light/LightAlert';
import { LightSwitch } from '../../components/light/LightSwitch';
import { Paragraph, Text } from '../../components/light/Text';
import { LightCard } from '../../components/light/LightCard';
import { useState, type ReactNode } from 'react';
import { api, call } from '../../api/client';
import type { DutyRow } from '../../api/types';
import { LightDutyTable } from '../../components/LightDutyTable';
import { useApi } from '../../components/useApi';

type OwedAs = 'person' | 'shared' | 'role';
const URGENCY: Record<string, number> = { overdue: 0, due_soon: 1, open: 2, waived: 3, done: 4 };
const unfinished = (d: DutyRow) => d.status !== 'done' && d.status !== 'waived';

/** The caller's duties owed in the ways asked (by name, as one of a group, through a role), most urgent first. */
async function owed(ways: OwedAs[], steps: 'include' | 'exclude'): Promise<DutyRow[]> {
  const lists = await Promise.all(ways.map((owedAs) => call(api.GET('/api/duties/mine', { params: { query: { owedAs, steps, pageSize: 500 } } }))));
  return lists.flatMap((l) => l.items).sort((a, b) => URGENCY[a.status] - URGENCY[b.status] || a.dueDate.localeCompare(b.dueDate));
}

/**
 * One group of the caller's duties as a card: the unfinished ones, with a switch to show those already done or waived
 * beside them (a year of talks held would otherwise fill pages). Hidden when `hideEmpty` and nothing is owed at all.
 * `withoutSteps`: the steps of procedures are left to 待我办理 above it, so that nothing shows twice.
 */
export function MyDutiesCard({ title, ways, testId, extra, hint, hideEmpty, withoutSteps }: { title: string; ways: OwedAs[]; testId: string; extra?: ReactNode; hint?: string; hideEmpty?: boolean; withoutSteps?: boolean }) {
  const [all, setAll] = useState(false);
  const key = ways.join();
  const steps = withoutSteps ? 'exclude' : 'include';
  const rows = useApi(() => owed(key.split(',') as OwedAs[], steps), [key, steps]);
  const list = rows.data ?? [];
  const open = list.filter(unfinished);
  if (hideEmpty && rows.data && !list.length) return null;
  return (
    <LightCard
      title={`${title}${rows.data ? `（${open.length} 项未办结）` : ''}`}
      testId={testId}
      style={{ marginBottom: 16 }}
      extra={
        <span style={{ display: 'inline-flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
          {list.length > open.length && (
            <span style={{ whiteSpace: 'nowrap' }}>
              <LightSwitch checked={all} onChange={setAll} aria-label="显示已办结" /> <Text type="secondary">含已办结 {list.length - open.length} 项</Text>
            </span>
          )}
          {extra}
        </span>
      }
    >
      {hint && (
        <Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {hint}
        </Paragraph>
      )}
      {rows.error && <Alert type="error" message={rows.error} />}
      {rows.data && !(all ? list : open).length ? (
        <Text type="secondary">{list.length ? '没有未办结的事项。' : '目前没有您应办的事项。'}</Text>
      ) : (
        <LightDutyTable rows={all ? list : open} loading={rows.loading} pagination={{ pageSize: 10 }} />
      )}
    </LightCard>
  );
}
