import { useState } from 'react';
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, Modal, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { api, ApiError, call, errorText } from '../../api/client';
import { useApi } from '../../components/useApi';
import { showFieldError } from '../../components/submitForm';
import { MAX_UPLOAD_MB, readBase64 } from '../../components/readFile';
import { appToday } from '../../today';
import { citationText } from '../../citations';

interface Values {
  receivedOn: Dayjs;
  grounds: string[];
  facts: string;
  noPrivateGainPledge: boolean;
}

/**
 * 代为登记书面申请: the office that received a written tolerance application registers it on the cadre's behalf, with
 * the day it was received (the filing window is applied to that day) and the scanned application.
 */
export function PaperApplicationButton({ caseId, startedOn }: { caseId: number; startedOn: string }) {
  const nav = useNavigate();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();
  const { data: rules } = useApi(() => call(api.GET('/api/tolerance/rules')), []);
  const submit = async () => {
    const v = await form.validateFields();
    if (!file) {
      message.error('请选择书面申请扫描件');
      return;
    }
    setBusy(true);
    try {
      const body = {
        caseId, receivedOn: v.receivedOn.format('YYYY-MM-DD'), grounds: v.grounds ?? [], facts: v.facts, noPrivateGainPledge: !!v.noPrivateGainPledge,
        fileName: file.name, contentBase64: await readBase64(file),
      };
      const { id } = await call(api.POST('/api/tolerance-reviews/paper', { body }));
      message.success('书面申请已代为登记');
      setOpen(false);
      nav(`/tolerance/reviews/${id}`);
    } catch (e) {
      if (!(e instanceof ApiError && showFieldError(form, e.field, e.message))) message.error(errorText(e), 8);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="paper-application">代为登记书面申请</Button>
      <Modal title="代为登记书面容错申请" open={open} onCancel={() => setOpen(false)} onOk={() => void submit()} confirmLoading={busy} okText="登记" cancelText="取消" width={720} destroyOnHidden>
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          message="按收到书面申请的日期判断是否在申请期限内"
          description={`收到日期不能晚于今天，也不能早于启动问责程序日期（${startedOn}）。登记后申请人为被问责干部本人，登记人和收到日期记入审计。`}
        />
        <Form form={form} layout="vertical" initialValues={{ receivedOn: appToday() }}>
          <Form.Item name="receivedOn" label="收到书面申请日期" rules={[{ required: true, message: '请选择收到日期' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="grounds" label={`申请书所述容错情形（${citationText(rules?.groundsCitation ?? '')}）`} rules={[{ required: true, message: '请至少选择一种容错情形' }]}>
            <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }} options={(rules?.grounds ?? []).map((g) => ({ value: g.key, label: g.label }))} />
          </Form.Item>
          <Form.Item name="facts" label="申请书所述事实和理由" rules={[{ required: true, min: 20, message: '请录入申请书所述事实和理由（不少于 20 个字）' }]}>
            <Input.TextArea rows={4} maxLength={5000} showCount />
          </Form.Item>
          <Form.Item label={`书面申请扫描件（PDF、JPG、PNG 或 Word，不超过 ${MAX_UPLOAD_MB} MB）`} required>
            <Upload
              maxCount={1}
              showUploadList={false}
              beforeUpload={(f) => {
                if (f.size > MAX_UPLOAD_MB * 1024 * 1024) message.error(`${f.name} 超过 ${MAX_UPLOAD_MB} MB`);
                else setFile(f);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />}>{file ? `已选择：${file.name}` : '选择文件'}</Button>
            </Upload>
          </Form.Item>
          <Form.Item name="noPrivateGainPledge" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('请确认申请书中已有该声明'))) }]}>
            <Checkbox>申请书中已声明未为个人、他人或单位谋取私利（{citationText(rules?.privateGainCitation ?? '')}）</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
