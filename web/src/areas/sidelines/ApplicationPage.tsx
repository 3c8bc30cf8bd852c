import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Grid, Row, Space, Steps, Tag, Timeline, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, call, errorText } from '../../api/client';
import { useApi } from '../../components/useApi';
import { APPLICATION_STATUS_COLORS, APPLICATION_STATUS_LABELS, DECISION_LABELS, ORG_KIND_LABELS } from '../../labels';
import { chinaDateTime } from '../../dates';
import { term } from '../../vocabulary';
import { PageHeader } from '../../components/PageHeader';
import { DownloadButton } from '../../components/DownloadButton';
import { AttachmentViewer } from '../../components/AttachmentViewer';
import { SidelineChecks } from './SidelineChecks';
import { DecidedNotice, SidelineDecisionPanel } from './SidelineDecisionPanel';

const STEP_STATUS: Record<string, 'finish' | 'process' | 'wait' | 'error'> = { done: 'finish', current: 'process', waiting: 'wait', refused: 'error', returned: 'error' };
const yesNo = (b: boolean) => (b ? '是' : '否');

/**
 * 兼职申请 on one page (一页审批): the application's facts, its attachments shown inline, the regulation's checks with
 * their articles, every step so far, and — for the one whose step it is — the decision in one action (on a desk beside
 * the file and staying in view, on a phone first). Whoever only reads it (the applicant, the ledger keepers, earlier
 * deciders) sees the same file without a decision.
 */
export function ApplicationPage() {
  const id = Number(useParams().id);
  const nav = useNavigate();
  const phone = !Grid.useBreakpoint().lg;
  const { message, modal } = App.useApp();
  const { data: d, error, reload } = useApi(() => call(api.GET('/api/sideline-applications/{id}/dossier', { params: { path: { id } } })), [id]);
  const [busy, setBusy] = useState(false);
  const [decided, setDecided] = useState<{ decision: string; stepLabel: string } | null>(null);
  if (error) return <Alert type="error" message={error} />;
  if (!d) return <Card loading />;
  const a = d.application;
  /** Attachments in the order the regulation lists the materials. */
  const order = (kind: string) => {
    const i = a.requiredFiles.findIndex((r) => r.kind === kind);
    return i < 0 ? a.requiredFiles.length : i;
  };
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
  const side = (
    <div style={phone ? { marginBottom: 12 } : { position: 'sticky', top: 12 }}>
      {decided && (
        <div style={{ marginBottom: 12 }}>
          <DecidedNotice decided={decided} next={d.current} status={a.status} />
        </div>
      )}
      {d.myStep ? (
        <SidelineDecisionPanel
          key={`${d.myStep.index}`}
          applicationId={a.id}
          step={d.myStep}
          onDecided={(decision, stepLabel) => {
            setDecided({ decision, stepLabel });
            reload();
          }}
        />
      ) : (
        !decided && (
          <Card size="small" title="办理情况" data-testid="sideline-standing">
            <Typography.Paragraph style={{ margin: 0 }}>
              {d.current ? `当前环节：${d.current.label}（${d.current.actorLabel}）` : `申请${APPLICATION_STATUS_LABELS[a.status] ?? a.status}`}
            </Typography.Paragraph>
            {d.current && a.status === 'in_review' && <Typography.Text type="secondary">本环节不由您办理，您可查阅申请材料。</Typography.Text>}
          </Card>
        )
      )}
    </div>
  );
  return (
    <div style={{ minWidth: 0 }}>
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
          direction={phone ? 'vertical' : 'horizontal'}
          items={a.steps.map((s) => ({ title: s.label, description: s.actorLabel, status: STEP_STATUS[s.state] }))}
          data-testid="sideline-steps"
        />
      </Card>
      {phone && side}
      <Row gutter={12}>
        <Col xs={24} lg={16} style={{ minWidth: 0 }}>
          <Card size="small" title="申请内容" style={{ marginBottom: 12 }}>
            <Descriptions column={phone ? 1 : 2} size="small" bordered={!phone}>
              <Descriptions.Item label="申请人">{a.applicant.name}</Descriptions.Item>
              <Descriptions.Item label="部门及职级">{`${a.departmentName ?? '—'} ${a.rank ? term('rank', a.rank) : ''}`}</Descriptions.Item>
              <Descriptions.Item label="兼职单位" span={phone ? 1 : 2}>{`${a.org.name}（${ORG_KIND_LABELS[a.org.kind]}）`}</Descriptions.Item>
              <Descriptions.Item label="统一社会信用代码">{a.org.uscc ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="拟任职务">{a.postTitle}</Descriptions.Item>
              <Descriptions.Item label="任期">{a.hasTerms ? `第 ${a.termNumber} 届，${a.startDate} 至 ${a.endDate}` : `${a.startDate} 起（未实行任期制）`}</Descriptions.Item>
              <Descriptions.Item label="社团领导职务 / 法定代表人">{`${yesNo(a.associationLeadershipPost)} / ${yesNo(a.legalRepresentative)}`}</Descriptions.Item>
              <Descriptions.Item label="领取薪酬 / 单位提供报酬">{`${yesNo(a.willReceivePay)} / ${yesNo(a.org.remunerationOffered)}`}</Descriptions.Item>
              <Descriptions.Item label="兼职理由" span={phone ? 1 : 2}>{a.reason}</Descriptions.Item>
              {a.justification && <Descriptions.Item label="特殊工作需要说明" span={phone ? 1 : 2}>{a.justification}</Descriptions.Item>}
              <Descriptions.Item label="书面承诺" span={phone ? 1 : 2}>{a.committed ? '已承诺兼职符合规定、不领取薪酬' : '未承诺'}</Descriptions.Item>
            </Descriptions>
          </Card>
          <SidelineChecks items={d.checks?.items ?? null} asOf={d.checks?.asOf ?? null} findings={a.findings} />
          <Card size="small" title="附件" style={{ marginBottom: 12 }} data-testid="sideline-attachments">
            <AttachmentViewer
              files={[...a.files]
                .sort((x, y) => order(x.kind) - order(y.kind))
                .map((f) => ({ ...f, label: a.requiredFiles.find((r) => r.kind === f.kind)?.label }))}
              hrefOf={(fileId) => `/api/sideline-applications/${a.id}/files/${fileId}`}
              missing={a.requiredFiles.filter((r) => !r.present).map((r) => r.label)}
            />
          </Card>
          {a.mayEdit && (
            <Space wrap style={{ marginBottom: 12 }}>
              <Button type="primary" onClick={() => nav(`/sidelines/apply?edit=${a.id}`)}>修改并提交</Button>
              <Button loading={busy} onClick={() => void act('submit')}>直接提交</Button>
              <Button danger onClick={() => modal.confirm({ title: '撤回该申请？', onOk: () => act('withdraw') })}>撤回</Button>
            </Space>
          )}
          <Card size="small" title="办理过程" data-testid="sideline-history">
            <Timeline
              items={d.history.map((h) => ({
                color: h.decision === 'refuse' ? 'red' : h.decision === 'return' ? 'orange' : 'green',
                children: (
                  <div style={{ overflowWrap: 'anywhere' }}>
                    <div>
                      {chinaDateTime(h.decidedAt)} {h.stepLabel} · {h.actorName} · {DECISION_LABELS[h.decision]}
                    </div>
                    {h.meetingDate && <div>会议日期：{h.meetingDate}</div>}
                    {h.reference && <div>文号：{h.reference}</div>}
                    {h.reason && <div>意见：{h.reason}</div>}
                  </div>
                ),
              }))}
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
