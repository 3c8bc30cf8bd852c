import { DatePicker, Form, Input, Select, Row, Col } from 'antd';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { GENDER_LABELS, PERSON_STATUS_LABELS, options } from '../../labels';
import { termOptions } from '../../vocabulary';

export interface PersonFormValues {
  staffNo: string;
  name: string;
  gender: string;
  birthDate: Dayjs;
  idNumber: string;
  politicalStatus: string;
  hireDate: Dayjs;
  phone?: string;
  status?: string;
  /** Asked when the status changes to retired: the current posts end on this date (退休). */
  retiredOn?: Dayjs;
  retirementDocNo?: string;
}

export const toPersonBody = (v: PersonFormValues) => ({
  ...v,
  birthDate: v.birthDate.format('YYYY-MM-DD'),
  hireDate: v.hireDate.format('YYYY-MM-DD'),
  phone: v.phone || null,
  retiredOn: v.retiredOn ? v.retiredOn.format('YYYY-MM-DD') : undefined,
  retirementDocNo: v.retirementDocNo || null,
});

export const fromPerson = (p: { birthDate: string; hireDate: string } & Record<string, unknown>) => ({ ...p, birthDate: dayjs(p.birthDate), hireDate: dayjs(p.hireDate) });

export function PersonForm({ form, withStatus, wasRetired }: { form: FormInstance<PersonFormValues>; withStatus?: boolean; wasRetired?: boolean }) {
  const retiring = Form.useWatch('status', form) === 'retired' && !wasRetired;
  return (
    <Form form={form} layout="vertical">
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请输入姓名' }]}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="staffNo" label="工号" rules={[{ required: true, message: '请输入工号' }]}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="idNumber" label="身份证号" rules={[{ required: true, message: '请输入身份证号' }]}>
            <Input maxLength={18} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="gender" label="性别" rules={[{ required: true, message: '请选择性别' }]}>
            <Select options={options(GENDER_LABELS)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="birthDate" label="出生日期" rules={[{ required: true, message: '请选择出生日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="politicalStatus" label="政治面貌" rules={[{ required: true, message: '请选择政治面貌' }]}>
            <Select options={termOptions('political')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="hireDate" label="参加工作时间" rules={[{ required: true, message: '请选择参加工作时间' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="phone" label="联系电话">
            <Input maxLength={11} />
          </Form.Item>
        </Col>
        {withStatus && (
          <Col span={12}>
            <Form.Item name="status" label="状态">
              <Select options={options(PERSON_STATUS_LABELS)} />
            </Form.Item>
          </Col>
        )}
        {withStatus && retiring && (
          <>
            <Col span={12}>
              <Form.Item name="retiredOn" label="退休日期" extra="现任职务和分管关系将于该日免去（免职原因：退休），并产生退休谈话事项" rules={[{ required: true, message: '请选择退休日期' }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="retirementDocNo" label="退休文号">
                <Input maxLength={60} />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
    </Form>
  );
}
