// What other areas' screens may use of 谈心谈话: a staff member's request for a talk (the workbench offers it).
export { RequestTalkModal } from './OccasionModals';
