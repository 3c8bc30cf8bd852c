// What others use of 待我办理: the workbench's list of the first waiting steps (drawn light: the shell and the first
// screen carry no antd Table) and the count (the menu's badge). The 待我办理 page's own table stays inside the area.
export { LightInboxList } from './LightInboxList';
export { NOTHING_WAITING } from './inboxParts';
export { inboxChanged, useInboxCount } from './useInboxCount';
