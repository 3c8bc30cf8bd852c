import { Alert, Button, Descriptions, Drawer, Empty, Grid, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { GetResponse } from '../../api/types';
import { useApi } from '../../components/useApi';
import { CitationTag } from '../../components/DutyTable';
import { STATUS_COLORS } from '../../labels';
import { citationText } from '../../citations';
import { term } from '../../vocabulary';
import { CompletionBar } from './CompletionBar';

type Talker = GetResponse<'/api/talks/completion/people/{personId}'>;
type Quota = Talker['owed'][number];

/** 共同待谈: owed by the department's middle cadres together, until one of them holds the talk (第六条). */
export const SHARED_LABEL = '共同待谈';

function Subject({ q }: { q: Quota }) {
  const where = [q.subject.departmentName, q.subject.postTitle].filter(Boolean).join('');
  return (
    <Space size={4} wrap>
      <Link to={`/people/${q.subject.id}`} data-testid="talker-subject">
        {q.subject.name}
      </Link>
      {where && <Typography.Text type="secondary">{where}</Typography.Text>}
    </Space>
  );
}

/** The talks held with the subject this year: each date opens the talk; who talked, the talker themself first. */
function Talks({ q }: { q: Quota }) {
  if (!q.talks.length) return null;
  return (
    <div style={{ marginTop: 4 }}>
      {q.talks.map((t) => (
        <div key={t.id}>
          <Link to={`/talks/${t.id}`} data-testid="talker-talk">
            {t.talkDate}
          </Link>
          <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
            {t.byMe ? '本人谈' : `由${t.talkers.map((p) => p.name).join('、')}谈`}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}

function QuotaItem({ q, current, owed }: { q: Quota; current: boolean; owed: boolean }) {
  return (
    <List.Item data-testid={owed ? 'talker-owed' : 'talker-done'} style={{ display: 'block' }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <Subject q={q} />
        {owed && <Tag color={STATUS_COLORS[q.status]}>{q.statusLabel}</Tag>}
        {owed && q.shared && <Tag color="purple">{SHARED_LABEL}</Tag>}
      </div>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginTop: 4 }}>
        <Typography.Text>
          本年应谈 {q.required} 次，已谈 {q.held} 次
        </Typography.Text>
        <Typography.Text type="secondary">{term(null, q.relation)}</Typography.Text>
        <CitationTag citation={q.citation} isDefault={false} />
      </div>
      <Talks q={q} />
      {owed && current && (
        <Link to={q.recordLink}>
          <Button size="small" type="primary" style={{ marginTop: 6 }} data-testid="talker-record">
            记录谈话
          </Button>
        </Link>
      )}
    </List.Item>
  );
}

/**
 * 一名谈话人的年度谈心谈话: whom they still owe (a department's shared ones marked 共同待谈) and whom they talked with,
 * each subject opening the person page and each talk its record; 记录谈话 opens the form with the subject and the talker.
 */
export function TalkerDrawer({ personId, year, current, onClose }: { personId: number | null; year: number; current: boolean; onClose: () => void }) {
  const wide = Grid.useBreakpoint().md ?? true;
  const { data, error, loading } = useApi(() => (personId ? call(api.GET('/api/talks/completion/people/{personId}', { params: { path: { personId }, query: { year } } })) : Promise.resolve(undefined)), [personId, year]);
  const t = data && data.person.id === personId ? data : undefined;
  return (
    <Drawer
      open={personId !== null}
      onClose={onClose}
      size={wide ? 640 : '100%'}
      title={t ? `${t.person.name}的${year}年度谈心谈话` : '谈话人'}
      extra={t && <Link to={`/people/${t.person.id}`}>人员信息</Link>}
      data-testid="talker-drawer"
      loading={loading && !t}
    >
      {error && <Alert type="error" message={error} />}
      {t && (
        <>
          <Descriptions size="small" column={wide ? 2 : 1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="部门（单位）">{[t.person.departmentName, t.person.postTitle].filter(Boolean).join(' ') || '—'}</Descriptions.Item>
            <Descriptions.Item label="统计截至">{t.asOf}</Descriptions.Item>
            <Descriptions.Item label="负责对象">
              {t.total} 人（已完成 {t.done}，未完成 {t.behind}
              {t.shared ? `，其中${SHARED_LABEL} ${t.shared}` : ''}）
            </Descriptions.Item>
            <Descriptions.Item label="谈话次数">
              应谈 {t.required}，已谈 {t.held}
            </Descriptions.Item>
            <Descriptions.Item label="完成率" span={wide ? 2 : 1}>
              <div style={{ width: wide ? 280 : 200 }}>
                <CompletionBar percent={t.percent} testId="talker-percent" />
              </div>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            谈话责任依{t.responsibilityCitation ? `${citationText(t.responsibilityCitation)}` : '制度'}确定。部门中层干部共同负责本部门职工的谈话：谁谈计谁；尚未谈的，列为每名中层干部的“{SHARED_LABEL}”，任一人谈过即完成；组织部指定谈话人的，只计被指定者。
          </Typography.Paragraph>
          <Typography.Title level={5}>尚未谈话（{t.owed.length}）</Typography.Title>
          {t.owed.length ? (
            <List size="small" dataSource={t.owed} renderItem={(q) => <QuotaItem q={q} current={current} owed />} />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本年度应谈的对象均已谈话" />
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            已完成谈话（{t.talkedWith.length}）
          </Typography.Title>
          {t.talkedWith.length ? (
            <List size="small" dataSource={t.talkedWith} renderItem={(q) => <QuotaItem q={q} current={current} owed={false} />} />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本年度尚未完成与任何对象的谈话" />
          )}
        </>
      )}
    </Drawer>
  );
}
