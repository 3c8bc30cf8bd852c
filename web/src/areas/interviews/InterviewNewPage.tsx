import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Form, Input, Radio, Select, Space, Tag, Typography } from 'antd';
import { type Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, ApiError, call, errorText } from '../../api/client';
import { useApi } from '../../components/useApi';
import { useInterviewRules } from './useInterviewRules';
import { showFieldError } from '../../components/submitForm';
import { PersonPicker } from '../../components/PersonPicker';
import { citationText } from '../../citations';
import { PageHeader } from '../../components/PageHeader';

type Options = NonNullable<Awaited<ReturnType<typeof loadOptions>>>;
type Kind = 'prevention' | 'inquiry' | 'admonition' | 'accountability';
const loadOptions = (ids: number[], kind: Kind) =>
  call(api.GET('/api/interviews/lead-options', { params: { query: { personId: ids[0], personIds: ids.join(','), kind } } }));

interface Values {
  planId?: number;
  kind: Kind;
  form: 'individual' | 'group';
  groupReason?: string;
  targets: number[] | number;
  reason?: string;
  topic: string;
  lead: number | 'other';
  otherLead?: number;
  leadReason?: string;
  scheduledOn: Dayjs;
  place: string;
  recorderPersonId?: number;
  outline?: string;
}

/** 安排约谈: targets and kind, then the lead the rules name (五（一）) and the organizer (四（二）), time, place, recorder, outline. */
export function InterviewNewPage() {
  const [params] = useSearchParams();
  const nav = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [options, setOptions] = useState<Options | null>(null);
  const [optionsError, setOptionsError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const rules = useInterviewRules();
  const { data: plans } = useApi(() => call(api.GET('/api/interview-plans', { params: { query: {} } })), []);
  const kind = Form.useWatch('kind', form);
  const shape = Form.useWatch('form', form);
  const targets = Form.useWatch('targets', form);
  const lead = Form.useWatch('lead', form);
  const ids = (Array.isArray(targets) ? targets : targets ? [targets] : []) as number[];
  const individualOnly = rules?.kinds.find((k) => k.key === kind)?.individualOnly;

  // The chosen people as text, so that the options reload only when the choice itself changes.
  const idsKey = ids.join(',');
  useEffect(() => {
    setOptions(null);
    setOptionsError(null);
    if (!idsKey || !kind) return;
    loadOptions(idsKey.split(',').map(Number), kind)
      .then((o) => {
        setOptions(o);
        if (o.preselectedPersonId) form.setFieldValue('lead', o.preselectedPersonId);
      })
      .catch((e) => setOptionsError(errorText(e)));
  }, [idsKey, kind, form]);

  const save = async () => {
    const v = await form.validateFields();
    const list = (Array.isArray(v.targets) ? v.targets : [v.targets]) as number[];
    setSaving(true);
    try {
      const created = await call(
        api.POST('/api/interviews', {
          body: {
            planId: v.planId ?? null, kind: v.kind, form: v.form, groupReason: v.groupReason ?? null, topic: v.topic,
            targets: list.map((personId) => ({ personId, reason: v.reason ?? null })),
            leadPersonId: v.lead === 'other' ? (v.otherLead ?? 0) : v.lead, leadReason: v.lead === 'other' ? (v.leadReason ?? null) : null,
            recorderPersonId: v.recorderPersonId ?? null, scheduledOn: v.scheduledOn.format('YYYY-MM-DD'), place: v.place, outline: v.outline ?? null, source: params.get('person') ? 'suggestion' : null,
          },
        }),
      );
      message.success('约谈已安排');
      nav(`/interviews/${created.id}`);
    } catch (e) {
      const field = e instanceof ApiError && e.field === 'leadPersonId' ? (form.getFieldValue('lead') === 'other' ? 'leadReason' : 'lead') : e instanceof ApiError ? e.field : undefined;
      if (!(e instanceof ApiError && showFieldError(form, field, errorText(e)))) message.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  const editablePlans = (plans ?? []).filter((p) => p.may.edit);
  const person = params.get('person');
  return (
    <div>
      <PageHeader crumbs={[{ title: '干部约谈', to: '/interviews' }]} title="安排约谈" />
      <Card size="small" style={{ maxWidth: 980 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          kind: (params.get('kind') as Kind) ?? 'prevention', form: 'individual', targets: person ? Number(person) : undefined, reason: params.get('reason') ?? undefined,
          planId: params.get('plan') ? Number(params.get('plan')) : undefined, scheduledOn: appToday().add(7, 'day'), place: '行政楼会议室',
        }}
      >
        <Space size="large" wrap align="start">
          <Form.Item name="kind" label="约谈形式" rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={(rules?.kinds ?? []).map((k) => ({ value: k.key, label: k.label }))} />
          </Form.Item>
          <Form.Item name="form" label="约谈方式">
            <Radio.Group options={[{ value: 'individual', label: '个别约谈' }, { value: 'group', label: '集体约谈' }]} onChange={() => form.setFieldValue('targets', ids.slice(0, 1))} />
          </Form.Item>
          <Form.Item name="planId" label="纳入计划">
            <Select allowClear style={{ width: 280 }} placeholder="不纳入计划（日常约谈）" options={editablePlans.map((p) => ({ value: p.id, label: `${p.title}${p.departmentName ? `（${p.departmentName}）` : ''}` }))} />
          </Form.Item>
        </Space>
        {kind && rules && (
          <Alert
            style={{ marginBottom: 12 }}
            type="info"
            showIcon
            message={`约谈后约谈对象须提交${rules.kinds.find((k) => k.key === kind)?.materialLabel}（${citationText(rules.materialsCitation ?? '')}）${individualOnly ? `；此类约谈一般采取个别约谈（${citationText(rules.individualOnlyCitation ?? '')}）` : '；可采取集体谈话或个别谈话'}`}
          />
        )}
        {shape === 'group' && individualOnly && (
          <Form.Item name="groupReason" label="集体约谈的理由" rules={[{ required: true, min: 5, message: '此类约谈一般个别进行，集体约谈须写明理由（不少于 5 个字）' }]}>
            <Input />
          </Form.Item>
        )}
        <Form.Item name="targets" label="约谈对象" rules={[{ required: true, message: '请选择约谈对象' }]}>
          <PersonPicker multiple={shape === 'group'} />
        </Form.Item>
        <Form.Item name="reason" label="列为约谈对象的原因">
          <Input placeholder="如：新提拔任用；有反映问题线索需询问核实" />
        </Form.Item>
        <Form.Item name="topic" label="约谈事由" rules={[{ required: true, min: 4, message: '请写明约谈事由' }]}>
          <Input />
        </Form.Item>
        {optionsError && <Alert type="error" message={optionsError} style={{ marginBottom: 12 }} />}
        {options && (
          <>
            {options.organizer && (
              <Alert
                style={{ marginBottom: 12 }}
                type="success"
                message={`组织实施：${options.organizer.label}${options.organizer.officeSupports ? '，由党政办牵头保障（校领导主谈）' : ''}`}
                description={`${options.organizer.reason}（${citationText(options.organizer.article ?? '')}）`}
              />
            )}
            <Form.Item name="lead" label={`主谈人（按${rules?.leadCitation ? citationText(rules.leadCitation) : '制度'}确定，已按本院规定的顺序预选，可改选）`} rules={[{ required: true, message: '请选择主谈人' }]}>
              <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} data-testid="lead-options">
                {options.candidates.map((c) => (
                  <Radio key={`${c.personId}-${c.rule}`} value={c.personId}>
                    <Space size={6}>
                      <strong>{c.name}</strong>
                      <Tag>{c.roleLabel}</Tag>
                      <Typography.Text type="secondary">{c.ruleLabel}</Typography.Text>
                      <Typography.Text type="secondary">{citationText(c.article ?? '')}</Typography.Text>
                      {c.ifNeeded && <Tag color="orange">必要时</Tag>}
                    </Space>
                  </Radio>
                ))}
                <Radio value="other">其他人员（须写明理由）</Radio>
              </Radio.Group>
            </Form.Item>
            {options.note && <Alert type="warning" message={options.note} style={{ marginBottom: 12 }} />}
            {lead === 'other' && (
              <Space align="start" style={{ width: '100%' }} wrap>
                <Form.Item name="otherLead" label="主谈人" rules={[{ required: true, message: '请选择主谈人' }]} style={{ width: 320 }}>
                  <PersonPicker />
                </Form.Item>
                <Form.Item name="leadReason" label="改由他人主谈的理由" rules={[{ required: true, min: 5, message: '请写明理由（不少于 5 个字）' }]} style={{ width: 520 }}>
                  <Input />
                </Form.Item>
              </Space>
            )}
          </>
        )}
        <Space size="large" wrap align="start">
          <Form.Item name="scheduledOn" label="约谈时间" rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="place" label="约谈地点" rules={[{ required: true, message: '请填写约谈地点' }]}>
            <Input style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="recorderPersonId" label="记录人" style={{ width: 300 }}>
            <PersonPicker />
          </Form.Item>
        </Space>
        <Form.Item name="outline" label="约谈提纲">
          <Input.TextArea rows={4} placeholder="一、通报约谈事由；二、听取说明；三、提出要求；四、约谈对象表态" />
        </Form.Item>
        <Space>
          <Button type="primary" loading={saving} onClick={() => void save()} data-testid="save-interview">
            保存
          </Button>
          <Button onClick={() => nav(-1)}>取消</Button>
        </Space>
      </Form>
      </Card>
    </div>
  );
}
