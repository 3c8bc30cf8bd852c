import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Radio, Space, Tag, Upload } from 'antd';
import { CardTable } from '../../components/CardTable';
import { UploadOutlined } from '@ant-design/icons';
import { type Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api, call, errorText } from '../../api/client';
import { useApi } from '../../components/useApi';
import { submitForm } from '../../components/submitForm';
import { MAX_UPLOAD_MB, readBase64 } from '../../components/readFile';
import { ORG_KIND_LABELS, SIDELINE_END_LABELS, SIDELINE_STATUS_LABELS } from '../../labels';
import { term } from '../../vocabulary';
import { cited, ruleNumber } from '../../rules';
import { PageHeader } from '../../components/PageHeader';
import { withCitationNames } from '../../citations';

interface ReportValues {
  year: number;
  rolePerformed: string;
  payReceived: boolean;
  expenses: string;
  amount?: number;
  receivedDate?: Dayjs;
  description?: string;
}

/**
 * 一项兼职: its term, the verdict after a change of post, yearly reports, pay turned over, and resignation; the articles
 * and limits shown are the pack's (sidelines.*).
 */
export function SidelinePage() {
  const id = Number(useParams().id);
  const [params] = useSearchParams();
  const nav = useNavigate();
  const { message } = App.useApp();
  const { data, error, reload } = useApi(() => call(api.GET('/api/sidelines/{id}', { params: { path: { id } } })), [id]);
  const [dialog, setDialog] = useState<'report' | 'end' | null>(params.get('report') ? 'report' : null);
  const [reportForm] = Form.useForm<ReportValues>();
  const [endForm] = Form.useForm<{ kind: 'resigned' | 'not_renewed'; endedOn: Dayjs; report: string }>();
  const [turnover, setTurnover] = useState<{ id: number } | null>(null);
  const [turnoverForm] = Form.useForm<{ turnedOverDate: Dayjs; receiptNo: string }>();
  const payReceived = Form.useWatch('payReceived', reportForm);
  if (error) return <Alert type="error" message={error} />;
  if (!data) return <Card loading />;
  const s = data.sideline;
  const run = async (p: Promise<unknown>, ok: string) => {
    try {
      await p;
      message.success(ok);
      reload();
    } catch (e) {
      message.error(errorText(e), 8);
    }
  };
  const upload = async (file: File) => {
    if (file.size > MAX_UPLOAD_MB * 1024 * 1024) return message.error(`单个文件不能超过 ${MAX_UPLOAD_MB} MB`);
    await run(call(api.POST('/api/sidelines/{id}/files', { params: { path: { id } }, body: { kind: 'end_statement', fileName: file.name, contentBase64: await readBase64(file) } })), '说明材料已上传');
  };
  const verdictAlert =
    s.status === 'active' && s.watch.text ? (
      <Alert
        type={s.watch.verdict === 'resign' ? 'error' : 'warning'}
        showIcon
        style={{ marginBottom: 12 }}
        message={withCitationNames(s.watch.text)}
        action={s.watch.verdict === 'reapprove' && data.mayAct ? <Button size="small" onClick={() => nav(`/sidelines/apply?continues=${s.id}`)}>重新履行审批</Button> : undefined}
      />
    ) : null;
  return (
    <div>
      <PageHeader
        crumbs={[{ title: '领导干部兼职', to: '/sidelines' }]}
        title={`${s.person.name}：${s.org.name}${s.postTitle}`}
        tags={<Tag color={s.status === 'active' ? 'green' : 'default'}>{s.endKind ? SIDELINE_END_LABELS[s.endKind] : SIDELINE_STATUS_LABELS[s.status]}</Tag>}
        actions={(data.mayAct || data.mayRegisterEnd) && (
          <>
            {data.mayAct && (
              <>
                <Button onClick={() => setDialog('report')}>年度报告</Button>
                {s.hasTerms && <Button onClick={() => nav(`/sidelines/apply?continues=${s.id}`)}>申请续任</Button>}
                <Button onClick={() => setDialog('end')}>辞去 / 不续任</Button>
              </>
            )}
            {data.mayRegisterEnd && (
              <Button type="primary" onClick={() => void run(call(api.POST('/api/sidelines/{id}/end-registration', { params: { path: { id } } })), '已登记备案')}>
                登记备案辞去兼职
              </Button>
            )}
          </>
        )}
      />
      {verdictAlert}
      {s.watch.expiring && s.status === 'active' && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={s.hasTerms ? `本届任期于 ${s.watch.limitDate} 届满：拟续任的须重新履行审批手续，不续任的须报告并提供兼职单位说明材料${cited('sidelines.max_terms_same_post')}` : `兼职将于 ${s.watch.limitDate} 满 ${ruleNumber('sidelines.max_years_without_term') ?? '规定'} 年，须按期辞去${cited('sidelines.max_years_without_term')}`} />
      )}
      <Card size="small" title="兼职情况">
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label="本人现任">{s.postLabel ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="批准时职级">{term('rank', s.approvedRank)}</Descriptions.Item>
          <Descriptions.Item label="兼职单位">{`${s.org.name}（${ORG_KIND_LABELS[s.org.kind]}）`}</Descriptions.Item>
          <Descriptions.Item label="统一社会信用代码">{s.org.uscc ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="任期">{s.hasTerms ? `第 ${s.termNumber} 届，${s.startDate} 至 ${s.endDate}` : `未实行任期制，${s.firstHeldSince} 起`}</Descriptions.Item>
          <Descriptions.Item label="首次兼任">{s.firstHeldSince}</Descriptions.Item>
          <Descriptions.Item label="登记备案">{`${s.registeredAt}　${s.registrationNo ?? ''}`}</Descriptions.Item>
          <Descriptions.Item label="审批材料">{s.applicationId ? <Link to={`/sidelines/applications/${s.applicationId}`}>兼职申请 {s.applicationId}</Link> : '—'}</Descriptions.Item>
          {data.endReport && <Descriptions.Item label="辞去报告" span={2}>{`${data.endReportedAt} ${data.endReport}${data.endRegisteredAt ? `（${data.endRegisteredAt} 已备案）` : '（待组织部备案）'}`}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card size="small" title={`年度兼职情况报告${cited('sidelines.annual_report_contents')}`} style={{ marginTop: 12 }}>
        <CardTable
          layout={{ title: 'year', tags: ['payReceived'], blocks: ['rolePerformed', 'expenses'], testId: 'sideline-report-card' }}
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data.reports}
          locale={{ emptyText: '尚未报告' }}
          columns={[
            { title: '年度', dataIndex: 'year', width: 80 },
            { title: '发挥作用情况', dataIndex: 'rolePerformed' },
            { title: '取酬', dataIndex: 'payReceived', width: 70, render: (v: boolean) => (v ? '是' : '否') },
            { title: '职务消费和报销', dataIndex: 'expenses', width: 260 },
            { title: '报告日期', dataIndex: 'submittedAt', width: 110 },
          ]}
        />
      </Card>
      <Card size="small" title={`报酬上缴${cited('sidelines.pay_allowed')}`} style={{ marginTop: 12 }}>
        <CardTable
          layout={{ title: 'receivedDate', testId: 'sideline-pay-card' }}
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data.pays}
          locale={{ emptyText: '未取得报酬' }}
          columns={[
            { title: '收到日期', dataIndex: 'receivedDate', width: 110 },
            { title: '金额（元）', dataIndex: 'amount', width: 110 },
            { title: '说明', dataIndex: 'description' },
            { title: '上缴', key: 't', width: 230, render: (_, p) => (p.turnedOverDate ? `${p.turnedOverDate} 收据 ${p.receiptNo}` : <Tag color="red">未上缴</Tag>) },
            { title: '财资处确认', key: 'c', width: 120, render: (_, p) => (p.confirmedAt ? p.confirmedAt : p.turnedOverDate ? <Tag color="orange">待确认</Tag> : '—') },
            {
              title: '',
              key: 'a',
              width: 110,
              render: (_, p) =>
                !p.turnedOverDate && data.mayAct ? (
                  <Button size="small" onClick={() => setTurnover({ id: p.id })}>登记上缴</Button>
                ) : p.turnedOverDate && !p.confirmedAt && data.mayConfirmPay ? (
                  <Button size="small" type="primary" onClick={() => void run(call(api.POST('/api/sideline-pays/{id}/confirm', { params: { path: { id: p.id } } })), '已确认收到')}>确认收到</Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card size="small" title="材料" style={{ marginTop: 12 }}>
        {data.files.length === 0 ? '—' : data.files.map((f) => <div key={f.id}>{term('attachment', f.kind)}：<a href={`/api/sidelines/${s.id}/files/${f.id}`}>{f.fileName}</a></div>)}
      </Card>

      <Modal open={dialog === 'report'} title="年度兼职情况报告" onCancel={() => setDialog(null)} okText="提交报告" width={640} destroyOnHidden
        onOk={() =>
          void submitForm(reportForm, message, (v) => call(api.POST('/api/sidelines/{id}/reports', { params: { path: { id } }, body: { year: v.year, rolePerformed: v.rolePerformed, payReceived: v.payReceived, expenses: v.expenses, pay: v.payReceived ? { amount: v.amount!, receivedDate: v.receivedDate!.format('YYYY-MM-DD'), description: v.description ?? '' } : null } })), '年度报告已提交', () => { setDialog(null); reload(); })
        }>
        <Form form={reportForm} layout="vertical" initialValues={{ year: Number(params.get('report')) || appToday().year() - 1, payReceived: false }}>
          <Form.Item name="year" label="报告年度" rules={[{ required: true }]}><InputNumber min={2000} max={appToday().year()} /></Form.Item>
          <Form.Item name="rolePerformed" label="兼职发挥作用情况" rules={[{ required: true, message: '请填写发挥作用情况' }]}><Input.TextArea rows={3} maxLength={3000} /></Form.Item>
          <Form.Item name="payReceived" label="是否取酬"><Radio.Group options={[{ value: false, label: '未取酬' }, { value: true, label: '取得报酬' }]} /></Form.Item>
          {payReceived && (
            <Space wrap>
              <Form.Item name="amount" label="金额（元）" rules={[{ required: true, message: '请填写金额' }]}><InputNumber min={0.01} precision={2} /></Form.Item>
              <Form.Item name="receivedDate" label="收到日期" rules={[{ required: true, message: '请选择日期' }]}><DatePicker /></Form.Item>
              <Form.Item name="description" label="报酬说明" rules={[{ required: true, message: '请说明报酬' }]}><Input maxLength={200} /></Form.Item>
            </Space>
          )}
          <Form.Item name="expenses" label="职务消费和报销有关工作费用情况" rules={[{ required: true, message: '请填写，如无请填“无”' }]}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
        </Form>
      </Modal>

      <Modal open={dialog === 'end'} title="报告辞去兼职或任期届满不续任" onCancel={() => setDialog(null)} okText="提交报告" width={620} destroyOnHidden
        onOk={() => void submitForm(endForm, message, (v) => call(api.POST('/api/sidelines/{id}/end-report', { params: { path: { id } }, body: { kind: v.kind, endedOn: v.endedOn.format('YYYY-MM-DD'), report: v.report } })), '已报告，待党委组织部登记备案', () => { setDialog(null); reload(); })}>
        <Form form={endForm} layout="vertical" initialValues={{ kind: 'resigned', endedOn: appToday() }}>
          <Form.Item name="kind" label="类型"><Radio.Group options={[{ value: 'resigned', label: `辞去兼职${cited('sidelines.resignation_requirements')}` }, { value: 'not_renewed', label: `任期届满不续任${cited('sidelines.max_terms_same_post')}` }]} /></Form.Item>
          <Form.Item name="endedOn" label="辞去（届满）日期" rules={[{ required: true }]}><DatePicker /></Form.Item>
          <Form.Item name="report" label="向学院党委的书面报告" rules={[{ required: true, message: '请填写书面报告' }]}><Input.TextArea rows={3} maxLength={3000} /></Form.Item>
          <Form.Item label="兼职单位出具的书面说明材料" required>
            <Space>
              <Upload accept=".pdf,.jpg,.jpeg,.png,.doc,.docx" showUploadList={false} beforeUpload={(f) => { void upload(f); return false; }}>
                <Button icon={<UploadOutlined />}>上传</Button>
              </Upload>
              {data.files.some((f) => f.kind === 'end_statement') ? <Tag color="green">已上传</Tag> : <Tag color="red">未上传</Tag>}
            </Space>
          </Form.Item>
        </Form>
      </Modal>

      <Modal open={!!turnover} title="登记报酬已上缴财资处" onCancel={() => setTurnover(null)} okText="登记" destroyOnHidden
        onOk={() => void submitForm(turnoverForm, message, (v) => call(api.POST('/api/sideline-pays/{id}/turnover', { params: { path: { id: turnover!.id } }, body: { turnedOverDate: v.turnedOverDate.format('YYYY-MM-DD'), receiptNo: v.receiptNo } })), '已登记上缴，待财资处确认', () => { setTurnover(null); reload(); })}>
        <Form form={turnoverForm} layout="vertical" initialValues={{ turnedOverDate: appToday() }}>
          <Form.Item name="turnedOverDate" label="上缴日期" rules={[{ required: true }]}><DatePicker /></Form.Item>
          <Form.Item name="receiptNo" label="财资处收据号" rules={[{ required: true, message: '请填写收据号' }]}><Input maxLength={60} /></Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
