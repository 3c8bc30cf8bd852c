import { lazy, Suspense, type ComponentProps } from 'react';
import { Skeleton } from 'antd';

const loadChart = () => import('./Chart');
const EChart = lazy(() => loadChart().then((m) => ({ default: m.Chart })));

/** A page that will draw charts asks for the library as it starts fetching its figures, so both arrive together. */
export function preloadCharts(): void {
  void loadChart();
}

/**
 * A chart whose drawing library (Chart.js, a chunk of its own) loads after the page has shown its
 * figures: the place is held at the chart's height meanwhile.
 */
export function Chart(props: ComponentProps<typeof EChart>) {
  return (
    <Suspense fallback={<div data-testid={props.testId ? `${props.testId}-loading` : undefined} style={{ height: props.height ?? 320 }}><Skeleton active /></div>}>
      <EChart {...props} />
    </Suspense>
  );
}
