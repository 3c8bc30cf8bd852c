import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
import { theme } from 'antd';

// antd's Typography (Text, Paragraph, Title, Link) for the shell and the first screen, drawn without it: antd's
// Typography brings its editing and copying (TextArea, Input) along. Same colours and measures from the theme.

type TextType = 'secondary' | 'danger';
type Props = { type?: TextType; strong?: boolean; style?: CSSProperties; children?: ReactNode } & Omit<HTMLAttributes<HTMLElement>, 'style' | 'children'>;

/** The caller's style without its unset entries (`fontSize: undefined` keeps the theme's size, as antd does). */
const set = (style?: CSSProperties) => Object.fromEntries(Object.entries(style ?? {}).filter(([, v]) => v !== undefined)) as CSSProperties;

function useColor(type?: TextType) {
  const { token } = theme.useToken();
  return { token, color: type === 'secondary' ? token.colorTextDescription : type === 'danger' ? token.colorError : undefined };
}

/** Typography.Text: a span, muted (secondary) or red (danger), or strong. */
export function Text({ type, strong, style, children, ...rest }: Props) {
  const { color, token } = useColor(type);
  return (
    <span {...rest} style={{ color, fontWeight: strong ? token.fontWeightStrong : undefined, wordBreak: 'break-word', ...set(style) }}>
      {children}
    </span>
  );
}

/** Typography.Paragraph: a block with a line's space beneath. */
export function Paragraph({ type, strong, style, children, ...rest }: Props) {
  const { color, token } = useColor(type);
  return (
    <div {...rest} style={{ color: color ?? token.colorText, fontWeight: strong ? token.fontWeightStrong : undefined, marginBottom: '1em', wordBreak: 'break-word', ...set(style) }}>
      {children}
    </div>
  );
}

/** Typography.Title level 4: the page's and the header's heading. */
export function Title4({ style, children, ...rest }: Omit<Props, 'type' | 'strong'>) {
  const { token } = theme.useToken();
  return (
    <h4 {...rest} style={{ ...(style?.margin === undefined ? { marginTop: 0, marginBottom: '0.5em' } : {}), color: token.colorTextHeading, fontWeight: token.fontWeightStrong, fontSize: token.fontSizeHeading4, lineHeight: token.lineHeightHeading4, wordBreak: 'break-word', ...set(style) }}>
      {children}
    </h4>
  );
}

/** Typography.Link: a link that acts (no address), in the link colour. */
export function TextLink({ style, children, onClick, ...rest }: Omit<Props, 'type' | 'strong'>) {
  const { token } = theme.useToken();
  return (
    <a {...rest} role="button" tabIndex={0} onClick={onClick} onKeyDown={(e) => e.key === 'Enter' && (e.currentTarget as HTMLElement).click()} style={{ color: token.colorLink, cursor: 'pointer', ...set(style) }}>
      {children}
    </a>
  );
}
