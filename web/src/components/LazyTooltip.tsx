import { lazy, Suspense, useState, type ReactNode } from 'react';

let loaded = false;
const Tooltip = lazy(() => import('./tooltip').then((m) => ((loaded = true), { default: m.Tooltip })));

/**
 * antd's Tooltip, loaded when first hovered or focused and then shown: the first screen's tables (duty citations, due
 * dates) do not generate antd's tooltip styles for every row before anyone points at one.
 */
export function LazyTooltip({ title, children }: { title: ReactNode; children: ReactNode }) {
  const [reached, setReached] = useState(false);
  const [open, setOpen] = useState(false);
  const reach = () => (setReached(true), setOpen(true));
  // Left before antd's Tooltip arrived: it never saw the pointer come, so it would not see it go either.
  const leave = () => !loaded && setOpen(false);
  const target = (
    <span onMouseEnter={!reached ? reach : undefined} onFocus={!reached ? reach : undefined} onMouseLeave={leave} onBlur={leave}>
      {children}
    </span>
  );
  if (!reached) return target;
  return (
    <Suspense fallback={target}>
      <Tooltip title={title} open={open} onOpenChange={setOpen}>
        {target}
      </Tooltip>
    </Suspense>
  );
}
