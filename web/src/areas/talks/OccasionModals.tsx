import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../api/client';
import { PersonPicker } from '../../components/PersonPicker';
import { submitForm } from '../../components/submitForm';

const ORG_KINDS = [
  { value: 'deviation', label: '理解和贯彻执行出现偏差（第五条（一））' },
  { value: 'major_event', label: '干部个人遇有重大变故（第五条（二））' },
  { value: 'team_conflict', label: '班子不团结苗头或干部间较大矛盾（第五条（三））' },
  { value: 'weak_appraisal', label: '年度考评为基本合格或不合格（第五条（四））' },
  { value: 'tendency', label: '作风、品德、廉洁方面有倾向性苗头（第五条（五））' },
  { value: 'life_meeting', label: '召开领导班子民主生活会（第五条（六））' },
  { value: 'major_project', label: '重大项目、重点工程实施前和推进中（第五条（八））' },
];

/** 申请谈心谈话: a staff member's own request (第五条（七）). */
export function RequestTalkModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const submit = () => submitForm(form, message, (v) => call(api.POST('/api/talk-occasions/request', { body: v })), '已提出申请，谈话责任人将与您联系', onClose);
  return (
    <Modal title="申请谈心谈话" open={open} onOk={submit} onCancel={onClose} okText="提交申请" cancelText="取消" forceRender>
      <p>按照第五条（七），干部职工主动要求谈心谈话时，谈话责任人应及时安排。您写下的内容只有谈话责任人可见。</p>
      <Form form={form} layout="vertical">
        <Form.Item name="note" label="想谈的内容" rules={[{ required: true, min: 2, message: '请简要写明想谈的内容' }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 登记谈话情形: the organization department records a 第五条 situation; the talk duty follows. */
export function RegisterOccasionModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ kind: 'deviation' | 'major_event' | 'team_conflict' | 'weak_appraisal' | 'tendency' | 'life_meeting' | 'major_project'; subjectPersonId?: number; occasionDate: Dayjs; note: string }>();
  const kind = Form.useWatch('kind', form);
  const submit = () =>
    submitForm(form, message, (v) => call(api.POST('/api/talk-occasions', { body: { ...v, occasionDate: v.occasionDate.format('YYYY-MM-DD') } })), '已登记，相应的谈话已列入谈话人的待办', onClose);
  return (
    <Modal title="登记需要谈心谈话的情形（第五条）" open={open} onOk={submit} onCancel={onClose} okText="登记" cancelText="取消" width={600} forceRender>
      <Form form={form} layout="vertical">
        <Form.Item name="kind" label="情形" rules={[{ required: true, message: '请选择情形' }]}>
          <Select options={ORG_KINDS} />
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
