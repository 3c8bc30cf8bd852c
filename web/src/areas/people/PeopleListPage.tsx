import { useState } from 'react';
import { Alert, App, Button, Card, Input, Modal, Select, Space, Tag, Typography, Form } from 'antd';
import { CardTable } from '../../components/CardTable';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { ImportDrawer } from '../../components/ImportDrawer';
import { rosterImport } from './rosterImport';
import { LrmxImportDrawer } from './LrmxImportDrawer';
import { Link, useNavigate } from 'react-router-dom';
import { api, call } from '../../api/client';
import { submitForm } from '../../components/submitForm';
import type { PersonRow } from '../../api/types';
import { useAuth } from '../../auth';
import { useApi } from '../../components/useApi';
import { FLAG_LABELS, PERSON_STATUS_LABELS, options } from '../../labels';
import { PersonForm, toPersonBody, type PersonFormValues } from './PersonForm';
import { term, termOptions } from '../../vocabulary';
import { PageHeader } from '../../components/PageHeader';
import { DownloadButton } from '../../components/DownloadButton';

export function CurrentPosts({ p }: { p: PersonRow }) {
  if (!p.currentPosts.length) return <Typography.Text type="secondary">无现任职务</Typography.Text>;
  return (
    <Space direction="vertical" size={0}>
      {p.currentPosts.map((c) => (
        <span key={c.tenureId}>
          <Link to={`/departments/${c.departmentId}`}>{c.departmentName}</Link> {c.title}
          {c.rank !== 'staff' && <Tag style={{ marginLeft: 6 }}>{term('rank', c.rank)}</Tag>}
        </span>
      ))}
    </Space>
  );
}

export function PeopleListPage() {
  const { can } = useAuth();
  const { message } = App.useApp();
  const nav = useNavigate();
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<{ status?: string; departmentId?: number; rank?: string; flag?: string; page: number; pageSize: number }>({ status: 'active', page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [lrmx, setLrmx] = useState(false);
  const [form] = Form.useForm<PersonFormValues>();
  const depts = useApi(() => call(api.GET('/api/departments')), []);
  const list = useApi(
    () => call(api.GET('/api/persons', { params: { query: { q: q || undefined, ...filters, status: filters.status as never, rank: filters.rank as never, flag: filters.flag as never } } })),
    [q, filters],
  );
  const create = () => {
    let id = 0;
    return submitForm(form, message, async (v) => ({ id } = await call(api.POST('/api/persons', { body: toPersonBody(v) as never }))), '已新增人员', () => {
      setCreating(false);
      nav(`/people/${id}`);
    });
  };
  const set = (patch: Partial<typeof filters>) => setFilters((f) => ({ ...f, ...patch, page: 1 }));
  return (
    <div>
      <PageHeader
        title="人员"
        actions={can('roster.write') && (
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => { form.resetFields(); setCreating(true); }}>
              新增人员
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="roster-import">
              导入花名册
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setLrmx(true)} data-testid="lrmx-import">
              导入任免审批表
            </Button>
            <DownloadButton href="/api/roster/export.xlsx" label="导出花名册" format="Excel" />
          </>
        )}
      />
      <Card size="small">
        <Space style={{ marginBottom: 12 }} wrap>
          <Input.Search placeholder="姓名或工号" allowClear style={{ width: 200 }} onSearch={(v) => { setQ(v); set({}); }} data-testid="people-search" />
          <Select allowClear showSearch optionFilterProp="label" placeholder="部门" style={{ width: 220 }} options={(depts.data ?? []).map((d) => ({ value: d.id, label: d.name }))} onChange={(v) => set({ departmentId: v })} />
          {/* 在职 by default, so the total here is the workbench's 在职人员; cleared, it counts the retired and moved too. */}
          <Select allowClear placeholder="全部状态" style={{ width: 120 }} options={options(PERSON_STATUS_LABELS)} value={filters.status} onChange={(v) => set({ status: v })} data-testid="people-status" />
          <Select allowClear placeholder="职级" style={{ width: 150 }} options={termOptions('rank')} onChange={(v) => set({ rank: v })} />
          <Select allowClear placeholder="岗位标识" style={{ width: 200 }} options={options(FLAG_LABELS)} onChange={(v) => set({ flag: v })} />
        </Space>
        {list.error && <Alert type="error" message={list.error} />}
        <CardTable<PersonRow>
          layout={{ title: 'name', blocks: ['posts'], hide: ['birthDate'], testId: 'person-card' }}
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: list.data?.total ?? 0,
            showTotal: (t) => `共 ${t} 人${filters.status ? `（${PERSON_STATUS_LABELS[filters.status]}）` : '（含退休、调离）'}`,
            onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
          }}
          columns={[
            { title: '工号', dataIndex: 'staffNo', width: 110 },
            { title: '姓名', dataIndex: 'name', width: 100, render: (v, p) => <Link to={`/people/${p.id}`}>{v}</Link> },
            { title: '现任职务', key: 'posts', render: (_, p) => <CurrentPosts p={p} /> },
            { title: '任现职年限', key: 'yp', width: 110, render: (_, p) => (p.currentPosts[0] ? `${p.currentPosts[0].yearsInPost} 年` : '—') },
            { title: '本部门年限', key: 'yd', width: 110, render: (_, p) => (p.currentPosts[0] ? `${p.currentPosts[0].yearsInDepartment} 年` : '—') },
            { title: '出生日期', dataIndex: 'birthDate', width: 110 },
          ]}
        />
      </Card>
      <LrmxImportDrawer open={lrmx} onClose={() => (setLrmx(false), list.reload())} />
      <ImportDrawer
        title="导入花名册（Excel）"
        intro="按模板填写后上传：系统逐行校验身份证号（含校验位）、日期、部门、职级和重复，预览无误后再确认导入。再次导入同一工号的人员时更新其信息，不会重复新增；导入只新增任职，不免去其他职务。"
        endpoints={rosterImport}
        words={{ key: '工号', label: '姓名' }}
        changedOnly
        testId="roster"
        unit="人"
        open={importing}
        onClose={() => setImporting(false)}
        onImported={() => list.reload()}
      />
      <Modal title="新增人员" open={creating} onOk={create} onCancel={() => setCreating(false)} okText="保存" cancelText="取消" width={640} destroyOnHidden>
        <PersonForm form={form} />
      </Modal>
    </div>
  );
}
