import { useState } from 'react';
import { Alert, App, Button, Drawer, Grid, List, Space, Statistic, Table, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { api, call, errorText } from '../../api/client';
import { readBase64 } from '../../components/readFile';
import { DownloadButton } from '../../components/DownloadButton';
import { withCitationNames } from '../../citations';

export type Batch = Awaited<ReturnType<typeof previewOf>>;
const previewOf = (template: string, fileName: string, contentBase64: string) => call(api.POST('/api/imports/{template}', { params: { path: { template } }, body: { fileName, contentBase64 } }));

export const RESULT: Record<string, { label: string; color: string }> = {
  new: { label: '新增', color: 'green' },
  update: { label: '更新', color: 'blue' },
  unchanged: { label: '未变化', color: 'default' },
  bad: { label: '有误', color: 'red' },
  skipped: { label: '有误，已跳过', color: 'orange' },
};

type Row = Batch['results'][number];

function Warnings({ r }: { r: Row }) {
  if (!r.warnings.length) return null;
  return (
    <ul style={{ margin: '4px 0 0', paddingLeft: 18, color: '#ad6800' }}>
      {r.warnings.map((w) => <li key={w}>{withCitationNames(w)}</li>)}
    </ul>
  );
}

/** The rows of a preview or a result: a table on a desk, a list on a phone. */
function Rows({ rows }: { rows: Row[] }) {
  const phone = !Grid.useBreakpoint().md;
  if (phone)
    return (
      <List
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 10, size: 'small' }}
        data-testid="import-preview"
        renderItem={(r) => (
          <List.Item>
            <div style={{ width: '100%', minWidth: 0 }}>
              <Space wrap size={4}>
                <Tag color={RESULT[r.result]?.color}>{RESULT[r.result]?.label ?? r.result}</Tag>
                <Typography.Text type="secondary">第 {r.row} 行</Typography.Text>
                <Typography.Text>{r.label}</Typography.Text>
              </Space>
              <div style={{ overflowWrap: 'anywhere' }}>{r.key}</div>
              {r.detail && <div style={{ overflowWrap: 'anywhere' }}>{r.detail}</div>}
              <Warnings r={r} />
            </div>
          </List.Item>
        )}
      />
    );
  return (
    <Table
      rowKey="row"
      size="small"
      dataSource={rows}
      pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 行` }}
      data-testid="import-preview"
      columns={[
        { title: '行号', dataIndex: 'row', width: 64 },
        { title: '记录', dataIndex: 'key', width: 240 },
        { title: '结果', dataIndex: 'result', width: 110, render: (v: string) => <Tag color={RESULT[v]?.color}>{RESULT[v]?.label ?? v}</Tag> },
        { title: '说明与提示', render: (_: unknown, r: Row) => <>{r.detail}<Warnings r={r} /></> },
      ]}
    />
  );
}

/**
 * One template's import: its download, an upload checked row by row (nothing written; gaps in the history shown as
 * warnings), then all rows or none — or only the good ones when asked — and the report of each row.
 */
export function ImportDrawer({ template, title, open, onClose, onImported }: { template: string; title: string; open: boolean; onClose: () => void; onImported: () => void }) {
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const [imp, setImp] = useState<Batch | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<Batch>, done?: string) => {
    setBusy(true);
    try {
      const r = await fn();
      setImp(r);
      if (done) message.success(done);
      if (r.status === 'committed') onImported();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    // Leaving a preview unconfirmed discards the uploaded data on the server.
    if (imp?.status === 'previewed') void call(api.DELETE('/api/imports/batches/{id}', { params: { path: { id: imp.id } } })).catch(() => undefined);
    setImp(null);
    onClose();
  };
  const commit = (onlyGood: boolean, done: string) => imp && void run(() => call(api.POST('/api/imports/batches/{id}/commit', { params: { path: { id: imp.id } }, body: { onlyGood } })), done);
  const c = imp?.counts ?? {};
  const bad = (c.bad ?? 0) + (c.skipped ?? 0);
  const good = (c.new ?? 0) + (c.update ?? 0);
  return (
    <Drawer width={phone ? '100%' : 960} open={open} onClose={close} title={`导入${title}（Excel）`} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          按模板填写后上传：系统逐行校验，预览无误后再确认导入。再次导入同一记录时按记录更新，不会重复新增；同一文件再次导入不会改变任何数据。导入当天可以撤销整个批次。
        </Typography.Paragraph>
        <Space wrap>
          <DownloadButton href={`/api/imports/${template}/template.xlsx`} label="下载模板" format="Excel" />
          <Upload
            maxCount={1}
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(f) => {
              void run(async () => previewOf(template, f.name, await readBase64(f)));
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={busy && !imp} data-testid="import-upload">选择文件并校验</Button>
          </Upload>
        </Space>
        {imp && (
          <>
            <Space size="large" wrap>
              <Statistic title="文件行数" value={imp.totalRows} />
              <Statistic title="新增" value={c.new ?? 0} valueStyle={{ color: '#389e0d' }} />
              <Statistic title="更新" value={c.update ?? 0} valueStyle={{ color: '#1677ff' }} />
              <Statistic title="未变化" value={c.unchanged ?? 0} />
              <Statistic title="有误" value={bad} valueStyle={{ color: bad ? '#cf1322' : undefined }} />
              <Statistic title="有提示" value={c.warned ?? 0} valueStyle={{ color: c.warned ? '#ad6800' : undefined }} />
            </Space>
            {imp.sameFileAs !== null && <Alert type="info" showIcon message={`同一文件已在批次 ${imp.sameFileAs} 导入过；未变化的行不会再写入`} />}
            {imp.status === 'previewed' && (
              <Alert
                type={bad ? 'warning' : 'success'}
                showIcon
                message={bad ? `文件“${imp.fileName}”有 ${bad} 行有误：全部导入须先改正；也可以只导入正确的 ${good} 行` : good ? `文件“${imp.fileName}”校验通过，可以导入` : `文件“${imp.fileName}”校验通过，与已导入的内容相同`}
                action={
                  <Space direction={phone ? 'vertical' : 'horizontal'}>
                    <Button type="primary" size="small" disabled={!!bad} loading={busy} onClick={() => commit(false, '已导入')} data-testid="import-commit">
                      全部导入
                    </Button>
                    {bad > 0 && good > 0 && (
                      <Button size="small" loading={busy} onClick={() => commit(true, `已导入正确的 ${good} 行`)}>
                        只导入正确的 {good} 行
                      </Button>
                    )}
                    <Button size="small" onClick={() => void run(() => call(api.DELETE('/api/imports/batches/{id}', { params: { path: { id: imp.id } } })), '已取消，上传的数据已丢弃')}>
                      取 消
                    </Button>
                  </Space>
                }
              />
            )}
            {imp.status === 'committed' && <Alert type="success" showIcon message={`已导入：新增 ${c.new ?? 0} 条，更新 ${c.update ?? 0} 条，未变化 ${c.unchanged ?? 0} 条${c.skipped ? `，跳过有误的 ${c.skipped} 行` : ''}`} data-testid="import-done" />}
            {imp.status === 'cancelled' && <Alert type="info" showIcon message="已取消，未导入任何数据" />}
            <DownloadButton size="small" href={`/api/imports/batches/${imp.id}/report.xlsx`} label="下载结果报告" format="Excel" />
            <Rows rows={imp.results} />
          </>
        )}
      </Space>
    </Drawer>
  );
}
