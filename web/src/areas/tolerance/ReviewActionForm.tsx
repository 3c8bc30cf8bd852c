import { App, Button, Checkbox, DatePicker, Form, Input, Radio, Space } from 'antd';
import { type Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { api, call } from '../../api/client';
import { submitForm } from '../../components/submitForm';
import { PersonPicker } from '../../components/PersonPicker';
import { termOptions } from '../../vocabulary';

export const ACTION_LABELS: Record<string, string> = {
  accept: '受理', refuse: '不予受理', team: '组成调查组', hearing: '听取本人陈述', report: '形成调查报告', propose: '提出认定意见',
  decide: '登记党委集体认定', feedback: '反馈本人', publish: '公开免责结论', file_record: '报送备案', close: '办结',
};
const FACTORS: [string, string][] = [['background', '背景原因'], ['motive', '动机目的'], ['policyBasis', '政策依据'], ['severity', '情节轻重'], ['consequences', '性质后果'], ['record', '一贯表现']];

interface Values {
  action: string;
  on: Dayjs;
  reason?: string;
  teamPersonIds?: number[];
  experts?: string;
  summary?: string;
  report?: string;
  privateGainFound?: boolean;
  factors?: Record<string, string>;
  grounds?: string[];
  outcome?: 'exempt' | 'mitigate' | 'deny' | 'defer';
  proposal?: string;
  meetingRef?: string;
  explanation?: string;
  mitigationNote?: string;
  impactUntil?: Dayjs;
  deferUntil?: Dayjs;
  method?: string;
  scope?: string;
}

const d = (x?: Dayjs) => x?.format('YYYY-MM-DD') ?? null;

/** The discipline office's form for the next step of a review; the server's guards answer with the article. */
export function ReviewActionForm({ id, actions, maxDeferralMonths, groundOptions, onDone }: { id: number; actions: string[]; maxDeferralMonths: number; groundOptions?: { key: string; label: string }[]; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const action = Form.useWatch('action', form) ?? actions[0];
  const outcome = Form.useWatch('outcome', form);
  const text = (name: keyof Values, label: string, rows = 3, required = true) => (
    <Form.Item name={name} label={label} rules={required ? [{ required: true, message: `请填写${label}` }] : []}>
      <Input.TextArea rows={rows} maxLength={3000} />
    </Form.Item>
  );
  const send = () =>
    submitForm(
      form,
      message,
      (v) => {
        const on = d(v.on)!;
        const a = v.action ?? actions[0];
        const body = (() => {
          switch (a) {
            case 'refuse': return { action: a, on, reason: v.reason! };
            case 'team': return { action: a, on, teamPersonIds: v.teamPersonIds ?? [], experts: v.experts || null };
            case 'hearing': return { action: a, on, summary: v.summary! };
            case 'report': return { action: a, on, report: v.report!, privateGainFound: !!v.privateGainFound, grounds: v.grounds ?? [], factors: v.factors ?? {} };
            case 'propose': return { action: a, on, outcome: v.outcome!, proposal: v.proposal! };
            case 'decide':
              return { action: a, on, outcome: v.outcome!, meetingRef: v.meetingRef || null, explanation: v.explanation || null, mitigationNote: v.mitigationNote || null, impactUntil: d(v.impactUntil), deferUntil: d(v.deferUntil) };
            case 'feedback': return { action: a, on, method: v.method! };
            case 'publish': return { action: a, on, scope: v.scope!, method: v.method! };
            default: return { action: a as 'accept', on };
          }
        })();
        return call(api.POST('/api/tolerance-reviews/{id}/actions', { params: { path: { id } }, body }));
      },
      `已登记：${ACTION_LABELS[action]}`,
      onDone,
    );
  return (
    <Form form={form} layout="vertical" initialValues={{ action: actions[0], on: appToday() }} data-testid="review-action-form">
      <Form.Item name="action" label="办理事项">
        <Radio.Group optionType="button" buttonStyle="solid" options={actions.map((a) => ({ value: a, label: ACTION_LABELS[a] ?? a }))} />
      </Form.Item>
      <Form.Item name="on" label={action === 'decide' ? '党委会议日期' : '办理日期'} rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker />
      </Form.Item>
      {action === 'refuse' && text('reason', '不予受理的理由（申请人可见）')}
      {action === 'team' && (
        <>
          <Form.Item name="teamPersonIds" label="调查组成员（纪委和组织人事部门）" rules={[{ required: true, message: '请选择调查组成员' }]}>
            <PersonPicker multiple placeholder="输入姓名搜索" />
          </Form.Item>
          <Form.Item name="experts" label="参加调查的专家（可选）">
            <Input maxLength={300} />
          </Form.Item>
        </>
      )}
      {action === 'hearing' && text('summary', '本人陈述和申辩要点', 4)}
      {action === 'report' && (
        <>
          {text('report', '调查报告', 6)}
          <Form.Item name="privateGainFound" label="是否为个人、他人或单位谋取私利" rules={[{ required: true, message: '请选择' }]}>
            <Radio.Group options={[{ value: false, label: '未谋取私利' }, { value: true, label: '存在谋取私利情形' }]} />
          </Form.Item>
          {groundOptions && (
            <Form.Item name="grounds" label="查明符合的容错情形（符合全部或部分即可）">
              <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }} options={groundOptions.map((g) => ({ value: g.key, label: g.label }))} />
            </Form.Item>
          )}
          {FACTORS.map(([k, l]) => (
            <Form.Item key={k} name={['factors', k]} label={l}>
              <Input maxLength={1000} />
            </Form.Item>
          ))}
        </>
      )}
      {(action === 'propose' || action === 'decide') && (
        <Form.Item name="outcome" label={action === 'propose' ? '认定意见' : '认定结论'} rules={[{ required: true, message: '请选择' }]}>
          <Radio.Group options={termOptions('toleranceOutcome')} />
        </Form.Item>
      )}
      {action === 'propose' && text('proposal', '认定意见及理由')}
      {action === 'decide' && (
        <>
          <Form.Item name="meetingRef" label="党委会议纪要编号" rules={[{ required: true, message: '认定结论须经党委集体研究，请填写纪要编号' }]}>
            <Input maxLength={100} placeholder="如：党委会议纪要〔2026〕12号" />
          </Form.Item>
          {outcome === 'deny' && text('explanation', '解释答复')}
          {outcome === 'mitigate' && (
            <>
              {text('mitigationNote', '减责意见（写入问责处理意见）', 2)}
              <Form.Item name="impactUntil" label="影响期至（可选）">
                <DatePicker />
              </Form.Item>
            </>
          )}
          {outcome === 'defer' && (
            <Form.Item name="deferUntil" label={`暂缓至（自首次暂缓起不超过 ${maxDeferralMonths} 个月）`} rules={[{ required: true, message: '请选择暂缓至何日' }]}>
              <DatePicker />
            </Form.Item>
          )}
          {outcome !== 'deny' && text('explanation', '说明（可选）', 2, false)}
        </>
      )}
      {action === 'feedback' && (
        <Form.Item name="method" label="反馈方式" rules={[{ required: true, message: '请填写反馈方式' }]}>
          <Input maxLength={200} placeholder="如：当面反馈并送达认定结论" />
        </Form.Item>
      )}
      {action === 'publish' && (
        <>
          <Form.Item name="scope" label="公开范围" rules={[{ required: true, message: '请填写公开范围' }]}>
            <Input maxLength={200} placeholder="如：全院中层干部会议" />
          </Form.Item>
          <Form.Item name="method" label="公开方式" rules={[{ required: true, message: '请填写公开方式' }]}>
            <Input maxLength={200} placeholder="如：会议通报并在校内办公网公示" />
          </Form.Item>
        </>
      )}
      <Space>
        <Button type="primary" onClick={() => void send()} data-testid="review-action-submit">
          登记
        </Button>
      </Space>
    </Form>
  );
}
