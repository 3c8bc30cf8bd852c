import type { ReactNode } from 'react';
import { theme } from 'antd';
import { Paragraph, Title4 } from './light/Text';
import { Link } from 'react-router-dom';

export type Crumb = { title: string; to?: string };

/** antd's Breadcrumb drawn without it (it brings Dropdown and Menu along): muted links, 「/」 between, the last one darker. */
function Crumbs({ crumbs }: { crumbs: Crumb[] }) {
  const { token } = theme.useToken();
  return (
    <nav aria-label="breadcrumb" style={{ marginBottom: 4, color: token.colorTextDescription, fontSize: token.fontSize, lineHeight: token.lineHeight }}>
      <ol style={{ display: 'flex', flexWrap: 'wrap', margin: 0, padding: 0, listStyle: 'none' }}>
        {crumbs.map((c, i) => (
          <li key={`${i}-${c.title}`} style={{ display: 'inline-flex' }}>
            {i > 0 && (
              <span aria-hidden style={{ marginInline: token.marginXS }}>
                /
              </span>
            )}
            {c.to ? (
              <Link to={c.to} style={{ color: i === crumbs.length - 1 ? token.colorText : token.colorTextDescription, padding: `0 ${token.paddingXXS}px`, marginInline: -token.paddingXXS, borderRadius: token.borderRadiusSM }}>
                {c.title}
              </Link>
            ) : (
              <span style={{ color: i === crumbs.length - 1 ? token.colorText : undefined }}>{c.title}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * The one header of every page: where the page sits (a breadcrumb back to the list it came from), its title with its
 * status tags, the page's actions on the right, and a line saying what the page is for. On a phone the actions wrap
 * under the title and a long title wraps instead of pushing the page sideways.
 */
export function PageHeader({ title, tags, actions, crumbs, description, testId }: {
  title: ReactNode;
  tags?: ReactNode;
  actions?: ReactNode;
  /** The pages above this one, e.g. `[{ title: '谈心谈话', to: '/talks' }]`; the title ends the trail. */
  crumbs?: Crumb[];
  description?: ReactNode;
  /** A test id for the title (kept from the pages' former titles). */
  testId?: string;
}) {
  return (
    <div data-testid="page-header" style={{ marginBottom: 12 }}>
      {crumbs && crumbs.length > 0 && (
        <Crumbs crumbs={crumbs} />
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', justifyContent: 'space-between' }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', minWidth: 0, flex: '1 1 240px' }}>
          <Title4 style={{ margin: 0, overflowWrap: 'anywhere' }} data-testid={testId}>
            {title}
          </Title4>
          {tags}
        </div>
        {actions && (
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }} data-testid="page-actions">
            {actions}
          </div>
        )}
      </div>
      {description && (
        <Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {description}
        </Paragraph>
      )}
    </div>
  );
}
