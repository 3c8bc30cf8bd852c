import { useEffect, useState } from 'react';
import { api, call } from '../../api/client';

const CHANGED = 'inbox-changed';

/** Tells the menu's badge that a step was just done on this page (it reads its count again). */
export function inboxChanged(): void {
  window.dispatchEvent(new Event(CHANGED));
}

/** How many steps wait for the signed-in person (the menu's badge), read again whenever `when` changes or a step is done. */
export function useInboxCount(allowed: boolean, when: string): { total: number; overdue: number } | null {
  const [count, setCount] = useState<{ total: number; overdue: number } | null>(null);
  const [done, setDone] = useState(0);
  useEffect(() => {
    const bump = () => setDone((n) => n + 1);
    window.addEventListener(CHANGED, bump);
    return () => window.removeEventListener(CHANGED, bump);
  }, []);
  useEffect(() => {
    if (!allowed) return;
    let live = true;
    call(api.GET('/api/inbox/count'))
      .then((c) => live && setCount(c))
      .catch(() => undefined); // the menu stays usable without its count
    return () => {
      live = false;
    };
  }, [allowed, when, done]);
  return allowed ? count : null;
}
