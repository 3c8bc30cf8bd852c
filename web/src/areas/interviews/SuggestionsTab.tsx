import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { type Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { useNavigate } from 'react-router-dom';
import { api, call } from '../../api/client';
import { useAuth } from '../../auth';
import { useApi } from '../../components/useApi';
import { submitForm } from '../../components/submitForm';
import { PersonPicker } from '../../components/PersonPicker';
import { INTERVIEW_KIND_COLORS } from './labels';
import { citationText } from '../../citations';
import { CardTable } from '../../components/CardTable';

/** 建议约谈对象 (三): who the system finds should be interviewed, of which kind, and why. */
export function SuggestionsTab() {
  const nav = useNavigate();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [registering, setRegistering] = useState(false);
  const [form] = Form.useForm<{ personId: number; source: string; on: Dayjs; detail: string }>();
  const { data, error, loading, reload } = useApi(() => call(api.GET('/api/interviews/suggestions')), []);
  const manage = can('interview.manage');
  const { data: sources } = useApi(() => (manage ? call(api.GET('/api/interviews/target-sources')) : Promise.resolve([])), [manage]);
  return (
    <>
      {can('interview.manage') && (
        <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setRegistering(true)}>
          登记情形
        </Button>
      )}
      <Modal
        title="登记使干部成为约谈对象的情形"
        open={registering}
        onCancel={() => setRegistering(false)}
        destroyOnHidden
        onOk={() => submitForm(form, message, (v) => call(api.POST('/api/interviews/target-facts', { body: { ...v, on: v.on.format('YYYY-MM-DD') } })), '已登记，已列入建议约谈对象', () => (setRegistering(false), reload()))}
      >
        <Form form={form} layout="vertical" initialValues={{ on: appToday() }}>
          <Form.Item name="personId" label="人员" rules={[{ required: true, message: '请选择人员' }]}>
            <PersonPicker />
          </Form.Item>
          <Form.Item name="source" label="情形" rules={[{ required: true, message: '请选择情形' }]}>
            <Select options={(sources ?? []).map((s) => ({ value: s.key, label: `${s.label}（${s.kindLabel}）` }))} />
          </Form.Item>
          <Form.Item name="on" label="日期" rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="detail" label="具体情况" rules={[{ required: true, min: 5, message: '请写明具体情况（不少于 5 个字）' }]}>
            <Input.TextArea rows={3} placeholder="如：经党委研究，给予党内警告处分" />
          </Form.Item>
        </Form>
      </Modal>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="按制度第三部分列出的约谈对象，系统根据任职、问题线索、函询处置、纠错措施、问责处理和澄清正名情况提出建议；本年度已安排同类约谈的不再列出。"
      />
      {error && <Alert type="error" message={error} />}
      <CardTable
        layout={{ title: 'name', tags: ['kindLabel'], blocks: ['原因'], testId: 'suggestion-card' }}
        rowKey={(r) => `${r.personId}-${r.kind}`}
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 15, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无建议约谈对象' }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '部门及职务', width: 240, render: (_, r) => `${r.departmentName}${r.title ?? ''}` },
          { title: '建议约谈形式', dataIndex: 'kindLabel', width: 130, render: (v, r) => <Tag color={INTERVIEW_KIND_COLORS[r.kind]}>{v}</Tag> },
          {
            title: '原因',
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                {r.reasons.map((x) => (
                  <Typography.Text key={x}>{x}</Typography.Text>
                ))}
                <Typography.Text type="secondary">依据 {citationText(r.article ?? '')}</Typography.Text>
              </Space>
            ),
          },
          {
            title: '',
            width: 100,
            render: (_, r) => (
              <Button size="small" onClick={() => nav(`/interviews/new?kind=${r.kind}&person=${r.personId}&reason=${encodeURIComponent(r.sources.map((s) => s.label).join('；'))}`)}>
                安排约谈
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
