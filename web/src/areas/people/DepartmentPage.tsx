import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { DepartmentDetail, PersonRow } from '../../api/types';
import { useApi } from '../../components/useApi';
import { FLAG_LABELS } from '../../labels';
import { useAuth } from '../../auth';
import { DepartmentModal, EndOversightModal, OversightModal, PostModal } from './DepartmentEditors';
import { term } from '../../vocabulary';
import { PageHeader } from '../../components/PageHeader';
import { DownloadButton } from '../../components/DownloadButton';

type PostRow = DepartmentDetail['posts'][number];

export function DepartmentPage() {
  const id = Number(useParams().id);
  const { can } = useAuth();
  const writer = can('roster.write');
  const [modal, setModal] = useState<'dept' | 'post' | 'oversight' | null>(null);
  const [ending, setEnding] = useState<{ id: number; leaderName: string } | null>(null);
  const { data: d, error, reload } = useApi(() => call(api.GET('/api/departments/{id}', { params: { path: { id } } })), [id]);
  const staff = useApi(() => call(api.GET('/api/persons', { params: { query: { departmentId: id, pageSize: 200, masked: 'true' } } })), [id]);
  if (error) return <Alert type="error" message={error} />;
  if (!d) return <Card loading />;
  const current = d.oversights.filter((o) => !o.endDate);
  const done = () => {
    setModal(null);
    setEnding(null);
    reload();
  };
  return (
    <div>
      <PageHeader
        crumbs={[{ title: '部门', to: '/departments' }]}
        title={d.name}
        tags={!d.active && <Tag>已撤销</Tag>}
        actions={writer && (
          <>
            <Button onClick={() => setModal('dept')}>编辑部门</Button>
            <Button onClick={() => setModal('post')}>新增职位</Button>
            {d.code !== 'yld' && <Button onClick={() => setModal('oversight')}>设置分管院领导</Button>}
            <DownloadButton href={`/api/lrmx/export.zip?departmentId=${d.id}`} label="导出任免审批表" format="zip" />
          </>
        )}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={3}>
          <Descriptions.Item label="类别">{term('departmentKind', d.kind)}</Descriptions.Item>
          <Descriptions.Item label="编码">{d.code}</Descriptions.Item>
          <Descriptions.Item label="分管（联系）院领导">
            {current.length ? (
              current.map((o) => (
                <span key={o.id} style={{ marginRight: 12 }}>
                  <Link to={`/people/${o.leaderPersonId}`}>{o.leaderName}</Link>（{o.startDate} 起）
                  {writer && (
                    <Button type="link" size="small" onClick={() => setEnding({ id: o.id, leaderName: o.leaderName })}>
                      结束
                    </Button>
                  )}
                </span>
              ))
            ) : (
              <Tag color="orange">未设置</Tag>
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title="职位及在任人员" style={{ marginBottom: 16 }}>
        <Table<PostRow>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={d.posts.filter((p) => p.rank !== 'staff')}
          columns={[
            { title: '职务', dataIndex: 'title' },
            { title: '职级', dataIndex: 'rank', render: (v) => term('rank', v) },
            {
              title: '标识',
              key: 'flags',
              render: (_, p) => (
                <Space size={2} wrap>
                  {p.isHead && <Tag color="purple">{FLAG_LABELS.head}</Tag>}
                  {p.isKeyPost && <Tag color="purple">{FLAG_LABELS.key_post}</Tag>}
                  {p.isHighRiskPost && <Tag color="red">{FLAG_LABELS.high_risk_post}</Tag>}
                  {p.isDualRole && <Tag>{FLAG_LABELS.dual_role}</Tag>}
                </Space>
              ),
            },
            {
              title: '在任人员',
              key: 'holders',
              render: (_, p) => (p.holders.length ? p.holders.map((h) => <span key={h.tenureId} style={{ marginRight: 8 }}><Link to={`/people/${h.personId}`}>{h.name}</Link>（{h.startDate} 起）</span>) : <Tag color="orange">空缺</Tag>),
            },
          ]}
        />
      </Card>
      <Card size="small" title={`本部门人员（${staff.data?.total ?? 0} 人）`}>
        <Table<PersonRow>
          rowKey="id"
          size="small"
          loading={staff.loading}
          dataSource={staff.data?.items ?? []}
          pagination={{ pageSize: 15 }}
          columns={[
            { title: '工号', dataIndex: 'staffNo' },
            { title: '姓名', dataIndex: 'name', render: (v, p) => <Link to={`/people/${p.id}`}>{v}</Link> },
            { title: '职务', key: 'post', render: (_, p) => p.currentPosts.filter((c) => c.departmentId === id).map((c) => c.title).join('、') },
            { title: '在本部门年限', key: 'yd', render: (_, p) => `${p.currentPosts.find((c) => c.departmentId === id)?.yearsInDepartment ?? '—'} 年` },
          ]}
        />
      </Card>
      <DepartmentModal open={modal === 'dept'} onClose={() => setModal(null)} onDone={done} dept={{ id: d.id, code: d.code, name: d.name, kind: d.kind as never, sortOrder: d.sortOrder, active: d.active }} />
      <PostModal open={modal === 'post'} onClose={() => setModal(null)} onDone={done} departmentId={d.id} />
      <OversightModal open={modal === 'oversight'} onClose={() => setModal(null)} onDone={done} departmentId={d.id} />
      <EndOversightModal oversight={ending} onClose={() => setEnding(null)} onDone={done} />
    </div>
  );
}
