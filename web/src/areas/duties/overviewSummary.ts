import { api, call } from '../../api/client';
import { prefetch, takePrefetched } from '../../components/prefetch';

const SUMMARY = '/api/duties/summary';
const loadSummary = () => call(api.GET(SUMMARY));

/** The college overview's figures, asked for before the workbench's code has arrived (main.tsx, the shell). */
export const prefetchSummary = () => prefetch(SUMMARY, loadSummary);

/** The overview's figures: the prefetched answer when fresh, else asked now. */
export const overviewSummary = () => takePrefetched(SUMMARY, loadSummary);
