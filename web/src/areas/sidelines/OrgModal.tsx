import { App, Checkbox, Col, Form, Input, Modal, Row, Select } from 'antd';
import { api, call, ApiError, errorText } from '../../api/client';
import { showFieldError } from '../../components/submitForm';
import { INVESTMENT_LABELS, ORG_KIND_LABELS, options } from '../../labels';
import { cited } from '../../rules';

interface Values {
  name: string;
  kind: string;
  uscc?: string;
  registeredWith?: string;
  collegeInvestment: string;
  flags: string[];
  note?: string;
}

/** The facts about an organization the rules turn on, each with the article of the college's pack that asks for it. */
const flagOptions = () => [
  { value: 'relatedField', label: `与学院或本人教学科研（业务）领域相关${cited('sidelines.related_field_required')}` },
  { value: 'coFounded', label: '学院参与合作举办（民办非企业单位）' },
  { value: 'foreignBackground', label: `有国（境）外背景${cited('sidelines.foreign_background_opinion_role')}` },
  { value: 'hostileBackground', label: `有敌视、分化我国背景${cited('sidelines.hostile_background_allowed')}` },
  { value: 'remunerationOffered', label: `兼职单位提供报酬或补贴${cited('sidelines.pay_allowed')}` },
];

/** 登记兼职单位: kind, credit code (checked against GB 32100 by the server), and the facts the rules turn on. */
export function OrgModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: number) => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const kind = Form.useWatch('kind', form);
  const domestic = kind && !['academic_journal', 'international_academic'].includes(kind);
  const save = async () => {
    const v = await form.validateFields();
    try {
      const flags = Object.fromEntries(flagOptions().map((f) => [f.value, v.flags?.includes(f.value) ?? false])) as Record<string, boolean>;
      const org = await call(
        api.POST('/api/outside-orgs', {
          body: { name: v.name, kind: v.kind as never, uscc: v.uscc || null, registeredWith: v.registeredWith || null, collegeInvestment: (v.collegeInvestment ?? 'none') as never, note: v.note || null, ...(flags as { relatedField: boolean }) },
        }),
      );
      message.success('兼职单位已登记');
      form.resetFields();
      onCreated(org.id);
    } catch (e) {
      if (!(e instanceof ApiError && showFieldError(form, e.field, e.message))) message.error(errorText(e));
    }
  };
  return (
    <Modal open={open} title="登记兼职单位" onCancel={onClose} onOk={() => void save()} okText="登记" width={680} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ collegeInvestment: 'none', flags: ['relatedField'] }}>
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item name="name" label="单位名称" rules={[{ required: true, message: '请填写单位名称' }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="kind" label="单位类型" rules={[{ required: true, message: '请选择单位类型' }]}>
              <Select options={options(ORG_KIND_LABELS)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="uscc" label="统一社会信用代码" rules={domestic ? [{ required: true, message: '请填写 18 位统一社会信用代码' }] : []} extra="18 位，系统按 GB 32100 校验末位校验码">
              <Input maxLength={18} style={{ textTransform: 'uppercase' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="registeredWith" label="登记管理机关">
              <Input maxLength={100} placeholder="如：省民政厅" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="collegeInvestment" label="学院出资情况（企业）">
              <Select options={options(INVESTMENT_LABELS)} disabled={kind !== 'enterprise'} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="flags" label="单位情况">
          <Checkbox.Group options={flagOptions()} style={{ display: 'grid', gap: 4 }} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
