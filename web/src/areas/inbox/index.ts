// What others use of 待我办理: the list (the workbench shows its first items) and the count (the menu's badge).
export { InboxList, NOTHING_WAITING } from './InboxList';
export { inboxChanged, useInboxCount } from './useInboxCount';
