import type { ReactNode } from 'react';
import { Alert, Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { api, call } from '../api/client';
import { useAuth } from '../auth';
import { useApi } from './useApi';

/** A tab of a page, with who may see it: any of the permissions, or any of the roles; neither means everyone. */
export interface RoleTab {
  key: string;
  label: string;
  children: ReactNode;
  permissions?: string[];
  roles?: string[];
}

const loadRoles = () => call(api.GET('/api/auth/roles'));

/** 「仅党委组织部、纪委（纪检监察室）可以查看」: the roles holding the tab's permissions or named by it, in users' words. */
function WhoMay({ tab }: { tab: RoleTab }) {
  const { data } = useApi(loadRoles, []);
  if (!data) return null;
  const labels = [
    ...data.permissions.filter((p) => tab.permissions?.includes(p.permission)).flatMap((p) => p.roles.map((r) => r.label)),
    ...data.roles.filter((r) => tab.roles?.includes(r.role)).map((r) => r.label),
  ];
  return <>{`「${tab.label}」仅${[...new Set(labels)].join('、')}可以查看。`}</>;
}

/** The address's query with only the tab changed: the page's other parameters (filters, a record's id) stay. */
function withTab(params: URLSearchParams, tab: string): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('tab', tab);
  return next;
}

/**
 * The tabs of a page kept in the address (?tab=): a role sees only the tabs it may see; a link to a tab it may not see
 * (or to none of the page's tabs) opens the first tab it may, and says so — why, and who may — instead of a blank page.
 */
export function RoleTabs({ tabs, defaultKey, destroyOnHidden }: { tabs: RoleTab[]; defaultKey?: string; destroyOnHidden?: boolean }) {
  const { can, me } = useAuth();
  const [params, setParams] = useSearchParams();
  const allowed = (t: RoleTab) => (!t.permissions && !t.roles) || !!t.permissions?.some(can) || !!me?.roles.some((r) => t.roles?.includes(r.role));
  const visible = tabs.filter(allowed);
  const asked = params.get('tab');
  const fallback = visible.find((t) => t.key === defaultKey) ?? visible[0];
  const active = visible.find((t) => t.key === asked) ?? fallback;
  // A tab asked for in the address that is not the one shown: not this role's, or none of the page's.
  const misdirected = !!asked && asked !== active?.key;
  const refused = misdirected ? tabs.find((t) => t.key === asked) : undefined;
  const mine = me?.roles.map((r) => r.label).join('、');
  return (
    <>
      {misdirected && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="tab-not-allowed"
          message={refused ? `您不能查看「${refused.label}」` : '链接中的栏目不存在'}
          description={
            <>
              {refused && <WhoMay tab={refused} />}
              {refused && mine && `您当前的角色：${mine}。`}
              {active && `下面显示「${active.label}」。`}
            </>
          }
        />
      )}
      <Tabs activeKey={active?.key} onTabClick={(k) => setParams((p) => withTab(p, k))} items={visible.map(({ key, label, children }) => ({ key, label, children }))} destroyOnHidden={destroyOnHidden} />
    </>
  );
}
