import { LightButton } from '../../components/light/LightButton';
import { LightCard } from '../../components/light/LightCard';
import { useState } from 'react';
import { useAuth } from '../../auth';
import { lazyDialog } from '../../components/lazyDialog';

const RequestTalkModal = lazyDialog(() => import('../talks').then((m) => m.RequestTalkModal));

/**
 * 我可以办理: what every cadre and staff member can do for themselves, one click away — ask for a talk, see their talks,
 * part-time posts, tolerance applications, interviews and letters, their annual report and appraisal, their record.
 */
export function QuickActions() {
  const { me, can } = useAuth();
  const [asking, setAsking] = useState(false);
  if (!me?.personId) return null;
  const links: { to: string; label: string; perm: string }[] = [
    { to: '/talks', label: '我的谈心谈话记录', perm: 'talk.read' },
    { to: '/incentives?tab=report', label: '我的述职述廉与年度考核', perm: 'duty.read' },
    { to: '/sidelines', label: '我的兼职与兼职申请', perm: 'sideline.apply' },
    { to: '/tolerance', label: '我的容错纠错申请', perm: 'tolerance.apply' },
    { to: '/interviews', label: '我的约谈与谈话函询', perm: 'interview.read' },
    { to: `/people/${me.personId}`, label: '我的档案', perm: 'roster.read' },
    { to: '/me/notifications', label: '我的通知设置', perm: 'duty.read' },
  ];
  return (
    <LightCard title="我可以办理" testId="quick-actions" style={{ marginBottom: 16 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {can('talk.read') && (
          <LightButton type="primary" onClick={() => setAsking(true)} data-testid="ask-talk">
            申请谈心谈话
          </LightButton>
        )}
        {links
          .filter((l) => can(l.perm))
          .map((l) => (
            <LightButton key={l.to} to={l.to}>
              {l.label}
            </LightButton>
          ))}
      </div>
      <RequestTalkModal open={asking} onClose={() => setAsking(false)} />
    </LightCard>
  );
}
