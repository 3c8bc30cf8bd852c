import { lazy, Suspense, useState, type ComponentType } from 'react';

/**
 * A dialog whose code (and the form and date controls in it) loads the first time it opens, not with the page that
 * offers it; once opened it stays mounted, so it closes as it always did.
 */
export function lazyDialog<P extends { open: boolean }>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Dialog = lazy(() => load().then((c) => ({ default: c as ComponentType<object> })));
  return function LazyDialog(props: P) {
    const [opened, setOpened] = useState(props.open);
    if (props.open && !opened) setOpened(true);
    return opened ? (
      <Suspense fallback={null}>
        <Dialog {...props} />
      </Suspense>
    ) : null;
  };
}
