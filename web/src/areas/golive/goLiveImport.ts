import { api, call } from '../../api/client';
import type { ImportEndpoints, ImportView } from '../../components/ImportDrawer';

type Batch = Awaited<ReturnType<typeof previewOf>>;
const previewOf = (template: string, fileName: string, contentBase64: string) => call(api.POST('/api/imports/{template}', { params: { path: { template } }, body: { fileName, contentBase64 } }));
const viewOf = (b: Batch): ImportView => ({ ...b, results: b.results });

/** A go-live template's import (core/imports on the server): a batch from the preview on, its report, undone within the day. */
export const goLiveImport = (template: string): ImportEndpoints => ({
  templateHref: `/api/imports/${template}/template.xlsx`,
  preview: async (f) => viewOf(await previewOf(template, f.fileName, f.contentBase64)),
  commit: async (v, onlyGood) => viewOf(await call(api.POST('/api/imports/batches/{id}/commit', { params: { path: { id: v.id! } }, body: { onlyGood } }))),
  cancel: async (v) => viewOf(await call(api.DELETE('/api/imports/batches/{id}', { params: { path: { id: v.id! } } }))),
  undo: async (v, reason) => viewOf(await call(api.POST('/api/imports/batches/{id}/undo', { params: { path: { id: v.id! } }, body: { reason } }))),
  reportHref: (v) => (v.id ? `/api/imports/batches/${v.id}/report.xlsx` : null),
});
