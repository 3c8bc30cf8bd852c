import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../api/client';
import { PersonPicker } from '../../components/PersonPicker';
import { submitForm } from '../../components/submitForm';
import { cited, occasionArticle, registeredOccasionOptions } from './talkRules';


/** 申请谈心谈话: a staff member's own request (scitc-2025 附件1 第五条（七）; the article shown is the pack's). */
export function RequestTalkModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const submit = () => submitForm(form, message, (v) => call(api.POST('/api/talk-occasions/request', { body: v })), '已提出申请，谈话责任人将与您联系', onClose);
  return (
    <Modal title="申请谈心谈话" open={open} onOk={submit} onCancel={onClose} okText="提交申请" cancelText="取消" forceRender>
      <p>{occasionArticle('own_request') && `按照${occasionArticle('own_request')}，`}干部职工主动要求谈心谈话时，谈话责任人应及时安排。您写下的内容只有谈话责任人可见。</p>
      <Form form={form} layout="vertical">
        <Form.Item name="note" label="想谈的内容" rules={[{ required: true, min: 2, message: '请简要写明想谈的内容' }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 登记谈话情形: the organization department records a situation the pack lists (talks.registered_occasions); the talk duty follows. */
export function RegisterOccasionModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ kind: 'deviation' | 'major_event' | 'team_conflict' | 'weak_appraisal' | 'tendency' | 'life_meeting' | 'major_project'; subjectPersonId?: number; occasionDate: Dayjs; note: string }>();
  const kind = Form.useWatch('kind', form);
  const submit = () =>
    submitForm(form, message, (v) => call(api.POST('/api/talk-occasions', { body: { ...v, occasionDate: v.occasionDate.format('YYYY-MM-DD') } })), '已登记，相应的谈话已列入谈话人的待办', onClose);
  return (
    <Modal title={`登记需要谈心谈话的情形${cited('talks.registered_occasions')}`} open={open} onOk={submit} onCancel={onClose} okText="登记" cancelText="取消" width={600} forceRender>
      <Form form={form} layout="vertical">
        <Form.Item name="kind" label="情形" rules={[{ required: true, message: '请选择情形' }]}>
          <Select options={registeredOccasionOptions()} />
        </Form.Item>
        {kind !== 'life_meeting' && (
          <Form.Item name="subjectPersonId" label="谈话对象" rules={[{ required: true, message: '请选择谈话对象' }]}>
            <PersonPicker />
          </Form.Item>
        )}
        <Form.Item name="occasionDate" label={kind === 'life_meeting' ? '民主生活会日期' : '发生日期'} rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label="情况说明" rules={[{ required: true, min: 4, message: '请简要写明情况' }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
