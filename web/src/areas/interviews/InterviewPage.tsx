import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, DatePicker, Descriptions, Form, Input, Modal, Select, Space, Tag, Typography, Upload } from 'antd';
import { CardTable } from '../../components/CardTable';
import { UploadOutlined } from '@ant-design/icons';
import { type Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { Link, useParams } from 'react-router-dom';
import { api, call, errorText } from '../../api/client';
import { useApi } from '../../components/useApi';
import { submitForm } from '../../components/submitForm';
import { PersonPicker } from '../../components/PersonPicker';
import { MAX_UPLOAD_MB, readBase64 } from '../../components/readFile';
import { INTERVIEW_KIND_COLORS, INTERVIEW_STATUS_COLORS } from './labels';
import { cited } from '../../rules';
import { PageHeader } from '../../components/PageHeader';
import { DownloadButton } from '../../components/DownloadButton';
import { citationText } from '../../citations';

type View = NonNullable<Awaited<ReturnType<typeof load>>>;
type Target = View['targets'][number];
const load = (id: number) => call(api.GET('/api/interviews/{id}', { params: { path: { id } } }));
type Action = 'hold' | 'close' | 'cancel' | 'propose_handling' | 'decide_handling';

const TITLES: Record<Action, string> = { hold: '实施约谈并记录', close: '办结', cancel: '取消约谈', propose_handling: '提出处理意见', decide_handling: '审定处理意见' };

/** Handing in the material the kind requires: text, a scanned file, or both. */
function HandIn({ v, t, done }: { v: View; t: Target; done: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text?: string }>();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const { text } = await form.validateFields();
    if (!file && !(text && text.trim().length >= 10)) return void form.setFields([{ name: 'text', errors: [`请填写${t.materialLabel}（不少于 10 个字）或上传扫描件`] }]);
    setBusy(true);
    try {
      const contentBase64 = file ? await readBase64(file) : null;
      await call(api.POST('/api/interviews/{id}/targets/{targetId}/material', { params: { path: { id: v.id, targetId: t.id } }, body: { text: text ?? null, fileName: file?.name ?? null, contentBase64 } }));
      message.success(`${t.materialLabel}已提交`);
      done();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={`提交${t.materialLabel}${t.mine ? '' : `（代 ${t.name} 登记）`}`} style={{ marginTop: 12 }} data-testid="hand-in">
      <Form form={form} layout="vertical">
        <Form.Item name="text" label={`${t.materialLabel}内容`}>
          <Input.TextArea rows={5} placeholder={t.material === 'integrity_pledge' ? '本人郑重承诺：……' : '请如实写明……'} />
        </Form.Item>
        <Space>
          <Upload
            maxCount={1}
            beforeUpload={(f) => {
              if (f.size > MAX_UPLOAD_MB * 1024 * 1024) {
                message.error(`文件不能超过 ${MAX_UPLOAD_MB} MB`);
                return Upload.LIST_IGNORE;
              }
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
            accept=".pdf,.jpg,.jpeg,.png,.doc,.docx"
          >
            <Button icon={<UploadOutlined />}>上传签字扫描件</Button>
          </Upload>
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="hand-in-submit">
            提交
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

export function InterviewPage() {
  const id = Number(useParams().id);
  const { message } = App.useApp();
  const { data: v, error, reload } = useApi(() => load(id), [id]);
  const { data: depts } = useApi(() => call(api.GET('/api/departments')), []);
  const [action, setAction] = useState<Action | null>(null);
  const [waiving, setWaiving] = useState<Target | null>(null);
  const [form] = Form.useForm<{ on: Dayjs; record?: string; recorderPersonId?: number; reason?: string; proposal?: string; violationConfirmed?: boolean; approved?: boolean; meetingRef?: string; openCase?: boolean; accountableDepartmentId?: number }>();
  if (error) return <Alert type="error" message={error} />;
  if (!v) return null;
  const today = appToday().format('YYYY-MM-DD');
  const run = (values: Awaited<ReturnType<typeof form.validateFields>>) => {
    const on = values.on?.format('YYYY-MM-DD') ?? today;
    const body =
      action === 'hold' ? { action, heldOn: on, record: values.record ?? '', recorderPersonId: values.recorderPersonId ?? 0 }
      : action === 'close' ? { action, on }
      : action === 'cancel' ? { action, reason: values.reason ?? '' }
      : action === 'propose_handling' ? { action, violationConfirmed: !!values.violationConfirmed, proposal: values.proposal ?? '' }
      : { action: 'decide_handling' as const, approved: values.approved ?? true, on, meetingRef: values.meetingRef ?? '', openCase: !!values.openCase, accountableDepartmentId: values.accountableDepartmentId ?? null };
    return call(api.POST('/api/interviews/{id}/actions', { params: { path: { id: v.id } }, body }));
  };
  const handIn = v.targets.filter((t) => t.mayHandIn);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <PageHeader
        crumbs={[{ title: '干部约谈', to: '/interviews' }]}
        title={v.topic}
        tags={<><Tag color={INTERVIEW_KIND_COLORS[v.kind]}>{v.kindLabel}</Tag><Tag color={INTERVIEW_STATUS_COLORS[v.status]}>{v.statusLabel}</Tag></>}
        actions={
          <>
            {v.may.hold && <Button type="primary" onClick={() => (form.setFieldsValue({ on: appToday(), recorderPersonId: v.recorderPersonId ?? undefined }), setAction('hold'))} data-testid="hold">实施约谈并记录</Button>}
            {v.may.close && <Button type="primary" onClick={() => (form.setFieldsValue({ on: appToday() }), setAction('close'))} data-testid="close">办结</Button>}
            {v.may.proposeHandling && <Button onClick={() => setAction('propose_handling')}>提出处理意见</Button>}
            {v.may.decideHandling && <Button type="primary" onClick={() => (form.setFieldsValue({ on: appToday(), approved: true }), setAction('decide_handling'))}>审定处理意见</Button>}
            {v.may.cancel && <Button danger onClick={() => setAction('cancel')}>取消</Button>}
            {v.may.register && (
              <>
                <DownloadButton href={`/api/interviews/${v.id}/register.docx`} label="下载登记表" format="Word" />
                <DownloadButton href={`/api/interviews/${v.id}/register.pdf`} label="下载登记表" format="PDF" />
              </>
            )}
          </>
        }
      />
      <Card size="small">
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          items={[
            { label: '约谈对象', children: v.targets.map((t) => `${t.name}${t.departmentName ? `（${t.departmentName}）` : ''}`).join('、') || '—' },
            { label: '约谈方式', children: `${v.formLabel}${v.groupReason ? `（理由：${v.groupReason}）` : ''}` },
            { label: '主谈人', children: <Space direction="vertical" size={0}>{v.leadName}<Typography.Text type="secondary">{v.leadRuleLabel ? `${v.leadRuleLabel}，${citationText(v.leadArticle ?? '')}` : `改由他人主谈：${v.leadReason ?? ''}`}</Typography.Text></Space> },
            { label: '组织实施', children: `${v.organizerLabel}${v.officeSupports ? '；党政办牵头保障' : ''}` },
            { label: '时间', children: v.heldOn ? `${v.heldOn}（已约谈）` : `${v.scheduledOn}（计划）` },
            { label: '地点', children: v.place },
            { label: '记录人', children: v.recorderName ?? '—' },
            { label: '所属计划', children: v.planTitle ? <Link to="/interviews?tab=plans">{v.planTitle}</Link> : '日常约谈' },
            ...(v.outline ? [{ label: '约谈提纲', children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{v.outline}</Typography.Paragraph>, span: 2 }] : []),
            ...(v.cancelReason ? [{ label: '取消理由', children: v.cancelReason, span: 2 }] : []),
          ]}
        />
      </Card>
      {(v.record || v.recordHidden) && (
        <Card size="small" title="约谈记录">
          {v.record ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{v.record}</Typography.Paragraph> : <Typography.Text type="secondary">约谈记录仅纪委、学校领导小组、主谈人和记录人可以查看。</Typography.Text>}
        </Card>
      )}
      <Card size="small" title={`约谈对象须提交的材料${cited('interviews.required_materials')}`}>
        <CardTable
          layout={{ title: 'name', tags: ['materialLabel'], blocks: ['reason'], testId: 'interview-target-card' }}
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={v.targets}
          columns={[
            { title: '姓名', dataIndex: 'name', width: 100 },
            { title: '部门', dataIndex: 'departmentName', width: 200 },
            { title: '列为对象的原因', dataIndex: 'reason', render: (x) => x ?? '—' },
            { title: '材料', dataIndex: 'materialLabel', width: 120 },
            {
              title: '提交情况',
              width: 260,
              render: (_, t) =>
                t.materialOn ? (
                  <Space direction="vertical" size={0}>
                    <Typography.Text type="success">{t.materialOn} 已提交</Typography.Text>
                    {t.hasFile && <a href={`/api/interviews/${v.id}/targets/${t.id}/file`}>下载扫描件</a>}
                  </Space>
                ) : t.waivedReason ? (
                  <Typography.Text type="secondary">免交：{t.waivedReason}</Typography.Text>
                ) : v.status === 'held' ? (
                  <Space>
                    <Typography.Text type="warning">待提交</Typography.Text>
                    {v.may.waive && <Button size="small" onClick={() => setWaiving(t)}>免交</Button>}
                  </Space>
                ) : (
                  '约谈后提交'
                ),
            },
          ]}
          expandable={{ rowExpandable: (t) => !!t.materialText, expandedRowRender: (t) => <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{t.materialText}</Typography.Paragraph> }}
        />
        {handIn.map((t) => (
          <HandIn key={t.id} v={v} t={t} done={reload} />
        ))}
      </Card>
      {(v.handlingProposal || v.violationConfirmed !== null) && (
        <Card size="small" title="约谈处置">
          <Descriptions size="small" column={1} items={[
            { label: '是否核实确认违规违纪', children: v.violationConfirmed ? '是' : '否' },
            { label: '处理意见', children: v.handlingProposal ?? '—' },
            { label: '审定', children: v.handlingStatusLabel ? `${v.handlingStatusLabel}${v.handlingDecidedOn ? `（${v.handlingDecidedOn}，${v.handlingMeetingRef}）` : ''}` : '—' },
            ...(v.caseId ? [{ label: '问责案件', children: <Link to={`/tolerance/cases/${v.caseId}`}>已启动问责程序，查看案件</Link> }] : []),
          ]} />
        </Card>
      )}
      <Modal
        title={action ? TITLES[action] : ''}
        open={!!action}
        onCancel={() => setAction(null)}
        destroyOnHidden
        width={action === 'hold' ? 720 : 520}
        onOk={() => submitForm(form, message, run, '已办理', () => (setAction(null), reload()))}
      >
        <Form form={form} layout="vertical" initialValues={{ on: appToday(), approved: true }}>
          {action !== 'cancel' && action !== 'propose_handling' && (
            <Form.Item name="on" label={action === 'hold' ? '约谈日期' : action === 'decide_handling' ? '审定日期' : '办结日期'} rules={[{ required: true }]}>
              <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
            </Form.Item>
          )}
          {action === 'hold' && (
            <>
              <Form.Item name="recorderPersonId" label="记录人" rules={[{ required: true, message: '请选择记录人' }]}>
                <PersonPicker />
              </Form.Item>
              <Form.Item name="record" label="约谈记录" rules={[{ required: true, min: 20, message: '请做好约谈记录（不少于 20 个字）' }]}>
                <Input.TextArea rows={8} placeholder="主谈人谈话要点、约谈对象的说明和表态" />
              </Form.Item>
            </>
          )}
          {action === 'cancel' && (
            <Form.Item name="reason" label="取消理由" rules={[{ required: true, min: 5, message: '请写明取消理由' }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          {action === 'propose_handling' && (
            <>
              <Form.Item name="violationConfirmed" valuePropName="checked">
                <Checkbox>经约谈核实确认违规违纪</Checkbox>
              </Form.Item>
              <Form.Item name="proposal" label="处理意见" rules={[{ required: true, min: 5, message: '请写明处理意见' }]}>
                <Input.TextArea rows={4} placeholder="本着惩前毖后、治病救人、依纪依规、宽严相济的原则提出处理意见" />
              </Form.Item>
            </>
          )}
          {action === 'decide_handling' && (
            <>
              <Typography.Paragraph>{v.handlingProposal}</Typography.Paragraph>
              <Form.Item name="approved" label="审定结果">
                <Select options={[{ value: true, label: '同意' }, { value: false, label: '不同意' }]} />
              </Form.Item>
              <Form.Item name="meetingRef" label="会议纪要编号" rules={[{ required: true, message: '请填写会议纪要编号' }]}>
                <Input />
              </Form.Item>
              <Form.Item name="openCase" valuePropName="checked">
                <Checkbox>同时启动问责程序</Checkbox>
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {() =>
                  form.getFieldValue('openCase') && (
                    <Form.Item name="accountableDepartmentId" label="问责部门" rules={[{ required: true, message: '请选择问责部门' }]}>
                      <Select options={(depts ?? []).map((d) => ({ value: d.id, label: d.name }))} />
                    </Form.Item>
                  )
                }
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
      <Modal
        title={`免交材料：${waiving?.name ?? ''}`}
        open={!!waiving}
        onCancel={() => setWaiving(null)}
        destroyOnHidden
        onOk={() => submitForm(form, message, (x) => call(api.POST('/api/interviews/{id}/actions', { params: { path: { id: v.id } }, body: { action: 'waive', targetId: waiving!.id, reason: x.reason ?? '' } })), '已登记免交理由', () => (setWaiving(null), reload()))}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label="免交理由" rules={[{ required: true, min: 5, message: '请写明免交理由（不少于 5 个字）' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
