import { useEffect, useRef } from 'react';
import { LightBadge } from '../../components/light/LightBadge';
import { LightEmpty } from '../../components/light/LightLoading';
import { LazyDropdown } from '../../components/LazyDropdown';
import { Text, TextLink } from '../../components/light/Text';
import { BellOutlined, SettingOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { api, call } from '../../api/client';
import { useNotifications } from './useNotifications';
import { chinaDateTime } from '../../dates';
import { citationText } from '../../citations';

/**
 * The bell: the signed-in person's reminders (提醒), newest first. It follows the server's event stream
 * (/api/notifications/stream), so a notice arriving or read elsewhere shows without a reload; the browser reconnects
 * by itself when the stream ends.
 */
export function Bell() {
  const nav = useNavigate();
  const anchor = useRef<HTMLSpanElement>(null);
  const { data, reload } = useNotifications();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/notifications/stream');
    let last = '';
    const onChange = (e: MessageEvent<string>) => {
      if (e.data === last) return;
      const first = last === '';
      last = e.data;
      if (!first) void reload();
    };
    source.addEventListener('notifications', onChange as EventListener);
    return () => source.close();
  }, [reload]);
  const open = async (id: number, link: string | null) => {
    await call(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })).catch(() => undefined);
    void reload();
    if (link) nav(link);
  };
  const items = data?.items ?? [];
  return (
    <LazyDropdown
      trigger="click"
      placement="bottomRight"
      popupRender={() => (
        // Right-aligned under the bell: on a phone the header puts the bell short of the edge, so the list is no wider than the room to its left.
        <div style={{ background: '#fff', width: Math.min(360, (anchor.current?.getBoundingClientRect().right ?? 372) - 12), maxHeight: 420, overflow: 'auto', boxShadow: '0 6px 16px rgba(0,0,0,.12)', borderRadius: 6, padding: 8 }} data-testid="bell-list">
          {items.length === 0 ? (
            <LightEmpty description="暂无提醒" />
          ) : (
            items.map((n) => (
              <div key={n.id} onClick={() => void open(n.id, n.link)} style={{ padding: 8, cursor: 'pointer', borderBottom: '1px solid #f0f0f0', opacity: n.read ? 0.6 : 1 }}>
                <Text strong={!n.read}>{n.title}</Text>
                <div style={{ fontSize: 12 }}>{n.body}</div>
                <Text type="secondary" style={{ fontSize: 12 }}>
                  {chinaDateTime(n.createdAt)}
                  {n.citation ? ` · 依据 ${citationText(n.citation ?? '')}` : ''}
                </Text>
              </div>
            ))
          )}
          <div style={{ padding: '8px 8px 0', textAlign: 'right' }}>
            <TextLink onClick={() => nav('/me/notifications')}>
              <SettingOutlined /> 通知设置（邮件、企业微信、钉钉）
            </TextLink>
          </div>
        </div>
      )}
    >
      <LightBadge count={data?.unread ?? 0} ref={anchor}>
        <BellOutlined style={{ color: '#fff', fontSize: 18, cursor: 'pointer' }} data-testid="bell" />
      </LightBadge>
    </LazyDropdown>
  );
}
