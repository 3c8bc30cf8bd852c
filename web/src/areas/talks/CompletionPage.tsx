import { useState } from 'react';
import { Form, Input, Modal, Radio } from 'antd';
import { submitForm } from '../../components/submitForm';
import { PersonPicker } from '../../components/PersonPicker';
import { Alert, App, Button, Card, Col, Grid, Popconfirm, Row, Select, Statistic, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call, errorText } from '../../api/client';
import type { GetResponse } from '../../api/types';
import { useApi } from '../../components/useApi';
import { Chart } from '../../components/LazyChart';
import { appToday } from '../../today';
import { chinaDateTime } from '../../dates';
import { citationText } from '../../citations';
import { cited, ruleList } from '../../rules';
import { term } from '../../vocabulary';
import { PageHeader } from '../../components/PageHeader';
import { DownloadButton } from '../../components/DownloadButton';
import { CompletionBar, completionColor } from './CompletionBar';
import { TalkersCard } from './TalkersCard';
import { TalkerDrawer } from './TalkerDrawer';

type Data = GetResponse<'/api/talks/completion'>;

/** The ways the organization department supervises talkers (提醒、批评教育), as the pack lists them. */
const supervisionWays = () => ruleList('talks.supervision').map((k) => term(null, k)).join('和') || '督促';

const supervisionTag = (kind: string) => <Tag color={kind === 'criticism' ? 'red' : 'orange'}>{term(null, kind)}</Tag>;

/**
 * 完成情况: how far the college is from the yearly counts its pack demands, per talker and per department. The
 * relationships, their counts and articles, and the ways of supervising come from the server (pack and vocabulary).
 */
export function CompletionPage() {
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().md ?? true;
  const thisYear = appToday().year();
  const [year, setYear] = useState(thisYear);
  const { data, error, reload } = useApi(() => call(api.GET('/api/talks/completion', { params: { query: { year } } })), [year]);
  const notes = useApi(() => call(api.GET('/api/talks/supervision-notes', { params: { query: { year } } })), [year]);
  const [noting, setNoting] = useState<{ label: string; personIds: number[] } | null>(null);
  // The talker open in the drawer lives in the address (?talker=), so a talker's page can be linked and reloaded.
  const [params, setParams] = useSearchParams();
  const talker = Number(params.get('talker')) || null;
  const openTalker = (id: number | null) => setParams((p) => { const n = new URLSearchParams(p); if (id) n.set('talker', String(id)); else n.delete('talker'); return n; });
  const superviseButton = (r: Data['byTalker'][number]) => (
    <Button size="small" style={wide ? undefined : { marginTop: 4 }} onClick={(e) => { e.stopPropagation(); noteForm.setFieldsValue({ talkerPersonId: r.personIds[0], kind: 'reminder', note: '' }); setNoting(r); }}>
      提醒/批评
    </Button>
  );
  const [talkerDept, setTalkerDept] = useState<number | undefined>();
  /** A row of 按谈话人 (集体): a person opens; a department's middle cadres filter the talkers to that department. */
  const openGroup = (r: Data['byTalker'][number]) => {
    if (r.key.startsWith('p') && r.personIds.length) openTalker(r.personIds[0]);
    else if (r.key.startsWith('d')) {
      setTalkerDept(Number(r.key.slice(1)) || undefined);
      document.querySelector('[data-testid="talkers-card"]')?.scrollIntoView({ behavior: 'smooth' });
    }
  };
  const [noteForm] = Form.useForm<{ talkerPersonId: number; kind: 'reminder' | 'criticism'; note: string }>();
  const saveNote = () =>
    submitForm(noteForm, message, (v) => call(api.POST('/api/talks/supervision-notes', { body: { ...v, year } })), '已记录', () => {
      setNoting(null);
      notes.reload();
    });
  const remind = async () => {
    try {
      const r = await call(api.POST('/api/talks/reminders', { body: { year } }));
      message.success(r.sent ? `已向 ${r.sent} 名谈话人发送提醒，列明各自尚未谈话的人员，并记入${supervisionWays()}记录${r.skipped ? `（${r.skipped} 人今日已提醒过）` : ''}` : '今日已提醒过，无新的提醒');
      reload();
      notes.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  if (error) return <Alert type="error" message={error} />;
  if (!data) return <Card loading />;
  const depts = data.byDepartment.filter((d) => d.total > 0);
  return (
    <div>
      <PageHeader
        title="谈心谈话完成情况"
        actions={
          <>
            <DownloadButton href={`/api/talks/completion.xlsx?year=${year}`} label="导出完成情况表" format="Excel" />
            {year === thisYear && (
              <Popconfirm title={`向每名尚未完成谈话的谈话人发送一条提醒，列明其尚未谈话的人员，并记入${supervisionWays()}记录？`} onConfirm={() => void remind()} okText="发送" cancelText="取消">
                <Button type="primary">提醒未完成的谈话人</Button>
              </Popconfirm>
            )}
          </>
        }
        description={<>按制度确定的谈话责任{cited('talks.responsibility')}和各谈话关系每年应谈的次数（见“按谈话责任”），统计截至 {data.asOf} 的完成情况；集体谈对在场的每名对象均计一次。党委组织部对开展不到位的谈话人及时{supervisionWays()}{cited('talks.supervision')}。</>}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16} align="middle">
          <Col>
            <Select value={year} onChange={setYear} options={[thisYear, thisYear - 1].map((y) => ({ value: y, label: `${y} 年` }))} style={{ width: 110 }} />
          </Col>
          <Col>
            <Statistic title="完成率" value={data.total.percent} suffix="%" valueStyle={{ color: data.total.percent < 80 ? '#cf1322' : '#389e0d' }} data-testid="completion-percent" />
          </Col>
          <Col>
            <Statistic title="应谈次数" value={data.total.required} />
          </Col>
          <Col>
            <Statistic title="已谈次数" value={data.total.held} />
          </Col>
          <Col>
            <Statistic title="未完成的谈话关系" value={data.total.behind} />
          </Col>
          <Col>
            <Statistic title="未明确谈话人" value={data.missingResponsibility} valueStyle={data.missingResponsibility ? { color: '#cf1322' } : undefined} />
          </Col>
        </Row>
        {data.missingResponsibility > 0 && (
          <Alert style={{ marginTop: 12 }} type="warning" showIcon message={<>有 {data.missingResponsibility} 名干部职工没有明确的谈话责任人{cited('talks.responsibility')}，请 <Link to="/talks/assignments">指定谈话人</Link>。</>} />
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card size="small" title="各部门完成率（由低到高）" style={{ marginBottom: 16 }}>
            <Chart
              testId="chart-completion-by-department"
              height={Math.max(300, depts.length * 22)}
              spec={{
                kind: 'bar',
                horizontal: true,
                max: 100,
                unit: '%',
                valueLabels: true,
                maxBarWidth: 16,
                categories: depts.map((d) => d.name),
                series: [{ values: depts.map((d) => d.percent), color: depts.map((d) => completionColor(d.percent)) }],
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={`按谈话责任${cited('talks.responsibility')}`} style={{ marginBottom: 16 }}>
            <Table
              rowKey="relation"
              size="small"
              pagination={false}
              dataSource={data.byRelation}
              columns={[
                {
                  title: '谈话关系',
                  dataIndex: 'relation',
                  render: (v: string, r) => (
                    <>
                      {term(null, v)}
                      <div>
                        {r.perYear !== null && <Typography.Text type="secondary" style={{ marginRight: 8 }}>每年不少于 {r.perYear} 次</Typography.Text>}
                        {r.citation && <Tag color="geekblue">{citationText(r.citation)}</Tag>}
                      </div>
                    </>
                  ),
                },
                { title: '完成', key: 'p', width: 150, render: (_, r) => <CompletionBar percent={r.percent} /> },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <TalkersCard year={year} departmentId={talkerDept} onDepartment={setTalkerDept} onOpen={openTalker} />
      <Card size="small" title="按谈话责任方（部门中层干部集体或个人，未完成多的在前）" data-testid="talker-groups">
        <Table<Data['byTalker'][number]>
          rowKey="key"
          size="small"
          dataSource={data.byTalker}
          pagination={{ pageSize: 15, hideOnSinglePage: true }}
          onRow={(r) => ({ onClick: () => openGroup(r), style: { cursor: 'pointer' }, 'data-testid': 'talker-group-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: '谈话人',
              dataIndex: 'label',
              render: (v: string, r) => (
                <>
                  <Typography.Link>{v}</Typography.Link>
                  {r.key.startsWith('d') && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>点击查看其中每名中层干部</Typography.Text>}
                  {!wide && r.behind > 0 && r.personIds.length > 0 && superviseButton(r)}
                </>
              ),
            },
            { title: '谈话关系', dataIndex: 'total', align: 'right', responsive: ['md'] },
            { title: '应谈', dataIndex: 'required', align: 'right', responsive: ['md'] },
            { title: '已谈', dataIndex: 'held', align: 'right', responsive: ['md'] },
            { title: '未完成', dataIndex: 'behind', align: 'right', render: (v: number) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : 0) },
            { title: '完成率', dataIndex: 'percent', width: wide ? 180 : 110, render: (v: number) => <CompletionBar percent={v} testId="talker-group-percent" /> },
            {
              title: '督促',
              key: 'op',
              width: 110,
              responsive: ['md'],
              render: (_, r) => (r.behind > 0 && r.personIds.length > 0 ? superviseButton(r) : null),
            },
          ]}
        />
      </Card>
      <TalkerDrawer personId={talker} year={year} current={year === thisYear} onClose={() => openTalker(null)} />
      <Card size="small" title={`${supervisionWays()}记录${cited('talks.supervision')}`} style={{ marginTop: 16 }}>
        <Table
          rowKey="id"
          size="small"
          pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 条` }}
          loading={notes.loading}
          dataSource={notes.data ?? []}
          locale={{ emptyText: '本年度暂无记录' }}
          columns={[
            { title: '时间', dataIndex: 'createdAt', width: 170, responsive: ['md'], render: (v: string) => chinaDateTime(v, true) },
            { title: '谈话人', dataIndex: 'talker', width: 90 },
            { title: '方式', dataIndex: 'kind', width: 100, responsive: ['md'], render: (v: string) => supervisionTag(v) },
            {
              title: '情况',
              dataIndex: 'note',
              // On a phone the time and the way go under the note (their columns are hidden).
              render: (v: string, r) => (wide ? v : <>{v}<div style={{ marginTop: 4 }}>{supervisionTag(r.kind)}<Typography.Text type="secondary">{chinaDateTime(r.createdAt, true)}</Typography.Text></div></>),
            },
          ]}
        />
      </Card>
      <Modal title={`督促：${noting?.label ?? ''}`} open={!!noting} onOk={saveNote} onCancel={() => setNoting(null)} okText="记录" cancelText="取消" forceRender>
        <Form form={noteForm} layout="vertical">
          <Form.Item name="talkerPersonId" label="谈话人" rules={[{ required: true, message: '请选择谈话人' }]}>
            <PersonPicker />
          </Form.Item>
          <Form.Item name="kind" label="方式">
            <Radio.Group options={(ruleList('talks.supervision').length ? ruleList('talks.supervision') : ['reminder', 'criticism']).map((k) => ({ value: k, label: term(null, k) }))} />
          </Form.Item>
          <Form.Item name="note" label="情况" rules={[{ required: true, min: 4, message: '请写明具体情况' }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
