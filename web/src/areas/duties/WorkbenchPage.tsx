import { Alert, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api, call } from '../../api/client';
import { useAuth } from '../../auth';
import { useApi } from '../../components/useApi';
import { DutyTable } from '../../components/DutyTable';
import { Chart } from '../../components/LazyChart';
import { citationText } from '../../citations';
import { PageHeader } from '../../components/PageHeader';

function CollegeOverview() {
  const { data, error } = useApi(() => call(api.GET('/api/duties/summary')), []);
  if (error) return <Alert type="error" message={error} />;
  if (!data) return <Card loading />;
  const k = data.keyNumbers;
  const top = data.byDepartment.slice(0, 12);
  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {[
          ['在职人员', k.persons, '人'],
          ['领导班子', k.leadership, '人'],
          ['中层干部', k.middleCadres, '人'],
          ['部门（单位）', k.departments, '个'],
          ['逾期事项', data.totals.overdue, '项'],
          ['即将到期', data.totals.due_soon, '项'],
        ].map(([t, v, s]) => (
          <Col key={t as string} xs={12} md={8} xl={4}>
            <Card size="small">
              <Statistic title={t} value={v as number} suffix={s} valueStyle={t === '逾期事项' && (v as number) > 0 ? { color: '#cf1322' } : undefined} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={16}>
          <Card size="small" title="各部门应办事项（按逾期数排序）" extra={<Link to="/duties">全部应办事项</Link>}>
            {top.length ? (
              <Chart
                testId="chart-by-department"
                option={{
                  tooltip: { trigger: 'axis' },
                  legend: { data: ['已逾期', '即将到期', '待办'], top: 0 },
                  grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
                  xAxis: { type: 'category', data: top.map((d) => d.name), axisLabel: { interval: 0, rotate: 30 } },
                  yAxis: { type: 'value', minInterval: 1 },
                  series: [
                    { name: '已逾期', type: 'bar', stack: 's', barMaxWidth: 48, data: top.map((d) => d.overdue), itemStyle: { color: '#cf1322' } },
                    { name: '即将到期', type: 'bar', stack: 's', data: top.map((d) => d.due_soon), itemStyle: { color: '#fa8c16' } },
                    { name: '待办', type: 'bar', stack: 's', data: top.map((d) => d.open), itemStyle: { color: '#1677ff' } },
                  ],
                }}
              />
            ) : (
              <Typography.Text type="secondary">暂无应办事项</Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title="应办事项状态与类别">
            <Chart
              testId="chart-by-status"
              option={{
                tooltip: { trigger: 'item', formatter: '{b}：{c} 项（{d}%）' },
                legend: { bottom: 0 },
                series: [
                  {
                    type: 'pie',
                    radius: ['38%', '62%'],
                    center: ['50%', '44%'],
                    label: { show: false },
                    data: [
                      { name: '已逾期', value: data.totals.overdue, itemStyle: { color: '#cf1322' } },
                      { name: '即将到期', value: data.totals.due_soon, itemStyle: { color: '#fa8c16' } },
                      { name: '待办', value: data.totals.open, itemStyle: { color: '#1677ff' } },
                      { name: '已完成', value: data.totals.done, itemStyle: { color: '#52c41a' } },
                      { name: '已免办', value: data.totals.waived, itemStyle: { color: '#bfbfbf' } },
                    ].filter((x) => x.value > 0),
                  },
                ],
              }}
            />
            <Table
              size="small"
              rowKey="kind"
              pagination={false}
              dataSource={data.byKind}
              columns={[
                { title: '类别', dataIndex: 'label' },
                { title: '已逾期', dataIndex: 'overdue', align: 'right', render: (v: number) => <Typography.Text type={v ? 'danger' : undefined}>{v}</Typography.Text> },
                { title: '即将到期', dataIndex: 'due_soon', align: 'right' },
                { title: '合计', dataIndex: 'total', align: 'right' },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}

/** How many unread notices the workbench shows as banners. */
const SHOWN_NOTICES = 3;

export function WorkbenchPage() {
  const { can, me } = useAuth();
  const mine = useApi(() => call(api.GET('/api/duties/mine', { params: { query: { pageSize: 500 } } })), []);
  const notices = useApi(() => call(api.GET('/api/notifications')), []);
  const unread = (notices.data?.items ?? []).filter((n) => !n.read);
  return (
    <div>
      <PageHeader title="工作台" />
      {/* The newest unread notices (a daily digest each day would otherwise pile up); closing one marks it read. */}
      {unread.slice(0, SHOWN_NOTICES).map((n) => (
        <Alert
          key={n.id}
          type="warning"
          showIcon
          closable
          onClose={() => void call(api.POST('/api/notifications/{id}/read', { params: { path: { id: n.id } } })).catch(() => undefined)}
          style={{ marginBottom: 12 }}
          message={n.title}
          description={<span style={{ whiteSpace: 'pre-line' }}>{`${n.body}${n.citation && !n.body.includes('依据') ? `（依据：${citationText(n.citation)}）` : ''}`}</span>}
          data-testid="workbench-reminder"
        />
      ))}
      {unread.length > SHOWN_NOTICES && (
        <Typography.Paragraph type="secondary" data-testid="more-notices">
          另有 {unread.length - SHOWN_NOTICES} 条未读提醒，点右上角铃铛查看。
        </Typography.Paragraph>
      )}
      {can('duty.dashboard') && <CollegeOverview />}
      <Card
        size="small"
        title={`我的待办（${me?.displayName}）`}
        data-testid="my-duties"
        extra={me?.personId ? <Link to={`/people/${me.personId}`}>我的档案</Link> : undefined}
      >
        {mine.error && <Alert type="error" message={mine.error} />}
        <DutyTable rows={mine.data?.items ?? []} loading={mine.loading} />
      </Card>
    </div>
  );
}
