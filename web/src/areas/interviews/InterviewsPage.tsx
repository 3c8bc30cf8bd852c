import { useState } from 'react';
import { Alert, Button, Card, Input, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth';
import { RoleTabs, type RoleTab } from '../../components/RoleTabs';
import { useApi } from '../../components/useApi';
import { useInterviewRules } from './useInterviewRules';
import { PlansTab } from './PlansTab';
import { SuggestionsTab } from './SuggestionsTab';
import { InquiriesTab } from './InquiriesTab';
import { StatisticsTab } from './StatisticsTab';
import { SupervisionTab } from './SupervisionTab';
import { InterviewTable, loadInterviews, thisYear, yearOptions } from './InterviewTable';
import { PageHeader } from '../../components/PageHeader';
import { DownloadButton, hrefWith } from '../../components/DownloadButton';

/** 我的约谈: interviews I am called to, what I must hand in, and interviews I lead. */
function Mine() {
  const mine = useApi(() => loadInterviews({ view: 'mine' }), []);
  const leading = useApi(() => loadInterviews({ view: 'leading' }), []);
  const owed = (mine.data ?? []).flatMap((r) => r.targets.filter((t) => t.mayHandIn && t.mine).map((t) => ({ r, t })));
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      {owed.map(({ r, t }) => (
        <Alert
          key={t.id}
          type="warning"
          showIcon
          message={`请提交${t.materialLabel}`}
          description={
            <>
              {r.heldOn} {r.kindLabel}（主谈人 {r.leadName}）后须提交{t.materialLabel}。<Link to={`/interviews/${r.id}`}>去提交</Link>
            </>
          }
        />
      ))}
      {mine.error && <Alert type="error" message={mine.error} />}
      <Typography.Title level={5}>我被约谈</Typography.Title>
      <InterviewTable rows={mine.data ?? []} loading={mine.loading} empty="没有约谈您的记录" />
      {(leading.data ?? []).length > 0 && (
        <>
          <Typography.Title level={5}>我主谈的约谈</Typography.Title>
          <InterviewTable rows={leading.data ?? []} loading={leading.loading} empty="" />
        </>
      )}
    </Space>
  );
}

/** 约谈工作: the organizer's work list (or, for discipline and the leading group, all interviews). */
function Work() {
  const { can } = useAuth();
  const nav = useNavigate();
  const [year, setYear] = useState(thisYear());
  const [kind, setKind] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [q, setQ] = useState<string | undefined>();
  const rules = useInterviewRules();
  const view = can('interview.manage') ? 'all' : 'organizing';
  const { data, error, loading } = useApi(() => loadInterviews({ view, year, kind, status, q }), [view, year, kind, status, q]);
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select value={year} onChange={setYear} options={yearOptions()} style={{ width: 110 }} />
        <Select allowClear placeholder="约谈形式" value={kind} onChange={setKind} options={(rules?.kinds ?? []).map((k) => ({ value: k.key, label: k.label }))} style={{ width: 160 }} />
        <Select
          allowClear
          placeholder="状态"
          value={status}
          onChange={setStatus}
          options={[{ value: 'planned', label: '已计划' }, { value: 'held', label: '已约谈，待交材料' }, { value: 'closed', label: '已办结' }, { value: 'cancelled', label: '已取消' }]}
          style={{ width: 170 }}
        />
        <Input.Search allowClear placeholder="约谈对象、主谈人或事由" onSearch={(v) => setQ(v.trim() || undefined)} style={{ width: 220 }} data-testid="interviews-search" />
        <DownloadButton href={hrefWith('/api/interviews.xlsx', { view, year, kind, status, q })} label="导出约谈列表" format="Excel" />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => nav('/interviews/new')} data-testid="new-interview">
          安排约谈
        </Button>
        {can('interview.manage') && (
          <DownloadButton href={`/api/interviews/ledger.xlsx?year=${year}`} label="导出工作台账" format="Excel" testId="ledger-export" />
        )}
      </Space>
      {error && <Alert type="error" message={error} />}
      <InterviewTable rows={data ?? []} loading={loading} empty={view === 'all' ? '本年度还没有约谈' : '您组织实施的约谈会列在这里'} />
    </>
  );
}

export function InterviewsPage() {
  const { can } = useAuth();
  // The leading group (党委书记、院长, 院领导) approves and supervises (tongren-2016 四（三）).
  const leadingGroup = ['principal', 'leader'];
  const tabs: RoleTab[] = [
    { key: 'mine', label: '我的约谈', children: <Mine /> },
    { key: 'work', label: '约谈工作', children: <Work />, permissions: ['interview.organize'] },
    { key: 'suggestions', label: '建议对象', children: <SuggestionsTab />, permissions: ['interview.organize'] },
    { key: 'plans', label: '约谈计划', children: <PlansTab />, permissions: ['interview.organize'], roles: leadingGroup },
    { key: 'inquiries', label: '谈话函询', children: <InquiriesTab /> },
    { key: 'statistics', label: '统计报送', children: <StatisticsTab />, permissions: ['interview.organize'] },
    { key: 'supervision', label: '督导检查', children: <SupervisionTab />, permissions: ['interview.manage'], roles: leadingGroup },
  ];
  const defaultKey = can('interview.manage') ? 'supervision' : can('interview.approve') ? 'plans' : 'mine';
  return (
    <div>
      <PageHeader title="干部约谈" />
      <Card size="small">
        <RoleTabs tabs={tabs} defaultKey={defaultKey} />
      </Card>
    </div>
  );
}
