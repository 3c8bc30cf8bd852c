import { api, call } from '../../api/client';
import { preloadCharts } from '../../components/LazyChart';
import { prefetch, takePrefetched } from '../../components/prefetch';

const SUMMARY = '/api/duties/summary';
const loadSummary = () => call(api.GET(SUMMARY));

/**
 * The college overview's figures and its chart library, asked for by the shell when the workbench is where the caller
 * lands and they may see the overview: both are under way while the workbench's own code loads.
 */
export function prefetchOverview(): void {
  prefetch(SUMMARY, loadSummary);
  preloadCharts();
}

/** The overview's figures: the shell's prefetched answer when fresh, else asked now. */
export const overviewSummary = () => takePrefetched(SUMMARY, loadSummary);
