// What the shell uses of 通知: the bell in the header; the workbench lists the newest notices and reloads them.
export { Bell } from './Bell';
export { reloadNotifications, useNotifications } from './useNotifications';
