import { useState } from 'react';
import { Alert, Button, Card, Input, Select, Space, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { GetResponse } from '../../api/types';
import { useAuth } from '../../auth';
import { useApi } from '../../components/useApi';
import { TALK_STATUS_LABELS } from '../../labels';
import { term, termOptions } from '../../vocabulary';
import { cited } from '../../rules';
import { RegisterOccasionModal, RequestTalkModal } from './OccasionModals';
import { appToday } from '../../today';
import { PageHeader } from '../../components/PageHeader';
import { DownloadButton, hrefWith } from '../../components/DownloadButton';
import { CardTable } from '../../components/CardTable';

type Row = GetResponse<'/api/talks'>['items'][number];
const names = (ps: { name: string }[]) => ps.map((p) => p.name).join('、');

export function TalksPage() {
  const { can, me } = useAuth();
  const nav = useNavigate();
  const thisYear = appToday().year();
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const [year, setYear] = useState(thisYear);
  const [kind, setKind] = useState<string | undefined>();
  const [subject, setSubject] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [modal, setModal] = useState<'request' | 'occasion' | null>(null);
  const list = useApi(() => call(api.GET('/api/talks', { params: { query: { scope, year, kind: kind as never, subject, page, pageSize: 20 } } })), [scope, year, kind, subject, page]);
  const seesAll = can('talk.assign') || me?.roles.some((r) => r.role === 'principal');
  return (
    <div>
      <PageHeader title="谈心谈话" />
      <Card size="small">
        <Space style={{ marginBottom: 8 }} wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => nav('/talks/new')}>
            记录谈话
          </Button>
          <Select value={year} onChange={(v) => { setYear(v); setPage(1); }} options={[thisYear, thisYear - 1].map((y) => ({ value: y, label: `${y} 年` }))} style={{ width: 110 }} />
          <Select allowClear placeholder="谈话种类" value={kind} onChange={(v) => { setKind(v); setPage(1); }} options={termOptions('talkKind')} style={{ width: 200 }} />
          <Input.Search allowClear placeholder="谈话对象姓名" style={{ width: 180 }} onSearch={(v) => { setSubject(v.trim() || undefined); setPage(1); }} data-testid="talks-search" />
          <DownloadButton href={hrefWith('/api/talks.xlsx', { scope, year, kind, subject })} label="导出谈话记录" format="Excel" />
          {me?.personId && <Button onClick={() => setModal('request')}>申请谈心谈话</Button>}
          {can('talk.assign') && <Button onClick={() => setModal('occasion')}>登记谈话情形</Button>}
          {can('talk.assign') && <Link to="/talks/assignments">{`指定谈话人${cited('talks.responsibility', '特殊情况，')}`}</Link>}
        </Space>
        {seesAll && (
          <Tabs activeKey={scope} onChange={(k) => { setScope(k as 'mine' | 'all'); setPage(1); }} items={[{ key: 'mine', label: '与我有关的谈话' }, { key: 'all', label: '全院谈话' }]} />
        )}
        {list.error && <Alert type="error" message={list.error} />}
        <CardTable<Row>
          layout={{ title: 'subjects', href: (t: Row) => `/talks/${t.id}`, tags: ['status', 'kind'], hide: ['place'], testId: 'talk-card' }}
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, showSizeChanger: false, showTotal: (t) => `共 ${t} 次`, onChange: setPage }}
          locale={{ emptyText: '暂无谈话记录' }}
          columns={[
            { title: '日期', dataIndex: 'talkDate', width: 110, render: (v, t) => <Link to={`/talks/${t.id}`}>{v}</Link> },
            { title: '种类', dataIndex: 'kind', width: 170, render: (v) => term('talkKind', v) },
            { title: '方式', dataIndex: 'form', width: 80, render: (v) => term('talkForm', v) },
            { title: '谈话人', key: 'talkers', render: (_, t) => names(t.talkers) },
            { title: '谈话对象', key: 'subjects', render: (_, t) => names(t.subjects) },
            { title: '地点', dataIndex: 'place', width: 180, render: (v) => v ?? '—' },
            { title: '状态', dataIndex: 'status', width: 80, render: (v) => <Tag color={v === 'held' ? 'green' : v === 'scheduled' ? 'blue' : 'default'}>{TALK_STATUS_LABELS[v]}</Tag> },
          ]}
        />
      </Card>
      <RequestTalkModal open={modal === 'request'} onClose={() => setModal(null)} />
      <RegisterOccasionModal open={modal === 'occasion'} onClose={() => setModal(null)} />
    </div>
  );
}
