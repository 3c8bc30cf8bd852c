import { useState } from 'react';
import { Alert, App, Button, Drawer, Space, Statistic, Tag, Typography, Upload } from 'antd';
import { CardTable } from '../../components/CardTable';
import { UploadOutlined } from '@ant-design/icons';
import { api, call, errorText } from '../../api/client';
import { readBase64 } from '../../components/readFile';
import { DownloadButton } from '../../components/DownloadButton';
import { useDrawerWidth } from '../../components/useDrawerWidth';

type Import = Awaited<ReturnType<typeof previewOf>>;
const previewOf = (fileName: string, contentBase64: string) => call(api.POST('/api/roster/imports', { body: { fileName, contentBase64 } }));

const RESULT: Record<string, { label: string; color: string }> = {
  new: { label: '新增', color: 'green' },
  update: { label: '更新', color: 'blue' },
  unchanged: { label: '未变化', color: 'default' },
  bad: { label: '有误', color: 'red' },
  skipped: { label: '有误，已跳过', color: 'orange' },
};

/**
 * 花名册导入: the template, an upload checked row by row (nothing written), then all rows or none — or only the good
 * ones when asked — and the report of each row.
 */
export function RosterImportDrawer({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const drawerWidth = useDrawerWidth(900);
  const { message } = App.useApp();
  const [imp, setImp] = useState<Import | null>(null);
  const [busy, setBusy] = useState(false);
  const [onlyBad, setOnlyBad] = useState(true);
  const run = async (fn: () => Promise<Import>, done?: string) => {
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
    if (imp?.status === 'previewed') void call(api.DELETE('/api/roster/imports/{id}', { params: { path: { id: imp.id } } })).catch(() => undefined);
    setImp(null);
    onClose();
  };
  const c = imp?.counts ?? {};
  const bad = (c.bad ?? 0) + (c.skipped ?? 0);
  const good = (c.new ?? 0) + (c.update ?? 0);
  const rows = (imp?.results ?? []).filter((r) => !onlyBad || r.result === 'bad' || r.result === 'skipped' || r.result === 'new' || r.result === 'update');
  return (
    <Drawer width={drawerWidth} open={open} onClose={close} title="导入花名册（Excel）" destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          按模板填写后上传：系统逐行校验身份证号（含校验位）、日期、部门、职级和重复，预览无误后再确认导入。再次导入同一工号的人员时更新其信息，不会重复新增；导入只新增任职，不免去其他职务。
        </Typography.Paragraph>
        <Space wrap>
          <DownloadButton href="/api/roster/import-template.xlsx" label="下载模板" format="Excel" />
          <Upload
            maxCount={1}
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(f) => {
              void run(async () => previewOf(f.name, await readBase64(f)));
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={busy && !imp} data-testid="roster-upload">选择文件并校验</Button>
          </Upload>
        </Space>
        {imp && (
          <>
            <Space size="large">
              <Statistic title="文件行数" value={imp.totalRows} />
              <Statistic title="新增" value={c.new ?? 0} valueStyle={{ color: '#389e0d' }} />
              <Statistic title="更新" value={c.update ?? 0} valueStyle={{ color: '#1677ff' }} />
              <Statistic title="未变化" value={c.unchanged ?? 0} />
              <Statistic title="有误" value={bad} valueStyle={{ color: bad ? '#cf1322' : undefined }} />
            </Space>
            {imp.status === 'previewed' && (
              <Alert
                type={bad ? 'warning' : 'success'}
                showIcon
                message={bad ? `文件“${imp.fileName}”有 ${bad} 行有误：全部导入须先改正；也可以只导入正确的 ${good} 行` : `文件“${imp.fileName}”校验通过，可以导入`}
                action={
                  <Space>
                    <Button type="primary" size="small" disabled={!!bad || !good} loading={busy} onClick={() => void run(() => call(api.POST('/api/roster/imports/{id}/commit', { params: { path: { id: imp.id } }, body: { onlyGood: false } })), '已导入')} data-testid="roster-commit">
                      全部导入
                    </Button>
                    {bad > 0 && good > 0 && (
                      <Button size="small" loading={busy} onClick={() => void run(() => call(api.POST('/api/roster/imports/{id}/commit', { params: { path: { id: imp.id } }, body: { onlyGood: true } })), `已导入正确的 ${good} 行`)}>
                        只导入正确的 {good} 行
                      </Button>
                    )}
                    <Button size="small" onClick={() => void run(() => call(api.DELETE('/api/roster/imports/{id}', { params: { path: { id: imp.id } } })), '已取消，上传的数据已丢弃')}>
                      取 消
                    </Button>
                  </Space>
                }
              />
            )}
            {imp.status === 'committed' && <Alert type="success" showIcon message={`已导入：新增 ${c.new ?? 0} 人，更新 ${c.update ?? 0} 人${c.skipped ? `，跳过有误的 ${c.skipped} 行` : ''}`} />}
            {imp.status === 'cancelled' && <Alert type="info" showIcon message="已取消，未导入任何数据" />}
            <Space>
              <DownloadButton size="small" href={`/api/roster/imports/${imp.id}/report.xlsx`} label="下载结果报告" format="Excel" />
              <Button size="small" type="link" onClick={() => setOnlyBad(!onlyBad)}>{onlyBad ? '显示全部行' : '只看有误和有变化的行'}</Button>
            </Space>
            <CardTable
              layout={{ title: 'name', tags: ['result', 'row'], blocks: ['detail'], testId: 'roster-preview-card' }}
              rowKey="row"
              size="small"
              dataSource={rows}
              pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 行` }}
              columns={[
                { title: '行号', dataIndex: 'row', width: 70 },
                { title: '工号', dataIndex: 'staffNo', width: 110 },
                { title: '姓名', dataIndex: 'name', width: 90 },
                { title: '结果', dataIndex: 'result', width: 110, render: (v: string) => <Tag color={RESULT[v]?.color}>{RESULT[v]?.label ?? v}</Tag> },
                { title: '说明', dataIndex: 'detail' },
              ]}
              data-testid="roster-preview"
            />
          </>
        )}
      </Space>
    </Drawer>
  );
}
