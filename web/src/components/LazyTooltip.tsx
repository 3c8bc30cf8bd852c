import { lazy, Suspense, useEffect, useRef, useState, type Dispatch, type ReactNode, type RefObject, type SetStateAction } from 'react';

// A chunk that fails to load (a redeploy removed it) leaves the text without its tooltip, not the page blank.
type AntTooltip = typeof import('./tooltip').Tooltip;
const textOnly = (({ children }: { children: ReactNode }) => <>{children}</>) as unknown as AntTooltip;
const Tooltip = lazy(() =>
  import('./tooltip').then(
    (m) => ({ default: m.Tooltip }),
    () => ({ default: textOnly }),
  ),
);

/**
 * Mounted beside antd's Tooltip once it has arrived (its span replaces the first one): the tooltip stays open only if the
 * pointer or the focus is still there, for it never saw them leave if they left while it loaded.
 */
function Arrived({ target, setOpen }: { target: RefObject<HTMLSpanElement | null>; setOpen: Dispatch<SetStateAction<boolean>> }) {
  useEffect(() => {
    const el = target.current;
    if (el && !el.matches(':hover') && !el.contains(document.activeElement)) setOpen(false);
  }, [target, setOpen]);
  return null;
}

/**
 * antd's Tooltip, loaded when first hovered or focused and then shown: the first screen's tables (duty citations, due
 * dates) do not generate antd's tooltip styles for every row before anyone points at one.
 */
export function LazyTooltip({ title, children }: { title: ReactNode; children: ReactNode }) {
  const [reached, setReached] = useState(false);
  const [open, setOpen] = useState(false);
  const target = useRef<HTMLSpanElement>(null);
  const reach = () => (setReached(true), setOpen(true));
  const leave = () => setOpen(false);
  const span = (
    <span ref={target} onMouseEnter={reached ? undefined : reach} onFocus={reached ? undefined : reach} onMouseLeave={leave} onBlur={leave}>
      {children}
    </span>
  );
  if (!reached) return span;
  return (
    <Suspense fallback={span}>
      <Tooltip title={title} open={open} onOpenChange={setOpen}>
        {span}
      </Tooltip>
      <Arrived target={target} setOpen={setOpen} />
    </Suspense>
  );
}
