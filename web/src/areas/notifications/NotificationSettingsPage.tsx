import { useEffect } from 'react';
import { Alert, App as AntApp, Button, Card, Checkbox, Descriptions, Form, Input, Select, Space, Spin, Tag, Typography } from 'antd';
import { api, call } from '../../api/client';
import { useApi } from '../../components/useApi';
import { submitForm } from '../../components/submitForm';
import { PageHeader } from '../../components/PageHeader';

const TIMES = Array.from({ length: 48 }, (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`).map((t) => ({ value: t, label: t }));

interface Values {
  channels: ('email' | 'wecom' | 'dingtalk')[];
  email?: string;
  wecomUserId?: string;
  dingtalkUserId?: string;
  digestTime?: string;
  quietStart?: string;
  quietEnd?: string;
}

/** 我的通知设置: which outside channels reach me, my addresses there, the daily digest time and quiet hours. */
export function NotificationSettingsPage() {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const { data, error, loading, reload } = useApi(() => call(api.GET('/api/me/notification-preferences')), []);
  useEffect(() => {
    if (!data) return;
    form.setFieldsValue({
      channels: data.channels.filter((c) => c.enabled).map((c) => c.channel),
      email: data.email ?? undefined,
      wecomUserId: data.wecomUserId ?? undefined,
      dingtalkUserId: data.dingtalkUserId ?? undefined,
      digestTime: data.custom ? data.timing.digestTime : undefined,
      quietStart: data.custom ? data.timing.quietStart : undefined,
      quietEnd: data.custom ? data.timing.quietEnd : undefined,
    });
  }, [data, form]);
  if (loading && !data) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (error) return <Alert type="error" message={error} />;
  if (!data) return null;
  const configured = data.channels.filter((c) => c.configured);
  const save = () =>
    submitForm(
      form,
      message,
      (v) => call(api.PUT('/api/me/notification-preferences', { body: { channels: v.channels ?? [], email: v.email || null, wecomUserId: v.wecomUserId || null, dingtalkUserId: v.dingtalkUserId || null, digestTime: v.digestTime ?? null, quietStart: v.quietStart ?? null, quietEnd: v.quietEnd ?? null } })),
      '通知设置已保存',
      reload,
    );
  return (
    <div style={{ maxWidth: 760 }}>
      <PageHeader
        title="我的通知设置"
        description={<>
        站内提醒（右上角铃铛）始终开启并实时更新。您还可以选择通过电子邮件、企业微信或钉钉接收：需要立即办理的（等待您审批的环节、今天到期的事项）即时发送；其余的每天汇总成一条摘要，在您设定的时间发送；免打扰时段内不发送，到时段结束再发。
        </>}
      />
      {!configured.length && <Alert style={{ marginBottom: 12 }} type="info" showIcon message="本系统尚未配置电子邮件、企业微信或钉钉，目前只有站内提醒。如需开通，请联系系统管理员。" />}
      <Form form={form} layout="vertical" onFinish={() => void save()}>
        <Card size="small" title="接收渠道" style={{ marginBottom: 12 }}>
          <Form.Item name="channels" style={{ marginBottom: 8 }}>
            <Checkbox.Group>
              <Space direction="vertical">
                <Checkbox checked disabled>
                  站内提醒 <Tag color="green">始终开启</Tag>
                </Checkbox>
                {data.channels.map((c) => (
                  <Checkbox key={c.channel} value={c.channel} disabled={!c.configured}>
                    {c.label} {!c.configured && <Tag>本系统未启用</Tag>}
                  </Checkbox>
                ))}
              </Space>
            </Checkbox.Group>
          </Form.Item>
          {!data.custom && <Typography.Text type="secondary">尚未设置：默认通过已启用且能联系到您的渠道发送。</Typography.Text>}
        </Card>
        <Card size="small" title="联系方式" style={{ marginBottom: 12 }}>
          <Form.Item name="email" label="电子邮箱" rules={[{ type: 'email', message: '电子邮箱格式不正确' }]}>
            <Input placeholder="如 wangwei@example.edu.cn" maxLength={200} />
          </Form.Item>
          <Form.Item name="wecomUserId" label="企业微信账号（userid）" extra={`不填则按工号 ${data.staffNo} 发送`}>
            <Input placeholder={data.staffNo} maxLength={64} />
          </Form.Item>
          <Form.Item name="dingtalkUserId" label="钉钉账号（userid）" extra={`不填则按工号 ${data.staffNo} 发送`} style={{ marginBottom: 0 }}>
            <Input placeholder={data.staffNo} maxLength={64} />
          </Form.Item>
        </Card>
        <Card size="small" title="发送时间" style={{ marginBottom: 12 }}>
          <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
            <Descriptions.Item label="系统默认">
              每日摘要 {data.defaults.digestTime}；免打扰 {data.defaults.quietStart}—{data.defaults.quietEnd}
            </Descriptions.Item>
          </Descriptions>
          <Space wrap align="start">
            <Form.Item name="digestTime" label="每日摘要时间">
              <Select allowClear placeholder={data.defaults.digestTime} options={TIMES} style={{ width: 130 }} />
            </Form.Item>
            <Form.Item name="quietStart" label="免打扰开始">
              <Select allowClear placeholder={data.defaults.quietStart} options={TIMES} style={{ width: 130 }} />
            </Form.Item>
            <Form.Item name="quietEnd" label="免打扰结束">
              <Select allowClear placeholder={data.defaults.quietEnd} options={TIMES} style={{ width: 130 }} />
            </Form.Item>
          </Space>
          <Typography.Text type="secondary">均为北京时间；不选则使用系统默认。开始和结束相同表示不设免打扰。</Typography.Text>
        </Card>
        <Button type="primary" htmlType="submit">
          保存
        </Button>
      </Form>
    </div>
  );
}
