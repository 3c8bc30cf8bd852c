import { useState } from 'react';
import { App, Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { type Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { Link } from 'react-router-dom';
import { api, call, errorText } from '../../api/client';
import { useApi } from '../../components/useApi';
import { submitForm } from '../../components/submitForm';
import { PersonPicker } from '../../components/PersonPicker';
import { CardTable } from '../../components/CardTable';

type Round = NonNullable<Awaited<ReturnType<typeof load>>>[number];
const load = () => call(api.GET('/api/commendation-rounds'));

/** 表彰奖励 (第10条、第15条): 担当作为好干部 rounds from nomination to publication, and other awards. */
export function CommendationTab() {
  const { message } = App.useApp();
  const rounds = useApi(load, []);
  const awards = useApi(() => call(api.GET('/api/commendations')), []);
  const [creating, setCreating] = useState(false);
  const [nominating, setNominating] = useState<Round | null>(null);
  const [deciding, setDeciding] = useState<Round | null>(null);
  const [awarding, setAwarding] = useState(false);
  const [awardForm] = Form.useForm<{ personId: number; title: string; issuer: string; awardedOn: Dayjs }>();
  const [roundForm] = Form.useForm<{ title: string; quota?: number }>();
  const [nomForm] = Form.useForm<{ personId: number; deeds: string }>();
  const [decideForm] = Form.useForm<{ on: Dayjs; meetingRef: string; awardedPersonIds: number[] }>();
  const year = appToday().year();
  const act = async (r: Round, body: { action: 'close' } | { action: 'publish'; on: string }) => {
    try {
      await call(api.POST('/api/commendation-rounds/{id}/actions', { params: { path: { id: r.id } }, body }));
      message.success('已办理');
      rounds.reload();
      awards.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
        启动“担当作为好干部”评选
      </Button>
      {(rounds.data ?? []).map((r) => (
        <Card
          key={r.id}
          size="small"
          title={<Space>{r.title}<Tag>{r.statusLabel}</Tag><Typography.Text type="secondary">名额 {r.quota} 名</Typography.Text></Space>}
          extra={
            <Space>
              {r.status === 'nominating' && <Button size="small" onClick={() => setNominating(r)}>推荐人选</Button>}
              {r.status === 'nominating' && <Button size="small" onClick={() => void act(r, { action: 'close' })}>结束推荐</Button>}
              {r.status === 'reviewing' && <Button size="small" type="primary" onClick={() => (decideForm.setFieldsValue({ on: appToday(), awardedPersonIds: [] }), setDeciding(r))}>集体研究决定</Button>}
              {r.status === 'decided' && <Button size="small" type="primary" onClick={() => void act(r, { action: 'publish', on: appToday().format('YYYY-MM-DD') })}>公示</Button>}
            </Space>
          }
        >
          {r.meetingRef && <Typography.Paragraph type="secondary">{r.decidedOn} {r.meetingRef}{r.publishedOn ? `；${r.publishedOn} 公示至 ${r.publicUntil}` : ''}</Typography.Paragraph>}
          <CardTable
            layout={{ title: 'name', tags: ['status'], testId: 'nomination-card' }}
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={r.nominations}
            locale={{ emptyText: '尚无推荐人选' }}
            columns={[
              { title: '姓名', dataIndex: 'name', width: 100, render: (v, n) => <Link to={`/people/${n.personId}`}>{v}</Link> },
              { title: '主要事迹', dataIndex: 'deeds' },
              { title: '结果', dataIndex: 'status', width: 100, render: (s) => (s === 'awarded' ? <Tag color="gold">表彰</Tag> : s === 'not_awarded' ? <Tag>未评上</Tag> : '—') },
            ]}
          />
        </Card>
      ))}
      <Card size="small" title="表彰奖励登记" extra={<Button size="small" icon={<PlusOutlined />} onClick={() => setAwarding(true)}>登记表彰</Button>}>
        <CardTable layout={{ title: 'title', tags: ['name'], testId: 'award-card' }} rowKey="id" size="small" loading={awards.loading} dataSource={awards.data ?? []} pagination={{ pageSize: 10, hideOnSinglePage: true }} columns={[{ title: '姓名', dataIndex: 'name', width: 100, render: (v, a) => <Link to={`/people/${a.personId}`}>{v}</Link> }, { title: '表彰名称', dataIndex: 'title' }, { title: '授予单位', dataIndex: 'issuer', width: 200 }, { title: '日期', dataIndex: 'awardedOn', width: 110 }]} />
      </Card>
      <Modal
        title="登记表彰奖励"
        open={awarding}
        onCancel={() => setAwarding(false)}
        destroyOnHidden
        onOk={() => submitForm(awardForm, message, (v) => call(api.POST('/api/commendations', { body: { ...v, awardedOn: v.awardedOn.format('YYYY-MM-DD') } })), '已登记', () => (setAwarding(false), awards.reload()))}
      >
        <Form form={awardForm} layout="vertical" initialValues={{ awardedOn: appToday() }}>
          <Form.Item name="personId" label="干部" rules={[{ required: true, message: '请选择干部' }]}>
            <PersonPicker />
          </Form.Item>
          <Form.Item name="title" label="表彰名称" rules={[{ required: true, message: '请填写表彰名称' }]}>
            <Input placeholder="如：全省教育系统优秀共产党员" />
          </Form.Item>
          <Form.Item name="issuer" label="授予单位" rules={[{ required: true, message: '请填写授予单位' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="awardedOn" label="授予日期" rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </Form>
      </Modal>
      <Modal title="启动评选" open={creating} onCancel={() => setCreating(false)} destroyOnHidden onOk={() => submitForm(roundForm, message, (v) => call(api.POST('/api/commendation-rounds', { body: { year, title: v.title, quota: v.quota ?? null } })), '已启动', () => (setCreating(false), rounds.reload()))}>
        <Form form={roundForm} layout="vertical" initialValues={{ title: `${year}年度“担当作为好干部”评选` }}>
          <Form.Item name="title" label="评选名称" rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="quota" label="表彰名额（留空按本院规定）">
            <InputNumber min={1} max={200} precision={0} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal title={`推荐人选：${nominating?.title ?? ''}`} open={!!nominating} onCancel={() => setNominating(null)} destroyOnHidden onOk={() => submitForm(nomForm, message, (v) => call(api.POST('/api/commendation-rounds/{id}/nominations', { params: { path: { id: nominating!.id } }, body: v })), '已推荐', () => (setNominating(null), rounds.reload()))}>
        <Form form={nomForm} layout="vertical">
          <Form.Item name="personId" label="人选" rules={[{ required: true, message: '请选择人选' }]}>
            <PersonPicker />
          </Form.Item>
          <Form.Item name="deeds" label="担当作为的主要事迹" rules={[{ required: true, min: 20, message: '请写明主要事迹（不少于 20 个字）' }]}>
            <Input.TextArea rows={5} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title={`集体研究决定：${deciding?.title ?? ''}（名额 ${deciding?.quota ?? ''} 名）`}
        open={!!deciding}
        onCancel={() => setDeciding(null)}
        destroyOnHidden
        onOk={() => submitForm(decideForm, message, (v) => call(api.POST('/api/commendation-rounds/{id}/actions', { params: { path: { id: deciding!.id } }, body: { action: 'decide', on: v.on.format('YYYY-MM-DD'), meetingRef: v.meetingRef, awardedPersonIds: v.awardedPersonIds } })), '已决定', () => (setDeciding(null), rounds.reload()))}
      >
        <Form form={decideForm} layout="vertical">
          <Form.Item name="on" label="会议日期" rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="meetingRef" label="会议纪要编号" rules={[{ required: true, message: '评选结果须经集体研究决定' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="awardedPersonIds" label="表彰人选" rules={[{ required: true, message: '请选择表彰人选' }]}>
            <Checkbox.Group options={(deciding?.nominations ?? []).map((n) => ({ value: n.personId, label: n.name }))} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
