import { useState } from 'react';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../api/client';
import { submitForm } from '../../components/submitForm';
import { useApi } from '../../components/useApi';
import { term } from '../../vocabulary';
import { citationText } from '../../citations';

/** 任职: appoint a person to a post of a department. */
export function AppointModal({ personId, open, onClose, onDone }: { personId: number; open: boolean; onClose(): void; onDone(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ departmentId: number; postId: number; startDate: Dayjs; appointDocNo?: string; appointReason: string }>();
  const [deptId, setDeptId] = useState<number | undefined>();
  const depts = useApi(() => call(api.GET('/api/departments')), []);
  const dept = useApi(() => (deptId ? call(api.GET('/api/departments/{id}', { params: { path: { id: deptId } } })) : Promise.resolve(undefined)), [deptId]);
  const submit = () =>
    submitForm(
      form,
      message,
      (v) =>
        call(api.POST('/api/tenures', { body: { personId, postId: v.postId, startDate: v.startDate.format('YYYY-MM-DD'), appointDocNo: v.appointDocNo || null, appointReason: v.appointReason } })).then((r) =>
          // Recorded; the server's reminders (e.g. a post that requires a Party member) stay on screen a while.
          r.warnings.forEach((w) => message.warning(`${w.message}（依据：${citationText(w.basis ?? '')}）`, 10)),
        ),
      '任职已登记',
      onDone,
    );
  return (
    <Modal title="任职" open={open} onOk={submit} onCancel={onClose} okText="保存" cancelText="取消" destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="departmentId" label="部门" rules={[{ required: true, message: '请选择部门' }]}>
          <Select showSearch optionFilterProp="label" options={(depts.data ?? []).map((d) => ({ value: d.id, label: d.name }))} onChange={(v) => { setDeptId(v); form.setFieldValue('postId', undefined); }} />
        </Form.Item>
        <Form.Item name="postId" label="职务" rules={[{ required: true, message: '请选择职务' }]}>
          <Select
            options={(dept.data?.posts ?? []).map((p) => ({
              value: p.id,
              label: `${p.title}（${term('rank', p.rank)}）${p.rank !== 'staff' && p.holders.length ? `—现任：${p.holders.map((h) => h.name).join('、')}` : ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="startDate" label="任职日期" rules={[{ required: true, message: '请选择任职日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="appointDocNo" label="任免文号">
          <Input maxLength={60} placeholder="如：党委〔2026〕12号" />
        </Form.Item>
        <Form.Item name="appointReason" label="任职原因" rules={[{ required: true, message: '请填写任职原因' }]}>
          <Input maxLength={200} placeholder="如：经党委会研究决定、轮岗交流" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 免职: end a tenure; the record is kept. */
export function EndTenureModal({ tenure, onClose, onDone }: { tenure: { id: number; title: string } | null; onClose(): void; onDone(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ endDate: Dayjs; endDocNo?: string; endReason: string }>();
  const submit = () =>
    submitForm(
      form,
      message,
      (v) => call(api.POST('/api/tenures/{id}/end', { params: { path: { id: tenure!.id } }, body: { endDate: v.endDate.format('YYYY-MM-DD'), endDocNo: v.endDocNo || null, endReason: v.endReason } })),
      '已免职，任职记录保留',
      onDone,
    );
  return (
    <Modal title={`免去 ${tenure?.title ?? ''}`} open={!!tenure} onOk={submit} onCancel={onClose} okText="保存" cancelText="取消" destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="endDate" label="免职日期" rules={[{ required: true, message: '请选择免职日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="endDocNo" label="免职文号">
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="endReason" label="免职原因" rules={[{ required: true, message: '请填写免职原因' }]}>
          <Input maxLength={200} placeholder="如：轮岗交流、退休、工作调动" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
