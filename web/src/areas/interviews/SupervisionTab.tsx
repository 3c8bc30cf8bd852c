import { useState } from 'react';
import { Alert, Card, Col, List, Row, Select, Space, Statistic, Tag, Typography } from 'antd';
import { api, call } from '../../api/client';
import { useApi } from '../../components/useApi';
import { Chart } from '../../components/LazyChart';
import { thisYear, yearOptions } from './InterviewTable';
import { appToday } from '../../today';
import { citationText } from '../../citations';
import { DownloadButton } from '../../components/DownloadButton';

const KIND_ORDER = ['prevention', 'inquiry', 'admonition', 'accountability'];
const COLORS = ['#1677ff', '#faad14', '#fa8c16', '#cf1322'];
const PAGE = 8;
/** A list longer than a page pages, in the card's small style; a shorter one shows whole. */
const pagedOver = (n: number) => (n > PAGE ? { pageSize: PAGE, size: 'small' as const, simple: true, showSizeChanger: false } : false);
const STATUS: Record<string, { color: string; label: string }> = { done: { color: 'success', label: '已完成' }, overdue: { color: 'error', label: '已逾期' }, due_soon: { color: 'warning', label: '即将到期' }, open: { color: 'default', label: '待办' } };

/**
 * 督导检查 (六（二）): interviews by kind, month and department; campaigns done against the rule; the year's plans and
 * statistics tables not filed, and apart from them the unfinished ones of earlier years, each with its year.
 */
export function SupervisionTab() {
  const [year, setYear] = useState(thisYear());
  const today = appToday().format('YYYY-MM-DD');
  const { data: d, error } = useApi(() => call(api.GET('/api/interviews/dashboard', { params: { query: { year } } })), [year]);
  if (error) return <Alert type="error" message={error} />;
  const label = (k: string) => d?.byKind.find((x) => x.kind === k)?.label ?? k;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap>
        <Select value={year} onChange={setYear} options={yearOptions()} style={{ width: 110 }} />
        <DownloadButton href={`/api/interviews/ledger.xlsx?year=${year}`} testId="ledger-download" label="导出约谈常态化工作台账" format="Excel" />
        <DownloadButton href={`/api/interviews/statistics.xlsx?year=${year}`} label="导出约谈情况统计表" format="Excel" />
      </Space>
      {d && (
        <>
          <Row gutter={[12, 12]}>
            {d.byKind.map((k) => (
              <Col xs={12} sm={8} lg={4} key={k.kind}>
                <Card size="small">
                  <Statistic title={`${k.label}（人次）`} value={k.persons} />
                </Card>
              </Col>
            ))}
            <Col xs={12} sm={8} lg={4}>
              <Card size="small">
                <Statistic title="集中约谈（已完成/应完成）" value={d.campaigns.done} suffix={`/ ${d.campaigns.required}`} valueStyle={{ color: d.campaigns.done >= d.campaigns.required ? '#389e0d' : undefined }} />
              </Card>
            </Col>
            <Col xs={12} sm={8} lg={4}>
              <Card size="small">
                <Statistic title="谈话函询（已答复/已发）" value={d.inquiries.replied} suffix={`/ ${d.inquiries.sent}`} />
                {d.inquiries.overdue > 0 && <Typography.Text type="danger">{d.inquiries.overdue} 件逾期未答复</Typography.Text>}
              </Card>
            </Col>
          </Row>
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={14}>
              <Card size="small" title="按月份">
                <Chart
                  testId="interviews-by-month"
                  height={280}
                  spec={{
                    kind: 'bar',
                    stacked: true,
                    categories: d.byMonth.map((m) => `${m.month}月`),
                    series: KIND_ORDER.map((k, i) => ({ name: label(k), color: COLORS[i]!, values: d.byMonth.map((m) => m.counts[k] ?? 0) })),
                  }}
                />
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card size="small" title={`集中约谈（每年不少于 ${d.campaigns.required} 次，${citationText(d.campaigns.citation ?? '')}）`}>
                <List
                  size="small"
                  dataSource={d.campaigns.duties}
                  renderItem={(c) => (
                    <List.Item>
                      <Space>
                        {c.title}
                        <Typography.Text type="secondary">应于 {c.dueDate} 前完成</Typography.Text>
                        <Tag color={STATUS[c.status]?.color}>{STATUS[c.status]?.label ?? c.status}{c.doneDate ? ` ${c.doneDate}` : ''}</Tag>
                      </Space>
                    </List.Item>
                  )}
                />
                <Typography.Title level={5} style={{ marginTop: 8 }} data-testid="late-title">
                  {year} 年逾期未报的计划和统计表（{d.late.length} 项，{d.lateDepartments} 个部门）
                </Typography.Title>
                {d.lateAsOf !== today && <Typography.Text type="secondary">截至 {d.lateAsOf}（该年度应办事项的结转期最后一天）</Typography.Text>}
                <List
                  size="small"
                  data-testid="late-list"
                  dataSource={d.late}
                  pagination={pagedOver(d.late.length)}
                  locale={{ emptyText: '各部门均已按时报送' }}
                  renderItem={(l) => (
                    <List.Item>
                      <div>
                        <Typography.Text type="danger">{l.title}</Typography.Text>
                        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>（{l.dueDate} 前）</Typography.Text>
                      </div>
                    </List.Item>
                  )}
                />
                {d.carriedOver.length > 0 && (
                  <>
                    <Typography.Title level={5} style={{ marginTop: 8 }} data-testid="carried-title">
                      往年至今未完成（{d.carriedOver.length} 项，不计入 {year} 年）
                    </Typography.Title>
                    <List
                      size="small"
                      data-testid="carried-list"
                      dataSource={d.carriedOver}
                      pagination={pagedOver(d.carriedOver.length)}
                      renderItem={(l) => (
                        <List.Item>
                          <div>
                            <Tag>{l.year} 年度</Tag>
                            <Typography.Text type="danger">{l.title}</Typography.Text>
                            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>（{l.dueDate} 前）</Typography.Text>
                          </div>
                        </List.Item>
                      )}
                    />
                  </>
                )}
              </Card>
            </Col>
          </Row>
          <Card size="small" title="按部门（被约谈人所在部门）">
            <Chart
              testId="interviews-by-department"
              height={Math.max(220, d.byDepartment.length * 26)}
              spec={{
                kind: 'bar',
                horizontal: true,
                stacked: true,
                categories: d.byDepartment.map((x) => x.departmentName),
                series: KIND_ORDER.map((k, i) => ({ name: label(k), color: COLORS[i]!, values: d.byDepartment.map((x) => x.counts[k] ?? 0) })),
              }}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
