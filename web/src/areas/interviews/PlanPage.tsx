import { useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Form, Grid, Input, List, Radio, Row, Tag, Timeline, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import { useApi } from '../../components/useApi';
import { submitForm } from '../../components/submitForm';
import { PageHeader } from '../../components/PageHeader';
import { appToday } from '../../today';
import { inboxChanged } from '../inbox';
import { INTERVIEW_KIND_COLORS, PLAN_STATUS_COLORS } from './labels';

type Values = { decision: 'approve' | 'return'; on?: Dayjs; meetingRef?: string; reason?: string };

/**
 * 集中约谈计划 on one page: what the plan is for, every interview it plans (whom, why, when), where it stands, and —
 * for the secretary or the president whose step it is — the leading group's approval or return in one action (beside
 * the plan on a desk, first on a phone). Everyone else who may read the plan reads it without the decision.
 */
export function PlanPage() {
  const id = Number(useParams().id);
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().lg;
  const { data: p, error, reload } = useApi(() => call(api.GET('/api/interview-plans/{id}', { params: { path: { id } } })), [id]);
  const interviews = useApi(() => call(api.GET('/api/interviews', { params: { query: { view: 'all', planId: id } as never } })), [id]);
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch('decision', form) ?? 'approve';
  const [decided, setDecided] = useState<'approve' | 'return' | null>(null);
  if (error) return <Alert type="error" message={error} />;
  if (!p) return <Card loading />;
  const decide = () =>
    submitForm(
      form,
      message,
      async (v) => {
        const body = v.decision === 'approve' ? { action: 'approve' as const, on: v.on!.format('YYYY-MM-DD'), meetingRef: v.meetingRef! } : { action: 'return' as const, reason: v.reason! };
        await call(api.POST('/api/interview-plans/{id}/actions', { params: { path: { id } }, body }));
        setDecided(v.decision);
      },
      '审批意见已登记',
      () => {
        reload();
        inboxChanged();
      },
    );
  const side = (
    <div style={phone ? { marginBottom: 12 } : { position: 'sticky', top: 12 }}>
      {decided && (
        <Alert
          style={{ marginBottom: 12 }}
          type={decided === 'approve' ? 'success' : 'warning'}
          showIcon
          data-testid="plan-decided"
          message={decided === 'approve' ? '领导小组已批准该计划' : '计划已退回纪检监察室'}
          description={decided === 'approve' ? '纪检监察室按计划组织实施约谈。' : '纪检监察室修改后重新报批。'}
        />
      )}
      {p.may.approve ? (
        <Card size="small" title="由我办理：领导小组审批" data-testid="plan-decide" styles={{ header: { background: '#fff7e6' } }}>
          <Form form={form} layout="vertical" initialValues={{ decision: 'approve', on: appToday() }}>
            <Form.Item name="decision" style={{ marginBottom: 12 }}>
              <Radio.Group options={[{ value: 'approve', label: '批准' }, { value: 'return', label: '退回修改' }]} />
            </Form.Item>
            {decision === 'approve' ? (
              <>
                <Form.Item name="on" label="领导小组审批日期" rules={[{ required: true, message: '请选择审批日期' }]}>
                  <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(appToday(), 'day')} />
                </Form.Item>
                <Form.Item name="meetingRef" label="会议纪要编号" rules={[{ required: true, message: '请填写会议纪要编号' }]}>
                  <Input maxLength={100} placeholder="约谈领导小组〔2026〕6号" />
                </Form.Item>
              </>
            ) : (
              <Form.Item name="reason" label="退回理由" rules={[{ required: true, message: '退回须写明理由' }, { min: 5, message: '退回理由不少于 5 个字' }]}>
                <Input.TextArea rows={3} maxLength={1000} />
              </Form.Item>
            )}
            <Button type="primary" block onClick={() => void decide()}>
              提交意见
            </Button>
          </Form>
        </Card>
      ) : (
        !decided && (
          <Card size="small" title="办理情况" data-testid="plan-standing">
            <Tag color={PLAN_STATUS_COLORS[p.status]}>{p.statusLabel}</Tag>
          </Card>
        )
      )}
    </div>
  );
  const rows = interviews.data ?? [];
  return (
    <div style={{ minWidth: 0 }}>
      <PageHeader crumbs={[{ title: '干部约谈', to: '/interviews?tab=plans' }]} title={p.title} tags={<Tag color={PLAN_STATUS_COLORS[p.status]}>{p.statusLabel}</Tag>} />
      {phone && side}
      <Row gutter={12}>
        <Col xs={24} lg={16} style={{ minWidth: 0 }}>
          <Card size="small" title="计划内容" style={{ marginBottom: 12 }}>
            <Descriptions size="small" column={phone ? 1 : 2} bordered={!phone}>
              <Descriptions.Item label="类型">{p.kindLabel}</Descriptions.Item>
              <Descriptions.Item label="年度">{`${p.year} 年${p.quarter ? `第 ${p.quarter} 季度` : ''}`}</Descriptions.Item>
              {p.departmentName && <Descriptions.Item label="部门">{p.departmentName}</Descriptions.Item>}
              <Descriptions.Item label="问题线索和约谈重点" span={phone ? 1 : 2}>{p.summary}</Descriptions.Item>
              <Descriptions.Item label="约谈安排">{`计划约谈 ${p.interviews} 次，已实施 ${p.held} 次；函询 ${p.inquiries} 件`}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card size="small" title="计划中的约谈" style={{ marginBottom: 12 }} data-testid="plan-interviews">
            <List
              size="small"
              loading={interviews.loading}
              dataSource={rows}
              locale={{ emptyText: '计划中还没有约谈对象' }}
              renderItem={(r) => (
                <List.Item style={{ display: 'block', overflowWrap: 'anywhere' }}>
                  <Link to={`/interviews/${r.id}`}>{r.targets.map((t) => t.name).join('、') || '（本人）'}</Link> <Tag color={INTERVIEW_KIND_COLORS[r.kind]}>{r.kindLabel}</Tag>
                  <div>{r.topic}</div>
                  <Typography.Text type="secondary">{`${r.heldOn ?? r.scheduledOn} · 主谈人 ${r.leadName} · ${r.statusLabel}`}</Typography.Text>
                </List.Item>
              )}
            />
          </Card>
          <Card size="small" title="办理过程" data-testid="plan-history">
            <Timeline
              items={[
                // A plan returned and submitted again shows its return before its latest submission.
                ...(p.returnReason && p.status !== 'returned' ? [{ color: 'orange', children: `曾退回修改：${p.returnReason}` }] : []),
                ...(p.submittedOn ? [{ color: 'blue', children: `${p.submittedOn} 纪检监察室报学校领导小组审批` }] : []),
                ...(p.returnReason && p.status === 'returned' ? [{ color: 'orange', children: `退回修改：${p.returnReason}` }] : []),
                ...(p.approvedOn ? [{ color: 'green', children: `${p.approvedOn} 领导小组批准（${p.meetingRef ?? ''}）` }] : []),
                ...(p.filedOn ? [{ color: 'green', children: `${p.filedOn} 报纪检监察室备案` }] : []),
              ]}
            />
          </Card>
        </Col>
        {!phone && (
          <Col lg={8} style={{ minWidth: 0 }}>
            {side}
          </Col>
        )}
      </Row>
    </div>
  );
}
