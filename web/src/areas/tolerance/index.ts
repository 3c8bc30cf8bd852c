// What other areas' screens may use of 容错纠错: the person page shows a cadre's protections.
export { ProtectionsCard } from './ProtectionsCard';
