import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { theme } from 'antd';
import './light.css';

/**
 * antd's small count Badge for the first screen (light.css): the count in a red (or given colour's) pill, on its
 * child's top right corner, or standing alone without a child. Nothing is shown for zero. Other attributes go on the
 * outer element, as antd's do: a Dropdown around the badge (the bell) gives it its click handler and class.
 */
type Props = { count: number; color?: string; title?: string; children?: ReactNode; 'data-testid'?: string } & Omit<HTMLAttributes<HTMLSpanElement>, 'title' | 'children' | 'color'>;
export const LightBadge = forwardRef<HTMLSpanElement, Props>(function LightBadge({ count, color, title, children, 'data-testid': testId, className, ...outer }, ref) {
  const { token } = theme.useToken();
  const pill =
    count > 0 ? (
      <sup className={`light-badge-count${count < 10 ? ' light-badge-count-single' : ''}`} style={{ background: color ?? token.colorError }} title={title ?? String(count)} data-testid={testId}>
        {count > 99 ? '99+' : count}
      </sup>
    ) : null;
  const classes = (own: string) => (className ? `${own} ${className}` : own);
  if (children === undefined)
    return (
      pill && (
        <span {...outer} ref={ref} className={classes('light-badge light-badge-standalone')}>
          {pill}
        </span>
      )
    );
  return (
    <span {...outer} ref={ref} className={classes('light-badge')}>
      {children}
      {pill}
    </span>
  );
});
