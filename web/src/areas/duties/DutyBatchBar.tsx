import { useState } from 'react';
import { Alert, App, Button, Form, Input, List, Modal, Space, Typography } from 'antd';
import { api, call, errorText } from '../../api/client';
import { useAuth } from '../../auth';
import { PersonPicker } from '../../components/PersonPicker';

/** What a batch action answers: each item done, or why not. */
interface Report { done: number; refused: number; items: { key: string; title: string | null; ok: boolean; code?: string; message?: string }[]; notices?: number }
type Action = 'waive' | 'reassign';

/**
 * The bar over the selected duties of 应办事项: 豁免 with one reason, 提醒 their owners, 指定谈话人 where a rule allows.
 * Each action reports every item: done, or why not (nothing changed for those). Shown while duties are ticked; its
 * report stays open after the action clears the ticks.
 */
export function DutyBatchBar({ keys, onClear, onDone }: { keys: string[]; onClear: () => void; onDone: () => void }) {
  const { can } = useAuth();
  const { message } = App.useApp();
  const [action, setAction] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<{ what: string; r: Report } | null>(null);
  const [form] = Form.useForm<{ reason: string; personId?: number }>();
  const finish = (what: string, r: Report) => {
    setReport({ what, r });
    setAction(null);
    form.resetFields();
    if (r.done) onClear();
    onDone();
  };
  const run = async (what: string, fn: () => Promise<Report>) => {
    setBusy(true);
    try {
      finish(what, await fn());
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const submit = async () => {
    const v = await form.validateFields();
    if (action === 'waive') await run('豁免', () => call(api.POST('/api/duties/waive-batch', { body: { keys, reason: v.reason } })));
    else await run('指定谈话人', () => call(api.POST('/api/duties/reassign', { body: { keys, personId: v.personId!, reason: v.reason } })));
  };
  return (
    <>
      {keys.length > 0 && (
      <Space wrap data-testid="duty-batch-bar" style={{ marginBottom: 12, padding: '6px 10px', background: '#e6f4ff', borderRadius: 6, width: '100%' }}>
        <Typography.Text strong>已选 {keys.length} 项</Typography.Text>
        {can('duty.waive') && <Button size="small" onClick={() => setAction('waive')}>豁免（填写理由）</Button>}
        <Button size="small" loading={busy && !action} onClick={() => void run('提醒', () => call(api.POST('/api/duties/remind', { body: { keys } })))}>提醒</Button>
        {can('talk.assign') && <Button size="small" onClick={() => setAction('reassign')}>指定谈话人</Button>}
        <Button size="small" type="link" onClick={onClear}>清除选择</Button>
      </Space>
      )}
      <Modal
        title={action === 'waive' ? `豁免所选的 ${keys.length} 项应办事项` : `为所选的 ${keys.length} 项指定谈话人`}
        open={!!action}
        onOk={() => void submit()}
        confirmLoading={busy}
        onCancel={() => setAction(null)}
        okText={action === 'waive' ? '确认豁免' : '确认指定'}
        cancelText="取消"
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          {action === 'waive'
            ? '逐项按单项免办的规则核对：已办结、已免办或以您本人为对象的事项不予豁免，并逐项说明原因；理由将记入审计日志。'
            : '仅一般干部的年度谈心谈话、尚无谈话责任人的对象可以指定谈话人（与“指定谈话人”功能相同）；院领导之间、院领导与所分管部门中层干部之间的谈话及其他类别的事项不能转办，将逐项说明原因。'}
        </Typography.Paragraph>
        <Form form={form} layout="vertical">
          {action === 'reassign' && (
            <Form.Item name="personId" label="谈话人" rules={[{ required: true, message: '请选择谈话人' }]}>
              <PersonPicker placeholder="输入姓名或工号搜索" />
            </Form.Item>
          )}
          <Form.Item
            name="reason"
            label={action === 'waive' ? '豁免理由' : '指定理由'}
            rules={action === 'waive' ? [{ required: true, min: 5, message: '请写明豁免理由（至少 5 个字）' }] : [{ required: true, min: 4, message: '请写明指定理由（至少 4 个字）' }]}
          >
            <Input.TextArea rows={3} maxLength={action === 'waive' ? 500 : 300} showCount />
          </Form.Item>
        </Form>
      </Modal>
      <Modal title={report ? `${report.what}结果` : ''} open={!!report} onOk={() => setReport(null)} onCancel={() => setReport(null)} okText="知道了" cancelButtonProps={{ style: { display: 'none' } }} destroyOnHidden>
        {report && (
          <div data-testid="batch-report">
            <Alert
              type={report.r.refused ? 'warning' : 'success'}
              showIcon
              message={`已${report.what} ${report.r.done} 项${report.r.notices !== undefined ? `（发出通知 ${report.r.notices} 条）` : ''}，未办理 ${report.r.refused} 项`}
              style={{ marginBottom: 8 }}
            />
            {report.r.refused > 0 && (
              <List
                size="small"
                dataSource={report.r.items.filter((i) => !i.ok)}
                renderItem={(i) => (
                  <List.Item style={{ display: 'block' }}>
                    <Typography.Text>{i.title ?? i.key}</Typography.Text>
                    <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>{i.message}</Typography.Text>
                  </List.Item>
                )}
              />
            )}
          </div>
        )}
      </Modal>
    </>
  );
}
