import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth';
import { AppraisalTab } from './AppraisalTab';
import { DutyReportTab } from './DutyReportTab';

/** 激励担当作为: the annual appraisal (and, as the area grows, reserve cadres, training, commendation, care). */
export function IncentivesPage() {
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const tabs = [...(can('appraisal.manage') ? [{ key: 'appraisal', label: '年度考核', children: <AppraisalTab /> }] : []), { key: 'report', label: '述职述廉', children: <DutyReportTab /> }];
  const active = params.get('tab') ?? tabs[0].key;
  return (
    <Card title="激励担当作为" size="small">
      <Tabs activeKey={tabs.some((t) => t.key === active) ? active : tabs[0].key} onChange={(k) => setParams({ tab: k })} items={tabs} />
    </Card>
  );
}
