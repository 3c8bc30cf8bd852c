import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Radio, Row, Select, Space, TimePicker } from 'antd';
import { type Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, call, ApiError, errorText, isError } from '../../api/client';
import { useAuth } from '../../auth';
import { PersonPicker } from '../../components/PersonPicker';
import { showFieldError } from '../../components/submitForm';
import { cited, formOptions, kindOptions, occasionOptions, recordRequires } from './talkRules';
import { rule } from '../../rules';
import { term } from '../../vocabulary';
import { citationText } from '../../citations';
import { ResponsibilityCheck } from './ResponsibilityCheck';
import { PageHeader } from '../../components/PageHeader';

interface Values {
  status: 'held' | 'scheduled';
  kind: string;
  form: 'individual' | 'group';
  talkerIds: number[];
  subjectIds: number[];
  talkDate: Dayjs;
  talkTime?: Dayjs;
  place?: string;
  keyPoints?: string;
  preparationNotes?: string;
  occasion?: string;
  followUps?: string;
}

/** 记录谈话: prefilled from a duty (subject, talker, kind, occasion in the query string). */
export function TalkNewPage() {
  const { me } = useAuth();
  const { message, modal } = App.useApp();
  const nav = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const status = Form.useWatch('status', form);
  const talkerIds = Form.useWatch('talkerIds', form);
  const subjectIds = Form.useWatch('subjectIds', form);
  const talkDate = Form.useWatch('talkDate', form);

  useEffect(() => {
    const talker = Number(params.get('talker')) || me?.personId;
    const subject = Number(params.get('subject'));
    form.setFieldsValue({
      status: 'held',
      kind: params.get('kind') ?? 'routine',
      form: 'individual',
      talkerIds: talker ? [talker] : [],
      subjectIds: subject ? [subject] : [],
      talkDate: appToday(),
      occasion: params.get('occasion') ?? undefined,
    });
  }, [params, me, form]);

  const save = async (confirmDuplicate = false): Promise<void> => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const body = {
        ...v,
        talkDate: v.talkDate.format('YYYY-MM-DD'),
        talkTime: v.talkTime ? v.talkTime.format('HH:mm') : null,
        occasion: (v.occasion ?? null) as never,
        confirmDuplicate,
      };
      const res = await call(api.POST('/api/talks', { body: body as never }));
      if (res.warnings.length) {
        modal.warning({
          title: '谈话已保存，请注意',
          content: res.warnings.map((w) => `${w.message}${w.article ? `（依据：${citationText(w.article ?? '')}）` : ''}`).join('\n'),
          onOk: () => nav(`/talks/${res.id}`),
        });
      } else {
        message.success(v.status === 'held' ? '谈话已登记' : '谈话计划已登记');
        nav(`/talks/${res.id}`);
      }
    } catch (e) {
      if (isError(e, 'TALK.POSSIBLE_DUPLICATE')) {
        modal.confirm({ title: '可能重复登记', content: e.message, okText: '确认不是重复，继续保存', cancelText: '返回修改', onOk: () => save(true) });
      } else if (!(e instanceof ApiError && showFieldError(form, e.field, e.message))) message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <PageHeader crumbs={[{ title: '谈心谈话', to: '/talks' }]} title="记录谈话" />
      <Card size="small">
        <Form form={form} layout="vertical" data-testid="talk-form">
          <Form.Item name="status" label="登记为">
            <Radio.Group options={[{ value: 'held', label: '已谈（补记谈话情况）' }, { value: 'scheduled', label: '计划谈话' }]} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="kind" label="谈话种类" rules={[{ required: true, message: '请选择谈话种类' }]}>
                <Select options={kindOptions()} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="form" label="谈话方式" rules={[{ required: true }]} extra={rule('talks.forms') && `${rule('talks.forms')!.description}${cited('talks.forms')}`}>
                <Select options={formOptions()} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="occasion" label={`谈话情形${cited('talks.registered_occasions')}`}>
                <Select allowClear options={occasionOptions()} placeholder="日常谈话可不填" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="talkerIds" label="谈话人" rules={[{ required: true, message: '请选择谈话人' }]}>
                <PersonPicker multiple />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="subjectIds" label="谈话对象" rules={[{ required: true, message: '请选择谈话对象' }]}>
                <PersonPicker multiple />
              </Form.Item>
            </Col>
            <Col span={24}>
              <ResponsibilityCheck talkerIds={talkerIds} subjectIds={subjectIds} year={(talkDate ?? appToday()).year()} />
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="talkDate" label="谈话日期" rules={[{ required: true, message: '请选择日期' }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="talkTime" label="谈话时间" rules={status === 'held' ? [recordRequires('time')] : []}>
                <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="place" label="谈话地点" rules={status === 'held' ? [recordRequires('place')] : []}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="preparationNotes" label={`谈话前准备${cited('talks.preparation')}`} extra={rule('talks.preparation')?.valueText}>
            <Input.TextArea rows={2} maxLength={3000} />
          </Form.Item>
          {status === 'held' && (
            <>
              <Form.Item name="keyPoints" label={`${term(null, 'key_points')}${cited('talks.record_required_fields')}`} rules={[recordRequires('key_points')]}>
                <Input.TextArea rows={5} maxLength={5000} showCount />
              </Form.Item>
              <Form.Item name="followUps" label="后续跟进">
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
            </>
          )}
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message="内容要点和谈话前准备仅谈话人、党委组织部和党委书记可见；谈话对象只能看到谈话的日期和种类。" />
          <Space>
            <Button type="primary" loading={busy} onClick={() => void save()}>
              保存
            </Button>
            <Button onClick={() => nav(-1)}>取消</Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
