import { useEffect, useState } from 'react';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Radio, Segmented, Select, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api, ApiError, call, errorText, isError } from '../../api/client';
import { useApi } from '../../components/useApi';
import { showFieldError } from '../../components/submitForm';
import { term } from '../../vocabulary';
import { GRADE_COLORS } from './AppraisalCard';
import { appToday } from '../../today';
import { citationText } from '../../citations';
import { DownloadButton } from '../../components/DownloadButton';
import { AppraisalGrid } from './AppraisalGrid';
import { AppraisalProgress, loadProgress } from './AppraisalProgress';
import { ImportDrawer } from '../../components/ImportDrawer';
import { appraisalImport } from './appraisalImport';
import { CardTable } from '../../components/CardTable';

type Sheet = NonNullable<Awaited<ReturnType<typeof loadSheet>>>;
type Row = Sheet['rows'][number];
const loadSheet = (cycleId: number, departmentId: number) => call(api.GET('/api/appraisal-cycles/{id}/sheet', { params: { path: { id: cycleId }, query: { departmentId } } }));

interface GradeForm {
  grade: string;
  reason?: string;
  caseIds?: number[];
  quotaReason?: string;
}

/** 年度考核登记 (第6条): a department's people, their duty reports and grades, within the excellent quota. */
export function AppraisalTab() {
  const { message } = App.useApp();
  const { data: rules } = useApi(() => call(api.GET('/api/appraisal/rules')), []);
  const cycles = useApi(() => call(api.GET('/api/appraisal-cycles')), []);
  const { data: depts } = useApi(() => call(api.GET('/api/departments')), []);
  const [cycleId, setCycleId] = useState<number | undefined>();
  const [departmentId, setDepartmentId] = useState<number | undefined>();
  const [editing, setEditing] = useState<Row | null>(null);
  const [needQuotaReason, setNeedQuotaReason] = useState(false);
  const [saving, setSaving] = useState(false);
  const [onlyOpen, setOnlyOpen] = useState(false);
  // 按部门登记 (the grid, with progress by department) or 逐人登记 (one person at a time, with the cases an adverse grade rests on).
  const [mode, setMode] = useState<'grid' | 'single'>('grid');
  const [importing, setImporting] = useState(false);
  const [form] = Form.useForm<GradeForm>();
  const grade = Form.useWatch('grade', form);
  useEffect(() => {
    if (!cycleId && cycles.data?.length) setCycleId(cycles.data[0].id);
  }, [cycles.data, cycleId]);
  const sheet = useApi(() => (cycleId && departmentId ? loadSheet(cycleId, departmentId) : Promise.resolve(null)), [cycleId, departmentId]);
  const editingPersonId = editing?.personId;
  const matters = useApi(() => (editingPersonId ? call(api.GET('/api/appraisal/cases', { params: { query: { personId: editingPersonId } } })) : Promise.resolve([])), [editingPersonId]);
  const cycle = cycles.data?.find((c) => c.id === cycleId);
  const progress = useApi(() => (cycleId ? loadProgress(cycleId) : Promise.resolve(null)), [cycleId]);
  const deptName = depts?.find((d) => d.id === departmentId)?.name ?? progress.data?.departments.find((d) => d.departmentId === departmentId)?.name ?? '';
  const label = (g: string) => rules?.grades.find((x) => x.key === g)?.label ?? g;
  const adverse = !!grade && !!rules?.adverse.includes(grade);
  const thisYear = appToday().year();

  const open = async () => {
    try {
      await call(api.POST('/api/appraisal-cycles', { body: { year: thisYear, dutyReportDue: null } }));
      message.success(`${thisYear} 年度考核已启动`);
      cycles.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const r = await call(
        api.POST('/api/appraisals', {
          body: { cycleId: cycleId!, personId: editing!.personId, departmentId: departmentId!, grade: v.grade, reason: v.reason ?? null, caseIds: v.caseIds ?? [], quotaReason: v.quotaReason ?? null },
        }),
      );
      message.success(r.talkOccasionId ? `已登记；评为“${label(v.grade)}”，已列入谈心谈话情形（${citationText(rules?.talkCitation ?? '')}）` : '已登记');
      setEditing(null);
      setNeedQuotaReason(false);
      form.resetFields();
      sheet.reload();
      cycles.reload();
    } catch (e) {
      if (isError(e, 'APPRAISAL.QUOTA_EXCEEDED')) setNeedQuotaReason(true);
      if (!(e instanceof ApiError && showFieldError(form, e.field, errorText(e)))) message.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  const s = sheet.data;
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select style={{ width: 140 }} value={cycleId} onChange={setCycleId} options={(cycles.data ?? []).map((c) => ({ value: c.id, label: `${c.year} 年度${c.status === 'open' ? '' : '（已结束）'}` }))} placeholder="考核年度" />
        <Select
          showSearch
          optionFilterProp="label"
          style={{ width: 280 }}
          value={departmentId}
          onChange={setDepartmentId}
          options={(depts ?? []).filter((d) => d.name !== '院领导').map((d) => ({ value: d.id, label: d.name }))}
          placeholder="选择部门"
          data-testid="appraisal-department"
        />
        {cycle && (
          <DownloadButton href={`/api/appraisal-cycles/${cycle.id}/results.xlsx`} testId="appraisal-export" label="导出考核结果" format="Excel" />
        )}
        {cycle?.status === 'open' && (
          <Button onClick={() => setImporting(true)} data-testid="appraisal-import">导入考核结果</Button>
        )}
        {cycles.data && !cycles.data.some((c) => c.year === thisYear) && (
          <Button type="primary" onClick={() => void open()}>
            启动 {thisYear} 年度考核
          </Button>
        )}
      </Space>
      {cycle && rules && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={`${cycle.year} 年度考核：中层领导干部 ${cycle.dutyReportDue} 前提交述职述廉报告（${citationText(rules.dutyReportCitation ?? '')}），已交 ${cycle.reports} 份；已登记等次 ${cycle.graded} 人。`}
          description={`评为${rules.adverse.map(label).join('、')}的须写明依据，经认定免责的事项不得作为理由（${citationText(rules.adverseCitation ?? '')}）；评为${rules.talkGrades.map(label).join('、')}的同时列入谈心谈话情形（${citationText(rules.talkCitation ?? '')}）。`}
        />
      )}
      <Segmented
        style={{ marginBottom: 12 }}
        value={mode}
        onChange={(v) => setMode(v as 'grid' | 'single')}
        options={[{ value: 'grid', label: '按部门登记' }, { value: 'single', label: '逐人登记' }]}
        data-testid="appraisal-mode"
      />
      {cycle && (
        <ImportDrawer
          title={`导入 ${cycle.year} 年度考核结果（Excel）`}
          intro="下载模板（已列出全院参加考核的人员和已登记的等次），填写“考核等次”后上传：系统逐行校验工号与姓名、等次、评定依据和各部门优秀名额，预览无误后再确认导入。按工号登记，再次导入时修改该人本年度的等次，不会重复登记；等次留空的行不登记。导入当天可以撤销本次导入。"
          endpoints={appraisalImport(cycle.id)}
          words={{ key: '部门', label: '姓名' }}
          results={{ new: { label: '新登记', color: 'green' }, update: { label: '修改', color: 'blue' }, blank: { label: '未填等次', color: 'default' } }}
          changedOnly
          testId="appraisal"
          unit="人"
          open={importing}
          onClose={() => setImporting(false)}
          onImported={() => (progress.reload(), cycles.reload(), sheet.reload())}
        />
      )}
      {mode === 'grid' && cycle && rules && (
        departmentId ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Button type="link" style={{ padding: 0 }} onClick={() => (setDepartmentId(undefined), progress.reload())} data-testid="grid-back">
              ← 返回各部门进度
            </Button>
            <AppraisalGrid cycleId={cycle.id} open={cycle.status === 'open'} departmentId={departmentId} departmentName={deptName} rules={rules} onSaved={() => (progress.reload(), cycles.reload())} />
          </Space>
        ) : (
          <AppraisalProgress data={progress.data ?? null} loading={progress.loading} onPick={(d) => setDepartmentId(d.departmentId)} />
        )
      )}
      {mode === 'single' && s && (
        <Space style={{ marginBottom: 8 }}>
          <Radio.Group optionType="button" size="small" value={onlyOpen} onChange={(e) => setOnlyOpen(e.target.value)} options={[{ value: false, label: '全部' }, { value: true, label: `未登记（${s.rows.filter((r) => !r.grade).length}）` }]} />
        </Space>
      )}
      {mode === 'single' && s && (
        <Typography.Paragraph>
          本部门参加考核 <b>{s.population}</b> 人，优秀名额 <b>{s.quota}</b> 个（不超过 {Math.round((rules?.quotaRatio ?? 0) * 100)}%{rules?.quotaIsDefault ? '，系统默认' : ''}），已评优秀 <b>{s.excellent}</b> 个。
        </Typography.Paragraph>
      )}
      {mode === 'single' && sheet.error && <Alert type="error" message={sheet.error} />}
      {mode === 'single' && <CardTable layout={{ title: 'name', tags: ['rank'], actions: ['考核等次'], testId: 'appraisal-card' }}
        rowKey="personId"
        size="small"
        loading={sheet.loading && !!departmentId}
        dataSource={(s?.rows ?? []).filter((r) => !onlyOpen || !r.grade)}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 人` }}
        locale={{ emptyText: departmentId ? '该部门没有参加考核的人员' : '请选择部门' }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 130, render: (v, r) => <Space direction="vertical" size={0}><Link to={`/people/${r.personId}`}>{v}</Link>{r.inaction && <Typography.Text type="danger" style={{ fontSize: 12 }}>{r.inaction}</Typography.Text>}</Space> },
          { title: '职务', dataIndex: 'title', width: 180 },
          { title: '职级', dataIndex: 'rank', width: 100, render: (v) => term('rank', v) },
          { title: '述职述廉', width: 120, render: (_, r) => (r.owesReport ? (r.reportOn ? <Typography.Text type="success">{r.reportOn} 已交</Typography.Text> : <Typography.Text type="warning">未提交</Typography.Text>) : '—') },
          {
            title: '考核等次',
            width: 260,
            render: (_, r) =>
              r.grade ? (
                <Space size={4}>
                  <Tag color={GRADE_COLORS[r.grade]}>{label(r.grade)}</Tag>
                  {r.overQuota && <Tag>超名额</Tag>}
                  {r.reason && <Typography.Text type="secondary" ellipsis style={{ maxWidth: 140 }}>{r.reason}</Typography.Text>}
                </Space>
              ) : cycle?.status === 'open' ? (
                <Button size="small" onClick={() => (form.resetFields(), setNeedQuotaReason(false), setEditing(r))} data-testid={`grade-${r.personId}`}>
                  登记等次
                </Button>
              ) : (
                '—'
              ),
          },
        ]}
      />}
      <Modal title={`登记年度考核等次：${editing?.name ?? ''}`} open={!!editing} okText="登记" confirmLoading={saving} onOk={() => void save()} onCancel={() => setEditing(null)} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ grade: 'competent' }}>
          <Form.Item name="grade" label="考核等次" rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={(rules?.grades ?? []).map((g) => ({ value: g.key, label: g.label }))} />
          </Form.Item>
          {adverse && (
            <>
              <Form.Item name="reason" label="评定依据的事实" rules={[{ required: true, min: 5, message: '请写明依据的事实（不少于 5 个字）' }]}>
                <Input.TextArea rows={3} />
              </Form.Item>
              {(matters.data ?? []).length > 0 && (
                <Form.Item name="caseIds" label="所依据的问责事项（经认定免责的事项不得作为理由）">
                  <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
                    {(matters.data ?? []).map((m) => (
                      <Checkbox key={m.id} value={m.id}>
                        {m.startedOn} {m.matter} {m.exempted && <Tag color="green">已免责（{citationText(m.citation ?? '')}）</Tag>}
                      </Checkbox>
                    ))}
                  </Checkbox.Group>
                </Form.Item>
              )}
            </>
          )}
          {grade === 'excellent' && (needQuotaReason || (s && s.excellent >= s.quota)) && (
            <Form.Item name="quotaReason" label="超出优秀名额的理由" rules={[{ required: true, min: 5, message: '超出部门优秀名额须写明理由' }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
