import { useState } from 'react';
import { Alert, App as AntApp, Button, Card, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { api, call, errorText } from '../../api/client';
import type { GetResponse } from '../../api/types';
import { useApi } from '../../components/useApi';
import { useAuth } from '../../auth';
import { chinaDateTime } from '../../dates';
import { PageHeader } from '../../components/PageHeader';

type Delivery = GetResponse<'/api/notification-deliveries'>['items'][number];
type JobRun = GetResponse<'/api/system/jobs'>['items'][number];
type ChannelRow = GetResponse<'/api/notification-channels'>[number];

const STATUS: Record<string, [string, string]> = { pending: ['待发送', 'blue'], sent: ['已发送', 'green'], failed: ['失败', 'red'], digested: ['已合并入摘要', 'cyan'] };
const CHANNELS = [
  { value: 'email', label: '电子邮件' },
  { value: 'wecom', label: '企业微信' },
  { value: 'dingtalk', label: '钉钉' },
];
const KIND: Record<string, string> = { talk_reminder: '谈话提醒', duty_digest: '每日待办摘要', duty_reminder: '应办事项提醒', duty_escalation: '逾期上报', step_waiting: '待我处理', decision_made: '办理结果' };

function DeliveryLog({ admin }: { admin: boolean }) {
  const [f, setF] = useState<{ status?: 'pending' | 'sent' | 'failed' | 'digested'; channel?: 'email' | 'wecom' | 'dingtalk'; page: number }>({ page: 1 });
  const { data, error, loading } = useApi(() => call(api.GET('/api/notification-deliveries', { params: { query: f } })), [f]);
  const counts = data?.counts ?? {};
  return (
    <Card size="small">
      <Space style={{ marginBottom: 12 }} wrap>
        <Select allowClear placeholder="状态" style={{ width: 150 }} options={Object.entries(STATUS).map(([value, [label]]) => ({ value, label: `${label}（${counts[value] ?? 0}）` }))} onChange={(v) => setF((x) => ({ ...x, status: v, page: 1 }))} />
        <Select allowClear placeholder="渠道" style={{ width: 130 }} options={CHANNELS} onChange={(v) => setF((x) => ({ ...x, channel: v, page: 1 }))} />
        <Typography.Text type="secondary">
          已送达 {(counts.sent ?? 0) + (counts.digested ?? 0)} 条，待发送 {counts.pending ?? 0} 条，失败 {counts.failed ?? 0} 条
        </Typography.Text>
      </Space>
      {error && <Alert type="error" message={error} />}
      <Table<Delivery>
        rowKey="id"
        size="small"
        loading={loading}
        scroll={{ x: 1180 }}
        dataSource={data?.items ?? []}
        pagination={{ current: f.page, pageSize: 50, total: data?.total ?? 0, showSizeChanger: false, showTotal: (t) => `共 ${t} 条`, onChange: (page) => setF((x) => ({ ...x, page })) }}
        columns={[
          { title: '时间', dataIndex: 'createdAt', width: 150, render: (v: string) => chinaDateTime(v) },
          { title: '接收人', dataIndex: 'recipientName', width: 90 },
          { title: admin ? '类别' : '提醒', key: 'what', width: 220, render: (_, r) => (admin ? (KIND[r.kind] ?? r.kind) : <span>{r.urgent && <Tag color="volcano">即时</Tag>}{r.title}</span>) },
          { title: '渠道', dataIndex: 'channelLabel', width: 90 },
          { title: '状态', dataIndex: 'status', width: 120, render: (v: string, r) => <Tag color={STATUS[v]?.[1]}>{r.statusLabel}</Tag> },
          { title: '尝试', dataIndex: 'attempts', width: 60 },
          { title: '发送 / 下次尝试', key: 'when', width: 150, render: (_, r) => (r.sentAt ? chinaDateTime(r.sentAt) : r.nextAttemptAt ? `${chinaDateTime(r.nextAttemptAt)} 起` : '—') },
          { title: '错误', dataIndex: 'lastError', width: 280, render: (v: string | null) => (v ? <Typography.Text type="danger" style={{ fontSize: 12 }}>{v}</Typography.Text> : '') },
        ]}
      />
    </Card>
  );
}

function ChannelsTab() {
  const { message } = AntApp.useApp();
  const { data, error } = useApi(() => call(api.GET('/api/notification-channels')), []);
  const [to, setTo] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Record<string, { ok: boolean; message: string }>>({});
  const test = async (channel: 'email' | 'wecom' | 'dingtalk') => {
    try {
      const r = await call(api.POST('/api/notification-channels/{channel}/test', { params: { path: { channel } }, body: { recipient: to[channel] ?? '' } }));
      setResult((x) => ({ ...x, [channel]: r }));
    } catch (e) {
      message.error(errorText(e));
      setResult((x) => ({ ...x, [channel]: { ok: false, message: errorText(e) } }));
    }
  };
  return (
    <Card size="small">
      {error && <Alert type="error" message={error} />}
      <Table<ChannelRow>
        rowKey="channel"
        size="small"
        pagination={false}
        scroll={{ x: 820 }}
        dataSource={data ?? []}
        columns={[
          { title: '渠道', dataIndex: 'label', width: 100 },
          { title: '状态', dataIndex: 'configured', width: 90, render: (v: boolean) => (v ? <Tag color="green">已启用</Tag> : <Tag>未配置</Tag>) },
          { title: '配置', dataIndex: 'settings', width: 280 },
          {
            title: '测试消息',
            key: 'test',
            width: 340,
            render: (_, r) =>
              r.channel === 'in_app' ? null : (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Space.Compact style={{ width: '100%' }}>
                    <Input placeholder={r.channel === 'email' ? '接收邮箱' : '接收人 userid'} value={to[r.channel]} onChange={(e) => setTo((x) => ({ ...x, [r.channel]: e.target.value }))} />
                    <Button onClick={() => void test(r.channel as 'email')}>发送测试</Button>
                  </Space.Compact>
                  {result[r.channel] && <Alert type={result[r.channel].ok ? 'success' : 'error'} message={result[r.channel].message} showIcon />}
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}

function JobsTab() {
  const [page, setPage] = useState(1);
  const { data, error, loading } = useApi(() => call(api.GET('/api/system/jobs', { params: { query: { page } } })), [page]);
  return (
    <Card size="small">
      {error && <Alert type="error" message={error} />}
      {!!data?.failed && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={`有 ${data.failed} 个任务失败或等待重试，请查看错误信息`} />}
      <Typography.Paragraph type="secondary">
        已登记的每日任务：{data?.jobs.length ? data.jobs.map((j) => `${j.label}（每天 ${j.at}${j.perInstitution ? '，各学院分别执行' : ''}）`).join('；') : '暂无'}。每个任务每天只执行一次（多个服务实例共用一个数据库时也是如此），失败后按 1、2、4…分钟（最长 1 小时）重试，执行和失败均记入审计日志。
      </Typography.Paragraph>
      <Table<JobRun>
        rowKey="id"
        size="small"
        loading={loading}
        scroll={{ x: 920 }}
        dataSource={data?.items ?? []}
        pagination={{ current: page, pageSize: 50, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: '任务', dataIndex: 'label', width: 150 },
          { title: '日期', dataIndex: 'scheduledFor', width: 100 },
          { title: '状态', dataIndex: 'statusLabel', width: 90, render: (v: string, r) => <Tag color={r.status === 'done' ? 'green' : r.status === 'failed' ? 'red' : r.attempts ? 'orange' : 'blue'}>{v}</Tag> },
          { title: '次数', dataIndex: 'attempts', width: 60 },
          { title: '完成 / 下次执行', key: 'when', width: 150, render: (_, r) => chinaDateTime(r.finishedAt ?? r.runAt) },
          { title: '错误', dataIndex: 'lastError', width: 320, render: (v: string | null) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : '') },
        ]}
      />
    </Card>
  );
}

/** 通知发送: the delivery log (organization department: its reminders; system administrator: all), channels and jobs. */
export function DeliveriesPage() {
  const { can } = useAuth();
  const admin = can('system.jobs');
  return (
    <div>
      <PageHeader
        title="通知发送"
        description={
          admin
            ? '每条提醒在各外部渠道（电子邮件、企业微信、钉钉）的发送情况。为三员分立，这里不显示提醒内容。'
            : '组织部发出的提醒和系统的应办事项提醒是否送达：按接收人、渠道列出状态、尝试次数和错误原因。渠道暂时不可用时消息排队重试，不会丢失。'
        }
      />
      <Tabs
        items={[
          { key: 'log', label: '发送记录', children: <DeliveryLog admin={admin} /> },
          ...(admin
            ? [
                { key: 'channels', label: '通知渠道', children: <ChannelsTab /> },
                { key: 'jobs', label: '系统任务', children: <JobsTab /> },
              ]
            : []),
        ]}
      />
    </div>
  );
}
