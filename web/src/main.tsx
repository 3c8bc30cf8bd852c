import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthProvider, useAuth } from './auth';
import { LoginPage } from './app/LoginPage';
import { Loading } from './app/signin/controls';
import { rememberSignedIn, wasSignedIn } from './signedInHint';
import { LoadFailed, preloadable } from './components/preloadable';
import { prefetchSummary } from './areas/duties/overviewSummary';
import { landingOnWorkbench } from './landing';

/**
 * The first screen loads React, the session check and the sign-in page only. The shell (antd, the router, the menu and
 * every page) is a chunk of its own, fetched once someone is signed in — or at once, beside the session check, when
 * this browser was signed in last time (most likely it still is).
 */
const shell = preloadable(
  () => import('./shell').then((m) => m.default),
  (_, failed) => (failed ? <LoadFailed /> : <Loading />),
);
if (wasSignedIn()) shell.preload().catch(() => undefined); // asked again when drawn

// Landing on the workbench (most people do), its code is fetched beside the shell's, and once the session says the
// caller may see the college overview, its figures and the chart library too — not after the shell has arrived and
// drawn (App.tsx asks again; each is fetched once).
if (landingOnWorkbench && wasSignedIn()) import('./areas/duties/WorkbenchPage').catch(() => undefined);
let overviewAsked = false;

function Root() {
  const { me, loading } = useAuth();
  if (landingOnWorkbench && me && !overviewAsked && me.permissions.includes('duty.dashboard')) {
    overviewAsked = true;
    prefetchSummary();
    import('./components/Chart').catch(() => undefined);
  }
  useEffect(() => {
    if (!loading) rememberSignedIn(!!me);
  }, [me, loading]);
  if (loading) return <Loading />;
  if (!me) return <LoginPage />;
  return <shell.Component />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AuthProvider>
      <Root />
    </AuthProvider>
  </StrictMode>,
);
