import { useLayoutEffect, useRef } from 'react';
import { theme } from 'antd';
import { ArcElement, BarController, BarElement, CategoryScale, Chart as ChartJS, DoughnutController, Legend, LinearScale, Tooltip } from 'chart.js';
import { chartConfig } from './chartConfig';
import type { ChartProps } from './chartSpec';

// Only what the charts use: bars (stacked, upright or lying) and doughnuts, on category and value axes, with legends
// and tooltips.
ChartJS.register(BarController, BarElement, DoughnutController, ArcElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Users who ask for reduced motion (and the e2e screenshots) get charts drawn at once, not animated. */
const reducedMotion = typeof window !== 'undefined' && (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);

/**
 * A page's chart drawn on a canvas the width of its container. The canvas is put in the page only as the chart is made
 * on it, in one go: a canvas in the page is a chart drawn (its first frame; the finished chart when motion is reduced).
 */
export function Chart({ spec, height = 320, testId }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const { fontFamily } = theme.useToken().token;
  // Pages describe their charts anew on each render: the chart is made again only when what it shows has changed.
  const shown = JSON.stringify(spec);
  useLayoutEffect(() => {
    const container = box.current!;
    // The theme's font (the page's, with its Chinese faces) for axes, legends and tooltips — from the theme, not the
    // container's computed style, which made the browser work out the whole page's styles in the middle of React's commit.
    ChartJS.defaults.font.family = fontFamily;
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    container.appendChild(canvas);
    const chart = new ChartJS(canvas, chartConfig(JSON.parse(shown), !reducedMotion));
    return () => {
      chart.destroy();
      canvas.remove();
    };
  }, [shown, fontFamily]);
  return (
    <div data-testid={testId}>
      <div ref={box} style={{ position: 'relative', height }} />
    </div>
  );
}
