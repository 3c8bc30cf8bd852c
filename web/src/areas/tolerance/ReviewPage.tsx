import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Grid, Row, Tag, Timeline, Typography, Upload } from 'antd';
import { CardTable } from '../../components/CardTable';
import { UploadOutlined } from '@ant-design/icons';
import { useLocation, useParams } from 'react-router-dom';
import { api, call, errorText } from '../../api/client';
import { useApi } from '../../components/useApi';
import { MAX_UPLOAD_MB, readBase64 } from '../../components/readFile';
import { REVIEW_STATUS_COLORS, TOLERANCE_OUTCOME_COLORS } from '../../labels';
import { ReviewActionForm } from './ReviewActionForm';
import { FollowupCard } from './FollowupCard';
import { useAuth } from '../../auth';
import { citationText } from '../../citations';
import { term } from '../../vocabulary';
import { PageHeader } from '../../components/PageHeader';
import { DownloadButton } from '../../components/DownloadButton';
import { AttachmentViewer } from '../../components/AttachmentViewer';
import { inboxChanged } from '../inbox';

const STATE: Record<string, { color: string; label: string }> = {
  done: { color: 'green', label: '按期办理' },
  late_done: { color: 'orange', label: '逾期办理' },
  open: { color: 'blue', label: '待办' },
  overdue: { color: 'red', label: '已逾期' },
};
const FACTOR_LABELS: Record<string, string> = { background: '背景原因', motive: '动机目的', policyBasis: '政策依据', severity: '情节轻重', consequences: '性质后果', record: '一贯表现' };

/** 容错认定 on one page: the case, its evidence read in place, every deadline counted in working days with its article, the record of each step, and the next step. */
export function ReviewPage() {
  const id = Number(useParams().id);
  const { message } = App.useApp();
  const { can } = useAuth();
  const phone = !Grid.useBreakpoint().lg;
  const { data: r, error, reload } = useApi(() => call(api.GET('/api/tolerance-reviews/{id}', { params: { path: { id } } })), [id]);
  const { data: rules } = useApi(() => call(api.GET('/api/tolerance/rules')), []);
  // Files the application page could not upload (named, with the reason), until one is uploaded here.
  const arrived = useLocation().state as { failedUploads?: string[] } | null;
  const [failedUploads, setFailedUploads] = useState<string[]>(arrived?.failedUploads ?? []);
  if (error) return <Alert type="error" message={error} />;
  if (!r) return <Card loading />;
  const upload = async (f: File) => {
    try {
      await call(api.POST('/api/tolerance-reviews/{id}/files', { params: { path: { id } }, body: { fileName: f.name, contentBase64: await readBase64(f) } }));
      message.success(`已上传 ${f.name}`);
      setFailedUploads((x) => x.filter((t) => !t.startsWith(`${f.name}：`)));
      reload();
    } catch (e) {
      setFailedUploads((x) => [...x.filter((t) => !t.startsWith(`${f.name}：`)), `${f.name}：${errorText(e)}`]);
    }
  };
  const c = r.case;
  // The step waiting for me, in one action: first on a phone, at the top beside the file on a desk.
  const actionPanel = r.nextActions.length > 0 && (
    <div style={{ marginBottom: 12 }}>
      <Card size="small" title="办理" data-testid="review-act">
        <ReviewActionForm
          key={`${r.status}-${r.nextActions.join()}`}
          id={r.id}
          actions={r.nextActions}
          maxDeferralMonths={r.maxDeferralMonths}
          groundOptions={r.origin === 'ex_officio' ? rules?.grounds : undefined}
          onDone={() => {
            reload();
            inboxChanged();
          }}
        />
      </Card>
    </div>
  );
  return (
    <div>
      <PageHeader
        crumbs={[{ title: '容错纠错', to: '/tolerance' }, { title: `问责案件 ${c.id}`, to: `/tolerance/cases/${c.id}` }]}
        title={`容错认定 ${r.id}：${c.subjectName}`}
        tags={
          <>
            <Tag color={REVIEW_STATUS_COLORS[r.status]} data-testid="review-status">{r.statusLabel}</Tag>
            {r.outcome && r.status !== 'deferred' && <Tag color={TOLERANCE_OUTCOME_COLORS[r.outcome]}>{term('toleranceOutcome', r.outcome)}</Tag>}
          </>
        }
        actions={(r.origin === 'application' || r.outcome || r.status === 'refused') && (
          <>
            {r.origin === 'application' && <DocButtons id={r.id} form="application" label="容错申请书" />}
            {r.outcome && <DocButtons id={r.id} form="conclusion" label="认定结论" />}
            {(r.outcome || r.status === 'refused') && <DocButtons id={r.id} form="feedback" label="反馈书" />}
          </>
        )}
      />
      <Card size="small" title="各环节期限（按工作日计算，含法定节假日和调休）" style={{ marginBottom: 12 }}>
        <CardTable
          layout={{ title: 'label', tags: ['state'], blocks: ['citation'], testId: 'review-step-card' }}
          rowKey="step"
          size="small"
          pagination={false}
          dataSource={r.schedule}
          data-testid="review-schedule"
          columns={[
            { title: '环节', dataIndex: 'label', width: 150 },
            { title: '起算日', dataIndex: 'from', width: 110 },
            { title: '期限', dataIndex: 'period', width: 130 },
            { title: '截止日期', dataIndex: 'due', width: 160, render: (v, s) => <>{v}{s.provisional && <Typography.Text type="secondary">（暂按周末推算）</Typography.Text>}</> },
            { title: '办理日期', dataIndex: 'doneOn', width: 110, render: (v) => v ?? '—' },
            { title: '状态', dataIndex: 'state', width: 100, render: (v) => <Tag color={STATE[v].color}>{STATE[v].label}</Tag> },
            { title: '依据', dataIndex: 'citation', render: (v: string | null, s) => <>{v ? citationText(v) : '—'}{s.isDefault && <Typography.Text type="secondary">（规定未定期限，期限为系统默认）</Typography.Text>}</> },
          ]}
        />
      </Card>
      {phone && actionPanel}
      <Row gutter={12}>
        <Col xs={24} lg={15}>
          <Card size="small" title="问责案件与申请" style={{ marginBottom: 12 }}>
            <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} styles={{ label: { width: 110 } }}>
              <Descriptions.Item label="问责事由" span={2}>{c.matter}</Descriptions.Item>
              <Descriptions.Item label="问责部门">{c.accountableDepartmentName}</Descriptions.Item>
              <Descriptions.Item label="启动问责程序">{c.startedOn}</Descriptions.Item>
              <Descriptions.Item label="来源">
                {r.origin !== 'application'
                  ? `启动问责时一并开展（${r.filedOn}）`
                  : r.paperRegistration
                    ? `${r.applicantName ?? ''}书面申请（${r.paperRegistration.receivedOn} 收到，${r.paperRegistration.registrarName} 于 ${r.paperRegistration.registeredOn} 代为登记）`
                    : `${r.applicantName ?? ''}本人申请（${r.filedOn}）`}
              </Descriptions.Item>
              <Descriptions.Item label="申请方式">{r.strategyLabel}</Descriptions.Item>
              {r.origin === 'application' && (
                <>
                  <Descriptions.Item label="容错情形" span={2}>
                    {r.grounds.map((g) => <Tag key={g.key}>{g.label}</Tag>)}
                    <Typography.Text type="secondary">{citationText(r.groundsCitation ?? '')}</Typography.Text>
                  </Descriptions.Item>
                  <Descriptions.Item label="事实和理由" span={2}>{r.facts}</Descriptions.Item>
                  <Descriptions.Item label="未谋取私利声明" span={2}>{r.noPrivateGainPledge ? '已声明' : '—'}</Descriptions.Item>
                </>
              )}
              {r.origin === 'ex_officio' && r.grounds.length > 0 && (
                <Descriptions.Item label="查明的容错情形" span={2}>
                  {r.grounds.map((g) => <Tag key={g.key}>{g.label}</Tag>)}
                  <Typography.Text type="secondary">{citationText(r.groundsCitation ?? '')}</Typography.Text>
                </Descriptions.Item>
              )}
              {r.refusalReason && <Descriptions.Item label="不予受理理由" span={2}>{r.refusalReason}（{citationText(r.refusalArticle ?? '')}）</Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card size="small" title="证据材料" style={{ marginBottom: 12 }} data-testid="review-evidence">
            {r.files.length === 0 && <Typography.Text type="secondary">暂无</Typography.Text>}
            <AttachmentViewer files={r.files} hrefOf={(fileId) => `/api/tolerance-reviews/${r.id}/files/${fileId}`} />
            {failedUploads.length > 0 && (
              <Alert type="error" showIcon style={{ margin: '8px 0' }} data-testid="failed-uploads" message="以下材料未能上传，请重新选择后点“补充材料”" description={failedUploads.map((t) => <div key={t}>{t}</div>)} />
            )}
            {(r.mayUpload || r.mayHandle) && ['submitted', 'investigating'].includes(r.status) && (
              <Upload showUploadList={false} beforeUpload={(f) => { if (f.size > MAX_UPLOAD_MB * 1024 * 1024) setFailedUploads((x) => [...x, `${f.name}：文件超过 ${MAX_UPLOAD_MB} MB`]); else void upload(f); return false; }}>
                <Button size="small" icon={<UploadOutlined />} style={{ marginTop: 8 }}>补充材料</Button>
              </Upload>
            )}
          </Card>
          {(r.team.length > 0 || r.hearingOn || r.reportOn) && (
            <Card size="small" title="调查核实" style={{ marginBottom: 12 }}>
              <Descriptions size="small" bordered column={1} styles={{ label: { width: 110 } }}>
                <Descriptions.Item label="调查组">{r.team.map((t) => `${t.name}（${t.role}）`).join('、') || '—'}{r.experts ? `；专家：${r.experts}` : ''}</Descriptions.Item>
                <Descriptions.Item label="听取本人陈述">{r.hearingOn ? `${r.hearingOn}：${r.hearingSummary}` : '尚未听取'}</Descriptions.Item>
                {r.reportOn && <Descriptions.Item label="调查报告">{`${r.reportOn}：${r.report}`}</Descriptions.Item>}
                {r.reportOn && <Descriptions.Item label="是否谋取私利">{r.privateGainFound ? <Tag color="red">存在谋取私利情形</Tag> : <Tag color="green">未谋取私利</Tag>}</Descriptions.Item>}
                {Object.entries(r.factors).map(([k, v]) => <Descriptions.Item key={k} label={FACTOR_LABELS[k] ?? k}>{v}</Descriptions.Item>)}
              </Descriptions>
            </Card>
          )}
          {(r.proposal || r.outcome) && (
            <Card size="small" title="认定与结果" style={{ marginBottom: 12 }}>
              <Descriptions size="small" bordered column={1} styles={{ label: { width: 110 } }}>
                {r.proposal && <Descriptions.Item label="认定意见">{`${term('toleranceOutcome', r.proposedOutcome ?? '')}：${r.proposal}`}</Descriptions.Item>}
                {r.outcome && <Descriptions.Item label="党委认定">{`${r.decidedOn}，${r.meetingRef}：${term('toleranceOutcome', r.outcome)}`}{r.deferUntil && r.outcome === 'defer' ? `，暂缓至 ${r.deferUntil}` : ''}</Descriptions.Item>}
                {r.explanation && <Descriptions.Item label="解释答复">{r.explanation}</Descriptions.Item>}
                {r.mitigationNote && <Descriptions.Item label="减责意见">{r.mitigationNote}{r.impactUntil ? `；影响期至 ${r.impactUntil}，期满后提拔任用不受影响` : ''}</Descriptions.Item>}
                {r.protections.length > 0 && (
                  <Descriptions.Item label="免责后不受影响">
                    {r.protections.map((p) => <Tag color="green" key={p.key}>{p.label}</Tag>)}
                    <Typography.Text type="secondary">{citationText(r.protectionCitation ?? '')}</Typography.Text>
                  </Descriptions.Item>
                )}
                {r.feedbackOn && <Descriptions.Item label="反馈本人">{`${r.feedbackOn}：${r.feedbackMethod}`}</Descriptions.Item>}
                {r.publishedOn && <Descriptions.Item label="公开">{`${r.publishedOn}：${r.publicationScope}；${r.publicationMethod}`}</Descriptions.Item>}
                {r.recordFiledOn && <Descriptions.Item label="报送备案">{r.recordFiledOn}</Descriptions.Item>}
              </Descriptions>
            </Card>
          )}
        </Col>
        <Col xs={24} lg={9}>
          {!phone && actionPanel}
          {r.outcome === 'exempt' && r.decidedOn && can('tolerance.read') && <FollowupCard reviewId={r.id} />}
          <Card size="small" title="时间线">
            <Timeline
              data-testid="review-timeline"
              items={r.steps.map((s) => ({
                children: (
                  <>
                    <Typography.Text strong>{s.on} {s.label}</Typography.Text>
                    <Typography.Text type="secondary"> · {s.actorName}</Typography.Text>
                    {s.summary && <div>{s.summary}</div>}
                    {s.article && <Typography.Text type="secondary">依据 {citationText(s.article ?? '')}</Typography.Text>}
                  </>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}

/** A form of the review in Word and PDF. */
function DocButtons({ id, form, label }: { id: number; form: 'application' | 'conclusion' | 'feedback'; label: string }) {
  return (
    <>
      <DownloadButton href={`/api/tolerance-reviews/${id}/${form}.docx`} label={`下载${label}`} format="Word" testId={`doc-${form}`} />
      <DownloadButton href={`/api/tolerance-reviews/${id}/${form}.pdf`} label={`下载${label}`} format="PDF" />
    </>
  );
}
