import { Alert, Card, Tag, Typography } from 'antd';
import { citationText } from '../../citations';
import { FINDING_COLORS } from '../../labels';

type Finding = { code: string; severity: string; message: string; article: string | null };
export type CheckItem = { topic: string; verdict: string; article: string | null; findings: Finding[] };

const TOPIC_LABELS: Record<string, string> = { scope: '适用范围', background: '兼职单位背景', field: '与学院或本人领域相关', posts: '兼职单位类型、职务和数量', foreign: '外事部门意见', pay: '薪酬', terms: '任期和兼职年限' };
const VERDICTS: Record<string, { label: string; color: string }> = {
  ok: { label: '符合', color: 'success' },
  block: { label: '不符合', color: 'error' },
  justify: { label: '须说明特殊工作需要', color: 'warning' },
  extra_step: { label: '增加审批环节', color: 'processing' },
  notice: { label: '提示', color: 'default' },
};

/**
 * 规定检查: each check of the application against the regulation, run again on the day it is read, with its article
 * (《…》第X条) — those it passes too. Without a checklist (a closed application), the findings of its submission.
 */
export function SidelineChecks({ items, asOf, findings }: { items: CheckItem[] | null; asOf: string | null; findings: Finding[] }) {
  if (!items)
    return findings.length ? (
      <Card size="small" title="规定检查结果（提交时）" style={{ marginBottom: 12 }}>
        {findings.map((f) => <Alert key={f.code} style={{ marginBottom: 8 }} type={FINDING_COLORS[f.severity]} showIcon message={f.message} description={f.article ? `依据：${citationText(f.article)}` : undefined} />)}
      </Card>
    ) : null;
  return (
    <Card size="small" title="规定检查" extra={asOf && <Typography.Text type="secondary">按 {asOf} 的规定和任职记录</Typography.Text>} style={{ marginBottom: 12 }} data-testid="sideline-checks">
      {items.map((i) => {
        const v = VERDICTS[i.verdict] ?? VERDICTS.notice;
        return (
          <div key={i.topic} style={{ padding: '6px 0', borderBottom: '1px solid #f5f5f5' }} data-testid={`check-${i.topic}`}>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'baseline' }}>
              <Tag color={v.color}>{v.label}</Tag>
              <Typography.Text strong>{TOPIC_LABELS[i.topic] ?? i.topic}</Typography.Text>
              {i.article && <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>{citationText(i.article)}</Typography.Text>}
            </div>
            {i.findings.map((f) => (
              <Typography.Paragraph key={f.code} style={{ margin: '4px 0 0', overflowWrap: 'anywhere' }} type={f.severity === 'block' ? 'danger' : undefined}>
                {f.message}
                {f.article && f.article !== i.article ? `（${citationText(f.article)}）` : ''}
              </Typography.Paragraph>
            ))}
          </div>
        );
      })}
    </Card>
  );
}
