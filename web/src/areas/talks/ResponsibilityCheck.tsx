import { useEffect, useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import { api, call } from '../../api/client';
import { citationText } from '../../citations';
import { runAction } from '../../components/submitForm';

type Check = Awaited<ReturnType<typeof checkTalkers>>;
const checkTalkers = (talkerIds: number[], subjectIds: number[]) => call(api.POST('/api/talks/check', { body: { talkerIds, subjectIds } }));

/**
 * 第六条, as soon as the talkers and subjects are picked: names each subject none of the talkers is responsible for, and
 * lets the organization department name the talker there, before anything is saved.
 */
export function ResponsibilityCheck({ talkerIds, subjectIds, year }: { talkerIds: number[] | undefined; subjectIds: number[] | undefined; year: number }) {
  const { message } = App.useApp();
  const [check, setCheck] = useState<Check | null>(null);
  const [assigning, setAssigning] = useState<{ subjectPersonId: number; subjectName: string } | null>(null);
  const [reason, setReason] = useState('');
  const [round, setRound] = useState(0);
  const talkers = (talkerIds ?? []).join(',');
  const subjects = (subjectIds ?? []).join(',');

  useEffect(() => {
    if (!talkers || !subjects) {
      setCheck(null);
      return;
    }
    let live = true;
    // A pick the server refuses (another's talk, an unknown person) is said again on saving, on its field.
    checkTalkers(talkers.split(',').map(Number), subjects.split(',').map(Number)).then((c) => live && setCheck(c), () => live && setCheck(null));
    return () => {
      live = false;
    };
  }, [talkers, subjects, round]);

  if (!check?.unanswered.length) return null;
  const talker = talkers.split(',').map(Number)[0];
  const assign = async () => {
    const ok = await runAction(
      message,
      () => call(api.POST('/api/talk-assignments', { body: { talkerPersonId: talker, subjectPersonId: assigning!.subjectPersonId, year, reason } })),
      `已指定为${assigning!.subjectName}的谈话人`,
      () => setRound((r) => r + 1),
    );
    if (ok) {
      setAssigning(null);
      setReason('');
    }
  };
  return (
    <>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="responsibility-warning"
        message={`谈话人与谈话对象不对应${check.unanswered[0].article ? `（${citationText(check.unanswered[0].article)}）` : ''}`}
        description={
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            {check.unanswered.map((u) => (
              <Space key={u.subjectPersonId} wrap size={8}>
                <span>{u.message}</span>
                {check.mayAssign && (
                  <Button size="small" onClick={() => setAssigning(u)} data-testid="assign-talker">
                    指定谈话人
                  </Button>
                )}
              </Space>
            ))}
            {!check.mayAssign && <span>如属特殊情况，请党委组织部指定谈话人后再登记。</span>}
          </Space>
        }
      />
      <Modal open={assigning !== null} title={`指定${assigning?.subjectName ?? ''}的谈话人（${year} 年）`} okText="指定" okButtonProps={{ disabled: reason.trim().length < 4 }} onOk={() => void assign()} onCancel={() => setAssigning(null)} destroyOnHidden>
        <Form layout="vertical">
          <Form.Item label="指定理由" required extra="写明特殊情况，至少 4 个字；指定后本次谈话计入年度谈话次数。">
            <Input.TextArea rows={3} maxLength={300} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="assign-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
