import { Card } from 'antd';
import { AppraisalTab } from './AppraisalTab';
import { DutyReportTab } from './DutyReportTab';
import { TrainingTab } from './TrainingTab';
import { CareTab } from './CareTab';
import { ReserveTab } from './ReserveTab';
import { InactionTab } from './InactionTab';
import { CommendationTab } from './CommendationTab';
import { PageHeader } from '../../components/PageHeader';
import { RoleTabs, type RoleTab } from '../../components/RoleTabs';

/** 激励担当作为: annual appraisal, duty reports, reserve cadres, training, inaction, care (ahzaxy-2020). */
export function IncentivesPage() {
  const tabs: RoleTab[] = [
    { key: 'appraisal', label: '年度考核', children: <AppraisalTab />, permissions: ['appraisal.manage'] },
    { key: 'report', label: '述职述廉', children: <DutyReportTab /> },
    { key: 'reserve', label: '后备干部', children: <ReserveTab />, permissions: ['reserve.manage'] },
    { key: 'commendation', label: '表彰奖励', children: <CommendationTab />, permissions: ['reserve.manage'] },
    { key: 'training', label: '教育培训', children: <TrainingTab />, permissions: ['training.manage'] },
    { key: 'inaction', label: '为官不为', children: <InactionTab />, permissions: ['inaction.manage'] },
    { key: 'care', label: '关怀帮扶', children: <CareTab />, permissions: ['care.manage'] },
  ];
  return (
    <div>
      <PageHeader title="激励担当作为" />
      <Card size="small">
        <RoleTabs tabs={tabs} />
      </Card>
    </div>
  );
}
