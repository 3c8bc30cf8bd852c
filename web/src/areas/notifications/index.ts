// What the shell uses of 通知: the bell in the header.
export { Bell } from './Bell';
