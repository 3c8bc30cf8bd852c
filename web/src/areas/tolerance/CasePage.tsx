import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Space, Tag, Typography } from 'antd';
import { type Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { Link, useParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import { useAuth } from '../../auth';
import { useApi } from '../../components/useApi';
import { submitForm } from '../../components/submitForm';
import { CASE_STAGE_COLORS } from '../../labels';
import { CorrectionsTab } from './CorrectionsTab';
import { PaperApplicationButton } from './PaperApplicationForm';
import { term } from '../../vocabulary';
import { PageHeader } from '../../components/PageHeader';

const NEXT: Record<string, { action: 'investigate' | 'carry_out' | 'close'; label: string } | undefined> = {
  started: { action: 'investigate', label: '开始调查' },
  investigating: { action: 'carry_out', label: '作出处理并实施' },
  decided: { action: 'close', label: '办结' },
};

/** 问责案件: its stage, handling decision and tolerance review; discipline and org move it on. */
export function CasePage() {
  const id = Number(useParams().id);
  const { can, me } = useAuth();
  const { message } = App.useApp();
  const { data: c, error, reload } = useApi(() => call(api.GET('/api/accountability-cases/{id}', { params: { path: { id } } })), [id]);
  const [form] = Form.useForm<{ on: Dayjs; handling?: string }>();
  if (error) return <Alert type="error" message={error} />;
  if (!c) return <Card loading />;
  const next = NEXT[c.stage];
  const advance = () =>
    submitForm(
      form,
      message,
      (v) => call(api.POST('/api/accountability-cases/{id}/advance', { params: { path: { id } }, body: { action: next!.action, on: v.on.format('YYYY-MM-DD'), handling: v.handling || null } })),
      `已登记：${next?.label}`,
      reload,
    );
  return (
    <div>
      <PageHeader crumbs={[{ title: '容错纠错', to: '/tolerance' }]} title={`问责案件 ${c.id}：${c.subjectName}`} tags={<Tag color={CASE_STAGE_COLORS[c.stage]}>{c.stageLabel}</Tag>} />
      <Card size="small">
      <Descriptions size="small" bordered column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="问责对象">{c.subjectKind === 'person' ? <Link to={`/people/${c.subjectPersonId}`}>{c.subjectName}</Link> : `${c.subjectName}（单位）`}</Descriptions.Item>
        <Descriptions.Item label="所在单位">{c.subjectDepartmentName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="问责事由" span={2}>{c.matter}</Descriptions.Item>
        <Descriptions.Item label="问责部门">{c.accountableDepartmentName}</Descriptions.Item>
        <Descriptions.Item label="启动问责程序">{c.startedOn}</Descriptions.Item>
        <Descriptions.Item label="开始调查">{c.investigatingSince ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="实施日期">{c.carriedOutOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="处理意见" span={2}>{c.handling ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="容错认定" span={2}>
          <Space>
            {c.reviewId ? <Link to={`/tolerance/reviews/${c.reviewId}`}>查看容错认定{c.outcome ? `（${term('toleranceOutcome', c.outcome)}）` : ''}</Link> : '无'}
            {/* A written application handed in on paper, registered by the office that received it (not in one's own case). */}
            {can('tolerance.handle') && (!c.reviewId || c.reviewStatus === 'refused') && c.subjectPersonId !== me?.personId && <PaperApplicationButton caseId={c.id} startedOn={c.startedOn} />}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      {next && can('tolerance.handle') && (
        <Form form={form} layout="vertical" initialValues={{ on: appToday() }} style={{ maxWidth: 640 }}>
          <Typography.Title level={5}>{next.label}</Typography.Title>
          <Form.Item name="on" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker />
          </Form.Item>
          {next.action === 'carry_out' && (
            <Form.Item name="handling" label="处理意见（属于减责的，须在处理意见中明确表述）" rules={[{ required: true, message: '请填写处理意见' }]}>
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          )}
          <Button type="primary" onClick={() => void advance()}>
            {next.label}
          </Button>
        </Form>
      )}
      {can('tolerance.read') && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>纠错措施</Typography.Title>
          <CorrectionsTab caseId={c.id} />
        </>
      )}
      </Card>
    </div>
  );
}
