import { api, call } from '../../api/client';
import type { ImportEndpoints, ImportView } from '../../components/ImportDrawer';

type Result = Awaited<ReturnType<typeof previewOf>>;
const previewOf = (id: number, fileName: string, contentBase64: string) => call(api.POST('/api/appraisal-cycles/{id}/imports/preview', { params: { path: { id } }, body: { fileName, contentBase64 } }));
const viewOf = (r: Result & { batchId?: number }): ImportView => ({
  id: r.batchId ?? null, fileName: r.fileName, status: r.status, totalRows: r.totalRows, counts: r.counts, undoable: r.batchId !== undefined,
  results: r.results.map((x) => ({ row: x.row ?? 0, key: x.departmentName, label: x.name, result: x.result, detail: x.detail })),
});

/**
 * 导入考核结果 of a year: the preview keeps nothing (the commit sends the file again); the commit is a batch of the
 * 年度考核结果 go-live template, with its report, withdrawn within the day.
 */
export const appraisalImport = (cycleId: number): ImportEndpoints => ({
  templateHref: `/api/appraisal-cycles/${cycleId}/import-template.xlsx`,
  preview: async (f) => viewOf(await previewOf(cycleId, f.fileName, f.contentBase64)),
  commit: async (_v, onlyGood, f) => viewOf(await call(api.POST('/api/appraisal-cycles/{id}/imports', { params: { path: { id: cycleId } }, body: { ...f, onlyGood } }))),
  undo: async (v, reason) => {
    const b = await call(api.POST('/api/imports/batches/{id}/undo', { params: { path: { id: v.id! } }, body: { reason } }));
    return { ...v, status: b.status, undoable: false };
  },
  reportHref: (v) => (v.id ? `/api/imports/batches/${v.id}/report.xlsx` : null),
});
