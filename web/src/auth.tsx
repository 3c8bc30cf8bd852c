import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { api, call } from './api/client';
import { adoptServerToday } from './today';
import { setCitationDocuments } from './citations';
import { setVocabulary } from './vocabulary';
import { setRules } from './rules';
import { forgetPrefetched } from './components/prefetch';


type Me = NonNullable<Awaited<ReturnType<typeof fetchMe>>>;
// Citations are shown by the regulations' Chinese names, identifiers by the server's words, and rules by the college's
// packs: all sent with the session (include=policy), for those who may read the regulations. Should the session come
// without them (the server could not read them, or the account must first change its password), they are read apart.
const fetchMe = () =>
  call(api.GET('/api/auth/me', { params: { query: { include: 'policy' } } })).then(async ({ policy, ...me }) => {
    adoptServerToday(me);
    if (policy) {
      setCitationDocuments(policy.documents);
      setVocabulary(policy.vocabulary);
      setRules(policy.rules);
    } else if (me.permissions.includes('policy.read'))
      await Promise.all([
        call(api.GET('/api/policy/documents')).then((r) => setCitationDocuments(r.documents)),
        call(api.GET('/api/policy/vocabulary')).then(setVocabulary),
        call(api.GET('/api/policy')).then((r) => setRules(r.rules)),
      ].map((p) => p.catch(() => undefined)));
    return me;
  });

interface AuthState {
  me: Me | null;
  loading: boolean;
  can(permission: string): boolean;
  login(username: string, password: string, code?: string): Promise<void>;
  logout(): Promise<void>;
  /** Reads who is signed in again (after a password change). */
  refresh(): Promise<void>;
  expiredMessage: string | null;
}

const Ctx = createContext<AuthState | null>(null);

// The session is asked for as the application's code starts, not after React's first render: the shell, the first page
// and its figures all wait on its answer. The provider takes this first answer once; later checks ask again.
let firstSession: Promise<Me> | null = fetchMe();
firstSession.catch(() => undefined); // a refusal is the provider's to handle when it takes the answer
const takeFirstSession = () => {
  const answer = firstSession ?? fetchMe();
  firstSession = null;
  return answer;
};


export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const [expiredMessage, setExpired] = useState<string | null>(null);
  const signedIn = useRef(false);
  useEffect(() => {
    signedIn.current = !!me;
  }, [me]);

  useEffect(() => {
    takeFirstSession()
      .then(setMe)
      .catch(() => setMe(null))
      .finally(() => setLoading(false));
    // Only a session that ends while in use is worth a notice; a first visit simply shows the sign-in page.
    const onExpired = (e: Event) => {
      if (!signedIn.current) return;
      setMe(null);
      setExpired((e as CustomEvent<string | undefined>).detail ?? '会话已结束，请重新登录');
    };
    window.addEventListener('auth:expired', onExpired);
    return () => window.removeEventListener('auth:expired', onExpired);
  }, []);

  const login = useCallback(async (username: string, password: string, code?: string) => {
    await call(api.POST('/api/auth/login', { body: { username, password, code } }));
    forgetPrefetched();
    setExpired(null);
    setMe(await fetchMe());
  }, []);
  const logout = useCallback(async () => {
    const out = await call(api.POST('/api/auth/logout')).catch(() => undefined);
    forgetPrefetched();
    setMe(null);
    // Signed in through 统一身份认证: the provider's session ends too, at its own sign-out address.
    if (out?.redirectTo) window.location.assign(out.redirectTo);
  }, []);
  const can = useCallback((p: string) => !!me?.permissions.includes(p), [me]);

  const refresh = useCallback(async () => setMe(await fetchMe()), []);
  return <Ctx.Provider value={{ me, loading, can, login, logout, refresh, expiredMessage }}>{children}</Ctx.Provider>;
}

export function useAuth(): AuthState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}
