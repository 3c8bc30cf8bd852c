// What other areas' screens may use of 激励担当作为: the person page shows a cadre's appraisals, training and profile.
export { AppraisalCard } from './AppraisalCard';
export { TrainingCard } from './TrainingCard';
export { ProfileCard } from './ProfileCard';
