import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, List, Radio, Result, Row, Select, Space, Steps, Tag, Typography, Upload } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, call, ApiError, errorText } from '../../api/client';
import type { GetResponse } from '../../api/types';
import { showFieldError } from '../../components/submitForm';
import { MAX_UPLOAD_MB, readBase64 } from '../../components/readFile';
import { FINDING_COLORS, ORG_KIND_LABELS } from '../../labels';
import { useApi } from '../../components/useApi';
import { OrgModal } from './OrgModal';
import { citationText, documentShort } from '../../citations';
import { cited, rule } from '../../rules';
import { PageHeader } from '../../components/PageHeader';

type Check = GetResponse<'/api/sideline-applications/{id}'>['findings'];
interface Values {
  orgId: number;
  postTitle: string;
  roles: string[];
  hasTerms: boolean;
  termYears?: number;
  startDate: Dayjs;
  endDate?: Dayjs;
  firstHeldSince?: Dayjs;
  reason: string;
  justification?: string;
  commitment: boolean;
}

/** 申请兼职 (第十三条): the post, checked against the rules as it is typed; the five attachments; submitted in one go. */
export function ApplyPage() {
  const [params] = useSearchParams();
  const nav = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [orgOpen, setOrgOpen] = useState(false);
  const [orgs, setOrgs] = useState<GetResponse<'/api/outside-orgs'>>([]);
  const [files, setFiles] = useState<Record<string, File>>({});
  const [present, setPresent] = useState<string[]>([]);
  const [draftId, setDraftId] = useState<number | null>(Number(params.get('edit')) || null);
  const [check, setCheck] = useState<{ findings: Check; steps: { kind: string; label: string }[]; termNumber: number; termNote: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // Files the server refused on the last submit, by kind: the file's name and why; the others stay uploaded.
  const [failed, setFailed] = useState<Record<string, { name: string; reason: string }>>({});
  const values = Form.useWatch([], form);
  const continues = Number(params.get('continues')) || null;
  // What the pack requires (第十三条 attachments, 第十四条 limits), not a copy of it.
  const rules = useApi(() => call(api.GET('/api/sideline-applications/rules')), []).data;
  const required = rules?.requiredFiles ?? [];

  const loadOrgs = () => call(api.GET('/api/outside-orgs', { params: { query: {} } })).then(setOrgs);
  useEffect(() => {
    void loadOrgs();
    form.setFieldsValue({ hasTerms: true, termYears: 5, roles: [], commitment: false });
    if (draftId)
      void call(api.GET('/api/sideline-applications/{id}', { params: { path: { id: draftId } } })).then((a) => {
        form.setFieldsValue({
          orgId: a.org.id, postTitle: a.postTitle, hasTerms: a.hasTerms, termYears: a.termYears ?? undefined, startDate: dayjs(a.startDate), endDate: a.endDate ? dayjs(a.endDate) : undefined,
          firstHeldSince: a.firstHeldSince ? dayjs(a.firstHeldSince) : undefined, reason: a.reason, justification: a.justification ?? undefined, commitment: a.committed,
          roles: [a.associationLeadershipPost && 'associationLeadershipPost', a.legalRepresentative && 'legalRepresentative', a.willReceivePay && 'willReceivePay'].filter(Boolean) as string[],
        });
        setPresent(a.files.map((f) => f.kind));
      });
    else if (continues)
      void call(api.GET('/api/sidelines/{id}', { params: { path: { id: continues } } })).then(({ sideline: s }) => {
        const start = s.endDate ? dayjs(s.endDate).add(1, 'day') : appToday();
        form.setFieldsValue({ orgId: s.org.id, postTitle: s.postTitle, hasTerms: s.hasTerms, startDate: start, endDate: s.hasTerms ? start.add(5, 'year').subtract(1, 'day') : undefined, firstHeldSince: dayjs(s.firstHeldSince) });
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fills the form once on opening; draftId changes on the first save and must not reload it
  }, []);

  const body = (v: Partial<Values>) => ({
    orgId: v.orgId!, postTitle: v.postTitle ?? '', hasTerms: v.hasTerms ?? true, termYears: v.hasTerms ? (v.termYears ?? null) : null,
    startDate: v.startDate?.format('YYYY-MM-DD') ?? '', endDate: v.endDate?.format('YYYY-MM-DD') ?? null, firstHeldSince: v.firstHeldSince?.format('YYYY-MM-DD') ?? null,
    continuesSidelineId: continues, reason: v.reason ?? '', justification: v.justification || null, commitment: !!v.commitment,
    associationLeadershipPost: !!v.roles?.includes('associationLeadershipPost'), legalRepresentative: !!v.roles?.includes('legalRepresentative'), willReceivePay: !!v.roles?.includes('willReceivePay'),
  });

  // The rule check, as the user types (the server is the judge; nothing is saved).
  // The request as text, so that the check re-runs only when what would be sent changes.
  const request = JSON.stringify(values?.orgId && values.startDate ? { ...body(values), postTitle: values.postTitle || '待填写', reason: values.reason || '待填写理由' } : null);
  useEffect(() => {
    const checked = JSON.parse(request) as ReturnType<typeof body> | null;
    if (!checked) return;
    const t = setTimeout(() => {
      call(api.POST('/api/sideline-applications/check', { body: checked as never }))
        .then((r) => setCheck(r))
        .catch(() => setCheck(null));
    }, 400);
    return () => clearTimeout(t);
  }, [request]);

  const submit = async () => {
    const v = await form.validateFields();
    const missing = required.filter((r) => !files[r.kind] && !present.includes(r.kind));
    if (missing.length) {
      message.error(`请上传：${missing.map((r) => r.label).join('、')}${rules?.filesArticle ? `（依据：${citationText(rules.filesArticle)}）` : ''}`);
      return;
    }
    setBusy(true);
    let id = draftId;
    try {
      if (id) await call(api.PATCH('/api/sideline-applications/{id}', { params: { path: { id } }, body: body(v) as never }));
      else {
        id = (await call(api.POST('/api/sideline-applications', { body: body(v) as never }))).id;
        setDraftId(id);
      }
      // Every file is tried: one refused file does not stop the others, and the application is not submitted until it is replaced.
      const refused: Record<string, { name: string; reason: string }> = {};
      for (const [kind, file] of Object.entries(files)) {
        try {
          await call(api.POST('/api/sideline-applications/{id}/files', { params: { path: { id } }, body: { kind, fileName: file.name, contentBase64: await readBase64(file) } }));
          setPresent((p) => [...p, kind]);
          setFiles((f) => Object.fromEntries(Object.entries(f).filter(([k]) => k !== kind)));
        } catch (e) {
          refused[kind] = { name: file.name, reason: errorText(e) };
        }
      }
      setFailed(refused);
      if (Object.keys(refused).length) return;
      await call(api.POST('/api/sideline-applications/{id}/submit', { params: { path: { id } } }));
      message.success('兼职申请已提交');
      nav(`/sidelines/applications/${id}`);
    } catch (e) {
      if (!(e instanceof ApiError && showFieldError(form, e.field, e.message))) message.error(errorText(e), 8);
    } finally {
      setBusy(false);
    }
  };

  const hasTerms = values?.hasTerms ?? true;
  // 本人承诺 says what the 取酬 choice above it says (第十一条 from the pack): no pay taken, or pay reported as the rules allow.
  const pay = rule('sidelines.pay_allowed');
  const wantsPay = !!values?.roles?.includes('willReceivePay');
  const regulation = documentShort(pay?.citation) ?? '有关';
  const commitmentText = !wantsPay
    ? `本人承诺：兼职符合${regulation}规定${pay && !pay.value ? `，不在兼职单位领取薪酬，所获报酬按规定全额上缴${cited('sidelines.pay_allowed')}` : ''}。`
    : pay && !pay.value
      ? `本人承诺：兼职符合${regulation}规定。——您在上面选择了“拟在兼职单位领取薪酬”，而${pay.description}${cited('sidelines.pay_allowed')}；取消该项后才能作出承诺。`
      : `本人承诺：兼职符合${regulation}规定，在兼职单位领取的薪酬按规定如实报告。`;
  const blocked = check?.findings.some((f) => f.severity === 'block' || f.code === 'SIDELINE.OUT_OF_SCOPE');
  const org = orgs.find((o) => o.id === values?.orgId);
  // 第二条: who is no leading cadre is told so before the form, with the article, not on its last step.
  if (rules && !rules.applicant.applies && !draftId)
    return (
      <Result
        status="info"
        title="无需申请领导干部兼职审批"
        subTitle={`${rules.applicant.reason ?? ''}${rules.applicant.article ? `（${citationText(rules.applicant.article)}）` : ''}`}
        extra={<Button onClick={() => nav('/sidelines')}>返回</Button>}
        data-testid="sideline-not-applicable"
      />
    );

  return (
    <div>
      <PageHeader crumbs={[{ title: '领导干部兼职', to: '/sidelines' }]} title={continues ? '兼职续任（重新审批）申请' : '领导干部兼职申请'} />
      {draftId && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`申请已保存为草稿（编号 ${draftId}），修改后可再次提交`} />}
      <Row gutter={16}>
        <Col xs={24} lg={15}>
          <Card size="small" title="拟兼任职务">
            <Form
              form={form}
              layout="vertical"
              data-testid="sideline-form"
              // A changed 取酬 choice changes what is promised: the promise is made again.
              onValuesChange={(changed: Partial<Values>) => {
                if (changed.roles && changed.roles.includes('willReceivePay') !== wantsPay) form.setFieldValue('commitment', false);
              }}
            >
              <Form.Item label="兼职单位" required>
                <Space.Compact style={{ width: '100%' }}>
                  <Form.Item name="orgId" noStyle rules={[{ required: true, message: '请选择兼职单位' }]}>
                    <Select showSearch optionFilterProp="label" placeholder="选择已登记的单位" options={orgs.map((o) => ({ value: o.id, label: `${o.name}（${ORG_KIND_LABELS[o.kind]}）` }))} />
                  </Form.Item>
                  <Button icon={<PlusOutlined />} onClick={() => setOrgOpen(true)}>
                    登记新单位
                  </Button>
                </Space.Compact>
              </Form.Item>
              {org && (
                <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
                  统一社会信用代码：{org.uscc ?? '—'}　{org.foreignBackground && <Tag color="blue">国（境）外背景</Tag>}
                  {org.remunerationOffered && <Tag>提供报酬</Tag>}
                </Typography.Paragraph>
              )}
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item name="postTitle" label="拟任职务" rules={[{ required: true, message: '请填写拟任职务' }]}>
                    <Input maxLength={60} placeholder="如：理事、副秘书长、编委" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="hasTerms" label="是否实行任期制">
                    <Radio.Group options={[{ value: true, label: '实行任期制' }, { value: false, label: '未实行任期制' }]} />
                  </Form.Item>
                </Col>
                {hasTerms && (
                  <>
                    <Col xs={12} md={6}>
                      <Form.Item name="termYears" label="每届（年）">
                        <InputNumber min={1} max={10} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      {/* 第十四条: the term comes from the applicant's record of this post, computed by the server — shown, not typed. */}
                      <Form.Item label="本次为第几届" tooltip={check?.termNote} extra={rules ? `按任职记录计算；同一职位不超过 ${rules.maxTerms} 届` : undefined}>
                        <Input readOnly data-testid="term-number" value={check ? `第 ${check.termNumber} 届` : '选择单位和职务后计算'} />
                      </Form.Item>
                    </Col>
                  </>
                )}
                <Col xs={12} md={6}>
                  <Form.Item name="startDate" label="开始日期" rules={[{ required: true, message: '请选择开始日期' }]}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name="endDate" label={hasTerms ? '本届结束日期' : '预计结束日期'} rules={hasTerms ? [{ required: true, message: '请选择本届任期结束日期' }] : []}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                {(!hasTerms || (check?.termNumber ?? 1) > 1) && (
                  <Col xs={24} md={12}>
                    <Form.Item name="firstHeldSince" label="首次兼任该职务的日期" extra={rules ? `未实行任期制的兼职最长不超过 ${rules.maxYears} 年（${citationText(rules.termsArticle ?? '')}）` : undefined}>
                      <DatePicker style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                )}
              </Row>
              <Form.Item name="roles" label="职务情况" extra={rule('sidelines.leadership_association_leader_post_allowed')?.note ?? undefined}>
                <Checkbox.Group
                  options={[
                    { value: 'associationLeadershipPost', label: <span title={rule('sidelines.leadership_association_leader_post_allowed')?.note ?? undefined}>{`社会团体领导职务${cited('sidelines.leadership_association_leader_post_allowed')}`}</span> },
                    { value: 'legalRepresentative', label: `担任法定代表人${cited('sidelines.legal_representative_rule_ranks')}` },
                    { value: 'willReceivePay', label: `拟在兼职单位领取薪酬${cited('sidelines.pay_allowed')}` },
                  ]}
                  style={{ display: 'grid', gap: 4 }}
                />
              </Form.Item>
              <Form.Item name="reason" label="兼职理由" rules={[{ required: true, message: '请填写兼职理由' }]}>
                <Input.TextArea rows={3} maxLength={1000} showCount />
              </Form.Item>
              <Form.Item name="justification" label="确因工作特殊需要的说明（担任社会团体领导职务或法定代表人的须填写）">
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
              <Form.Item name="commitment" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('须作出书面承诺后才能提交'))) }]}>
                <Checkbox disabled={wantsPay && !!pay && !pay.value} data-testid="commitment">{commitmentText}</Checkbox>
              </Form.Item>
            </Form>
          </Card>
          <Card size="small" title="申请材料（均须上传）" style={{ marginTop: 12 }}>
            {/* The article below the title, not in it: a card title is cut short on a phone. */}
            {rules?.filesArticle && <Typography.Text type="secondary">{`依据${citationText(rules.filesArticle)}`}</Typography.Text>}
            <List
              size="small"
              rowKey="kind"
              dataSource={required}
              renderItem={({ kind, label }) => (
                <List.Item
                  actions={[
                    <Upload
                      key="u"
                      accept=".pdf,.jpg,.jpeg,.png,.doc,.docx"
                      showUploadList={false}
                      beforeUpload={(f) => {
                        if (f.size > MAX_UPLOAD_MB * 1024 * 1024) setFailed((x) => ({ ...x, [kind]: { name: f.name, reason: `文件超过 ${MAX_UPLOAD_MB} MB` } }));
                        else {
                          setFiles((x) => ({ ...x, [kind]: f }));
                          setFailed((x) => Object.fromEntries(Object.entries(x).filter(([k]) => k !== kind)));
                        }
                        return false;
                      }}
                    >
                      <Button size="small" icon={<UploadOutlined />} data-testid={`upload-${kind}`}>
                        选择文件
                      </Button>
                    </Upload>,
                  ]}
                >
                  <Space wrap size={4}>
                    {label}
                    {failed[kind] ? (
                      <Tag color="red" data-testid={`failed-${kind}`}>{`${failed[kind].name}：${failed[kind].reason}`}</Tag>
                    ) : files[kind] ? <Tag color="blue">{files[kind].name}</Tag> : present.includes(kind) ? <Tag color="green">已上传</Tag> : <Tag color="red">未上传</Tag>}
                  </Space>
                </List.Item>
              )}
            />
          </Card>
          {Object.keys(failed).length > 0 && (
            <Alert
              style={{ marginTop: 12 }}
              type="error"
              showIcon
              data-testid="upload-failures"
              message={`${Object.keys(failed).length} 个文件未能上传，申请${draftId ? `已保存为草稿（编号 ${draftId}），` : ''}尚未提交`}
              description={
                <>
                  {Object.entries(failed).map(([kind, f]) => (
                    <div key={kind}>{`${required.find((r) => r.kind === kind)?.label ?? kind}：“${f.name}”——${f.reason}`}</div>
                  ))}
                  <div>其余文件已保存。请重新选择上面标红的文件，再点“提交申请”。</div>
                </>
              }
            />
          )}
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" loading={busy} onClick={() => void submit()} disabled={blocked}>
              提交申请
            </Button>
            <Button onClick={() => nav(-1)}>取消</Button>
          </Space>
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title="按规定检查" data-testid="sideline-check">
            {!check && (
              <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-testid="check-intro">
                {`选择兼职单位和开始日期后，这里即时按${documentShort(pay?.citation) ?? '有关规定'}检查这项兼职：您是否属于兼职管理的范围、兼职数量和本次为第几届、任职年限、社会团体领导职务和法定代表人、是否取酬；不符合规定的在此说明并注明条款，能否提交一目了然。检查通过后列出这份申请须经过的审批环节。检查不保存任何内容。`}
              </Typography.Paragraph>
            )}
            {check && check.findings.length === 0 && <Alert type="success" showIcon message="未发现不符合规定的情形" />}
            {check?.findings.map((f) => (
              <Alert key={f.code} style={{ marginBottom: 8 }} type={FINDING_COLORS[f.severity]} showIcon message={f.message} description={f.article ? `依据：${citationText(f.article ?? '')}` : undefined} />
            ))}
            {check && hasTerms && <Typography.Paragraph type="secondary">届次：{check.termNote}</Typography.Paragraph>}
            {check && check.steps.length > 0 && (
              <>
                <Typography.Title level={5} style={{ marginTop: 12 }}>
                  审批程序
                </Typography.Title>
                <Steps direction="vertical" size="small" current={-1} items={check.steps.map((s) => ({ title: s.label }))} />
              </>
            )}
          </Card>
        </Col>
      </Row>
      <OrgModal
        open={orgOpen}
        onClose={() => setOrgOpen(false)}
        onCreated={(id) => {
          setOrgOpen(false);
          void loadOrgs().then(() => form.setFieldsValue({ orgId: id }));
        }}
      />
    </div>
  );
}
