import { useState, type ReactNode } from 'react';
import { theme } from 'antd';

export interface SideMenuItem {
  key: string;
  label: ReactNode;
  icon: ReactNode;
}

/**
 * The side menu (and the phone's drawer menu): antd's inline Menu drawn without it (antd's Menu brings rc-menu and its
 * overflow and motion machinery along): 40 px items with 4 px margins and 24 px indent, the theme's selected and hover
 * colours, one click to a page. Items are `menuitem`s of a `menu`, as antd's are.
 */
export function SideMenu({ items, selected, onSelect }: { items: SideMenuItem[]; selected?: string; onSelect: (key: string) => void }) {
  const { token } = theme.useToken();
  const [hover, setHover] = useState<string | null>(null);
  return (
    <ul role="menu" style={{ margin: 0, padding: 0, listStyle: 'none', height: '100%', background: token.colorBgContainer, fontSize: token.fontSize }}>
      {items.map((i) => {
        const on = i.key === selected;
        return (
          <li
            key={i.key}
            role="menuitem"
            tabIndex={0}
            aria-current={on ? 'page' : undefined}
            onClick={() => onSelect(i.key)}
            onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onSelect(i.key))}
            onMouseEnter={() => setHover(i.key)}
            onMouseLeave={() => setHover(null)}
            style={{
              display: 'flex',
              alignItems: 'center',
              height: token.controlHeightLG,
              lineHeight: `${token.controlHeightLG}px`,
              margin: token.marginXXS,
              width: `calc(100% - ${token.marginXXS * 2}px)`,
              paddingInline: `${token.paddingLG}px ${token.padding}px`,
              borderRadius: token.borderRadiusLG,
              cursor: 'pointer',
              whiteSpace: 'nowrap',
              color: on ? token.colorPrimary : token.colorText,
              background: on ? token.controlItemBgActive : hover === i.key ? token.colorBgTextHover : 'transparent',
              transition: `background ${token.motionDurationMid}, color ${token.motionDurationMid}`,
              outline: 'none',
            }}
          >
            <span aria-hidden style={{ fontSize: token.fontSize, minWidth: token.fontSize, marginInlineEnd: token.controlHeightSM - token.fontSize, display: 'inline-flex' }}>
              {i.icon}
            </span>
            <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{i.label}</span>
          </li>
        );
      })}
    </ul>
  );
}
