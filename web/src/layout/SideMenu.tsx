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
  // The keyboard's focus is shown (as antd's menu shows it), a mouse click's is not.
  const [focused, setFocused] = useState<string | null>(null);
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
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onSelect(i.key);
              }
              // Up and down move between the items, as in antd's menu.
              const next = e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.key === 'ArrowUp' ? e.currentTarget.previousElementSibling : null;
              if (next instanceof HTMLElement) {
                e.preventDefault();
                next.focus();
              }
            }}
            onFocus={(e) => setFocused(e.currentTarget.matches(':focus-visible') ? i.key : null)}
            onBlur={() => setFocused(null)}
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
              outline: focused === i.key ? `${token.lineWidthFocus}px solid ${token.colorPrimaryBorder}` : 'none',
              outlineOffset: 1,
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
