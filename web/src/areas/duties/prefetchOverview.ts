import { preloadCharts } from '../../components/LazyChart';
import { prefetchSummary } from './overviewSummary';

/**
 * The college overview's figures and its chart library, asked for by the shell when the workbench is where the caller
 * lands and they may see the overview: both are under way while the workbench's own code loads.
 */
export function prefetchOverview(): void {
  prefetchSummary();
  preloadCharts();
}
