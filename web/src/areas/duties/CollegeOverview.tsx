import { Grid } from 'antd';
import { LightAlert } from '../../components/light/LightAlert';
import { LightSkeleton } from '../../components/light/LightLoading';
import { LightStatistic } from '../../components/light/LightStatistic';
import { Text } from '../../components/light/Text';
import { Link } from 'react-router-dom';
import { useAuth } from '../../auth';
import { useEffect } from 'react';
import { useApi } from '../../components/useApi';
import { overviewSummary } from './overviewSummary';
import { Chart, preloadCharts } from '../../components/LazyChart';
import { LightCard } from '../../components/light/LightCard';
import { LightTable } from '../../components/light/LightTable';
import type { CSSProperties, ReactNode } from 'react';

/** antd's Row with a 16 px gutter: columns side by side, wrapping, with 8 px either side of each. */
const Row = ({ children }: { children: ReactNode }) => <div style={{ display: 'flex', flexWrap: 'wrap', marginInline: -8, marginBottom: 16, minWidth: 0 }}>{children}</div>;
/** antd's Col: `span` of 24 columns. */
const colStyle = (span: number): CSSProperties => ({ position: 'relative', flex: `0 0 ${(span / 24) * 100}%`, maxWidth: `${(span / 24) * 100}%`, paddingInline: 8, minHeight: 1, boxSizing: 'border-box' });

/**
 * The numbers and charts of the duties in the caller's data scope: the whole college (organization and discipline
 * offices, the secretary and the president), or the departments a leader oversees or a department head heads — then
 * only those departments, each listed, and no 领导班子 count (the leadership sits in none of them).
 */
export function CollegeOverview() {
  const { me } = useAuth();
  const { data, error } = useApi(overviewSummary, []);
  const screen = Grid.useBreakpoint();
  useEffect(preloadCharts, []);
  if (error) return <LightAlert type="error" message={error} />;
  if (!data)
    return (
      <LightCard>
        <LightSkeleton />
      </LightCard>
    );
  // The spans antd's Col had: the numbers six to a row on a wide screen, three on a tablet, two on a phone; the two
  // charts side by side (2 : 1) on a wide screen, one under the other below it.
  const numberSpan = screen.xl ? 4 : screen.md ? 8 : 12;
  const [wide, narrow] = screen.xl ? [16, 8] : [24, 24];
  const k = data.keyNumbers;
  const top = data.byDepartment.slice(0, 12);
  // A leader's departments are those they oversee; a department head's, their own.
  const depts = !data.scoped ? '' : me?.roles.some((r) => r.role === 'leader' || r.role === 'principal') ? '分管部门' : '本部门';
  const numbers: [string, number, string][] = data.scoped
    ? [
        [`${depts}在职人员`, k.persons, '人'],
        [`${depts}中层干部`, k.middleCadres, '人'],
        // A department head's one department needs no count.
        ...(depts === '本部门' && k.departments === 1 ? [] : [[`${depts}（单位）`, k.departments, '个'] as [string, number, string]]),
        ['逾期事项', data.totals.overdue, '项'],
        ['即将到期', data.totals.due_soon, '项'],
      ]
    : [
        ['在职人员', k.persons, '人'],
        ['领导班子', k.leadership, '人'],
        ['中层干部', k.middleCadres, '人'],
        ['部门（单位）', k.departments, '个'],
        ['逾期事项', data.totals.overdue, '项'],
        ['即将到期', data.totals.due_soon, '项'],
      ];
  return (
    <>
      <Row>
        {numbers.map(([t, v, s]) => (
          <div key={t} style={colStyle(numberSpan)} data-testid="overview-number">
            <LightCard>
              <LightStatistic title={t} value={v} suffix={s} valueStyle={t === '逾期事项' && v > 0 ? { color: '#cf1322' } : undefined} />
            </LightCard>
          </div>
        ))}
      </Row>
      <Row>
        <div style={colStyle(wide)}>
          <LightCard title={data.scoped ? `${depts}应办事项` : '各部门应办事项（按逾期数排序）'} extra={<Link to="/duties">全部应办事项</Link>} testId="overview-departments">
            {data.scoped ? (
              <LightTable
                size="small"
                rowKey={(d) => d.departmentId}
                pagination={false}
                rows={data.byDepartment}
                rowTestId="overview-department"
                style={{ whiteSpace: 'nowrap' }}
                columns={[
                  { key: 'name', title: '部门', render: (d) => <Link to={`/departments/${d.departmentId}`}>{d.name}</Link> },
                  { key: 'overdue', title: '已逾期', align: 'right', render: (d) => <Text type={d.overdue ? 'danger' : undefined}>{d.overdue}</Text> },
                  { key: 'due_soon', title: '即将到期', align: 'right', render: (d) => d.due_soon },
                  { key: 'open', title: '待办', align: 'right', render: (d) => d.open },
                  { key: 'done', title: '已完成', align: 'right', render: (d) => d.done },
                ]}
              />
            ) : top.length ? (
              <Chart
                testId="chart-by-department"
                spec={{
                  kind: 'bar',
                  stacked: true,
                  maxBarWidth: 48,
                  categories: top.map((d) => d.name),
                  series: [
                    { name: '已逾期', values: top.map((d) => d.overdue), color: '#cf1322' },
                    { name: '即将到期', values: top.map((d) => d.due_soon), color: '#fa8c16' },
                    { name: '待办', values: top.map((d) => d.open), color: '#1677ff' },
                  ],
                }}
              />
            ) : (
              <Text type="secondary">暂无应办事项</Text>
            )}
          </LightCard>
        </div>
        <div style={colStyle(narrow)}>
          <LightCard title="应办事项状态与类别">
            <Chart
              testId="chart-by-status"
              spec={{
                kind: 'doughnut',
                unit: ' 项',
                slices: [
                  { name: '已逾期', value: data.totals.overdue, color: '#cf1322' },
                  { name: '即将到期', value: data.totals.due_soon, color: '#fa8c16' },
                  { name: '待办', value: data.totals.open, color: '#1677ff' },
                  { name: '已完成', value: data.totals.done, color: '#52c41a' },
                  { name: '已免办', value: data.totals.waived, color: '#bfbfbf' },
                ],
              }}
            />
            <LightTable
              size="small"
              rowKey={(k) => k.kind}
              pagination={false}
              rows={data.byKind}
              columns={[
                { key: 'label', title: '类别', render: (k) => k.label },
                { key: 'overdue', title: '已逾期', align: 'right', render: (k) => <Text type={k.overdue ? 'danger' : undefined}>{k.overdue}</Text> },
                { key: 'due_soon', title: '即将到期', align: 'right', render: (k) => k.due_soon },
                { key: 'total', title: '合计', align: 'right', render: (k) => k.total },
              ]}
            />
          </LightCard>
        </div>
      </Row>
    </>
  );
}
