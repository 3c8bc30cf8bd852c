import ExcelJS from 'exceljs';
import { titledSheet } from '../../core/documents/excel';
import { zhDate } from '../../core/documents/format';
import { pair, wide, type DocSpec } from '../../core/documents/spec';


/** What the register form shows of one interview (tongren-2016 六（一）《党员干部约谈情况登记表》). */
export interface RegisterForm {
  college: string;
  kindLabel: string;
  formLabel: string;
  topic: string;
  targets: { name: string; departmentName: string | null; materialLabel: string; materialOn: string | null; waivedReason: string | null }[];
  leadName: string;
  leadArticle: string | null;
  organizerLabel: string;
  officeSupports: boolean;
  recorderName: string | null;
  scheduledOn: string;
  heldOn: string | null;
  place: string;
  outline: string | null;
  record: string | null;
  handling: string | null;
  planTitle: string | null;
  id: number;
}

function registerRows(f: RegisterForm): [string, string, string?, string?][] {
  const materials = f.targets.map((t) => `${t.name}：${t.materialLabel}${t.materialOn ? `（${zhDate(t.materialOn)}提交）` : t.waivedReason ? `（免交：${t.waivedReason}）` : '（未提交）'}`).join('\n');
  return [
    ['约谈对象', f.targets.map((t) => `${t.name}${t.departmentName ? `（${t.departmentName}）` : ''}`).join('、')],
    ['约谈形式', f.kindLabel, '约谈方式', f.formLabel],
    ['主谈人', `${f.leadName}${f.leadArticle ? `（依据${f.leadArticle}）` : ''}`, '记录人', f.recorderName ?? ''],
    ['组织实施', `${f.organizerLabel}${f.officeSupports ? '（党政办保障）' : ''}`, '所属计划', f.planTitle ?? '—'],
    ['约谈时间', zhDate(f.heldOn ?? f.scheduledOn), '约谈地点', f.place],
    ['约谈事由', f.topic],
    ['约谈提纲', f.outline ?? ''],
    ['约谈情况', f.record ?? ''],
    ['提交材料', materials],
    ['处置意见', f.handling ?? '—'],
  ];
}


/** 党员干部约谈情况登记表, with signature lines for the lead, the interviewee and the recorder. */
export function registerFormSpec(f: RegisterForm): DocSpec {
  return {
    college: f.college,
    title: '党员干部约谈情况登记表',
    number: `编号：YT-${f.id}`,
    blocks: [{ form: { widths: [16, 34, 16, 34], rows: registerRows(f).map(([a, b, c, d]) => (c === undefined ? wide(a, b) : pair(a, b, c, d ?? ''))) } }],
    signatures: ['主谈人', '约谈对象', '记录人'],
    seal: { date: null },
  };
}

export interface LedgerRow {
  heldOn: string | null;
  scheduledOn: string;
  name: string;
  departmentName: string | null;
  kindLabel: string;
  formLabel: string;
  leadName: string;
  organizerLabel: string;
  topic: string;
  materialLabel: string;
  materialOn: string | null;
  waivedReason: string | null;
  handling: string | null;
  statusLabel: string;
  planTitle: string | null;
}


/** 党员干部约谈常态化工作台账 (Excel): one row per interviewee, for a department or the whole college, for a year. */
export async function ledgerWorkbook(college: string, scope: string, year: number, asOf: string, citation: string | null, rows: LedgerRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '干部管理监督平台';
  titledSheet(
    wb, '工作台账', `${college}${scope}${year}年党员干部约谈常态化工作台账`, `统计截至 ${zhDate(asOf)}${citation ? `　依据：${citation}` : ''}`,
    ['序号', '约谈时间', '约谈对象', '单位', '约谈形式', '约谈方式', '主谈人', '组织实施', '约谈事由', '须提交材料', '材料提交', '处置情况', '状态', '所属计划'],
    rows.map((r, i) => [
      i + 1, r.heldOn ?? `${r.scheduledOn}（计划）`, r.name, r.departmentName, r.kindLabel, r.formLabel, r.leadName, r.organizerLabel, r.topic, r.materialLabel,
      r.materialOn ?? (r.waivedReason ? `免交：${r.waivedReason}` : '未提交'), r.handling ?? '', r.statusLabel, r.planTitle ?? '',
    ]),
    [6, 14, 10, 22, 14, 10, 10, 14, 36, 14, 14, 30, 14, 26],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface StatisticsRow {
  departmentName: string;
  counts: Record<string, number>;
  inquiries: number;
}

/** 党员干部约谈情况统计表 (Excel): interviewees by department and kind, with written inquiries; and what departments reported. */
export async function statisticsWorkbook(
  college: string,
  year: number,
  asOf: string,
  kinds: { key: string; label: string }[],
  rows: StatisticsRow[],
  reports: { departmentName: string; quarter: number; counted: Record<string, number>; reported: Record<string, number> | null; reportedOn: string | null }[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '干部管理监督平台';
  const total = (c: Record<string, number>) => kinds.reduce((n, k) => n + (c[k.key] ?? 0), 0);
  const sum = (k: string) => rows.reduce((n, r) => n + (r.counts[k] ?? 0), 0);
  titledSheet(
    wb, '统计表', `${college}${year}年党员干部约谈情况统计表`, `统计截至 ${zhDate(asOf)}　单位：人次`,
    ['部门（单位）', ...kinds.map((k) => k.label), '约谈合计', '谈话函询'],
    [
      ...rows.map((r) => [r.departmentName, ...kinds.map((k) => r.counts[k.key] ?? 0), total(r.counts), r.inquiries]),
      ['合计', ...kinds.map((k) => sum(k.key)), rows.reduce((n, r) => n + total(r.counts), 0), rows.reduce((n, r) => n + r.inquiries, 0)],
    ],
    [30, ...kinds.map(() => 14), 12, 12],
  );
  titledSheet(
    wb, '部门报送', `${college}${year}年各部门约谈情况统计表报送情况`, '系统统计为本部门组织实施的约谈人次；报送数为部门报纪检监察室的数字',
    ['部门（单位）', '季度', '系统统计', '部门报送', '报送日期'],
    reports.map((r) => [r.departmentName, `第${r.quarter}季度`, total(r.counted), r.reported ? total(r.reported) : '未报送', r.reportedOn ?? '']),
    [30, 10, 12, 12, 14],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
