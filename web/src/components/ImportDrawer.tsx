import { useState } from 'react';
import { Alert, App, Button, Drawer, Grid, Input, List, Space, Statistic, Table, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { errorText } from '../api/client';
import { withCitationNames } from '../citations';
import { readBase64 } from './readFile';
import { DownloadButton } from './DownloadButton';

/** One row of a preview or a result, as every import shows it. */
export interface ImportRowView {
  row: number;
  /** The record as a user reads it (工号, 部门, 2024 年度 · 工号 1001). */
  key: string;
  /** Whom it is about (a name). */
  label: string;
  result: string;
  detail: string;
  warnings?: string[];
}

/** An upload as checked or imported: its counts and rows; `id` and `undoable` where the server keeps a batch. */
export interface ImportView {
  id: number | null;
  fileName: string;
  status: string;
  totalRows: number;
  counts: Record<string, number>;
  results: ImportRowView[];
  sameFileAs?: number | null;
  undoable?: boolean;
}

export interface ImportFile {
  fileName: string;
  contentBase64: string;
}

/** What an import calls on the server; `cancel`, `undo` and `reportHref` where it keeps the upload as a batch. */
export interface ImportEndpoints {
  templateHref: string;
  preview(file: ImportFile): Promise<ImportView>;
  commit(view: ImportView, onlyGood: boolean, file: ImportFile): Promise<ImportView>;
  cancel?(view: ImportView): Promise<ImportView>;
  undo?(view: ImportView, reason: string): Promise<ImportView>;
  reportHref?(view: ImportView): string | null;
}

export const IMPORT_RESULTS: Record<string, { label: string; color: string }> = {
  new: { label: '新增', color: 'green' },
  update: { label: '更新', color: 'blue' },
  unchanged: { label: '未变化', color: 'default' },
  blank: { label: '未填写', color: 'default' },
  bad: { label: '有误', color: 'red' },
  skipped: { label: '有误，已跳过', color: 'orange' },
};

const CHANGED = ['new', 'update', 'bad', 'skipped'];

function Warnings({ r }: { r: ImportRowView }) {
  if (!r.warnings?.length) return null;
  return (
    <ul style={{ margin: '4px 0 0', paddingLeft: 18, color: '#ad6800' }}>
      {r.warnings.map((w) => <li key={w}>{withCitationNames(w)}</li>)}
    </ul>
  );
}

const ResultTag = ({ v, labels }: { v: string; labels: Record<string, { label: string; color: string }> }) => <Tag color={labels[v]?.color}>{labels[v]?.label ?? v}</Tag>;

/** The rows of a preview or a result: a table on a desk, cards on a phone (no sideways scroll). */
function Rows({ rows, words, labels, testId }: { rows: ImportRowView[]; words: { key: string; label: string }; labels: Record<string, { label: string; color: string }>; testId: string }) {
  const phone = !Grid.useBreakpoint().md;
  if (phone)
    return (
      <List
        size="small"
        dataSource={rows}
        rowKey={(r) => `${r.row}-${r.key}`}
        pagination={{ pageSize: 10, size: 'small' }}
        data-testid={testId}
        renderItem={(r) => (
          <List.Item>
            <div style={{ width: '100%', minWidth: 0 }}>
              <Space wrap size={4}>
                <ResultTag v={r.result} labels={labels} />
                <Typography.Text type="secondary">第 {r.row} 行</Typography.Text>
                <Typography.Text>{r.label}</Typography.Text>
              </Space>
              {r.key && <div style={{ overflowWrap: 'anywhere' }}>{r.key}</div>}
              {r.detail && <div style={{ overflowWrap: 'anywhere' }}>{r.detail}</div>}
              <Warnings r={r} />
            </div>
          </List.Item>
        )}
      />
    );
  return (
    <Table
      rowKey={(r) => `${r.row}-${r.key}`}
      size="small"
      dataSource={rows}
      pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 行` }}
      data-testid={testId}
      columns={[
        { title: '行号', dataIndex: 'row', width: 64 },
        { title: words.key, dataIndex: 'key', width: 200 },
        { title: words.label, dataIndex: 'label', width: 100 },
        { title: '结果', dataIndex: 'result', width: 110, render: (v: string) => <ResultTag v={v} labels={labels} /> },
        { title: '说明与提示', render: (_: unknown, r: ImportRowView) => <>{r.detail}<Warnings r={r} /></> },
      ]}
    />
  );
}

/**
 * An Excel import, the same for the roster, the go-live ledgers and the year's appraisal results: the template's
 * download, an upload checked row by row (nothing written; warnings shown), then all rows or none — or only the good
 * ones when asked — the report of each row, and the batch withdrawn within the day where the server keeps one.
 */
export function ImportDrawer(props: {
  title: string;
  intro: string;
  endpoints: ImportEndpoints;
  open: boolean;
  onClose: () => void;
  onImported: () => void;
  /** Column words of the rows (记录 / 姓名). */
  words?: { key: string; label: string };
  /** Result words where an import speaks its own (新登记 for a grade). */
  results?: Partial<typeof IMPORT_RESULTS>;
  /** Start with only the rows with an error or a change (a long roster or sheet of everyone). */
  changedOnly?: boolean;
  /** Prefix of the test ids (import-upload, roster-commit…). */
  testId?: string;
  /** What a row is counted as in the result (条 records, 人 people); for people the unchanged are not counted. */
  unit?: '条' | '人';
}) {
  const { title, intro, endpoints, open, onClose, onImported, words = { key: '记录', label: '姓名' }, testId = 'import', unit = '条' } = props;
  const labels = { ...IMPORT_RESULTS, ...props.results } as typeof IMPORT_RESULTS;
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const [imp, setImp] = useState<ImportView | null>(null);
  const [file, setFile] = useState<ImportFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [changedOnly, setChangedOnly] = useState(props.changedOnly ?? false);
  const [reason, setReason] = useState<string | null>(null);
  /** Runs a step of the import; whether it went through (a refusal is shown and keeps what the user typed). */
  const run = async (fn: () => Promise<ImportView>, done?: string): Promise<boolean> => {
    setBusy(true);
    try {
      const r = await fn();
      setImp(r);
      if (done) message.success(done);
      if (r.status === 'committed' || r.status === 'undone') onImported();
      return true;
    } catch (e) {
      message.error(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    // Leaving a preview unconfirmed discards the uploaded data on the server.
    if (imp?.status === 'previewed' && endpoints.cancel) void endpoints.cancel(imp).catch(() => undefined);
    setImp(null);
    setFile(null);
    setReason(null);
    onClose();
  };
  const commit = (onlyGood: boolean, done: string) => imp && file && void run(() => endpoints.commit(imp, onlyGood, file), done);
  const cancel = () => imp && void run(() => (endpoints.cancel ? endpoints.cancel(imp) : Promise.resolve({ ...imp, status: 'cancelled' })), '已取消，上传的数据已丢弃');
  const undo = () => imp && reason !== null && endpoints.undo && void run(() => endpoints.undo!(imp, reason.trim()), '已撤销该批次').then((ok) => ok && setReason(null));
  const c = imp?.counts ?? {};
  const bad = (c.bad ?? 0) + (c.skipped ?? 0);
  const good = (c.new ?? 0) + (c.update ?? 0);
  const rows = (imp?.results ?? []).filter((r) => !changedOnly || CHANGED.includes(r.result) || r.warnings?.length);
  const report = imp && endpoints.reportHref?.(imp);
  return (
    <Drawer width={phone ? '100%' : 960} open={open} onClose={close} title={title} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{intro}</Typography.Paragraph>
        <Space wrap>
          <DownloadButton href={endpoints.templateHref} label="下载模板" format="Excel" />
          <Upload
            maxCount={1}
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(f) => {
              void run(async () => {
                const next = { fileName: f.name, contentBase64: await readBase64(f) };
                setFile(next);
                return endpoints.preview(next);
              });
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={busy && !imp} data-testid={`${testId}-upload`}>选择文件并校验</Button>
          </Upload>
        </Space>
        {imp && (
          <>
            <Space size={phone ? 'middle' : 'large'} wrap>
              <Statistic title="文件行数" value={imp.totalRows} />
              <Statistic title={labels.new.label} value={c.new ?? 0} valueStyle={{ color: '#389e0d' }} />
              <Statistic title={labels.update.label} value={c.update ?? 0} valueStyle={{ color: '#1677ff' }} />
              <Statistic title={labels.unchanged.label} value={c.unchanged ?? 0} />
              {c.blank !== undefined && <Statistic title={labels.blank.label} value={c.blank} />}
              <Statistic title="有误" value={bad} valueStyle={{ color: bad ? '#cf1322' : undefined }} />
              {c.warned !== undefined && <Statistic title="有提示" value={c.warned} valueStyle={{ color: c.warned ? '#ad6800' : undefined }} />}
            </Space>
            {imp.sameFileAs != null && <Alert type="info" showIcon message={`同一文件已在批次 ${imp.sameFileAs} 导入过；未变化的行不会再写入`} />}
            {imp.status === 'previewed' && (
              <Alert
                type={bad ? 'warning' : 'success'}
                showIcon
                message={bad ? `文件“${imp.fileName}”有 ${bad} 行有误：全部导入须先改正；也可以只导入正确的 ${good} 行` : good ? `文件“${imp.fileName}”校验通过，可以导入` : `文件“${imp.fileName}”校验通过，与已导入的内容相同`}
                action={
                  <Space direction={phone ? 'vertical' : 'horizontal'}>
                    <Button type="primary" size="small" disabled={!!bad} loading={busy} onClick={() => commit(false, '已导入')} data-testid={`${testId}-commit`}>
                      全部导入
                    </Button>
                    {bad > 0 && good > 0 && (
                      <Button size="small" loading={busy} onClick={() => commit(true, `已导入正确的 ${good} 行`)}>
                        只导入正确的 {good} 行
                      </Button>
                    )}
                    <Button size="small" onClick={cancel}>取 消</Button>
                  </Space>
                }
              />
            )}
            {imp.status === 'committed' && (
              <Alert
                type="success"
                showIcon
                data-testid={`${testId}-done`}
                message={`已导入：${labels.new.label} ${c.new ?? 0} ${unit}，${labels.update.label} ${c.update ?? 0} ${unit}${unit === '条' ? `，未变化 ${c.unchanged ?? 0} 条` : ''}${c.skipped ? `，跳过有误的 ${c.skipped} 行` : ''}`}
                action={imp.undoable && endpoints.undo && reason === null ? <Button size="small" danger onClick={() => setReason('')} data-testid={`${testId}-undo`}>撤销本批次</Button> : undefined}
              />
            )}
            {imp.status === 'committed' && reason !== null && (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text>撤销将删除该批次导入的记录，并恢复被它更新的记录（仅限导入当天）；撤销留痕。</Typography.Text>
                <Input.TextArea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="撤销理由（必填）" maxLength={500} data-testid={`${testId}-undo-reason`} />
                <Space>
                  <Button size="small" danger type="primary" disabled={reason.trim().length < 2} loading={busy} onClick={undo}>确认撤销</Button>
                  <Button size="small" onClick={() => setReason(null)}>不撤销</Button>
                </Space>
              </Space>
            )}
            {imp.status === 'undone' && <Alert type="info" showIcon message="该批次已撤销，导入的记录已删除，被更新的记录已恢复" />}
            {imp.status === 'cancelled' && <Alert type="info" showIcon message="已取消，未导入任何数据" />}
            <Space wrap>
              {report && <DownloadButton size="small" href={report} label="下载结果报告" format="Excel" />}
              <Button size="small" type="link" onClick={() => setChangedOnly(!changedOnly)}>{changedOnly ? '显示全部行' : '只看有误和有变化的行'}</Button>
            </Space>
            <Rows rows={rows} words={words} labels={labels} testId={`${testId}-preview`} />
          </>
        )}
      </Space>
    </Drawer>
  );
}
