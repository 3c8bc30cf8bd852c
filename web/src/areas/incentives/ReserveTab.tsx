import { useEffect, useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { type Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { Link, useSearchParams } from 'react-router-dom';
import { api, call, errorText } from '../../api/client';
import { useApi } from '../../components/useApi';
import { submitForm } from '../../components/submitForm';
import { PersonPicker } from '../../components/PersonPicker';
import { citationText } from '../../citations';
import { CardTable } from '../../components/CardTable';

type Nomination = NonNullable<Awaited<ReturnType<typeof load>>>[number];
const load = () => call(api.GET('/api/reserve', { params: { query: {} } }));
const STATUS_COLORS: Record<string, string> = { nominated: 'processing', approved: 'green', rejected: 'default', removed: 'default' };

/** 后备干部 (第4条、第5条): the pool, nominations with their review, vetoes shown before nominating. */
export function ReserveTab() {
  const { message } = App.useApp();
  const { data, loading, reload } = useApi(load, []);
  const { data: rules } = useApi(() => call(api.GET('/api/reserve/rules')), []);
  // 待我办理 links to the nominations waiting for review (?status=nominated).
  const [params] = useSearchParams();
  const [status, setStatus] = useState<string>(params.get('status') ?? 'approved');
  const [nominating, setNominating] = useState(false);
  const [finding, setFinding] = useState(false);
  const [acting, setActing] = useState<{ n: Nomination; action: 'approve' | 'reject' | 'remove' } | null>(null);
  const [form] = Form.useForm<{ personId: number; targetRank: string; reasons: string }>();
  const [findingForm] = Form.useForm<{ personId: number; kind: string; on: Dayjs; detail: string }>();
  const [actForm] = Form.useForm<{ text: string }>();
  const personId = Form.useWatch('personId', form);
  const [check, setCheck] = useState<{ blockers: { reason: string; article: string | null }[]; excellent: number; commendations: number } | null>(null);
  useEffect(() => {
    setCheck(null);
    if (personId) call(api.GET('/api/reserve/check', { params: { query: { personId } } })).then(setCheck).catch((e) => message.error(errorText(e)));
  }, [personId, message]);
  const rows = (data ?? []).filter((n) => status === 'all' || n.status === status);
  const counts = (s: string) => (data ?? []).filter((n) => n.status === s).length;
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Radio.Group
          optionType="button"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          options={[{ value: 'approved', label: `在库（${counts('approved')}）` }, { value: 'nominated', label: `待审核（${counts('nominated')}）` }, { value: 'rejected', label: '未通过' }, { value: 'removed', label: '已退出' }, { value: 'all', label: '全部' }]}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setNominating(true)}>
          推荐后备干部
        </Button>
        <Button onClick={() => setFinding(true)}>登记否决情形</Button>
      </Space>
      <CardTable
        layout={{ title: 'name', tags: ['targetRankLabel'], actions: ['状态'], testId: 'reserve-card' }}
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '没有记录' }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90, render: (v, n) => <Link to={`/people/${n.personId}`}>{v}</Link> },
          { title: '现任职务', width: 230, render: (_, n) => `${n.departmentName ?? ''}${n.title ?? ''}` },
          { title: '拟任', dataIndex: 'targetRankLabel', width: 110 },
          { title: '近年考核优秀 / 表彰', width: 150, render: (_, n) => (n.excellent || n.commendations ? <Space size={4}>{n.excellent > 0 && <Tag color="gold">优秀 {n.excellent} 次</Tag>}{n.commendations > 0 && <Tag color="red">表彰 {n.commendations} 次</Tag>}</Space> : '—') },
          { title: '推荐理由', dataIndex: 'reasons', ellipsis: true },
          { title: '推荐日期', dataIndex: 'nominatedOn', width: 110 },
          {
            title: '状态',
            width: 220,
            render: (_, n) => (
              <Space direction="vertical" size={0}>
                <Tag color={STATUS_COLORS[n.status]}>{n.statusLabel}</Tag>
                {n.blockers.map((b) => (
                  <Typography.Text key={b.reason} type="danger">{b.reason}（{citationText(b.article ?? '')}）</Typography.Text>
                ))}
              </Space>
            ),
          },
          {
            title: '',
            width: 150,
            render: (_, n) => (
              <Space>
                {n.status === 'nominated' && <Button size="small" type="primary" onClick={() => setActing({ n, action: 'approve' })}>入库</Button>}
                {n.status === 'nominated' && <Button size="small" onClick={() => setActing({ n, action: 'reject' })}>不通过</Button>}
                {n.status === 'approved' && <Button size="small" onClick={() => setActing({ n, action: 'remove' })}>退出</Button>}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        title="推荐后备干部"
        open={nominating}
        onCancel={() => setNominating(false)}
        destroyOnHidden
        okButtonProps={{ disabled: !!check?.blockers.length }}
        onOk={() => submitForm(form, message, (v) => call(api.POST('/api/reserve/nominations', { body: v })), '已推荐，待审核', () => (setNominating(false), setStatus('nominated'), reload()))}
      >
        <Form form={form} layout="vertical" initialValues={{ targetRank: 'middle_deputy' }}>
          <Form.Item name="personId" label="推荐人选" rules={[{ required: true, message: '请选择人选' }]}>
            <PersonPicker />
          </Form.Item>
          {check && (check.blockers.length ? (
            <Alert type="error" showIcon style={{ marginBottom: 12 }} message="不能推荐" description={check.blockers.map((b) => `${b.reason}（${citationText(b.article ?? '')}）`).join('；')} />
          ) : (
            <Alert type="success" showIcon style={{ marginBottom: 12 }} message={`无否决情形；近年年度考核优秀 ${check.excellent} 次，受表彰 ${check.commendations} 次`} />
          ))}
          <Form.Item name="targetRank" label="拟任职级">
            <Radio.Group options={(rules?.targetRanks ?? []).map((r) => ({ value: r.key, label: r.label }))} />
          </Form.Item>
          <Form.Item name="reasons" label="推荐理由" rules={[{ required: true, min: 10, message: '请写明推荐理由（不少于 10 个字）' }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title={`登记否决情形（${citationText(rules?.findingsCitation ?? '')}）`}
        open={finding}
        onCancel={() => setFinding(false)}
        destroyOnHidden
        onOk={() => submitForm(findingForm, message, (v) => call(api.POST('/api/reserve/findings', { body: { ...v, on: v.on.format('YYYY-MM-DD') } })), '已登记', () => (setFinding(false), reload()))}
      >
        <Form form={findingForm} layout="vertical" initialValues={{ kind: 'integrity_zero_tolerance', on: appToday() }}>
          <Form.Item name="personId" label="人员" rules={[{ required: true, message: '请选择人员' }]}>
            <PersonPicker />
          </Form.Item>
          <Form.Item name="kind" label="情形">
            <Select options={(rules?.findings ?? []).map((r) => ({ value: r.key, label: r.label }))} />
          </Form.Item>
          <Form.Item name="on" label="认定日期" rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="detail" label="具体情况" rules={[{ required: true, min: 5, message: '请写明具体情况' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title={acting ? `${acting.action === 'approve' ? '入库' : acting.action === 'reject' ? '不通过' : '退出后备干部库'}：${acting.n.name}` : ''}
        open={!!acting}
        onCancel={() => setActing(null)}
        destroyOnHidden
        onOk={() =>
          submitForm(
            actForm,
            message,
            (v) => call(api.POST('/api/reserve/nominations/{id}/actions', { params: { path: { id: acting!.n.id } }, body: acting!.action === 'remove' ? { action: 'remove', reason: v.text } : { action: acting!.action as 'approve', note: v.text } })),
            '已办理',
            () => (setActing(null), reload()),
          )
        }
      >
        <Form form={actForm} layout="vertical" initialValues={{ text: acting?.action === 'approve' ? '经党委会研究，同意纳入后备干部管理' : '' }}>
          <Form.Item name="text" label={acting?.action === 'remove' ? '退出理由' : '审核意见'} rules={[{ required: true, min: acting?.action === 'approve' ? 2 : 5, message: '请填写' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
