import { useState, type CSSProperties, type Key, type ReactNode } from 'react';
import { theme } from 'antd';
import { LightSpinning } from './LightLoading';
import { Pager } from './Pager';

export interface LightColumn<T> {
  key: string;
  title: ReactNode;
  width?: number;
  align?: 'left' | 'right' | 'center';
  render: (row: T, index: number) => ReactNode;
}

/** Paging as antd's tables and lists take it: false for none, or the rows a page (the size choice shows past 50 rows). */
export type LightPaging = false | { pageSize?: number; showSizeChanger?: boolean };

/** The rows of the current page, and the pager that turns them (nothing when one page holds them all and `hideOnSinglePage`). */
function usePaging<T>(rows: T[], paging: LightPaging | undefined) {
  const [page, setPage] = useState(1);
  const [size, setSize] = useState((paging && paging.pageSize) || 10);
  if (paging === false) return { shown: rows, pager: null as null | { current: number; pageSize: number; sizeChanger: boolean; onChange: (p: number, s: number) => void } };
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(page, pages);
  return {
    shown: rows.slice((current - 1) * size, current * size),
    pager: { current, pageSize: size, sizeChanger: paging?.showSizeChanger ?? rows.length > 50, onChange: (p: number, s: number) => (setPage(p), setSize(s)) },
  };
}

/**
 * antd's Table for a read-only list, drawn without antd's Table (which brings Pagination, Select, Dropdown, Tree and
 * Checkbox with it): the same measures (`middle`: 12 × 8 px cells, `small`: 8 × 8), the grey heading with its strong
 * text and the thin separators, the row hover, the pager on the right. For the first screen (the workbench).
 */
export function LightTable<T>({ columns, rows, rowKey, size = 'middle', pagination, loading, emptyText, rowTestId, style }: {
  columns: LightColumn<T>[];
  rows: T[];
  rowKey: (row: T) => Key;
  size?: 'small' | 'middle';
  pagination?: LightPaging;
  loading?: boolean;
  emptyText?: ReactNode;
  rowTestId?: string;
  style?: CSSProperties;
}) {
  const { token } = theme.useToken();
  const [hover, setHover] = useState<Key | null>(null);
  const { shown, pager } = usePaging(rows, pagination);
  const pad = size === 'small' ? `${token.paddingXS}px ${token.paddingXS}px` : `${token.paddingSM}px ${token.paddingXS}px`;
  const line = `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`;
  const headBg = (token as { colorFillAlterSolid?: string }).colorFillAlterSolid ?? '#fafafa';
  return (
    <div style={style}>
      <LightSpinning spinning={!!loading}>
        <div style={{ overflowX: 'auto' }}>
          <table style={{ width: '100%', minWidth: '100%', borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'auto', fontSize: token.fontSize, lineHeight: token.lineHeight, color: token.colorText, textAlign: 'start' }}>
            <colgroup>
              {columns.map((c) => (
                <col key={c.key} style={c.width ? { width: c.width } : undefined} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {columns.map((c, i) => (
                  <th
                    key={c.key}
                    scope="col"
                    style={{
                      position: 'relative',
                      padding: pad,
                      background: headBg,
                      color: token.colorTextHeading,
                      fontWeight: token.fontWeightStrong,
                      textAlign: c.align ?? 'start',
                      borderBottom: line,
                      borderStartStartRadius: i === 0 ? token.borderRadiusLG : undefined,
                      borderStartEndRadius: i === columns.length - 1 ? token.borderRadiusLG : undefined,
                      overflowWrap: 'break-word',
                    }}
                  >
                    {c.title}
                    {i < columns.length - 1 && (
                      <span aria-hidden style={{ position: 'absolute', top: '50%', insetInlineEnd: 0, width: 1, height: '1.6em', background: token.colorBorderSecondary, transform: 'translateY(-50%)' }} />
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((r, ri) => {
                const key = rowKey(r);
                return (
                  <tr key={key} data-testid={rowTestId} className="light-table-row" onMouseEnter={() => setHover(key)} onMouseLeave={() => setHover(null)}>
                    {columns.map((c) => (
                      <td key={c.key} style={{ padding: pad, borderBottom: line, textAlign: c.align ?? 'start', background: hover === key ? headBg : token.colorBgContainer, transition: `background ${token.motionDurationMid}`, overflowWrap: 'break-word' }}>
                        {c.render(r, ri)}
                      </td>
                    ))}
                  </tr>
                );
              })}
              {!shown.length && (
                <tr>
                  <td colSpan={columns.length} style={{ padding: token.padding, textAlign: 'center', color: token.colorTextDisabled, borderBottom: line }}>
                    {loading ? ' ' : emptyText}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </LightSpinning>
      {pager && rows.length > 0 && <Pager small total={rows.length} {...pager} style={{ margin: `${token.margin}px 0` }} />}
    </div>
  );
}

/**
 * antd's List (a card a row, as the phones show tables), drawn without it: each item 12 px above and below with the
 * thin line between, the small pager on the right beneath.
 */
export function LightList<T>({ rows, rowKey, renderItem, pagination, loading, emptyText, itemTestId }: {
  rows: T[];
  rowKey: (row: T) => Key;
  renderItem: (row: T) => ReactNode;
  pagination?: LightPaging;
  loading?: boolean;
  emptyText?: ReactNode;
  itemTestId?: string;
}) {
  const { token } = theme.useToken();
  const { shown, pager } = usePaging(rows, pagination);
  return (
    <div>
      <LightSpinning spinning={!!loading}>
        <ul style={{ margin: 0, padding: 0, listStyle: 'none', color: token.colorText, fontSize: token.fontSize, lineHeight: token.lineHeight, minHeight: loading && !rows.length ? 48 : undefined }}>
          {shown.map((r, i) => (
            <li key={rowKey(r)} data-testid={itemTestId} style={{ padding: `${token.paddingSM}px 4px`, borderBlockEnd: i < shown.length - 1 || pager ? `${token.lineWidth}px ${token.lineType} ${token.colorSplit}` : undefined }}>
              {renderItem(r)}
            </li>
          ))}
          {!shown.length && !loading && <li style={{ padding: token.padding, textAlign: 'center', color: token.colorTextDisabled }}>{emptyText}</li>}
        </ul>
      </LightSpinning>
      {pager && rows.length > 0 && <Pager small total={rows.length} {...pager} sizeChanger={false} style={{ marginBlockStart: token.marginLG }} />}
    </div>
  );
}
