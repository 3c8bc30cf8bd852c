import { useSyncExternalStore } from 'react';
import { api, call } from '../../api/client';

type Notices = Awaited<ReturnType<typeof fetchNotices>>;
const fetchNotices = () => call(api.GET('/api/notifications'));

/**
 * The signed-in person's reminders, asked for once and shared by whoever shows them (the bell, the workbench's
 * banners): one request on the first screen, not one each, and a notice read in one place is read in the other.
 * Dropped when nothing shows them any more (signed out), so the next person never sees the last one's.
 */
let current: Notices | undefined;
let asking: Promise<void> | undefined;
const listeners = new Set<() => void>();

export function reloadNotifications(): Promise<void> {
  asking = fetchNotices().then(
    (d) => {
      current = d;
    },
    () => undefined, // kept as it was; the bell's stream asks again on the next change
  );
  const mine = asking;
  void mine.then(() => {
    if (asking === mine) asking = undefined;
    listeners.forEach((l) => l());
  });
  return mine;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!current && !asking) void reloadNotifications();
  return () => {
    listeners.delete(listener);
    if (!listeners.size) current = undefined;
  };
}

export function useNotifications() {
  const data = useSyncExternalStore(subscribe, () => current);
  return { data, reload: reloadNotifications };
}
