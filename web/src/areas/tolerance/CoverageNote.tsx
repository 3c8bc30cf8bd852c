import { Alert } from 'antd';
import { api, call } from '../../api/client';
import { citationText } from '../../citations';
import { useApi } from '../../components/useApi';

/**
 * 登记问责案件, once the person is picked: says when the college's tolerance rules do not cover them (适用范围), so the
 * office registers the case knowing that no tolerance application will follow.
 */
export function CoverageNote({ personId }: { personId: number | undefined }) {
  const { data } = useApi(() => (personId ? call(api.GET('/api/tolerance/coverage', { params: { query: { personId } } })) : Promise.resolve(null)), [personId]);
  if (!personId || !data || data.covered) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="coverage-note"
      message="被问责人不在容错纠错的适用范围内"
      description={`${data.message ?? ''}${data.article ? `（${citationText(data.article)}）` : ''}。案件仍可登记，但不会有容错申请。`}
    />
  );
}
