import { useEffect } from 'react';
import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../api/client';
import { submitForm } from '../../components/submitForm';
import { useApi } from '../../components/useApi';
import { FLAG_LABELS } from '../../labels';
import { termOptions } from '../../vocabulary';

type Close = { open: boolean; onClose(): void; onDone(): void };

interface DeptValues {
  code: string;
  name: string;
  kind: 'party' | 'admin' | 'academic' | 'support' | 'enterprise';
  sortOrder: number;
  active?: boolean;
}

/** 新增部门 / 编辑部门. */
export function DepartmentModal({ open, onClose, onDone, dept }: Close & { dept?: DeptValues & { id: number } }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DeptValues>();
  useEffect(() => {
    if (open) form.setFieldsValue(dept ?? { sortOrder: 500, kind: 'admin' } as DeptValues);
  }, [open, dept, form]);
  const submit = () =>
    submitForm(form, message, (v) => (dept ? call(api.PATCH('/api/departments/{id}', { params: { path: { id: dept.id } }, body: v })) : call(api.POST('/api/departments', { body: v }))), '已保存', onDone);
  return (
    <Modal title={dept ? '编辑部门' : '新增部门'} open={open} onOk={submit} onCancel={onClose} okText="保存" cancelText="取消" forceRender>
      <Form form={form} layout="vertical">
        <Form.Item name="name" label="部门名称" rules={[{ required: true, message: '请输入部门名称' }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="code" label="编码" rules={[{ required: true, message: '请输入编码' }]}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="kind" label="类别" rules={[{ required: true }]}>
          <Select options={termOptions('departmentKind')} />
        </Form.Item>
        <Form.Item name="sortOrder" label="排序号">
          <InputNumber min={0} max={9999} />
        </Form.Item>
        {dept && (
          <Form.Item name="active" valuePropName="checked">
            <Checkbox>部门存续（取消勾选即撤销，须先调出全部人员）</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

interface PostValues {
  title: string;
  rank: 'principal' | 'leader' | 'middle_chief' | 'middle_deputy' | 'section' | 'staff';
  flags: string[];
}

/** 新增职位. */
export function PostModal({ open, onClose, onDone, departmentId }: Close & { departmentId: number }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PostValues>();
  const submit = () =>
    submitForm(
      form,
      message,
      (v) =>
        call(
          api.POST('/api/posts', {
            body: { departmentId, title: v.title, rank: v.rank, isHead: v.flags?.includes('head'), isKeyPost: v.flags?.includes('key_post'), isHighRiskPost: v.flags?.includes('high_risk_post'), isDualRole: v.flags?.includes('dual_role') },
          }),
        ),
      '已新增职位',
      onDone,
    );
  return (
    <Modal title="新增职位" open={open} onOk={submit} onCancel={onClose} okText="保存" cancelText="取消" forceRender>
      <Form form={form} layout="vertical">
        <Form.Item name="title" label="职务名称" rules={[{ required: true, message: '请输入职务名称' }]}>
          <Input maxLength={40} placeholder="如：副处长（招生）" />
        </Form.Item>
        <Form.Item name="rank" label="职级" rules={[{ required: true, message: '请选择职级' }]}>
          <Select options={termOptions('rank')} />
        </Form.Item>
        <Form.Item name="flags" label="岗位标识">
          <Checkbox.Group options={['head', 'key_post', 'high_risk_post', 'dual_role'].map((f) => ({ value: f, label: FLAG_LABELS[f] }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 设置分管（联系）院领导. */
export function OversightModal({ open, onClose, onDone, departmentId }: Close & { departmentId: number }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ leaderPersonId: number; startDate: Dayjs }>();
  const leaders = useApi(async () => {
    const [p, l] = await Promise.all([
      call(api.GET('/api/persons', { params: { query: { rank: 'principal', pageSize: 50, masked: 'true' } } })),
      call(api.GET('/api/persons', { params: { query: { rank: 'leader', pageSize: 50, masked: 'true' } } })),
    ]);
    return [...p.items, ...l.items];
  }, []);
  const submit = () =>
    submitForm(form, message, (v) => call(api.POST('/api/oversights', { body: { departmentId, leaderPersonId: v.leaderPersonId, startDate: v.startDate.format('YYYY-MM-DD') } })), '已设置分管院领导', onDone);
  return (
    <Modal title="设置分管（联系）院领导" open={open} onOk={submit} onCancel={onClose} okText="保存" cancelText="取消" forceRender>
      <Form form={form} layout="vertical">
        <Form.Item name="leaderPersonId" label="院领导" rules={[{ required: true, message: '请选择院领导' }]}>
          <Select options={(leaders.data ?? []).map((p) => ({ value: p.id, label: `${p.name}（${p.currentPosts.map((c) => c.title).join('、')}）` }))} />
        </Form.Item>
        <Form.Item name="startDate" label="开始日期" rules={[{ required: true, message: '请选择开始日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 结束分管关系. */
export function EndOversightModal({ oversight, onClose, onDone }: { oversight: { id: number; leaderName: string } | null; onClose(): void; onDone(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ endDate: Dayjs }>();
  const submit = () =>
    submitForm(form, message, (v) => call(api.POST('/api/oversights/{id}/end', { params: { path: { id: oversight!.id } }, body: { endDate: v.endDate.format('YYYY-MM-DD') } })), '已结束分管关系', onDone);
  return (
    <Modal title={`结束 ${oversight?.leaderName ?? ''} 的分管`} open={!!oversight} onOk={submit} onCancel={onClose} okText="保存" cancelText="取消" forceRender>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Form form={form} layout="vertical">
          <Form.Item name="endDate" label="结束日期" rules={[{ required: true, message: '请选择结束日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Space>
    </Modal>
  );
}
