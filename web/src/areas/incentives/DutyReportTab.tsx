import { useState } from 'react';
import { Alert, App, Button, Card, Input, Space, Typography } from 'antd';
import { api, call, errorText } from '../../api/client';
import { useApi } from '../../components/useApi';
import { citationText } from '../../citations';

/** 述职述廉 (第6条): a middle cadre's report on the year's work and integrity, once a year. */
export function DutyReportTab() {
  const { message } = App.useApp();
  const { data, error, reload } = useApi(() => call(api.GET('/api/duty-reports/mine')), []);
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState<number | null>(null);
  const submit = async (cycleId: number) => {
    setBusy(cycleId);
    try {
      await call(api.POST('/api/duty-reports', { body: { cycleId, content: drafts[cycleId] ?? '' } }));
      message.success('述职述廉报告已提交');
      reload();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(null);
    }
  };
  if (error) return <Alert type="error" message={error} />;
  if (data && !data.length) return <Alert type="info" showIcon message="年度考核时由中层领导干部集中述职述廉；您目前没有需要提交的述职述廉报告。" />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {(data ?? []).map((r) => (
        <Card key={r.cycleId} size="small" title={`${r.year} 年度述职述廉报告`} extra={<Typography.Text type="secondary">{r.submittedOn ? `${r.submittedOn} 已提交` : `${r.due} 前提交（${citationText(r.citation ?? '')}）`}</Typography.Text>}>
          {r.submittedOn ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.content}</Typography.Paragraph>
          ) : (
            <>
              <Input.TextArea
                rows={10}
                value={drafts[r.cycleId] ?? ''}
                onChange={(e) => setDrafts((d) => ({ ...d, [r.cycleId]: e.target.value }))}
                placeholder="一、履行岗位职责和完成年度目标任务情况；二、落实党风廉政建设“一岗双责”和廉洁自律情况；三、存在的不足和改进措施"
              />
              <Space style={{ marginTop: 8 }}>
                <Typography.Text type="secondary">{(drafts[r.cycleId] ?? '').length} 字（不少于 50 字）</Typography.Text>
                <Button type="primary" loading={busy === r.cycleId} onClick={() => void submit(r.cycleId)}>
                  提交
                </Button>
              </Space>
            </>
          )}
        </Card>
      ))}
    </Space>
  );
}
