import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call, errorText } from '../../api/client';
import type { CalendarView } from '../../api/types';
import { useAuth } from '../../auth';
import { useApi } from '../../components/useApi';
import { appToday } from '../../today';
import { PageHeader } from '../../components/PageHeader';

type Day = CalendarView['days'][number];

export function CalendarPage() {
  const { can } = useAuth();
  const { message } = App.useApp();
  const [year, setYear] = useState(appToday().year());
  const cal = useApi(() => call(api.GET('/api/calendar', { params: { query: { year } } })), [year]);
  const [form] = Form.useForm<{ date: Dayjs; kind: 'holiday' | 'workday'; note: string }>();
  const [confirmNote, setConfirmNote] = useState('');
  const [probe, setProbe] = useState<{ from?: Dayjs; add?: number; result?: string }>({});
  const admin = can('calendar.write');
  const act = async (p: Promise<unknown>, ok: string) => {
    try {
      await p;
      message.success(ok);
      cal.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const addOverride = async () => {
    const v = await form.validateFields();
    await act(call(api.POST('/api/calendar/overrides', { body: { date: v.date.format('YYYY-MM-DD'), kind: v.kind, note: v.note } })), '已录入');
    form.resetFields();
  };
  const compute = async () => {
    if (!probe.from || probe.add === undefined) return;
    try {
      const r = await call(api.GET('/api/calendar/working-days', { params: { query: { from: probe.from.format('YYYY-MM-DD'), add: probe.add } } }));
      setProbe((p) => ({ ...p, result: `第 ${probe.add} 个工作日为 ${r.date}` }));
    } catch (e) {
      setProbe((p) => ({ ...p, result: errorText(e) }));
    }
  };
  const years = Array.from({ length: 8 }, (_, i) => appToday().year() - 5 + i);
  return (
    <div>
      <PageHeader title="工作日历" description="按工作日计算的期限（如容错申请、调查、反馈期限）以此日历为准：法定节假日和调休安排来自节假日数据包，系统管理员可逐日调整。尚未录入安排的年份不计算工作日期限。" />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          年份：
          <Select value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: `${y} 年` }))} style={{ width: 120 }} />
          {cal.data && (cal.data.known ? <Tag color="green">{cal.data.source === 'package' ? '已由节假日数据包提供' : '已由系统管理员确认'}</Tag> : <Tag color="red">尚未录入本年安排</Tag>)}
        </Space>
        {cal.data && !cal.data.known && (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            message={`${year} 年的法定节假日和调休安排尚未录入，跨入该年的工作日期限将无法计算。`}
            description={admin ? '请按国务院办公厅发布的放假安排逐日录入放假日和调休上班日，然后确认本年安排已全部录入。' : '请联系系统管理员录入。'}
          />
        )}
      </Card>
      {admin && (
        <Card size="small" title="调整（系统管理员）" style={{ marginBottom: 16 }}>
          <Form form={form} layout="inline" onFinish={addOverride}>
            <Form.Item name="date" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker placeholder="日期" />
            </Form.Item>
            <Form.Item name="kind" rules={[{ required: true, message: '请选择' }]}>
              <Select placeholder="放假或上班" style={{ width: 140 }} options={[{ value: 'holiday', label: '放假' }, { value: 'workday', label: '调休上班' }]} />
            </Form.Item>
            <Form.Item name="note" rules={[{ required: true, min: 2, message: '请写明名称或依据' }]}>
              <Input placeholder="名称或依据，如：春节" style={{ width: 220 }} />
            </Form.Item>
            <Button htmlType="submit" type="primary">录入</Button>
          </Form>
          {cal.data && !cal.data.known && (
            <Space style={{ marginTop: 12 }}>
              <Input placeholder="依据，如国办发明电〔2026〕X号" value={confirmNote} onChange={(e) => setConfirmNote(e.target.value)} style={{ width: 300 }} />
              <Button onClick={() => act(call(api.POST('/api/calendar/years', { body: { year, note: confirmNote } })), `${year} 年安排已确认`)}>确认 {year} 年安排已全部录入</Button>
            </Space>
          )}
        </Card>
      )}
      <Card size="small" title="工作日推算" style={{ marginBottom: 16 }}>
        <Space wrap>
          自 <DatePicker value={probe.from} onChange={(d) => setProbe((p) => ({ ...p, from: d ?? undefined, result: undefined }))} /> 起第
          <InputNumber min={0} max={366} value={probe.add} onChange={(v) => setProbe((p) => ({ ...p, add: v ?? undefined, result: undefined }))} />
          个工作日 <Button onClick={compute}>计算</Button>
          {probe.result && <Typography.Text strong data-testid="probe-result">{probe.result}</Typography.Text>}
        </Space>
      </Card>
      <Card size="small" title={`${year} 年放假与调休`}>
        {cal.error && <Alert type="error" message={cal.error} />}
        <Table<Day>
          rowKey="date"
          size="small"
          loading={cal.loading}
          dataSource={cal.data?.days ?? []}
          pagination={false}
          locale={{ emptyText: '无记录' }}
          columns={[
            { title: '日期', dataIndex: 'date', width: 120 },
            { title: '类别', dataIndex: 'kind', width: 100, render: (v) => (v === 'holiday' ? <Tag color="red">放假</Tag> : <Tag color="blue">调休上班</Tag>) },
            { title: '名称', dataIndex: 'name' },
            { title: '来源', dataIndex: 'source', width: 120, render: (v) => (v === 'package' ? '节假日数据包' : '管理员录入') },
            ...(admin
              ? [{ title: '操作', key: 'op', width: 80, render: (_: unknown, d: Day) => d.source === 'override' && <Popconfirm title="删除这条调整？" onConfirm={() => act(call(api.DELETE('/api/calendar/overrides/{date}', { params: { path: { date: d.date } } })), '已删除')}><Button size="small" danger>删除</Button></Popconfirm> }]
              : []),
          ]}
        />
      </Card>
    </div>
  );
}
