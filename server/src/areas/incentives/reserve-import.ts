import type { ImportTemplate } from '../../core/imports/template';
import { checkReserveRows, RESERVE_IMPORT_HEADER_KEYS, reserveImportColumns, type ReserveWrite } from './rules/reserve-import';
import { RESERVE_IMPORT_KEY, reserveImportLookup, reserveImportRanks } from './queries/reserve-import-lookup';
import { undoReservePool, writeReservePool, type ReserveImportUndo } from './commands/import-reserve-pool';

/**
 * 后备干部名单 (issue 26): the cadres already in the reserve pool, written as nominations approved on their 入库日期,
 * checked against 第4条 (target ranks) and 第5条 (nobody with a veto enters the pool).
 */
export const reservePoolImport: ImportTemplate<ReserveWrite, ReserveImportUndo> = {
  key: RESERVE_IMPORT_KEY,
  title: '后备干部名单',
  area: '激励担当作为',
  description: '上线前已在后备干部库中的干部：人员、拟任层级、职位类别、入库日期、推荐方式、考察意见。导入后列入后备干部库（在库），有否决情形（第5条）的不能导入。',
  async columns(ctx) {
    const { ranks } = await reserveImportRanks(ctx.deps, ctx.institutionId);
    return reserveImportColumns(ranks.map((r) => r.label));
  },
  headerKeys: RESERVE_IMPORT_HEADER_KEYS,
  async check(ctx, rows) {
    return checkReserveRows(rows, await reserveImportLookup(ctx.deps, ctx.institutionId, ctx.today, rows.map((r) => String(r.staffNo ?? '').trim()).filter(Boolean)));
  },
  write: writeReservePool,
  undo: undoReservePool,
};
