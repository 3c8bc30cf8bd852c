import { lazy, Suspense, useState, type ReactElement } from 'react';
import type { DropdownProps } from 'antd';

let loaded = false;
// A chunk that fails to load (a redeploy removed it) leaves the trigger as it was, not the page blank.
type AntDropdown = typeof import('./dropdown').Dropdown;
const triggerOnly = (({ children }: { children: ReactElement }) => children) as unknown as AntDropdown;
const Dropdown = lazy(() =>
  import('./dropdown').then(
    (m) => ((loaded = true), { default: m.Dropdown }),
    () => ({ default: triggerOnly }),
  ),
);

/**
 * antd's Dropdown, loaded when first reached for (hovered, focused or clicked) and then open: the header's menus are not
 * part of the first screen's load (antd's Dropdown brings its Menu along).
 */
export function LazyDropdown({ children, trigger = 'hover', ...props }: Omit<DropdownProps, 'open' | 'onOpenChange' | 'trigger' | 'children'> & { trigger?: 'hover' | 'click'; children: ReactElement }) {
  const [reached, setReached] = useState(false);
  const [open, setOpen] = useState(false);
  const reach = () => (setReached(true), setOpen(true));
  return (
    <span
      style={{ display: 'inline-flex' }}
      onMouseEnter={!reached && trigger === 'hover' ? reach : undefined}
      // Left before antd's Dropdown arrived: it never saw the pointer come, so it would not see it go either.
      onMouseLeave={trigger === 'hover' ? () => !loaded && setOpen(false) : undefined}
      onFocus={!reached && trigger === 'hover' ? reach : undefined}
      onBlur={trigger === 'hover' ? () => !loaded && setOpen(false) : undefined}
      onClick={!reached ? reach : undefined}
    >
      {reached ? (
        <Suspense fallback={children}>
          <Dropdown {...props} trigger={[trigger]} open={open} onOpenChange={setOpen}>
            {children}
          </Dropdown>
        </Suspense>
      ) : (
        children
      )}
    </span>
  );
}
