import { useSyncExternalStore } from 'react';
import { api, call } from '../../api/client';
import { forgetWithPrefetched } from '../../components/prefetch';

type Notices = Awaited<ReturnType<typeof fetchNotices>>;
const fetchNotices = () => call(api.GET('/api/notifications'));

/**
 * The signed-in person's reminders, asked for once and shared by whoever shows them (the bell, the workbench's
 * banners): one request on the first screen, not one each, and a notice read in one place is read in the other.
 * Forgotten at sign-in and sign-out and when nothing shows them any more; an answer comes in only if it is the newest
 * asked since then, so one person's reminders never reach the next person signed in on this tab, nor does an older
 * answer overwrite a newer one.
 */
let current: Notices | undefined;
let asked = 0;
let answered = 0;
let asking = false;
const listeners = new Set<() => void>();

function forget() {
  current = undefined;
  asking = false;
  answered = ++asked; // every answer under way is now stale
}
forgetWithPrefetched(forget);

export function reloadNotifications(): Promise<void> {
  const mine = ++asked;
  asking = true;
  return fetchNotices().then(
    (d) => {
      if (mine <= answered) return; // forgotten, or a newer answer came first
      answered = mine;
      current = d;
      if (mine === asked) asking = false;
      listeners.forEach((l) => l());
    },
    () => {
      if (mine === asked) asking = false; // kept as it was; the bell's stream asks again on the next change
    },
  );
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!current && !asking) void reloadNotifications();
  return () => {
    listeners.delete(listener);
    if (!listeners.size) forget();
  };
}

export function useNotifications() {
  const data = useSyncExternalStore(subscribe, () => current);
  return { data, reload: reloadNotifications };
}
