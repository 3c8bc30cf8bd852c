import { useState } from 'react';
import { Alert, App, Button, Drawer, List, Space, Tag, Typography, Upload } from 'antd';
import { CardTable } from '../../components/CardTable';
import { UploadOutlined } from '@ant-design/icons';
import { api, call, errorText } from '../../api/client';
import { readBase64 } from '../../components/readFile';
import { useDrawerWidth } from '../../components/useDrawerWidth';

type Result = Awaited<ReturnType<typeof send>>;
const send = (fileName: string, contentBase64: string, commit: boolean, files?: string[]) => call(api.POST('/api/lrmx/import', { body: { fileName, contentBase64, commit, files } }));
const STATUS: Record<string, { label: string; color: string }> = { matched: { label: '已对应', color: 'green' }, unmatched: { label: '未找到人员', color: 'orange' }, error: { label: '无法读取', color: 'red' } };

/** 导入干部任免审批表: an .lrmx or a zip of them, matched by ID number, the differences shown, merged for the files chosen. */
export function LrmxImportDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const drawerWidth = useDrawerWidth(960);
  const { message } = App.useApp();
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const run = async (f: { name: string; content: string }, commit: boolean) => {
    setBusy(true);
    try {
      const r = await send(f.name, f.content, commit, commit ? chosen : undefined);
      setResult(r);
      if (!commit) setChosen(r.files.filter((x) => x.status === 'matched' && x.differences.length).map((x) => x.fileName));
      if (commit) message.success(`已合并 ${r.merged} 份任免审批表`);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const changed = result?.files.filter((f) => f.status === 'matched' && f.differences.length) ?? [];
  return (
    <Drawer width={drawerWidth} open={open} onClose={() => (setFile(null), setResult(null), onClose())} title="导入干部任免审批表（.lrmx）" destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          可上传一份 .lrmx 文件，或多份打包的 zip（支持中文文件名）。按身份证号对应到已登记的人员，先列出与系统中信息的差异，确认后才合并。
        </Typography.Paragraph>
        <Upload
          maxCount={1}
          accept=".lrmx,.zip"
          showUploadList={false}
          beforeUpload={(f) => {
            void readBase64(f).then((content) => {
              const next = { name: f.name, content };
              setFile(next);
              return run(next, false);
            });
            return false;
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={busy && !result} data-testid="lrmx-upload">选择文件并预览差异</Button>
        </Upload>
        {result && file && (
          <>
            <Alert
              type={result.committed ? 'success' : 'info'}
              showIcon
              message={result.committed ? `已合并 ${result.merged} 份` : `共 ${result.files.length} 份：有差异 ${changed.length} 份，已选 ${chosen.length} 份`}
              action={!result.committed && <Button type="primary" size="small" disabled={!chosen.length} loading={busy} onClick={() => void run(file, true)} data-testid="lrmx-commit">合并所选</Button>}
            />
            <List
              dataSource={result.files}
              renderItem={(f) => (
                <List.Item>
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <Space>
                      <Tag color={STATUS[f.status]?.color}>{STATUS[f.status]?.label}</Tag>
                      <Typography.Text strong>{f.name ?? ''}</Typography.Text>
                      <Typography.Text type="secondary">{f.staffNo ? `工号 ${f.staffNo}　` : ''}{f.fileName}</Typography.Text>
                      {f.message && <Typography.Text type={f.status === 'matched' ? 'secondary' : 'danger'}>{f.message}</Typography.Text>}
                      {!result.committed && f.differences.length > 0 && (
                        <Button size="small" type={chosen.includes(f.fileName) ? 'primary' : 'default'} onClick={() => setChosen(chosen.includes(f.fileName) ? chosen.filter((x) => x !== f.fileName) : [...chosen, f.fileName])}>
                          {chosen.includes(f.fileName) ? '已选合并' : '不合并'}
                        </Button>
                      )}
                    </Space>
                    {f.differences.length > 0 && (
                      <CardTable
                        layout={{ title: 'label', blocks: ['current', 'incoming'], testId: 'lrmx-difference-card' }}
                        size="small"
                        rowKey="field"
                        pagination={false}
                        dataSource={f.differences}
                        columns={[
                          { title: '项目', dataIndex: 'label', width: 170 },
                          { title: '系统中', dataIndex: 'current', render: (v: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{v || '（空）'}</span> },
                          { title: '文件中', dataIndex: 'incoming', render: (v: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{v || '（空）'}</span> },
                        ]}
                      />
                    )}
                  </Space>
                </List.Item>
              )}
            />
          </>
        )}
      </Space>
    </Drawer>
  );
}
