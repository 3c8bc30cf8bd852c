import { useEffect, useState } from 'react';
import { api, call } from '../../api/client';

/** How many steps wait for the signed-in person (the menu's badge), read again whenever `when` changes. */
export function useInboxCount(allowed: boolean, when: string): { total: number; overdue: number } | null {
  const [count, setCount] = useState<{ total: number; overdue: number } | null>(null);
  useEffect(() => {
    if (!allowed) return;
    let live = true;
    call(api.GET('/api/inbox/count'))
      .then((c) => live && setCount(c))
      .catch(() => undefined); // the menu stays usable without its count
    return () => {
      live = false;
    };
  }, [allowed, when]);
  return allowed ? count : null;
}
