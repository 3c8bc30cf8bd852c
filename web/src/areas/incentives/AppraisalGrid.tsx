import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Grid, Input, List, Select, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api, call, errorText } from '../../api/client';
import { useApi } from '../../components/useApi';
import { term } from '../../vocabulary';
import { citationText } from '../../citations';
import { GRADE_COLORS } from './AppraisalCard';

import type { paths } from '../../api/schema';

type Rules = paths['/api/appraisal/rules']['get']['responses'][200]['content']['application/json'];
type Row = Awaited<ReturnType<typeof loadSheet>>['rows'][number];
const loadSheet = (cycleId: number, departmentId: number) => call(api.GET('/api/appraisal-cycles/{id}/sheet', { params: { path: { id: cycleId }, query: { departmentId } } }));

interface Edit {
  grade: string;
  reason?: string;
  quotaReason?: string;
}

/**
 * 按部门登记 (第6条): everyone of a department with their grade; exceptions chosen inline (with the basis an adverse grade
 * needs, 第12条), the rest set to the pack's default grade in one action; the excellent quota counted as it will be;
 * one save. On a phone each person is a card.
 */
export function AppraisalGrid({ cycleId, open, departmentId, departmentName, rules, onSaved }: { cycleId: number; open: boolean; departmentId: number; departmentName: string; rules: Rules; onSaved: () => void }) {
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const sheet = useApi(() => loadSheet(cycleId, departmentId), [cycleId, departmentId]);
  const [edits, setEdits] = useState<Record<number, Edit>>({});
  const [rest, setRest] = useState(false);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [onlyOpen, setOnlyOpen] = useState(false);
  useEffect(() => {
    setEdits({});
    setRest(false);
    setRefusal(null);
  }, [cycleId, departmentId]);
  const label = (g: string) => rules.grades.find((x) => x.key === g)?.label ?? g;
  const rows = useMemo(() => sheet.data?.rows ?? [], [sheet.data]);
  const gradeOf = (r: Row) => edits[r.personId]?.grade ?? r.grade ?? (rest ? rules.defaultGrade : null);
  const excellent = rows.filter((r) => gradeOf(r) === 'excellent').length;
  const quota = sheet.data?.quota ?? 0;
  const ungraded = rows.filter((r) => !r.grade && !edits[r.personId]).length;
  const graded = rows.filter((r) => gradeOf(r)).length;
  const changed = useMemo(
    () => rows.filter((r) => { const e = edits[r.personId]; return e && (e.grade !== r.grade || (e.reason ?? null) !== (r.reason ?? null) || !!e.quotaReason); }),
    [rows, edits],
  );
  const pending = changed.length + (rest ? ungraded : 0);
  const overQuota = excellent > quota;

  const set = (r: Row, patch: Partial<Edit>) => {
    setRefusal(null);
    setEdits((x) => ({ ...x, [r.personId]: { reason: r.reason ?? undefined, ...x[r.personId], grade: patch.grade ?? x[r.personId]?.grade ?? r.grade ?? rules.defaultGrade, ...patch } as Edit }));
  };
  const save = async () => {
    setSaving(true);
    setRefusal(null);
    try {
      const res = await call(
        api.POST('/api/appraisal-cycles/{id}/grades', {
          params: { path: { id: cycleId } },
          body: { departmentId, rows: changed.map((r) => ({ personId: r.personId, grade: edits[r.personId].grade, reason: edits[r.personId].reason ?? null, quotaReason: edits[r.personId].quotaReason ?? null, caseIds: [] })), restGrade: rest ? rules.defaultGrade : null },
        }),
      );
      message.success(`已保存：新登记 ${res.created} 人，修改 ${res.updated} 人${res.talkOccasions ? `；${res.talkOccasions} 人列入谈心谈话情形（${citationText(rules.talkCitation ?? '')}）` : ''}`);
      setEdits({});
      setRest(false);
      sheet.reload();
      onSaved();
    } catch (e) {
      setRefusal(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  const gradeSelect = (r: Row) => (
    <Select
      size="small"
      style={{ width: 110 }}
      value={gradeOf(r) ?? undefined}
      placeholder="未登记"
      disabled={!open}
      onChange={(g: string) => set(r, { grade: g })}
      options={rules.grades.map((g) => ({ value: g.key, label: g.label }))}
      data-testid={`grid-grade-${r.personId}`}
      aria-label={`${r.name}的考核等次`}
    />
  );
  const needsReason = (r: Row) => !!edits[r.personId] && rules.adverse.includes(gradeOf(r) ?? '');
  const needsQuotaReason = (r: Row) => !!edits[r.personId] && gradeOf(r) === 'excellent' && r.grade !== 'excellent' && overQuota;
  const basis = (r: Row) => (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      {needsReason(r) && (
        <Input.TextArea
          autoSize
          placeholder={`评为“${label(gradeOf(r)!)}”须写明依据的事实（不少于 5 个字）`}
          value={edits[r.personId]?.reason}
          onChange={(e) => set(r, { reason: e.target.value })}
          status={(edits[r.personId]?.reason ?? '').trim().length < 5 ? 'warning' : undefined}
          data-testid={`grid-reason-${r.personId}`}
          aria-label={`${r.name}的评定依据`}
        />
      )}
      {needsQuotaReason(r) && (
        <Input placeholder="超出优秀名额的理由" value={edits[r.personId]?.quotaReason} onChange={(e) => set(r, { quotaReason: e.target.value })} aria-label={`${r.name}超出优秀名额的理由`} />
      )}
      {!needsReason(r) && !needsQuotaReason(r) && (
        <Space size={4} wrap>
          {r.overQuota && <Tag>超名额</Tag>}
          {r.reason && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.reason}</Typography.Text>}
          {r.inaction && <Typography.Text type="danger" style={{ fontSize: 12 }}>{r.inaction}</Typography.Text>}
        </Space>
      )}
    </Space>
  );
  const state = (r: Row) =>
    edits[r.personId] && edits[r.personId].grade !== r.grade ? <Tag color="processing">待保存</Tag> : !r.grade && rest ? <Tag color="processing">其余</Tag> : r.grade ? <Tag color={GRADE_COLORS[r.grade]}>已登记</Tag> : <Tag>未登记</Tag>;
  const shown = rows.filter((r) => !onlyOpen || !r.grade);

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={8} data-testid="appraisal-grid">
      <Space wrap size={[16, 8]} align="center">
        <Typography.Text strong>{departmentName}</Typography.Text>
        <span data-testid="grid-counts">参加考核 <b>{rows.length}</b> 人，已登记 <b>{rows.filter((r) => r.grade).length}</b> 人{pending ? `，待保存 ${pending} 人` : ''}</span>
        <Tag color={overQuota ? 'red' : excellent === quota ? 'gold' : 'default'} data-testid="grid-quota">
          优秀 {excellent} / 名额 {quota}（不超过 {Math.round(rules.quotaRatio * 100)}%{rules.quotaIsDefault ? '，系统默认' : ''}）
        </Tag>
      </Space>
      {overQuota && <Alert type="warning" showIcon message={`优秀 ${excellent} 人，超出本部门名额 ${quota} 个：超出的须逐人写明理由（${citationText(rules.dutyReportCitation ?? '')}）`} />}
      {refusal && <Alert type="error" showIcon closable onClose={() => setRefusal(null)} message="未保存" description={refusal} data-testid="grid-refusal" />}
      {open && (
        <Space wrap>
          <Button disabled={!ungraded || rest} onClick={() => setRest(true)} data-testid="grid-rest">
            其余 {ungraded} 人设为 {label(rules.defaultGrade)}
          </Button>
          {rest && <Button type="link" onClick={() => setRest(false)}>撤销“其余人员”</Button>}
          <Button type="primary" disabled={!pending} loading={saving} onClick={() => void save()} data-testid="grid-save">
            保存{pending ? `（${pending} 人）` : ''}
          </Button>
          <Button type="link" onClick={() => setOnlyOpen(!onlyOpen)}>{onlyOpen ? '显示全部人员' : `只看未登记（${rows.filter((r) => !r.grade).length}）`}</Button>
        </Space>
      )}
      {!open && <Alert type="info" showIcon message="本年度考核已结束，等次不能再修改" />}
      {rules.defaultGradeIsDefault && open && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          “其余人员”设为{label(rules.defaultGrade)}：规定未定默认等次，此为系统默认。已登记 {graded} / {rows.length} 人（含待保存）。
        </Typography.Text>
      )}
      {sheet.error && <Alert type="error" message={sheet.error} />}
      {phone ? (
        <List
          loading={sheet.loading}
          dataSource={shown}
          pagination={shown.length > 30 ? { pageSize: 30, size: 'small', simple: true } : false}
          locale={{ emptyText: '该部门没有参加考核的人员' }}
          renderItem={(r) => (
            <Card size="small" style={{ marginBottom: 8 }} data-testid={`grid-card-${r.personId}`}>
              <Space direction="vertical" size={6} style={{ width: '100%' }}>
                <Space wrap size={4}>
                  <Link to={`/people/${r.personId}`}>{r.name}</Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.title}</Typography.Text>
                  {state(r)}
                </Space>
                {gradeSelect(r)}
                {basis(r)}
              </Space>
            </Card>
          )}
        />
      ) : (
        <Table
          rowKey="personId"
          size="small"
          loading={sheet.loading}
          dataSource={shown}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 人` }}
          locale={{ emptyText: '该部门没有参加考核的人员' }}
          columns={[
            { title: '姓名', dataIndex: 'name', width: 110, render: (v, r) => <Link to={`/people/${r.personId}`}>{v}</Link> },
            { title: '职务', dataIndex: 'title', width: 160 },
            { title: '职级', dataIndex: 'rank', width: 100, render: (v) => term('rank', v) },
            { title: '述职述廉', width: 110, render: (_, r) => (r.owesReport ? (r.reportOn ? <Typography.Text type="success">{r.reportOn} 已交</Typography.Text> : <Typography.Text type="warning">未提交</Typography.Text>) : '—') },
            { title: '考核等次', width: 130, render: (_, r) => gradeSelect(r) },
            { title: '状态', width: 90, render: (_, r) => state(r) },
            { title: '评定依据 / 说明', render: (_, r) => basis(r) },
          ]}
        />
      )}
    </Space>
  );
}
