import type { ReactNode } from 'react';
import { Breadcrumb, Flex, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';

export type Crumb = { title: string; to?: string };

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
        <Breadcrumb
          style={{ marginBottom: 4 }}
          items={crumbs.map((c) => ({ title: c.to ? <Link to={c.to}>{c.title}</Link> : c.title }))}
        />
      )}
      <Flex wrap gap={8} align="center" justify="space-between">
        <Flex wrap gap={8} align="center" style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Typography.Title level={4} style={{ margin: 0, overflowWrap: 'anywhere' }} data-testid={testId}>
            {title}
          </Typography.Title>
          {tags}
        </Flex>
        {actions && (
          <Space wrap size={8} data-testid="page-actions">
            {actions}
          </Space>
        )}
      </Flex>
      {description && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {description}
        </Typography.Paragraph>
      )}
    </div>
  );
}
