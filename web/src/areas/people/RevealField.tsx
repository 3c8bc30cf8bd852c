import { useState } from 'react';
import { App, Button, Space, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { api, call, errorText } from '../../api/client';

export type PersonalField = 'idNumber' | 'phone';

/** One personal field in full, read through the audited reveal (each look is recorded in the audit log). */
export const revealField = async (personId: number, field: PersonalField) =>
  (await call(api.POST('/api/persons/{id}/personal-field', { params: { path: { id: personId } }, body: { field } }))).value;

/**
 * A personal number as the person page shows it: masked, with “查看” for those who may see it in full; the click is
 * recorded in the audit log, as the button's title says.
 */
export function RevealField({ personId, field, masked, mayReveal }: { personId: number; field: PersonalField; masked: string | null; mayReveal: boolean }) {
  const { message } = App.useApp();
  const [full, setFull] = useState<string | null | undefined>();
  const [busy, setBusy] = useState(false);
  if (masked === null) return <Typography.Text type="secondary">未登记</Typography.Text>;
  const show = async () => {
    setBusy(true);
    try {
      setFull(await revealField(personId, field));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space size={4} wrap data-testid={`reveal-${field}`}>
      <span data-testid={`value-${field}`}>{full ?? masked}</span>
      {mayReveal && full === undefined && (
        <Button type="link" size="small" icon={<EyeOutlined />} loading={busy} onClick={() => void show()} title="查看完整号码（将记入审计日志）" style={{ paddingInline: 4 }}>
          查看
        </Button>
      )}
    </Space>
  );
}
