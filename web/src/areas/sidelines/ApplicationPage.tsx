import { useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Form, Input, Radio, Row, Space, Steps, Tag, Timeline, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, call, errorText } from '../../api/client';
import { useApi } from '../../components/useApi';
import { submitForm } from '../../components/submitForm';
import { APPLICATION_STATUS_COLORS, APPLICATION_STATUS_LABELS, DECISION_LABELS, FINDING_COLORS, ORG_KIND_LABELS } from '../../labels';
import { chinaDateTime } from '../../dates';
import { citationText } from '../../citations';
import { term } from '../../vocabulary';
import { PageHeader } from '../../components/PageHeader';
import { DownloadButton } from '../../components/DownloadButton';

const STEP_STATUS: Record<string, 'finish' | 'process' | 'wait' | 'error'> = { done: 'finish', current: 'process', waiting: 'wait', refused: 'error', returned: 'error' };
const yesNo = (b: boolean) => (b ? '是' : '否');

/** 兼职申请: where it stands in its chain, what the rules found, its attachments, and the decision of the current step. */
export function ApplicationPage() {
  const id = Number(useParams().id);
  const nav = useNavigate();
  const { message, modal } = App.useApp();
  const { data: a, error, reload } = useApi(() => call(api.GET('/api/sideline-applications/{id}', { params: { path: { id } } })), [id]);
  const [form] = Form.useForm<{ decision: 'approve' | 'refuse' | 'return'; reason?: string; reference?: string; meetingDate?: Dayjs }>();
  const decision = Form.useWatch('decision', form);
  const [busy, setBusy] = useState(false);
  if (error) return <Alert type="error" message={error} />;
  if (!a) return <Card loading />;
  const current = a.steps.find((s) => s.state === 'current');
  const decide = () =>
    submitForm(
      form,
      message,
      (v) => call(api.POST('/api/sideline-applications/{id}/decide', { params: { path: { id } }, body: { decision: v.decision, reason: v.reason || null, reference: v.reference || null, meetingDate: v.meetingDate?.format('YYYY-MM-DD') ?? null } })),
      '审批意见已登记',
      reload,
    );
  const act = async (what: 'submit' | 'withdraw') => {
    setBusy(true);
    try {
      await call(api.POST(`/api/sideline-applications/{id}/${what}` as '/api/sideline-applications/{id}/submit', { params: { path: { id } } }));
      message.success(what === 'submit' ? '已提交' : '已撤回');
      reload();
    } catch (e) {
      message.error(errorText(e), 8);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <PageHeader
        crumbs={[{ title: '领导干部兼职', to: '/sidelines' }]}
        title={`兼职申请 ${a.id}：${a.applicant.name} 拟任${a.org.name}${a.postTitle}`}
        tags={<Tag color={APPLICATION_STATUS_COLORS[a.status]}>{APPLICATION_STATUS_LABELS[a.status]}</Tag>}
        actions={
          <>
            <DownloadButton href={`/api/sideline-applications/${a.id}/form.docx`} label="下载审批表" format="Word" />
            <DownloadButton href={`/api/sideline-applications/${a.id}/form.pdf`} label="下载审批表" format="PDF" />
            {a.sidelineId && <Link to={`/sidelines/${a.sidelineId}`}>查看登记的兼职</Link>}
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Steps
          size="small"
          items={a.steps.map((s) => ({ title: s.label, description: s.actorLabel, status: STEP_STATUS[s.state] }))}
          data-testid="sideline-steps"
        />
      </Card>
      <Row gutter={12}>
        <Col xs={24} lg={15}>
          <Card size="small" title="申请内容">
            <Descriptions column={2} size="small" bordered>
              <Descriptions.Item label="申请人">{a.applicant.name}</Descriptions.Item>
              <Descriptions.Item label="部门及职级">{`${a.departmentName ?? '—'} ${a.rank ? term('rank', a.rank) : ''}`}</Descriptions.Item>
              <Descriptions.Item label="兼职单位" span={2}>{`${a.org.name}（${ORG_KIND_LABELS[a.org.kind]}）`}</Descriptions.Item>
              <Descriptions.Item label="统一社会信用代码">{a.org.uscc ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="拟任职务">{a.postTitle}</Descriptions.Item>
              <Descriptions.Item label="任期">{a.hasTerms ? `第 ${a.termNumber} 届，${a.startDate} 至 ${a.endDate}` : `${a.startDate} 起（未实行任期制）`}</Descriptions.Item>
              <Descriptions.Item label="社团领导职务 / 法定代表人">{`${yesNo(a.associationLeadershipPost)} / ${yesNo(a.legalRepresentative)}`}</Descriptions.Item>
              <Descriptions.Item label="兼职理由" span={2}>{a.reason}</Descriptions.Item>
              {a.justification && <Descriptions.Item label="特殊工作需要说明" span={2}>{a.justification}</Descriptions.Item>}
              <Descriptions.Item label="书面承诺" span={2}>{a.committed ? '已承诺兼职符合规定、不领取薪酬' : '未承诺'}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card size="small" title="附件" style={{ marginTop: 12 }}>
            {a.requiredFiles.map((r) => (
              <div key={r.kind}>
                {r.label}：{a.files.filter((f) => f.kind === r.kind).map((f) => <a key={f.id} href={`/api/sideline-applications/${a.id}/files/${f.id}`} style={{ marginRight: 8 }}>{f.fileName}</a>)}
                {!r.present && <Tag color="red">未上传</Tag>}
              </div>
            ))}
          </Card>
          {a.mayEdit && (
            <Space style={{ marginTop: 12 }}>
              <Button type="primary" onClick={() => nav(`/sidelines/apply?edit=${a.id}`)}>修改并提交</Button>
              <Button loading={busy} onClick={() => void act('submit')}>直接提交</Button>
              <Button danger onClick={() => modal.confirm({ title: '撤回该申请？', onOk: () => act('withdraw') })}>撤回</Button>
            </Space>
          )}
          {a.status === 'in_review' && a.applicant.id && !a.mayDecide && !a.mayEdit && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
              当前环节：{a.currentStepLabel}
            </Typography.Paragraph>
          )}
        </Col>
        <Col xs={24} lg={9}>
          {a.findings.length > 0 && (
            <Card size="small" title="规定检查结果" style={{ marginBottom: 12 }}>
              {a.findings.map((f) => <Alert key={f.code} style={{ marginBottom: 8 }} type={FINDING_COLORS[f.severity]} showIcon message={f.message} description={f.article ? `依据：${citationText(f.article ?? '')}` : undefined} />)}
            </Card>
          )}
          {a.mayDecide && current && (
            <Card size="small" title={`${current.label}${current.outside ? '（登记上级机关的批复）' : ''}`} style={{ marginBottom: 12 }} data-testid="sideline-decide">
              <Form form={form} layout="vertical" initialValues={{ decision: 'approve' }}>
                <Form.Item name="decision">
                  <Radio.Group options={[{ value: 'approve', label: '同意' }, { value: 'refuse', label: '不同意' }, { value: 'return', label: '退回修改' }]} />
                </Form.Item>
                {current.kind === 'party_committee' && decision === 'approve' && (
                  <Form.Item name="meetingDate" label="党委会议日期" rules={[{ required: true, message: '请选择党委会议日期' }]}>
                    <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(appToday(), 'day')} />
                  </Form.Item>
                )}
                {(current.kind === 'party_committee' || current.outside || current.kind === 'org_registration') && decision === 'approve' && (
                  <Form.Item
                    name="reference"
                    label={current.kind === 'party_committee' ? '会议纪要编号' : current.outside ? '批准文号' : '备案编号'}
                    rules={current.kind === 'org_registration' ? [] : [{ required: true, message: current.outside ? '请登记上级机关的批准文号' : '请登记会议纪要编号' }]}
                  >
                    <Input maxLength={100} />
                  </Form.Item>
                )}
                <Form.Item name="reason" label={decision === 'approve' ? '意见' : '理由'} rules={decision === 'approve' ? [] : [{ required: true, message: '不同意或退回修改须写明理由' }]}>
                  <Input.TextArea rows={3} maxLength={1000} />
                </Form.Item>
                <Button type="primary" onClick={() => void decide()}>
                  提交意见
                </Button>
              </Form>
            </Card>
          )}
          <Card size="small" title="办理过程">
            <Timeline
              items={a.decisions.map((d) => ({
                color: d.decision === 'refuse' ? 'red' : d.decision === 'return' ? 'orange' : 'green',
                children: (
                  <div>
                    <div>
                      {chinaDateTime(d.decidedAt)} {d.stepLabel} · {d.actorName} · {DECISION_LABELS[d.decision]}
                    </div>
                    {d.meetingDate && <div>会议日期：{d.meetingDate}</div>}
                    {d.reference && <div>文号：{d.reference}</div>}
                    {d.reason && <div>意见：{d.reason}</div>}
                  </div>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
