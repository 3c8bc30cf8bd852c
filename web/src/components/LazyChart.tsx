import { useEffect, useState } from 'react';
import { Skeleton } from 'antd';
import type { ChartProps } from './chartSpec';

export type { ChartSpec } from './chartSpec';

type Drawing = typeof import('./Chart');
let drawing: Drawing | undefined;
let loading: Promise<Drawing> | undefined;
const loadChart = () => (loading ??= import('./Chart').then((m) => (drawing = m)));

/** A page that will draw charts asks for the library as it starts fetching its figures, so both arrive together. */
export function preloadCharts(): void {
  void loadChart().catch(() => undefined); // a failure is the chart's to show
}

/**
 * A chart whose drawing library (Chart.js, a chunk of its own) loads after the page has shown its figures: the place
 * is held at the chart's height meanwhile. Once loaded (most often by `preloadCharts`, before the figures came) the
 * chart is drawn in the page's own render. Not through Suspense: React holds back a suspended part's reveal until
 * 300 ms after its placeholder was shown, for a chart whose library had arrived long since.
 */
export function Chart(props: ChartProps) {
  const [loaded, setLoaded] = useState(drawing);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!loaded) loadChart().then(setLoaded, () => setFailed(true));
  }, [loaded]);
  if (loaded) return <loaded.Chart {...props} />;
  return (
    <div data-testid={props.testId ? `${props.testId}-loading` : undefined} style={{ height: props.height ?? 320 }}>
      {failed ? <span style={{ color: 'rgba(0, 0, 0, 0.45)' }}>图表未能加载，请刷新页面重试</span> : <Skeleton active />}
    </div>
  );
}
