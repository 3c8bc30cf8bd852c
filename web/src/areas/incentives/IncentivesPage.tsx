import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth';
import { AppraisalTab } from './AppraisalTab';
import { DutyReportTab } from './DutyReportTab';
import { TrainingTab } from './TrainingTab';
import { CareTab } from './CareTab';
import { ReserveTab } from './ReserveTab';
import { InactionTab } from './InactionTab';
import { CommendationTab } from './CommendationTab';
import { PageHeader } from '../../components/PageHeader';

/** 激励担当作为: annual appraisal, duty reports, reserve cadres, training, inaction, care (ahzaxy-2020). */
export function IncentivesPage() {
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const tabs = [
    ...(can('appraisal.manage') ? [{ key: 'appraisal', label: '年度考核', children: <AppraisalTab /> }] : []),
    { key: 'report', label: '述职述廉', children: <DutyReportTab /> },
    ...(can('reserve.manage') ? [{ key: 'reserve', label: '后备干部', children: <ReserveTab /> }] : []),
    ...(can('reserve.manage') ? [{ key: 'commendation', label: '表彰奖励', children: <CommendationTab /> }] : []),
    ...(can('training.manage') ? [{ key: 'training', label: '教育培训', children: <TrainingTab /> }] : []),
    ...(can('inaction.manage') ? [{ key: 'inaction', label: '为官不为', children: <InactionTab /> }] : []),
    ...(can('care.manage') ? [{ key: 'care', label: '关怀帮扶', children: <CareTab /> }] : []),
  ];
  const active = params.get('tab') ?? tabs[0].key;
  return (
    <div>
      <PageHeader title="激励担当作为" />
      <Card size="small">
        <Tabs activeKey={tabs.some((t) => t.key === active) ? active : tabs[0].key} onChange={(k) => setParams({ tab: k })} items={tabs} />
      </Card>
    </div>
  );
}
