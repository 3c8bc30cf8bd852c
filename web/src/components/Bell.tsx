import { Badge, Dropdown, Empty, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { api, call } from '../api/client';
import { useApi } from './useApi';
import { chinaDateTime } from '../dates';
import { citationText } from '../citations';

/** The bell: the signed-in person's reminders (提醒), newest first. */
export function Bell() {
  const nav = useNavigate();
  const { data, reload } = useApi(() => call(api.GET('/api/notifications')), []);
  const open = async (id: number, link: string | null) => {
    await call(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })).catch(() => undefined);
    reload();
    if (link) nav(link);
  };
  const items = data?.items ?? [];
  return (
    <Dropdown
      trigger={['click']}
      popupRender={() => (
        <div style={{ background: '#fff', width: 360, maxHeight: 420, overflow: 'auto', boxShadow: '0 6px 16px rgba(0,0,0,.12)', borderRadius: 6, padding: 8 }}>
          {items.length === 0 ? (
            <Empty description="暂无提醒" image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            items.map((n) => (
              <div key={n.id} onClick={() => void open(n.id, n.link)} style={{ padding: 8, cursor: 'pointer', borderBottom: '1px solid #f0f0f0', opacity: n.read ? 0.6 : 1 }}>
                <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
                <div style={{ fontSize: 12 }}>{n.body}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {chinaDateTime(n.createdAt)}
                  {n.citation ? ` · 依据 ${citationText(n.citation ?? '')}` : ''}
                </Typography.Text>
              </div>
            ))
          )}
        </div>
      )}
    >
      <Badge count={data?.unread ?? 0} size="small">
        <BellOutlined style={{ color: '#fff', fontSize: 18, cursor: 'pointer' }} data-testid="bell" />
      </Badge>
    </Dropdown>
  );
}
