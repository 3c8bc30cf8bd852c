import type { ReactNode } from 'react';
import { LightTag as Tag } from './light/LightTag';
import { LazyTooltip as Tooltip } from './LazyTooltip';
import { Text } from './light/Text';
import { Link } from 'react-router-dom';
import type { DutyRow } from '../api/types';
import { STATUS_COLORS } from '../labels';
import { citationSource, citationText } from '../citations';

// The pieces of a duty as the tables and the phone's cards show it, without a table: the workbench's light table
// (LightDutyTable) and antd's (DutyTable) share them.

/** The article a rule or duty comes from; 系统默认 where the regulation fixes no value (or, for a duty, no deadline). */
export function CitationTag({ citation, isDefault, dueIsDefault }: { citation: string | null; isDefault: boolean; dueIsDefault?: boolean }) {
  if (isDefault || !citation) return <Tag>系统默认</Tag>;
  return (
    <>
      <Tooltip title={citationSource(citation)}>
        <Tag color="geekblue" data-testid="citation" style={{ whiteSpace: 'normal' }}>
          {citationText(citation)}
        </Tag>
      </Tooltip>
      {dueIsDefault && (
        <Tooltip title="制度未规定具体期限（如只写“及时”“每年定期”），期限为系统默认">
          <Tag data-testid="due-default">期限系统默认</Tag>
        </Tooltip>
      )}
    </>
  );
}

/** What a duty says beneath its title: why it is owed, and the waiver's reason. */
export function DutyReasons({ d }: { d: DutyRow }) {
  return (
    <>
      {d.reasons.map((r) => (
        <Text key={r} type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {r}
        </Text>
      ))}
      {d.waiver && (
        <Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          免办理由：{d.waiver.reason}
        </Text>
      )}
    </>
  );
}

/** A duty on a phone, as a card: its state, kind and deadline, the title, why it is owed, owner and article. `lead`: a tick box before the state. */
export function DutyCardBody({ d, lead, extra }: { d: DutyRow; lead?: ReactNode; extra?: ReactNode }) {
  return (
    <>
      <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap' }}>
        {lead}
        <Tag color={STATUS_COLORS[d.status]}>{d.statusLabel}</Tag>
        <Text type="secondary" style={{ fontSize: 12 }}>
          {d.kindLabel} · 期限 {d.dueDate}
          {d.doneDate ? `（办结于 ${d.doneDate}）` : ''}
        </Text>
      </div>
      <Link to={d.link} style={{ display: 'block', margin: '4px 0' }}>
        {d.title}
      </Link>
      <DutyReasons d={d} />
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginTop: 4 }}>
        <Text style={{ fontSize: 12 }}>责任方：{d.owner}</Text>
        <CitationTag citation={d.citation} isDefault={d.isDefaultRule} dueIsDefault={d.dueIsDefault} />
        {extra}
      </div>
    </>
  );
}

/** The deadline cell: the date, with the day it was done on hover. */
export function DutyDue({ d }: { d: DutyRow }) {
  return d.doneDate ? <Tooltip title={`办结于 ${d.doneDate}`}>{d.dueDate}</Tooltip> : <>{d.dueDate}</>;
}
