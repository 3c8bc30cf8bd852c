import { useState } from 'react';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { api, call } from '../../api/client';
import { useAuth } from '../../auth';
import { useApi } from '../../components/useApi';
import { useInterviewRules } from './useInterviewRules';
import { submitForm } from '../../components/submitForm';
import { thisYear, yearOptions } from './InterviewTable';
import { cited } from '../../rules';
import { term } from '../../vocabulary';
import { DownloadButton } from '../../components/DownloadButton';
import { CardTable } from '../../components/CardTable';

type Row = NonNullable<Awaited<ReturnType<typeof load>>>[number];
const load = (year: number) => call(api.GET('/api/interview-statistics', { params: { query: { year } } }));

/** 统计报送 (六（一）): each department's interviews by quarter as the system counts them, and what it reported. */
export function StatisticsTab() {
  const { can, me } = useAuth();
  const { message } = App.useApp();
  const [year, setYear] = useState(thisYear());
  const [reporting, setReporting] = useState<Row | null>(null);
  const [form] = Form.useForm<{ figures: Record<string, number>; note?: string }>();
  const { data, error, loading, reload } = useApi(() => load(year), [year]);
  const rules = useInterviewRules();
  const kinds = rules?.kinds ?? [];
  const total = (c: Record<string, number> | null) => (c ? kinds.reduce((n, k) => n + (c[k.key] ?? 0), 0) : null);
  const seesAll = can('interview.manage') || !!me?.roles.some((r) => r.role === 'principal' || r.role === 'leader');
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`各部门自行组织实施的约谈，约谈后及时将《${term(null, 'statistics_table')}》报送纪检监察室${cited('interviews.ledgers')}。系统统计数为本部门组织实施的约谈人次，报送时可核对。`} />
      <Space style={{ marginBottom: 12 }} wrap>
        <Select value={year} onChange={setYear} options={yearOptions()} style={{ width: 110 }} />
        {seesAll && (
          <DownloadButton href={`/api/interviews/statistics.xlsx?year=${year}`} label="导出约谈情况统计表" format="Excel" />
        )}
      </Space>
      {error && <Alert type="error" message={error} />}
      <CardTable
        layout={{ title: 'departmentName', tags: ['quarter'], testId: 'statistics-card' }}
        rowKey={(r) => `${r.departmentId}-${r.quarter}`}
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '本年度各部门尚未自行组织约谈' }}
        columns={[
          { title: '部门', dataIndex: 'departmentName' },
          { title: '季度', dataIndex: 'quarter', width: 80, render: (q) => `第${q}季度` },
          ...kinds.map((k) => ({ title: k.label, width: 110, render: (_: unknown, r: Row) => r.counted[k.key] ?? 0 })),
          { title: '系统统计合计', width: 110, render: (_, r) => total(r.counted) },
          {
            title: '部门报送',
            width: 160,
            render: (_, r) =>
              r.reportedOn ? (
                <Typography.Text type={total(r.reported) !== total(r.counted) ? 'warning' : undefined}>{total(r.reported)} 人次（{r.reportedOn}）</Typography.Text>
              ) : r.mayReport ? (
                <Button size="small" type="primary" onClick={() => (form.setFieldsValue({ figures: r.counted }), setReporting(r))}>
                  报送
                </Button>
              ) : (
                <Typography.Text type="danger">未报送</Typography.Text>
              ),
          },
        ]}
      />
      <Modal
        title={`报送统计表：${reporting?.departmentName ?? ''} ${year} 年第 ${reporting?.quarter ?? ''} 季度`}
        open={!!reporting}
        onCancel={() => setReporting(null)}
        destroyOnHidden
        onOk={() =>
          submitForm(form, message, (v) => call(api.POST('/api/interview-statistics', { body: { departmentId: reporting!.departmentId, year, quarter: reporting!.quarter, figures: v.figures, note: v.note ?? null } })), '已报送纪检监察室', () => (setReporting(null), reload()))
        }
      >
        <Form form={form} layout="vertical">
          {kinds.map((k) => (
            <Form.Item key={k.key} name={['figures', k.key]} label={`${k.label}（人次）`} rules={[{ required: true, message: '请填写人次' }]}>
              <InputNumber min={0} max={10000} precision={0} />
            </Form.Item>
          ))}
          <Form.Item name="note" label="说明">
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
