import { App, Button, Card, DatePicker, Form, Input, List, Space } from 'antd';
import { type Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { api, call } from '../../api/client';
import { useAuth } from '../../auth';
import { useApi } from '../../components/useApi';
import { submitForm } from '../../components/submitForm';

/** 跟踪回访: check-ins with an exempted cadre (xzcit-2018 第八条（七）); the schedule of them is in the duties. */
export function FollowupCard({ reviewId }: { reviewId: number }) {
  const { can } = useAuth();
  const { message } = App.useApp();
  const { data, reload } = useApi(() => call(api.GET('/api/tolerance-reviews/{id}/followups', { params: { path: { id: reviewId } } })), [reviewId]);
  const [form] = Form.useForm<{ on: Dayjs; note: string }>();
  const save = () =>
    submitForm(form, message, (v) => call(api.POST('/api/tolerance-reviews/{id}/followups', { params: { path: { id: reviewId } }, body: { on: v.on.format('YYYY-MM-DD'), note: v.note } })), '回访已登记', reload);
  return (
    <Card size="small" title="跟踪回访" style={{ marginBottom: 12 }}>
      <List size="small" dataSource={data ?? []} locale={{ emptyText: '尚无回访记录' }} renderItem={(f) => <List.Item>{f.on}：{f.note}</List.Item>} />
      {can('tolerance.handle') && (
        <Form form={form} layout="inline" initialValues={{ on: appToday() }} style={{ marginTop: 8 }}>
          <Form.Item name="on" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="note" rules={[{ required: true, min: 5, message: '请写明回访情况' }]} style={{ flex: 1 }}>
            <Input placeholder="回访情况：思想状态、工作表现、需要组织帮助的事项" />
          </Form.Item>
          <Space>
            <Button onClick={() => void save()}>登记回访</Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
