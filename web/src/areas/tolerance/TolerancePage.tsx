import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { type Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { Link, useNavigate } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { GetResponse } from '../../api/types';
import { useAuth } from '../../auth';
import { useApi } from '../../components/useApi';
import { submitForm } from '../../components/submitForm';
import { PersonPicker } from '../../components/PersonPicker';
import { CorrectionsTab } from './CorrectionsTab';
import { PetitionsTab } from './PetitionsTab';
import { CoverageNote } from './CoverageNote';
import { CASE_STAGE_COLORS, REVIEW_STATUS_COLORS, TOLERANCE_OUTCOME_COLORS } from '../../labels';
import { citationText } from '../../citations';
import { term } from '../../vocabulary';
import { PageHeader } from '../../components/PageHeader';
import { CardTable } from '../../components/CardTable';
import { RoleTabs, type RoleTab } from '../../components/RoleTabs';
import { DownloadButton, hrefWith } from '../../components/DownloadButton';

type CaseRow = GetResponse<'/api/accountability-cases'>[number];

const outcomeTag = (o: string | null) => (o ? <Tag color={TOLERANCE_OUTCOME_COLORS[o]}>{term('toleranceOutcome', o)}</Tag> : null);

/** 我的容错: the cases I (or my unit) am held to account in, the window to apply, and my applications. */
function Mine() {
  const nav = useNavigate();
  const { data, error, loading } = useApi(() => call(api.GET('/api/tolerance/mine')), []);
  const { data: rules } = useApi(() => call(api.GET('/api/tolerance/rules')), []);
  if (error) return <Alert type="error" message={error} />;
  return (
    <>
      {rules && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          message={`本院容错申请方式：${rules.strategyLabel}${rules.windowWorkingDays ? `（${rules.windowWorkingDays} 个工作日内）` : ''}`}
          description={`依据 ${rules.strategyCitation ? citationText(rules.strategyCitation) : '本院规定'}。经认定免责的，${rules.protections.map((p) => p.label).join('、')}不受影响（${citationText(rules.protectionsCitation ?? '')}）。`}
        />
      )}
      <CardTable
        layout={{ title: 'matter', tags: ['stageLabel'], actions: ['容错申请'], testId: 'tolerance-case-card' }}
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        locale={{ emptyText: '没有针对您或您负责单位的问责案件' }}
        columns={[
          { title: '问责事由', dataIndex: 'matter' },
          { title: '问责部门', dataIndex: 'accountableDepartmentName', width: 160 },
          { title: '启动日期', dataIndex: 'startedOn', width: 110 },
          { title: '阶段', dataIndex: 'stageLabel', width: 120, render: (v, r) => <Tag color={CASE_STAGE_COLORS[r.stage]}>{v}</Tag> },
          {
            title: '容错申请',
            width: 320,
            render: (_, r) =>
              r.reviewId && r.reviewStatus !== 'refused' ? (
                <Space>
                  <Link to={`/tolerance/reviews/${r.reviewId}`}>查看进展</Link>
                  {outcomeTag(r.outcome)}
                </Space>
              ) : r.window.open ? (
                <Space direction="vertical" size={0}>
                  <Button type="primary" size="small" onClick={() => nav(`/tolerance/apply?case=${r.id}`)} data-testid={`apply-${r.id}`}>
                    申请容错
                  </Button>
                  {r.window.until && <Typography.Text type="secondary">申请截止 {r.window.until}{r.window.provisional ? '（暂按周末推算）' : ''}</Typography.Text>}
                </Space>
              ) : (
                <Space direction="vertical" size={0}>
                  {r.reviewId && <Link to={`/tolerance/reviews/${r.reviewId}`}>原申请未受理</Link>}
                  <Typography.Text type="secondary">{r.window.reason}{r.window.article ? `（${citationText(r.window.article ?? '')}）` : ''}</Typography.Text>
                </Space>
              ),
          },
        ]}
      />
    </>
  );
}

interface CaseForm {
  subjectKind: 'person' | 'department';
  subjectPersonId?: number;
  subjectDepartmentId?: number;
  accountableDepartmentId: number;
  matter: string;
  startedOn: Dayjs;
}

/** 问责案件: every case, its stage and its tolerance review; discipline and org register new ones. */
function Cases() {
  const { can } = useAuth();
  const { message } = App.useApp();
  const [stage, setStage] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const { data, error, loading, reload } = useApi(() => call(api.GET('/api/accountability-cases', { params: { query: { stage: stage as 'started' | undefined, q: q || undefined } } })), [stage, q]);
  const { data: depts } = useApi(() => call(api.GET('/api/departments')), []);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<CaseForm>();
  const kind = Form.useWatch('subjectKind', form);
  const subjectPersonId = Form.useWatch('subjectPersonId', form);
  const deptOptions = (depts ?? []).map((d) => ({ value: d.id, label: d.name }));
  const save = () =>
    submitForm(
      form,
      message,
      (v) =>
        call(
          api.POST('/api/accountability-cases', {
            body: { subjectKind: v.subjectKind, subjectPersonId: v.subjectPersonId ?? null, subjectDepartmentId: v.subjectDepartmentId ?? null, accountableDepartmentId: v.accountableDepartmentId, matter: v.matter, startedOn: v.startedOn.format('YYYY-MM-DD') },
          }),
        ),
      '问责案件已登记',
      () => {
        setOpen(false);
        reload();
      },
    );
  if (error) return <Alert type="error" message={error} />;
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select allowClear placeholder="全部阶段" style={{ width: 160 }} value={stage} onChange={setStage} options={[{ value: 'started', label: '已启动' }, { value: 'investigating', label: '调查核实中' }, { value: 'decided', label: '已作出处理并实施' }, { value: 'closed', label: '已办结' }]} />
        <Input.Search allowClear placeholder="姓名、单位或事由" style={{ width: 240 }} onSearch={setQ} />
        <DownloadButton href={hrefWith('/api/accountability-cases.xlsx', { stage, q })} label="导出问责案件" format="Excel" />
        {can('tolerance.handle') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="new-case">
            登记问责案件
          </Button>
        )}
      </Space>
      <CardTable<CaseRow>
        layout={{ title: 'matter', tags: ['stageLabel'], hide: ['id'], testId: 'tolerance-case-card' }}
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        size="middle"
        columns={[
          { title: '编号', dataIndex: 'id', width: 70 },
          { title: '问责对象', dataIndex: 'subjectName', width: 150, render: (v, r) => (r.subjectKind === 'person' && r.subjectPersonId ? <Link to={`/people/${r.subjectPersonId}`}>{v}</Link> : `${v}（单位）`) },
          { title: '问责事由', dataIndex: 'matter', render: (v, r) => <Link to={`/tolerance/cases/${r.id}`}>{v}</Link> },
          { title: '问责部门', dataIndex: 'accountableDepartmentName', width: 150 },
          { title: '启动日期', dataIndex: 'startedOn', width: 110 },
          { title: '阶段', dataIndex: 'stageLabel', width: 130, render: (v, r) => <Tag color={CASE_STAGE_COLORS[r.stage]}>{v}</Tag> },
          { title: '容错认定', width: 150, render: (_, r) => (r.reviewId ? <Space><Link to={`/tolerance/reviews/${r.reviewId}`}>查看</Link>{outcomeTag(r.outcome)}</Space> : '—') },
        ]}
      />
      <Modal title="登记问责案件" open={open} onOk={save} onCancel={() => setOpen(false)} okText="登记" cancelText="取消" width={620} destroyOnHidden forceRender>
        <Form form={form} layout="vertical" initialValues={{ subjectKind: 'person' }}>
          <Form.Item name="subjectKind" label="问责对象类型">
            <Radio.Group options={[{ value: 'person', label: '个人' }, { value: 'department', label: '单位' }]} />
          </Form.Item>
          {kind === 'department' ? (
            <Form.Item name="subjectDepartmentId" label="被问责单位" rules={[{ required: true, message: '请选择被问责单位' }]}>
              <Select showSearch optionFilterProp="label" options={deptOptions} />
            </Form.Item>
          ) : (
            <Form.Item name="subjectPersonId" label="被问责人" rules={[{ required: true, message: '请选择被问责人' }]}>
              <PersonPicker placeholder="输入姓名或工号搜索" />
            </Form.Item>
          )}
          {kind !== 'department' && <CoverageNote personId={subjectPersonId} />}
          <Form.Item name="accountableDepartmentId" label="问责部门（谁问责向谁申请）" rules={[{ required: true, message: '请选择问责部门' }]}>
            <Select showSearch optionFilterProp="label" options={deptOptions} />
          </Form.Item>
          <Form.Item name="matter" label="问责事由" rules={[{ required: true, min: 5, message: '请填写问责事由（不少于 5 个字）' }]}>
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
          <Form.Item name="startedOn" label="启动问责程序日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** 调查认定: every tolerance review and its next deadline. */
function Reviews() {
  const [status, setStatus] = useState<string | undefined>();
  const { data, error, loading } = useApi(() => call(api.GET('/api/tolerance-reviews', { params: { query: { status } } })), [status]);
  if (error) return <Alert type="error" message={error} />;
  const today = appToday().format('YYYY-MM-DD');
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="全部状态"
          style={{ width: 160 }}
          value={status}
          onChange={setStatus}
          options={Object.entries({ submitted: '待受理', investigating: '调查核实中', reported: '已形成调查报告', proposed: '已提出认定意见', deferred: '暂缓认定', decided: '已作出认定', closed: '已办结', refused: '不予受理' }).map(([value, label]) => ({ value, label }))}
        />
      </Space>
      <CardTable
        layout={{ title: 'matter', tags: ['statusLabel'], hide: ['id'], testId: 'tolerance-review-card' }}
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        size="middle"
        columns={[
          { title: '编号', dataIndex: 'id', width: 70 },
          { title: '容错对象', dataIndex: 'subjectName', width: 130 },
          { title: '问责事由', dataIndex: 'matter', render: (v, r) => <Link to={`/tolerance/reviews/${r.id}`}>{v}</Link> },
          { title: '来源', dataIndex: 'origin', width: 100, render: (v) => (v === 'application' ? '本人申请' : '随问责启动') },
          { title: '申请/启动', dataIndex: 'filedOn', width: 110 },
          { title: '状态', dataIndex: 'statusLabel', width: 130, render: (v, r) => <Space size={4}><Tag color={REVIEW_STATUS_COLORS[r.status]}>{v}</Tag>{r.status !== 'deferred' && outcomeTag(r.outcome)}</Space> },
          {
            title: '下一期限',
            width: 200,
            render: (_, r) => (r.nextDue ? <Typography.Text type={r.nextDue < today ? 'danger' : undefined}>{r.nextLabel} {r.nextDue}{r.nextDue < today ? '（已逾期）' : ''}</Typography.Text> : '—'),
          },
        ]}
      />
    </>
  );
}

export function TolerancePage() {
  const { can } = useAuth();
  const tabs: RoleTab[] = [
    { key: 'mine', label: '我的容错', children: <Mine /> },
    { key: 'cases', label: '问责案件', children: <Cases />, permissions: ['tolerance.read'] },
    { key: 'reviews', label: '调查认定', children: <Reviews />, permissions: ['tolerance.read'] },
    { key: 'corrections', label: '纠错整改', children: <CorrectionsTab /> },
    { key: 'petitions', label: '澄清保护', children: <PetitionsTab />, permissions: ['petition.manage'] },
  ];
  return (
    <div>
      <PageHeader title="容错纠错" />
      <Card size="small">
        <RoleTabs tabs={tabs} defaultKey={can('tolerance.read') ? 'reviews' : 'mine'} />
      </Card>
    </div>
  );
}
