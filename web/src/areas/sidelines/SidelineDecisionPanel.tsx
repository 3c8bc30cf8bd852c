import { Alert, App, Button, Card, DatePicker, Form, Input, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../api/client';
import { submitForm } from '../../components/submitForm';
import { DECISION_LABELS } from '../../labels';
import { appToday } from '../../today';
import { inboxChanged } from '../inbox';

export type MyStep = {
  index: number;
  kind: string;
  label: string;
  outside: boolean;
  decisions: ('approve' | 'refuse' | 'return')[];
  meetingDate: 'required' | 'none';
  reference: 'required' | 'optional' | 'none';
  referenceKind: 'minutes' | 'approval' | 'registration' | null;
  reasonRequiredFor: ('approve' | 'refuse' | 'return')[];
};
type Values = { decision: 'approve' | 'refuse' | 'return'; reason?: string; reference?: string; meetingDate?: Dayjs };

const REFERENCE_LABELS: Record<string, string> = { minutes: '会议纪要编号', approval: '批准文号', registration: '备案编号' };
const REFERENCE_MISSING: Record<string, string> = { minutes: '请登记会议纪要编号', approval: '请登记上级机关的批准文号', registration: '请登记备案编号' };

/**
 * The decision of MY step, in one action: the choices the step offers (from the server), one comment box, one button.
 * After it, the page reads the application again (the next step and the result) and the menu's 待我办理 count drops.
 */
export function SidelineDecisionPanel({ applicationId, step, onDecided }: { applicationId: number; step: MyStep; onDecided: (decision: string, stepLabel: string) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch('decision', form) ?? 'approve';
  const approving = decision === 'approve';
  const refKind = step.referenceKind ?? 'registration';
  const decide = () =>
    submitForm(
      form,
      message,
      (v) => {
        const body = { decision: v.decision, reason: v.reason || null, reference: v.reference || null, meetingDate: v.meetingDate?.format('YYYY-MM-DD') ?? null };
        return call(api.POST('/api/sideline-applications/{id}/decide', { params: { path: { id: applicationId } }, body })).then(() => onDecided(v.decision, step.label));
      },
      '审批意见已登记',
      inboxChanged,
    );
  return (
    <Card size="small" title={`由我办理：${step.label}${step.outside ? '（登记上级机关的批复）' : ''}`} data-testid="sideline-decide" styles={{ header: { background: '#fff7e6' } }}>
      <Form form={form} layout="vertical" initialValues={{ decision: step.decisions[0] }}>
        <Form.Item name="decision" style={{ marginBottom: 12 }}>
          <Radio.Group options={step.decisions.map((d) => ({ value: d, label: DECISION_LABELS[d] }))} />
        </Form.Item>
        {step.meetingDate === 'required' && approving && (
          <Form.Item name="meetingDate" label="党委会议日期" rules={[{ required: true, message: '请选择党委会议日期' }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(appToday(), 'day')} />
          </Form.Item>
        )}
        {step.reference !== 'none' && approving && (
          <Form.Item name="reference" label={REFERENCE_LABELS[refKind]} rules={step.reference === 'required' ? [{ required: true, message: REFERENCE_MISSING[refKind] }] : []}>
            <Input maxLength={100} />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={approving ? '意见' : '理由'}
          rules={step.reasonRequiredFor.includes(decision) ? [{ required: true, message: `${DECISION_LABELS[decision]}须写明理由` }, { min: 2, message: '理由至少 2 个字' }] : []}
        >
          <Input.TextArea rows={3} maxLength={1000} placeholder={approving ? '可填写审批意见' : '请写明理由，申请人将看到'} />
        </Form.Item>
        <Button type="primary" block onClick={() => void decide()}>
          提交意见
        </Button>
      </Form>
    </Card>
  );
}

/** What the page says once MY step is done: what I decided, and where the application went. */
export function DecidedNotice({ decided, next, status }: { decided: { decision: string; stepLabel: string }; next: { label: string; actorLabel: string } | null; status: string }) {
  const where =
    status === 'approved' ? '申请已批准，兼职已登记。' : status === 'refused' ? '申请未获批准，已办结。' : status === 'returned' ? '申请已退回申请人修改。' : next ? `下一环节：${next.label}（${next.actorLabel}）。` : '';
  return (
    <Alert
      type={decided.decision === 'approve' ? 'success' : 'warning'}
      showIcon
      data-testid="sideline-decided"
      message={`您已在“${decided.stepLabel}”环节${DECISION_LABELS[decided.decision] ?? decided.decision}`}
      description={<Typography.Text>{where}</Typography.Text>}
    />
  );
}
