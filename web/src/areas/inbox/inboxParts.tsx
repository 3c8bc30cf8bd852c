import { LightButton } from '../../components/light/LightButton';
import { LightTag as Tag } from '../../components/light/LightTag';
import { LazyTooltip as Tooltip } from '../../components/LazyTooltip';
import { Text } from '../../components/light/Text';
import { Link } from 'react-router-dom';
import type { InboxItem } from '../../api/types';
import { STATUS_COLORS } from '../../labels';
import { CitationTag } from '../../components/dutyParts';

// The pieces of a waiting step as 待我办理's table and cards show it, without a table: the workbench's light list
// (LightInboxList) and the 待我办理 page's antd table (InboxList) share them.

/** What nothing waiting looks like. */
export const NOTHING_WAITING = '目前没有等待您办理的环节';

/** Who owes the step, beside its title: nobody else (本人), one of the department's middle cadres, or a role. */
export function OwedBy({ i }: { i: InboxItem }) {
  if (i.owedAs === 'person') return null;
  return (
    <Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
      {i.owedAs === 'role' ? `以${i.owner}身份办理` : `${i.owner}任一人办理即可`}
    </Text>
  );
}

export function Due({ i }: { i: InboxItem }) {
  return (
    <>
      <span style={{ whiteSpace: 'nowrap' }}>{i.dueDate}</span>
      {i.dueIsDefault && (
        <Tooltip title="制度未规定具体期限（如只写“及时”），期限为系统默认">
          <Text type="secondary" style={{ fontSize: 12 }}>
            {' '}（默认）
          </Text>
        </Tooltip>
      )}
    </>
  );
}

/** A waiting step on a phone, as a card: state, area, title, whose case, dates, article and the way to it. */
export function InboxCardBody({ i }: { i: InboxItem }) {
  return (
    <>
      <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Tag color={STATUS_COLORS[i.status]}>{i.statusLabel}</Tag>
        <Text type="secondary" style={{ fontSize: 12 }}>
          {i.area} · {i.kindLabel}
        </Text>
      </div>
      <Link to={i.link} style={{ display: 'block', margin: '4px 0', overflowWrap: 'anywhere' }}>
        {i.what}
      </Link>
      <OwedBy i={i} />
      <Text style={{ display: 'block', fontSize: 12 }}>
        {i.whose ? `${i.whose} · ` : ''}
        {i.since ? `${i.since} 送达 · ` : ''}期限 <Due i={i} />
      </Text>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginTop: 4 }}>
        <CitationTag citation={i.citation} isDefault={i.isDefaultRule} />
        <GoButton i={i} />
      </div>
    </>
  );
}

/** The way to the page where the step is done: a link, drawn as a small primary button. */
export function GoButton({ i }: { i: InboxItem }) {
  return (
    <LightButton to={i.link} size="small" type="primary">
      去办理
    </LightButton>
  );
}
