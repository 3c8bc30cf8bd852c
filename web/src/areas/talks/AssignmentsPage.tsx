import { Alert, App, Button, Card, Form, Input, Table } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import { useApi } from '../../components/useApi';
import { PersonPicker } from '../../components/PersonPicker';
import { submitForm } from '../../components/submitForm';
import { appToday } from '../../today';
import { article } from '../../rules';
import { term } from '../../vocabulary';
import { PageHeader } from '../../components/PageHeader';

/** 特殊情况下的干部、职工的谈心谈话由党委组织部确定 (scitc-2025 附件1 第六条; the article shown is the pack's, talks.responsibility). */
export function AssignmentsPage() {
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const year = appToday().year();
  const [form] = Form.useForm<{ talkerPersonId: number; subjectPersonId: number; reason: string }>();
  const list = useApi(() => call(api.GET('/api/talk-assignments', { params: { query: { year } } })), [year]);
  const subject = Number(params.get('subject')) || undefined;
  const save = () => submitForm(form, message, (v) => call(api.POST('/api/talk-assignments', { body: { ...v, year } })), '已指定谈话人', list.reload);
  return (
    <div>
      <PageHeader
        crumbs={[{ title: '谈心谈话', to: '/talks' }]}
        title={`指定谈话人（${year} 年）`}
        description={<>{article('talks.responsibility') && `按照${article('talks.responsibility')}，`}{term(null, 'org_assignment')}。被指定的谈话人即为该对象本年度的谈话责任人。</>}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" initialValues={{ subjectPersonId: subject }}>
          <Form.Item name="subjectPersonId" label="谈话对象" rules={[{ required: true, message: '请选择谈话对象' }]} style={{ minWidth: 280 }}>
            <PersonPicker />
          </Form.Item>
          <Form.Item name="talkerPersonId" label="谈话人" rules={[{ required: true, message: '请选择谈话人' }]} style={{ minWidth: 280 }}>
            <PersonPicker />
          </Form.Item>
          <Form.Item name="reason" label="理由" rules={[{ required: true, min: 4, message: '请写明理由' }]}>
            <Input style={{ width: 260 }} placeholder="如：部门暂未明确分管院领导" />
          </Form.Item>
          <Button type="primary" onClick={() => void save()}>
            指定
          </Button>
        </Form>
      </Card>
      {list.error && <Alert type="error" message={list.error} />}
      <Card size="small">
        <Table
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.data ?? []}
          pagination={false}
          locale={{ emptyText: '本年度尚未指定' }}
          columns={[
            { title: '谈话对象', key: 's', render: (_, r) => r.subject.name },
            { title: '谈话人', key: 't', render: (_, r) => r.talker.name },
            { title: '理由', dataIndex: 'reason' },
          ]}
        />
      </Card>
    </div>
  );
}
