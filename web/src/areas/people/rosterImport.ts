import { api, call } from '../../api/client';
import type { ImportEndpoints, ImportView } from '../../components/ImportDrawer';

type RosterImport = Awaited<ReturnType<typeof previewOf>>;
const previewOf = (fileName: string, contentBase64: string) => call(api.POST('/api/roster/imports', { body: { fileName, contentBase64 } }));
const viewOf = (i: RosterImport): ImportView => ({ ...i, results: i.results.map((r) => ({ row: r.row, key: r.staffNo, label: r.name, result: r.result, detail: r.detail })) });

/** 花名册导入: kept on the server from the preview on (cancel, report); no undo. */
export const rosterImport: ImportEndpoints = {
  templateHref: '/api/roster/import-template.xlsx',
  preview: async (f) => viewOf(await previewOf(f.fileName, f.contentBase64)),
  commit: async (v, onlyGood) => viewOf(await call(api.POST('/api/roster/imports/{id}/commit', { params: { path: { id: v.id! } }, body: { onlyGood } }))),
  cancel: async (v) => viewOf(await call(api.DELETE('/api/roster/imports/{id}', { params: { path: { id: v.id! } } }))),
  reportHref: (v) => (v.id ? `/api/roster/imports/${v.id}/report.xlsx` : null),
};
