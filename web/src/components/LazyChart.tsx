import { lazy, Suspense, type ComponentProps } from 'react';
import { Skeleton } from 'antd';

const EChart = lazy(() => import('./Chart').then((m) => ({ default: m.Chart })));

/**
 * A chart whose drawing library (echarts, the largest part of the web bundle) loads after the page has shown its
 * figures: the place is held at the chart's height meanwhile.
 */
export function Chart(props: ComponentProps<typeof EChart>) {
  return (
    <Suspense fallback={<div data-testid={props.testId ? `${props.testId}-loading` : undefined} style={{ height: props.height ?? 320 }}><Skeleton active /></div>}>
      <EChart {...props} />
    </Suspense>
  );
}
