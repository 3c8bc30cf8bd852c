import { useState, type CSSProperties, type ReactNode } from 'react';
import { theme } from 'antd';
import { CheckCircleFilled, CheckCircleOutlined, CloseCircleFilled, CloseCircleOutlined, CloseOutlined, ExclamationCircleFilled, ExclamationCircleOutlined, InfoCircleFilled, InfoCircleOutlined } from '@ant-design/icons';
import './light.css';

type Kind = 'success' | 'info' | 'warning' | 'error';
const TOKENS: Record<Kind, 'Success' | 'Info' | 'Warning' | 'Error'> = { success: 'Success', info: 'Info', warning: 'Warning', error: 'Error' };
// With a description antd draws the outlined icon, larger; without, the filled one.
const FILLED = { success: <CheckCircleFilled />, info: <InfoCircleFilled />, warning: <ExclamationCircleFilled />, error: <CloseCircleFilled /> };
const OUTLINED = { success: <CheckCircleOutlined />, info: <InfoCircleOutlined />, warning: <ExclamationCircleOutlined />, error: <CloseCircleOutlined /> };

/**
 * antd's Alert for the first screen (light.css): a message with its type's colours and icon, an optional description,
 * action and close button; a banner spans the page without a border. Closed, it is gone (and `onClose` is called).
 */
export function LightAlert({ type = 'info', message, description, showIcon, closable, onClose, action, banner, style, ...rest }: {
  type?: Kind;
  message: ReactNode;
  description?: ReactNode;
  showIcon?: boolean;
  closable?: boolean;
  onClose?: () => void;
  action?: ReactNode;
  banner?: boolean;
  style?: CSSProperties;
  'data-testid'?: string;
}) {
  const { token } = theme.useToken();
  const [closed, setClosed] = useState(false);
  if (closed) return null;
  const t = token as unknown as Record<string, string>;
  const key = TOKENS[type];
  const iconShown = showIcon ?? banner;
  return (
    <div
      role="alert"
      data-testid={rest['data-testid']}
      className={`light-alert${description ? ' light-alert-with-description' : ''}${banner ? ' light-alert-banner' : ''}`}
      style={{ background: t[`color${key}Bg`], borderColor: t[`color${key}Border`], ...style }}
    >
      {iconShown && (
        <span className="light-alert-icon" style={{ color: t[`color${key}`] }}>
          {description ? OUTLINED[type] : FILLED[type]}
        </span>
      )}
      <div className="light-alert-section">
        <div className="light-alert-title">{message}</div>
        {description && <div className="light-alert-description">{description}</div>}
      </div>
      {action && <div className="light-alert-actions">{action}</div>}
      {closable && (
        <button type="button" className="light-alert-close" aria-label="关闭" onClick={() => (setClosed(true), onClose?.())}>
          <CloseOutlined />
        </button>
      )}
    </div>
  );
}
