import { LightSkeleton } from './light/LightLoading';
import type { ChartProps } from './chartSpec';
import { preloadable } from './preloadable';

export type { ChartSpec } from './chartSpec';

/**
 * A chart whose drawing library (Chart.js, a chunk of its own) loads after the page has shown its figures: the place
 * is held at the chart's height meanwhile. Once loaded (most often by `preloadCharts`, before the figures came) the
 * chart is drawn in the page's own render.
 */
const chart = preloadable<ChartProps>(
  () => import('./Chart').then((m) => m.Chart),
  ({ testId, height }, failed) => (
    <div data-testid={testId ? `${testId}-loading` : undefined} style={{ height: height ?? 320 }}>
      {failed ? <span style={{ color: 'rgba(0, 0, 0, 0.45)' }}>图表未能加载，请刷新页面重试</span> : <LightSkeleton />}
    </div>
  ),
);
export const Chart = chart.Component;

/** A page that will draw charts asks for the library as it starts fetching its figures, so both arrive together. */
export function preloadCharts(): void {
  chart.preload().catch(() => undefined); // a failure is the chart's to show
}
