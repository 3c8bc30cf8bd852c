import { useState } from 'react';
import { Alert, App, Button, Drawer, Grid, Space, Statistic, Table, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { api, call, errorText } from '../../api/client';
import { readBase64 } from '../../components/readFile';
import { DownloadButton } from '../../components/DownloadButton';

type Result = Awaited<ReturnType<typeof previewOf>>;
const previewOf = (id: number, fileName: string, contentBase64: string) => call(api.POST('/api/appraisal-cycles/{id}/imports/preview', { params: { path: { id } }, body: { fileName, contentBase64 } }));

const RESULT: Record<string, { label: string; color: string }> = {
  new: { label: '新登记', color: 'green' },
  update: { label: '修改', color: 'blue' },
  unchanged: { label: '未变化', color: 'default' },
  blank: { label: '未填等次', color: 'default' },
  bad: { label: '有误', color: 'red' },
  skipped: { label: '有误，已跳过', color: 'orange' },
};

/**
 * 导入考核结果: the template (everyone appraised, their grade so far, a drop-down of grades), an upload checked row by row
 * (nothing written), then all rows or none — or only the good ones — and what became of each row.
 */
export function AppraisalImportDrawer({ cycleId, year, open, onClose, onImported }: { cycleId: number; year: number; open: boolean; onClose: () => void; onImported: () => void }) {
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [res, setRes] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);
  const [all, setAll] = useState(false);
  const run = async (fn: () => Promise<Result>, done?: string) => {
    setBusy(true);
    try {
      const r = await fn();
      setRes(r);
      if (done) message.success(done);
      if (r.status === 'committed') onImported();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const commit = (onlyGood: boolean) => run(() => call(api.POST('/api/appraisal-cycles/{id}/imports', { params: { path: { id: cycleId } }, body: { ...file!, onlyGood } })), '已导入');
  const close = () => {
    setRes(null);
    setFile(null);
    onClose();
  };
  const c = res?.counts ?? {};
  const bad = (c.bad ?? 0) + (c.skipped ?? 0);
  const good = (c.new ?? 0) + (c.update ?? 0);
  const rows = (res?.results ?? []).filter((r) => all || ['bad', 'skipped', 'new', 'update'].includes(r.result));
  return (
    <Drawer width={phone ? '100%' : 900} open={open} onClose={close} title={`导入 ${year} 年度考核结果（Excel）`} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          下载模板（已列出全院参加考核的人员和已登记的等次），填写“考核等次”后上传：系统逐行校验工号与姓名、等次、评定依据和各部门优秀名额，预览无误后再确认导入。按工号登记，再次导入时修改该人本年度的等次，不会重复登记；等次留空的行不登记。
        </Typography.Paragraph>
        <Space wrap>
          <DownloadButton href={`/api/appraisal-cycles/${cycleId}/import-template.xlsx`} label="下载模板" format="Excel" />
          <Upload
            maxCount={1}
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(f) => {
              void run(async () => {
                const next = { fileName: f.name, contentBase64: await readBase64(f) };
                setFile(next);
                return previewOf(cycleId, next.fileName, next.contentBase64);
              });
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={busy && !res} data-testid="appraisal-upload">选择文件并校验</Button>
          </Upload>
        </Space>
        {res && (
          <>
            <Space size="large" wrap>
              <Statistic title="文件行数" value={res.totalRows} />
              <Statistic title="新登记" value={c.new ?? 0} valueStyle={{ color: '#389e0d' }} />
              <Statistic title="修改" value={c.update ?? 0} valueStyle={{ color: '#1677ff' }} />
              <Statistic title="未变化 / 未填" value={`${c.unchanged ?? 0} / ${c.blank ?? 0}`} />
              <Statistic title="有误" value={bad} valueStyle={{ color: bad ? '#cf1322' : undefined }} />
            </Space>
            {res.status === 'previewed' && (
              <Alert
                type={bad ? 'warning' : 'success'}
                showIcon
                message={bad ? `文件“${res.fileName}”有 ${bad} 行有误：全部导入须先改正；也可以只导入正确的 ${good} 行` : `文件“${res.fileName}”校验通过，可以导入`}
                action={
                  <Space direction={phone ? 'vertical' : 'horizontal'}>
                    <Button type="primary" size="small" disabled={!!bad || !good} loading={busy} onClick={() => void commit(false)} data-testid="appraisal-commit">全部导入</Button>
                    {bad > 0 && good > 0 && <Button size="small" loading={busy} onClick={() => void commit(true)}>只导入正确的 {good} 行</Button>}
                  </Space>
                }
              />
            )}
            {res.status === 'committed' && <Alert type="success" showIcon message={`已导入：新登记 ${c.new ?? 0} 人，修改 ${c.update ?? 0} 人${c.skipped ? `，跳过有误的 ${c.skipped} 行` : ''}`} />}
            <Button size="small" type="link" onClick={() => setAll(!all)}>{all ? '只看有误和有变化的行' : '显示全部行'}</Button>
            <Table
              rowKey={(r) => `${r.row}-${r.personId}`}
              size="small"
              dataSource={rows}
              pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 行` }}
              scroll={phone ? undefined : undefined}
              columns={[
                { title: '行号', dataIndex: 'row', width: 60 },
                { title: '姓名', dataIndex: 'name', width: 90 },
                ...(phone ? [] : [{ title: '部门', dataIndex: 'departmentName', width: 150 }]),
                { title: '结果', dataIndex: 'result', width: 100, render: (v: string) => <Tag color={RESULT[v]?.color}>{RESULT[v]?.label ?? v}</Tag> },
                { title: '说明', dataIndex: 'detail' },
              ]}
              data-testid="appraisal-preview"
            />
          </>
        )}
      </Space>
    </Drawer>
  );
}
