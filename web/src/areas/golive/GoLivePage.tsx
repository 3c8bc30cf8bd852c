import { useState } from 'react';
import { Alert, App, Button, Card, Col, Flex, Input, List, Modal, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api, call, errorText } from '../../api/client';
import { useApi } from '../../components/useApi';
import { PageHeader } from '../../components/PageHeader';
import { DownloadButton } from '../../components/DownloadButton';
import { citationSource, citationText } from '../../citations';
import { IMPORT_RESULTS as RESULT, ImportDrawer } from '../../components/ImportDrawer';
import { goLiveImport } from './goLiveImport';

type Ledger = Awaited<ReturnType<typeof overview>>['ledgers'][number];
type BatchView = Ledger['batches'][number];
const overview = () => call(api.GET('/api/imports'));

const BATCH_STATUS: Record<string, { label: string; color: string }> = {
  committed: { label: '已导入', color: 'green' },
  undone: { label: '已撤销', color: 'default' },
  cancelled: { label: '已取消', color: 'default' },
};
const DUTY_STATUS: Record<string, { label: string; color: string }> = {
  overdue: { label: '已逾期', color: 'red' },
  due_soon: { label: '即将到期', color: 'orange' },
  open: { label: '待办', color: 'blue' },
};

const countsLine = (c: Record<string, number>) =>
  ['new', 'update', 'unchanged', 'skipped', 'bad'].filter((k) => c[k]).map((k) => `${RESULT[k].label} ${c[k]}`).join('，') || '无数据行';

function BatchItem({ b, onUndo }: { b: BatchView; onUndo: (b: BatchView) => void }) {
  return (
    <List.Item
      actions={[
        <DownloadButton key="report" size="small" href={`/api/imports/batches/${b.id}/report.xlsx`} label="结果报告" format="Excel" />,
        ...(b.undoable ? [<Button key="undo" size="small" danger onClick={() => onUndo(b)} data-testid={`undo-${b.id}`}>撤销</Button>] : []),
      ]}
      style={{ flexWrap: 'wrap' }}
    >
      <div style={{ minWidth: 0 }}>
        <Space wrap size={4}>
          <Tag color={BATCH_STATUS[b.status]?.color}>{BATCH_STATUS[b.status]?.label ?? b.status}</Tag>
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>{b.fileName}</Typography.Text>
          <Typography.Text type="secondary">批次 {b.id}</Typography.Text>
        </Space>
        <div>{countsLine(b.counts)}{b.counts.warned ? `；${b.counts.warned} 行有提示` : ''}</div>
        <Typography.Text type="secondary">
          {b.committedByName ?? b.createdByName} 于 {b.committedAt ?? b.createdAt} 导入
          {b.status === 'undone' && `；${b.undoneByName} 于 ${b.undoneOn} 撤销（${b.undoReason}）`}
        </Typography.Text>
      </div>
    </List.Item>
  );
}

function LedgerCard({ l, onImport, onUndo }: { l: Ledger; onImport: (l: Ledger) => void; onUndo: (b: BatchView) => void }) {
  const overdue = l.consequences.filter((d) => d.status === 'overdue').length;
  return (
    <Card
      size="small"
      data-testid={`ledger-${l.key}`}
      title={<span style={{ whiteSpace: 'normal' }}>{l.title}</span>}
      extra={<Tag>{l.area}</Tag>}
    >
      {!l.available && l.elsewhere ? (
        <Space direction="vertical" data-testid="imported-elsewhere">
          <Typography.Text type="secondary">{l.elsewhere.text}</Typography.Text>
          <Link to={l.elsewhere.link}>前往导入</Link>
        </Space>
      ) : !l.available ? (
        <Space direction="vertical">
          <Tag color="default" data-testid="not-provided">尚未提供</Tag>
          <Typography.Text type="secondary">该台账的导入模板尚未提供，上线前请继续保留原台账。</Typography.Text>
        </Space>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{l.description}</Typography.Paragraph>
          <Flex wrap gap={8} align="center">
            {l.batches.some((b) => b.status === 'committed') ? <Tag color="green">已导入 {l.imported} 条</Tag> : <Tag color="orange" data-testid="missing">尚未导入</Tag>}
            <DownloadButton size="small" href={`/api/imports/${l.key}/template.xlsx`} label="下载模板" format="Excel" />
            <Button size="small" type="primary" onClick={() => onImport(l)} data-testid={`import-${l.key}`}>导入</Button>
          </Flex>
          {l.batches.length > 0 && <List size="small" header="导入批次" dataSource={l.batches} renderItem={(b) => <BatchItem b={b} onUndo={onUndo} />} />}
          {l.consequences.length > 0 && (
            <List
              size="small"
              data-testid={`consequences-${l.key}`}
              header={<Typography.Text strong>{`历史记录产生的应办事项 ${l.consequences.length} 项${overdue ? `，其中已逾期 ${overdue} 项` : ''}`}</Typography.Text>}
              dataSource={l.consequences}
              renderItem={(d) => (
                <List.Item>
                  <div style={{ minWidth: 0 }}>
                    <Space wrap size={4}>
                      <Tag color={DUTY_STATUS[d.status]?.color}>{DUTY_STATUS[d.status]?.label ?? d.status}</Tag>
                      {d.link ? <Link to={d.link} style={{ overflowWrap: 'anywhere' }}>{d.title}</Link> : d.title}
                    </Space>
                    <div>
                      <Typography.Text type="secondary">
                        {d.person}　期限 {d.dueDate ?? '—'}　依据 <span title={citationSource(d.citation)}>{citationText(d.citation)}</span>
                      </Typography.Text>
                    </div>
                  </div>
                </List.Item>
              )}
            />
          )}
        </Space>
      )}
    </Card>
  );
}

/**
 * 上线导入 (organization department): per ledger a college brings, what has been imported (batches with counts, who,
 * when, withdrawn within the day), what is still missing, and the duties the imported history creates at once.
 */
export function GoLivePage() {
  const { message } = App.useApp();
  const { data, error, reload } = useApi(overview, []);
  const [importing, setImporting] = useState<Ledger | null>(null);
  const [undoing, setUndoing] = useState<BatchView | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const ledgers = data?.ledgers ?? [];
  const missing = ledgers.filter((l) => !l.batches.some((b) => b.status === 'committed'));
  const undo = async () => {
    if (!undoing) return;
    setBusy(true);
    try {
      await call(api.POST('/api/imports/batches/{id}/undo', { params: { path: { id: undoing.id } }, body: { reason } }));
      message.success(`已撤销批次 ${undoing.id}`);
      setUndoing(null);
      setReason('');
      reload();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageHeader title="上线导入" testId="golive-title" description="把上线前已有的台账导入系统：历史记录导入后立即按制度检查，超过期限的事项马上列为应办事项。每个批次导入当天可以撤销。" />
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {data && (
        <Alert
          style={{ marginBottom: 12 }}
          type={missing.length ? 'warning' : 'success'}
          showIcon
          data-testid="golive-summary"
          message={missing.length ? `${ledgers.length} 个台账中还有 ${missing.length} 个没有导入：${missing.map((l) => `${l.title}${l.available ? '' : l.elsewhere ? '（在其他页面导入）' : '（尚未提供）'}`).join('、')}` : '全部台账均已导入'}
        />
      )}
      <Row gutter={[12, 12]}>
        {ledgers.map((l) => (
          <Col key={l.key} xs={24} xl={l.available ? 24 : 12}>
            <LedgerCard l={l} onImport={setImporting} onUndo={setUndoing} />
          </Col>
        ))}
      </Row>
      {importing && (
        <ImportDrawer
          title={`导入${importing.title}（Excel）`}
          intro="按模板填写后上传：系统逐行校验，预览无误后再确认导入。再次导入同一记录时按记录更新，不会重复新增；同一文件再次导入不会改变任何数据。导入当天可以撤销整个批次。"
          endpoints={goLiveImport(importing.key)}
          open
          onClose={() => setImporting(null)}
          onImported={reload}
        />
      )}
      <Modal
        open={!!undoing}
        title={`撤销批次 ${undoing?.id ?? ''}（${undoing?.fileName ?? ''}）`}
        okText="撤销"
        okButtonProps={{ danger: true, disabled: reason.trim().length < 2, loading: busy }}
        cancelText="取消"
        onOk={() => void undo()}
        onCancel={() => setUndoing(null)}
      >
        <Typography.Paragraph>撤销将删除该批次导入的全部记录，并恢复被它更新的记录；已有后续办理记录的不能撤销。撤销留痕。</Typography.Paragraph>
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="撤销理由（必填）" maxLength={500} data-testid="undo-reason" />
      </Modal>
    </>
  );
}
