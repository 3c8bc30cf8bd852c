import type { CSSProperties, ReactNode } from 'react';
import { theme } from 'antd';

/**
 * antd's small Card (`<Card size="small">`) drawn without antd's Card, which brings Tabs and Skeleton with it: the same
 * measures (a 38 px head, 12 px padding, the strong title, the extra on the right) and the theme's colours and radius.
 * For the first screen (the workbench); other pages keep antd's Card.
 */
export function LightCard({ title, extra, children, style, testId }: { title?: ReactNode; extra?: ReactNode; children?: ReactNode; style?: CSSProperties; testId?: string }) {
  const { token } = theme.useToken();
  const border = `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`;
  return (
    <div
      data-testid={testId}
      style={{ background: token.colorBgContainer, border, borderRadius: token.borderRadiusLG, color: token.colorText, fontSize: token.fontSize, lineHeight: token.lineHeight, ...style }}
    >
      {(title || extra) && (
        <div style={{ display: 'flex', alignItems: 'center', minHeight: token.fontSize * token.lineHeight + token.paddingXS * 2, padding: `0 ${token.paddingSM}px`, borderBottom: border, gap: token.paddingXS }}>
          <div style={{ flex: 1, minWidth: 0, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis', fontWeight: token.fontWeightStrong, color: token.colorTextHeading }}>{title}</div>
          {extra && <div style={{ marginInlineStart: 'auto', fontWeight: 'normal' }}>{extra}</div>}
        </div>
      )}
      <div style={{ padding: token.paddingSM }}>{children}</div>
    </div>
  );
}
