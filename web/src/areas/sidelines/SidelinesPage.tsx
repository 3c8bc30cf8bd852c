import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Input, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { Link, useNavigate } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { GetResponse } from '../../api/types';
import { useAuth } from '../../auth';
import { RoleTabs, type RoleTab } from '../../components/RoleTabs';
import { useApi } from '../../components/useApi';
import { APPLICATION_STATUS_COLORS, APPLICATION_STATUS_LABELS, ORG_KIND_LABELS, SIDELINE_END_LABELS, SIDELINE_STATUS_LABELS, options } from '../../labels';
import { cited, ruleNumber } from '../../rules';
import { chinaDate } from '../../dates';
import { citationText } from '../../citations';
import { PageHeader } from '../../components/PageHeader';
import { CardTable } from '../../components/CardTable';
import { DownloadButton, hrefWith } from '../../components/DownloadButton';

type Held = GetResponse<'/api/sidelines'>['items'][number];
type AppRow = GetResponse<'/api/sideline-applications'>['items'][number];

function WatchTag({ s }: { s: Held }) {
  if (s.status !== 'active') return <Tag>{s.endKind ? SIDELINE_END_LABELS[s.endKind] : SIDELINE_STATUS_LABELS[s.status]}</Tag>;
  const v = s.watch.verdict;
  const tag =
    v === 'resign' ? <Tag color="error">{`须辞去${cited('sidelines.resign_after_post_change_months')}`}</Tag> : v === 'reapprove' ? <Tag color="warning">{`须重新审批${cited('sidelines.resign_after_post_change_months')}`}</Tag> : v === 'not_managed' ? <Tag>不再按领导干部兼职管理</Tag> : s.watch.expiring ? <Tag color="orange">即将届满</Tag> : <Tag color="green">在任</Tag>;
  return s.watch.text ? <Tooltip title={s.watch.text}>{tag}</Tooltip> : tag;
}

const heldColumns = (showPerson: boolean) => [
  ...(showPerson
    ? [
        { title: '姓名', key: 'person', width: 90, render: (_: unknown, s: Held) => <Link to={`/people/${s.person.id}`}>{s.person.name}</Link> },
        { title: '部门及职务', key: 'post', width: 220, render: (_: unknown, s: Held) => s.postLabel ?? '—' },
      ]
    : []),
  { title: '兼职单位', key: 'org', render: (_: unknown, s: Held) => <Link to={`/sidelines/${s.id}`}>{s.org.name}</Link> },
  { title: '类型', key: 'kind', width: 130, render: (_: unknown, s: Held) => ORG_KIND_LABELS[s.org.kind] },
  { title: '兼任职务', dataIndex: 'postTitle', width: 110 },
  { title: '任期', key: 'term', width: 210, render: (_: unknown, s: Held) => (s.hasTerms ? `第 ${s.termNumber} 届 ${s.startDate} 至 ${s.endDate}` : `${s.firstHeldSince} 起（未实行任期制）`) },
  { title: '状态', key: 'watch', width: 170, render: (_: unknown, s: Held) => <WatchTag s={s} /> },
  { title: '最近年度报告', dataIndex: 'lastReportYear', width: 110, render: (y: number | null) => (y ? `${y} 年度` : '—') },
];

const appColumns = (showApplicant: boolean) => [
  { title: '编号', dataIndex: 'id', width: 70, render: (id: number) => <Link to={`/sidelines/applications/${id}`}>{id}</Link> },
  ...(showApplicant ? [{ title: '申请人', key: 'applicant', width: 90, render: (_: unknown, a: AppRow) => a.applicant.name }, { title: '部门', dataIndex: 'departmentName', width: 180 }] : []),
  { title: '兼职单位', key: 'org', render: (_: unknown, a: AppRow) => <Link to={`/sidelines/applications/${a.id}`}>{a.org.name}</Link> },
  { title: '拟任职务', dataIndex: 'postTitle', width: 110 },
  { title: '状态', key: 'status', width: 230, render: (_: unknown, a: AppRow) => <Space size={4}><Tag color={APPLICATION_STATUS_COLORS[a.status]}>{APPLICATION_STATUS_LABELS[a.status]}</Tag>{a.currentStepLabel && <span>待{a.currentStepLabel}</span>}</Space> },
  { title: '提交时间', dataIndex: 'submittedAt', width: 110, render: (v: string | null) => (v ? chinaDate(v) : '未提交') },
];

function Ledger() {
  const [q, setQ] = useState<{ status?: string; kind?: string; watch?: string; q?: string; departmentId?: number }>({ status: 'active' });
  const depts = useApi(() => call(api.GET('/api/departments')), []);
  const [date, setDate] = useState<Dayjs>(appToday());
  const list = useApi(() => call(api.GET('/api/sidelines', { params: { query: { scope: 'all', pageSize: 500, ...(q as object) } } })), [q]);
  return (
    <>
      <Space wrap style={{ marginBottom: 8 }}>
        <Select allowClear placeholder="状态" value={q.status} onChange={(v) => setQ({ ...q, status: v })} options={options(SIDELINE_STATUS_LABELS)} style={{ width: 170 }} />
        <Select allowClear showSearch optionFilterProp="label" placeholder="部门" value={q.departmentId} onChange={(v) => setQ({ ...q, departmentId: v })} options={(depts.data ?? []).map((d) => ({ value: d.id, label: d.name }))} style={{ width: 200 }} />
        <Select allowClear placeholder="单位类型" value={q.kind} onChange={(v) => setQ({ ...q, kind: v })} options={options(ORG_KIND_LABELS)} style={{ width: 190 }} />
        <Select
          allowClear
          placeholder="需关注"
          value={q.watch}
          onChange={(v) => setQ({ ...q, watch: v })}
          options={[{ value: 'expiring', label: ruleNumber('sidelines.max_years_without_term') ? `任期（或满 ${ruleNumber('sidelines.max_years_without_term')} 年）即将届满` : '任期即将届满' }, { value: 'over_limit', label: '职务变动后须辞去或重新审批' }, { value: 'not_managed', label: '不再按领导干部兼职管理' }]}
          style={{ width: 240 }}
        />
        <Input.Search allowClear placeholder="姓名或单位" onSearch={(v) => setQ({ ...q, q: v || undefined })} style={{ width: 200 }} />
        <DownloadButton href="/api/sidelines/ledger.xlsx" label="导出兼职台账" format="Excel" />
        <DownloadButton href={`/api/sidelines/annual-report.xlsx?year=${date.year() - 1}`} label={`导出 ${date.year() - 1} 年度报告汇总`} format="Excel" />
        <DatePicker value={date} onChange={(d) => d && setDate(d)} allowClear={false} />
        <DownloadButton href={`/api/sidelines/publication.xlsx?date=${date.format('YYYY-MM-DD')}`} label="导出公示表" format="Excel" />
        <DownloadButton href={`/api/sidelines/publication.pdf?date=${date.format('YYYY-MM-DD')}`} label="下载公示表" format="PDF" />
      </Space>
      {list.error && <Alert type="error" message={list.error} />}
      <CardTable<Held> layout={{ title: 'org', tags: ['watch', 'person'], hide: ['kind', 'lastReportYear'], testId: 'sideline-card' }} rowKey="id" size="middle" loading={list.loading} dataSource={list.data?.items ?? []} columns={heldColumns(true)} pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 项` }} locale={{ emptyText: '暂无兼职' }} data-testid="sideline-ledger" />
    </>
  );
}

function Applications({ scope }: { scope: 'mine' | 'todo' | 'all' }) {
  const [q, setQ] = useState<string | undefined>();
  const list = useApi(() => call(api.GET('/api/sideline-applications', { params: { query: { scope, q, pageSize: 200 } } })), [scope, q]);
  return (
    <>
      <Space wrap style={{ marginBottom: 8 }}>
        <Input.Search allowClear placeholder="申请人、兼职单位或职务" onSearch={(v) => setQ(v.trim() || undefined)} style={{ width: 260, maxWidth: '100%' }} data-testid="applications-search" />
        <DownloadButton href={hrefWith('/api/sideline-applications.xlsx', { scope, q })} label="导出兼职申请" format="Excel" />
      </Space>
      {list.error && <Alert type="error" message={list.error} />}
      <CardTable<AppRow> layout={{ title: 'org', tags: ['status', 'applicant'], hide: ['id', 'departmentName'], testId: 'application-card' }} rowKey="id" size="middle" loading={list.loading} dataSource={list.data?.items ?? []} columns={appColumns(scope !== 'mine')} pagination={{ pageSize: 20 }} locale={{ emptyText: scope === 'todo' ? '没有待您审批的兼职申请' : '暂无兼职申请' }} />
    </>
  );
}

function Mine() {
  const list = useApi(() => call(api.GET('/api/sidelines', { params: { query: { scope: 'mine' } } })), []);
  return (
    <>
      <Typography.Title level={5}>我担任的兼职</Typography.Title>
      <CardTable<Held> layout={{ title: 'org', tags: ['watch'], hide: ['kind', 'lastReportYear'], testId: 'sideline-card' }} rowKey="id" size="middle" loading={list.loading} dataSource={list.data?.items ?? []} columns={heldColumns(false)} pagination={false} locale={{ emptyText: '暂无兼职' }} style={{ marginBottom: 16 }} />
      <Typography.Title level={5}>我的申请</Typography.Title>
      <Applications scope="mine" />
    </>
  );
}

/** 领导干部兼职: my posts and applications, applications waiting for me, and the ledger for the organization department. */
export function SidelinesPage() {
  const { can, me } = useAuth();
  const nav = useNavigate();
  // 第二条: the application is offered only to whom the rules apply; anyone else is told why.
  const applicant = useApi(() => call(api.GET('/api/sideline-applications/rules')), []).data?.applicant;
  const tabs: RoleTab[] = [
    { key: 'mine', label: '我的兼职', children: <Mine /> },
    { key: 'todo', label: '待我审批', children: <Applications scope="todo" />, permissions: ['sideline.review'] },
    { key: 'ledger', label: '兼职台账', children: <Ledger />, permissions: ['sideline.ledger'] },
    { key: 'all', label: '全部申请', children: <Applications scope="all" />, permissions: ['sideline.ledger'] },
  ];
  return (
    <div>
      <PageHeader
        title="领导干部兼职"
        actions={
          applicant?.applies && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => nav('/sidelines/apply')}>
              申请兼职
            </Button>
          )
        }
      />
      {applicant && !applicant.applies && me?.personId && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="sideline-not-applicable" message="无需申请领导干部兼职审批" description={`${applicant.reason ?? ''}${applicant.article ? `（${citationText(applicant.article)}）` : ''}`} />
      )}
      <Card size="small">
        <RoleTabs tabs={tabs} defaultKey={can('sideline.ledger') ? 'ledger' : 'mine'} destroyOnHidden />
      </Card>
    </div>
  );
}
