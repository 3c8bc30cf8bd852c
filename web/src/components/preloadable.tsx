import { createElement, useEffect, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A component whose code is fetched ahead (`preload`, e.g. beside the session check) and drawn in its parent's own
 * render once it has come. Not `lazy()` and Suspense: React shows a lazy part's placeholder even when its code has long
 * arrived, and holds back the part's reveal until 300 ms after the last placeholder anywhere was shown — on the way to
 * the workbench's charts that was three such waits in a row (shell, page, chart). Until the code has come, `fallback`
 * stands in its place (`failed`: it could not be loaded).
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>, fallback: (props: P, failed: boolean) => ReactNode) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        loading = undefined; // asked again by the next one to draw it
        throw e;
      },
    ));
  function Preloaded(props: P) {
    const [component, setComponent] = useState(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (!component) preload().then((c) => setComponent(() => c), () => setFailed(true));
    }, [component]);
    return component ? createElement(component, props) : fallback(props, failed);
  }
  return { Component: Preloaded, preload };
}

/** What stands in for a part whose code could not be loaded (the network dropped, a deployment replaced the files). */
export function LoadFailed() {
  return <p style={{ margin: 80, textAlign: 'center' }}>页面未能加载，请刷新页面重试</p>;
}
