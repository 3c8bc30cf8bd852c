import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Descriptions, Form, Input, List, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, ApiError, call, errorText } from '../../api/client';
import { useApi } from '../../components/useApi';
import { showFieldError } from '../../components/submitForm';
import { MAX_UPLOAD_MB, readBase64 } from '../../components/readFile';
import { PageHeader } from '../../components/PageHeader';
import { citationText } from '../../citations';

interface Values {
  grounds: string[];
  facts: string;
  noPrivateGainPledge: boolean;
}

/** 容错申请: grounds from the college's own list, the facts, evidence files and the pledge of no private gain. */
export function ApplyTolerancePage() {
  const caseId = Number(useSearchParams()[0].get('case'));
  const nav = useNavigate();
  const { message } = App.useApp();
  const { data: rules, error: rulesError } = useApi(() => call(api.GET('/api/tolerance/rules')), []);
  const { data: c, error } = useApi(() => call(api.GET('/api/accountability-cases/{id}', { params: { path: { id: caseId } } })), [caseId]);
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  // Files not taken (too large), each named, shown until the page is left; the others are kept.
  const [refused, setRefused] = useState<string[]>([]);
  if (error || rulesError) return <Alert type="error" message={error ?? rulesError} />;
  if (!rules || !c) return <Card loading />;
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const { id } = await call(api.POST('/api/tolerance-reviews', { body: { caseId, grounds: v.grounds ?? [], facts: v.facts, noPrivateGainPledge: !!v.noPrivateGainPledge } }));
      const failed: string[] = [];
      for (const f of files) {
        try {
          await call(api.POST('/api/tolerance-reviews/{id}/files', { params: { path: { id } }, body: { fileName: f.name, contentBase64: await readBase64(f) } }));
        } catch (e) {
          failed.push(`${f.name}：${errorText(e)}`);
        }
      }
      // The application stands (it was submitted); the refused files are named on its page until they are uploaded again.
      if (!failed.length) message.success('容错申请已提交');
      nav(`/tolerance/reviews/${id}`, { state: failed.length ? { failedUploads: failed } : undefined });
    } catch (e) {
      if (!(e instanceof ApiError && showFieldError(form, e.field, e.message))) message.error(errorText(e), 8);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <PageHeader crumbs={[{ title: '容错纠错', to: '/tolerance' }]} title="提出容错申请" />
      <Card size="small">
      <Descriptions size="small" bordered column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="问责事由" span={2}>{c.matter}</Descriptions.Item>
        <Descriptions.Item label="问责部门">{c.accountableDepartmentName}</Descriptions.Item>
        <Descriptions.Item label="启动问责程序">{c.startedOn}</Descriptions.Item>
      </Descriptions>
      <Alert style={{ marginBottom: 16 }} type="info" showIcon message={rules.strategyLabel} description={`依据 ${rules.strategyCitation ? citationText(rules.strategyCitation) : '本院规定'}`} />
      <Form form={form} layout="vertical" style={{ maxWidth: 860 }}>
        <Form.Item name="grounds" label={`容错情形（可多选，${citationText(rules.groundsCitation ?? '')}）`} rules={[{ required: true, message: '请至少选择一种容错情形' }]}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={rules.grounds.map((g) => ({ value: g.key, label: g.label }))} data-testid="grounds" />
        </Form.Item>
        <Form.Item name="facts" label="事实和理由" rules={[{ required: true, min: 20, message: '请写明事实经过、背景和理由（不少于 20 个字）' }]}>
          <Input.TextArea rows={6} maxLength={5000} showCount placeholder="写明问题发生的背景、动机目的、政策依据、过程和后果，以及失误发生后采取的措施" />
        </Form.Item>
        <Form.Item label={`证据材料（PDF、JPG、PNG 或 Word，每个不超过 ${MAX_UPLOAD_MB} MB）`}>
          <Upload
            multiple
            showUploadList={false}
            beforeUpload={(f) => {
              if (f.size > MAX_UPLOAD_MB * 1024 * 1024) setRefused((x) => [...x, `“${f.name}”超过 ${MAX_UPLOAD_MB} MB，未加入`]);
              else setFiles((x) => [...x, f]);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />}>选择文件</Button>
          </Upload>
          {refused.length > 0 && (
            <Alert style={{ marginTop: 8 }} type="error" showIcon closable onClose={() => setRefused([])} data-testid="refused-files" message="以下文件未加入（其余文件已保留）" description={refused.map((t) => <div key={t}>{t}</div>)} />
          )}
          {files.length > 0 && (
            <List size="small" dataSource={files} renderItem={(f) => <List.Item actions={[<a key="rm" onClick={() => setFiles((x) => x.filter((y) => y !== f))}>移除</a>]}>{f.name}</List.Item>} />
          )}
        </Form.Item>
        <Form.Item name="noPrivateGainPledge" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('请确认本声明'))) }]}>
          <Checkbox data-testid="pledge">本人郑重声明：在该事项中没有为个人、他人或单位谋取私利，所述情况属实（{citationText(rules.privateGainCitation ?? '')}）</Checkbox>
        </Form.Item>
        <Space>
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="submit-tolerance">
            提交申请
          </Button>
          <Button onClick={() => nav(-1)}>取消</Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          提交后由受理部门审核；调查核实中将听取您的陈述和申辩意见。
        </Typography.Paragraph>
      </Form>
      </Card>
    </div>
  );
}
