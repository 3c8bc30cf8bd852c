import { useState, type CSSProperties } from 'react';
import { theme } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';

/** The page numbers antd's Pagination shows: the first, the last, two either side of the current one, ••• between. */
export function pageItems(current: number, pages: number): (number | 'prev-jump' | 'next-jump')[] {
  if (pages <= 9) return Array.from({ length: pages }, (_, i) => i + 1);
  let left = Math.max(1, current - 2);
  let right = Math.min(pages, current + 2);
  if (current - 1 <= 2) right = 5;
  if (pages - current <= 2) left = pages - 4;
  const items: (number | 'prev-jump' | 'next-jump')[] = [];
  for (let p = left; p <= right; p++) items.push(p);
  if (left > 2) items.unshift(left === 3 ? 2 : 'prev-jump');
  if (left > 1) items.unshift(1);
  if (right < pages - 1) items.push(right === pages - 2 ? pages - 1 : 'next-jump');
  if (right < pages) items.push(pages);
  return items;
}

const SIZES = [10, 20, 50, 100];

/**
 * antd's Pagination drawn without it (antd's brings Select and its own input along): page numbers, ••• jumps of five,
 * the arrows, and a page-size choice past 50 rows, as antd shows it. `small`: the 24 px items antd uses in lists.
 */
export function Pager({ current, total, pageSize, onChange, small, sizeChanger, style }: {
  current: number;
  total: number;
  pageSize: number;
  onChange: (page: number, pageSize: number) => void;
  small?: boolean;
  sizeChanger?: boolean;
  style?: CSSProperties;
}) {
  const { token } = theme.useToken();
  const [hover, setHover] = useState<string | null>(null);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const size = small ? token.controlHeightSM : token.controlHeight;
  const item = (key: string, active: boolean, disabled = false): CSSProperties => ({
    minWidth: size,
    height: size,
    lineHeight: `${size - 2}px`,
    padding: '0 6px',
    textAlign: 'center',
    listStyle: 'none',
    cursor: disabled ? 'not-allowed' : 'pointer',
    userSelect: 'none',
    borderRadius: token.borderRadius,
    border: `${token.lineWidth}px ${token.lineType} ${active ? token.colorPrimary : 'transparent'}`,
    fontWeight: active ? token.fontWeightStrong : undefined,
    color: disabled ? token.colorTextDisabled : active ? token.colorPrimary : token.colorText,
    background: !active && !disabled && hover === key ? token.colorBgTextHover : active ? token.colorBgContainer : 'transparent',
    transition: `all ${token.motionDurationMid}`,
  });
  const go = (p: number) => onChange(Math.min(pages, Math.max(1, p)), pageSize);
  const events = (key: string, onClick: () => void, disabled = false) =>
    disabled ? {} : { onClick, onMouseEnter: () => setHover(key), onMouseLeave: () => setHover(null), onKeyDown: (e: React.KeyboardEvent) => e.key === 'Enter' && onClick(), tabIndex: 0 };
  return (
    <ul style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'flex-end', alignItems: 'center', gap: small ? token.marginXXS : token.marginXS, margin: 0, padding: 0, fontSize: token.fontSize, ...style }}>
      <li title="上一页" aria-disabled={current <= 1} style={item('prev', false, current <= 1)} {...events('prev', () => go(current - 1), current <= 1)}>
        <LeftOutlined style={{ fontSize: 12 }} />
      </li>
      {pageItems(current, pages).map((p) =>
        typeof p === 'number' ? (
          <li key={p} title={String(p)} className={`light-pager-item-${p}`} aria-current={p === current ? 'page' : undefined} style={item(`p${p}`, p === current)} {...events(`p${p}`, () => go(p))}>
            {p}
          </li>
        ) : (
          <li key={p} title={p === 'prev-jump' ? '向前 5 页' : '向后 5 页'} style={{ ...item(p, false), color: hover === p ? token.colorPrimary : token.colorTextDisabled, letterSpacing: 2 }} {...events(p, () => go(current + (p === 'prev-jump' ? -5 : 5)))}>
            {hover === p ? (p === 'prev-jump' ? '«' : '»') : '•••'}
          </li>
        ),
      )}
      <li title="下一页" aria-disabled={current >= pages} style={item('next', false, current >= pages)} {...events('next', () => go(current + 1), current >= pages)}>
        <RightOutlined style={{ fontSize: 12 }} />
      </li>
      {sizeChanger && (
        <li style={{ listStyle: 'none', marginInlineStart: token.marginXS }}>
          <select
            aria-label="每页条数"
            value={pageSize}
            onChange={(e) => onChange(1, Number(e.target.value))}
            style={{ height: size, padding: `0 ${token.paddingXXS}px`, border: `${token.lineWidth}px ${token.lineType} ${token.colorBorder}`, borderRadius: token.borderRadius, background: token.colorBgContainer, color: token.colorText, fontSize: token.fontSize, cursor: 'pointer' }}
          >
            {SIZES.map((s) => (
              <option key={s} value={s}>
                {s} 条/页
              </option>
            ))}
          </select>
        </li>
      )}
    </ul>
  );
}
