import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
import { theme } from 'antd';
import type { TagColor } from '../../labels';
import './light.css';

type Token = ReturnType<typeof theme.useToken>['token'];

/** antd's status colours: the tag takes the status's background and its colour. */
const STATUS: Record<string, 'Success' | 'Info' | 'Error' | 'Warning'> = { success: 'Success', processing: 'Info', error: 'Error', warning: 'Warning' };
const PRESETS = new Set(['red', 'volcano', 'orange', 'gold', 'yellow', 'lime', 'green', 'cyan', 'blue', 'geekblue', 'purple', 'magenta', 'pink']);

/** The colours antd 6's filled Tag gives a colour name: a preset's lightest shade behind its seventh, or a status's own. */
function colours(token: Token, color?: string): CSSProperties {
  const t = token as unknown as Record<string, string>;
  const status = color && STATUS[color];
  if (status) return { backgroundColor: t[`color${status}Bg`], color: t[`color${status}`] };
  if (color && PRESETS.has(color)) return { backgroundColor: t[`${color}1`], color: t[`${color}7`] };
  // The default: the theme's tertiary fill laid over the container's colour, as antd computes it.
  return { backgroundColor: token.colorBgContainer, backgroundImage: `linear-gradient(${token.colorFillTertiary}, ${token.colorFillTertiary})`, color: token.colorText };
}

/** antd's Tag for the first screen (light.css): a small label in a preset, status or given colour. */
export function LightTag({ color, style, children, ...rest }: { color?: TagColor; style?: CSSProperties; children?: ReactNode } & Omit<HTMLAttributes<HTMLSpanElement>, 'color' | 'style' | 'children'>) {
  const { token } = theme.useToken();
  return (
    <span {...rest} className="light-tag" style={{ ...colours(token, color), ...style }}>
      {children}
    </span>
  );
}
