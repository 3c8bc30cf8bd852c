import type { CSSProperties, MouseEventHandler, ReactNode } from 'react';
import { Link } from 'react-router-dom';
import './light.css';

type Props = {
  type?: 'primary' | 'default' | 'text';
  size?: 'small';
  icon?: ReactNode;
  children?: ReactNode;
  onClick?: MouseEventHandler<HTMLElement>;
  /** A route of this application: the button is a link there. */
  to?: string;
  style?: CSSProperties;
  'aria-label'?: string;
  'data-testid'?: string;
};

/** Two Chinese characters on a button are spaced, as antd does (登 录). */
const spaced = (text: ReactNode) => (typeof text === 'string' && /^[\u4e00-\u9fa5]{2}$/.test(text) ? text.split('').join(' ') : text);

/** antd's Button for the first screen (light.css): a button, or a link styled as one when given `to`. */
export function LightButton({ type = 'default', size, icon, children, onClick, to, style, ...rest }: Props) {
  const className = `light-btn light-btn-${type}${size === 'small' ? ' light-btn-sm' : ''}${icon && children === undefined ? ' light-btn-icon-only' : ''}`;
  const content = (
    <>
      {icon}
      {children !== undefined && <span>{spaced(children)}</span>}
    </>
  );
  if (to)
    return (
      <Link to={to} className={className} style={style} onClick={onClick} aria-label={rest['aria-label']} data-testid={rest['data-testid']}>
        {content}
      </Link>
    );
  return (
    <button type="button" className={className} style={style} onClick={onClick} aria-label={rest['aria-label']} data-testid={rest['data-testid']}>
      {content}
    </button>
  );
}
