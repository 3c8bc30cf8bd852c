import { forwardRef, type ReactNode } from 'react';
import { theme } from 'antd';
import './light.css';

/**
 * antd's small count Badge for the first screen (light.css): the count in a red (or given colour's) pill, on its
 * child's top right corner, or standing alone without a child. Nothing is shown for zero.
 */
export const LightBadge = forwardRef<HTMLSpanElement, { count: number; color?: string; title?: string; children?: ReactNode; 'data-testid'?: string }>(function LightBadge({ count, color, title, children, ...rest }, ref) {
  const { token } = theme.useToken();
  const pill =
    count > 0 ? (
      <sup className={`light-badge-count${count < 10 ? ' light-badge-count-single' : ''}`} style={{ background: color ?? token.colorError }} title={title ?? String(count)} data-testid={rest['data-testid']}>
        {count > 99 ? '99+' : count}
      </sup>
    ) : null;
  if (children === undefined) return pill && <span ref={ref} className="light-badge light-badge-standalone">{pill}</span>;
  return (
    <span ref={ref} className="light-badge">
      {children}
      {pill}
    </span>
  );
});
