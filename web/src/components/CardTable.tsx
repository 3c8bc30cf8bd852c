import type { ReactNode } from 'react';
import { Grid, List, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { TableProps } from 'antd';

type Column<T> = NonNullable<TableProps<T>['columns']>[number] & { dataIndex?: unknown; render?: (v: never, r: T, i: number) => ReactNode };

/** How a row becomes a card on a phone, naming the table's columns by key, dataIndex or title. */
export interface CardLayout {
  /** The column that heads the card (usually the link to the record). */
  title: string;
  /** Where the heading leads, when its column is no link itself. */
  href?: (r: never) => string;
  /** Columns shown beside each other above the title (state, kind): tags, without their heading. */
  tags?: string[];
  /** Columns of several lines (reasons, notes): each on a line of its own, its heading above. */
  blocks?: string[];
  /** Columns left off the card (what a phone can do without). */
  hide?: string[];
  /** Columns shown at the card's foot as they are (buttons, links), without their heading; so is any column without a heading. */
  actions?: string[];
  /** The data-testid of each card. */
  testId?: string;
}

const columnId = <T,>(c: Column<T>): string => {
  const dataIndex = 'dataIndex' in c ? c.dataIndex : undefined;
  if (c.key != null) return String(c.key);
  if (typeof dataIndex === 'string') return dataIndex;
  return typeof c.title === 'string' ? c.title : '';
};

const cellOf = <T,>(c: Column<T>, r: T, i: number): ReactNode => {
  const dataIndex = 'dataIndex' in c ? c.dataIndex : undefined;
  const value = typeof dataIndex === 'string' ? (r as Record<string, unknown>)[dataIndex] : undefined;
  if (c.render) return c.render(value as never, r, i) as ReactNode;
  return value == null ? '—' : (value as ReactNode);
};

/** What a card leaves out: a cell with nothing in it (a table shows 「—」 there to keep its grid). */
const blank = (cell: ReactNode) => cell == null || cell === false || cell === '' || cell === '—';

const pick = <T,>(cols: Column<T>[], ids: string[] | undefined) => (ids ?? []).map((id) => cols.find((c) => columnId(c) === id)).filter((c): c is Column<T> => !!c);

/**
 * A table on a desk and a list of cards on a phone (390 px: nothing scrolls sideways). The card reuses the
 * table's own columns: `layout.title` heads it, `layout.tags` sit above, the rest follow as 「heading value」.
 */
export function CardTable<T extends object>({ layout, ...props }: TableProps<T> & { layout: CardLayout }) {
  const phone = !Grid.useBreakpoint().md;
  if (!phone) return <Table<T> {...props} />;
  const cols = (props.columns ?? []) as Column<T>[];
  const titleCol = pick(cols, [layout.title])[0];
  const tagCols = pick(cols, layout.tags);
  const skip = new Set([layout.title, ...(layout.tags ?? []), ...(layout.hide ?? []), ...(layout.actions ?? [])]);
  const unnamed = (c: Column<T>) => !c.title && !skip.has(columnId(c));
  // A column without a heading is a button or a link: it goes to the foot of the card.
  const actionCols = [...pick(cols, layout.actions), ...cols.filter(unnamed)];
  const restCols = cols.filter((c) => !skip.has(columnId(c)) && !unnamed(c));
  const rowKey = (r: T): React.Key => (typeof props.rowKey === 'function' ? props.rowKey(r) : ((r as Record<string, React.Key>)[(props.rowKey as string) ?? 'key']));
  const { position: _position, placement: _placement, ...paging } = props.pagination || {};
  const pagination = props.pagination === false ? false : { pageSize: 10, ...paging, size: 'small' as const, showSizeChanger: false };
  const data = [...(props.dataSource ?? [])];
  return (
    <List<T>
      loading={props.loading as boolean | undefined}
      dataSource={data}
      rowKey={rowKey}
      locale={{ emptyText: props.locale?.emptyText as ReactNode }}
      pagination={pagination}
      data-testid={(props as { 'data-testid'?: string })['data-testid']}
      renderItem={(r) => {
        const i = data.indexOf(r);
        return (
          <List.Item style={{ display: 'block', paddingInline: 4 }} data-testid={layout.testId ?? 'list-card'}>
            {tagCols.length > 0 && (
              <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginBottom: 4 }}>
                {tagCols.map((c) => {
                  const cell = cellOf(c, r, i);
                  return blank(cell) ? null : <span key={columnId(c)}>{cell}</span>;
                })}
              </div>
            )}
            {titleCol && (
              <div style={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
                {layout.href ? <Link to={layout.href(r as never)}>{cellOf(titleCol, r, i)}</Link> : cellOf(titleCol, r, i)}
              </div>
            )}
            <div style={{ display: 'flex', columnGap: 12, rowGap: 2, flexWrap: 'wrap', marginTop: 4 }}>
              {restCols.map((c) => {
                const cell = cellOf(c, r, i);
                if (blank(cell)) return null;
                if (layout.blocks?.includes(columnId(c)))
                  return (
                    <div key={columnId(c)} style={{ flexBasis: '100%', fontSize: 12, overflowWrap: 'anywhere' }}>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{c.title as ReactNode}</Typography.Text>
                      <div>{cell}</div>
                    </div>
                  );
                return (
                  <Typography.Text key={columnId(c)} style={{ fontSize: 12, overflowWrap: 'anywhere', minWidth: 0 }}>
                    {typeof c.title === 'string' && c.title && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{c.title} </Typography.Text>}
                    {cell}
                  </Typography.Text>
                );
              })}
            </div>
            {actionCols.length > 0 && (
              <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginTop: 6 }}>
                {actionCols.map((c) => (
                  <span key={columnId(c)}>{cellOf(c, r, i)}</span>
                ))}
              </div>
            )}
          </List.Item>
        );
      }}
    />
  );
}
