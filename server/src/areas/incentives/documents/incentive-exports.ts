import ExcelJS from 'exceljs';
import { titledSheet } from '../../../core/documents/excel';
import { zhDate } from '../../../core/documents/format';

export interface AppraisalResultRow {
  departmentName: string;
  name: string;
  title: string;
  rankLabel: string;
  owesReport: boolean;
  reportOn: string | null;
  grade: string | null;
  reason: string | null;
  overQuota: boolean;
  quotaReason: string | null;
  inaction: string | null;
}

/**
 * 年度考核结果 (ahzaxy 第6条): every appraised cadre with the grade on the college's scale, and per department the
 * population, the excellent quota and how the grades fell — the numbers of the appraisal page.
 */
export async function appraisalWorkbook(
  college: string, year: number, asOf: string, grades: { key: string; label: string }[], quotaOf: (population: number) => number, citation: string | null, rows: AppraisalResultRow[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '干部管理监督平台';
  const label = (g: string | null) => (g ? (grades.find((x) => x.key === g)?.label ?? g) : '未评定');
  const note = `统计截至 ${zhDate(asOf)}${citation ? `　依据：${citation}` : ''}`;
  const departments = [...new Set(rows.map((r) => r.departmentName))];
  const count = (rs: AppraisalResultRow[], g: string | null) => rs.filter((r) => r.grade === g).length;
  titledSheet(
    wb, '等次汇总', `${college}${year}年度干部考核等次汇总表`, note,
    ['部门（单位）', '参加考核人数', '优秀名额', ...grades.map((g) => g.label), '未评定'],
    [
      ...departments.map((d) => {
        const rs = rows.filter((r) => r.departmentName === d);
        return [d, rs.length, quotaOf(rs.length), ...grades.map((g) => count(rs, g.key)), count(rs, null)];
      }),
      ['合计', rows.length, departments.reduce((n, d) => n + quotaOf(rows.filter((r) => r.departmentName === d).length), 0), ...grades.map((g) => count(rows, g.key)), count(rows, null)],
    ],
    [30, 14, 10, ...grades.map(() => 10), 10],
  );
  titledSheet(
    wb, '考核结果', `${college}${year}年度干部考核结果`, note,
    ['序号', '部门（单位）', '姓名', '职务', '职级', '述职述廉', '考核等次', '评定说明', '超出优秀名额的理由', '年内反映不作为'],
    rows.map((r, i) => [i + 1, r.departmentName, r.name, r.title, r.rankLabel, r.owesReport ? (r.reportOn ?? '未提交') : '不适用', label(r.grade), r.reason, r.overQuota ? r.quotaReason : null, r.inaction]),
    [6, 26, 10, 22, 12, 12, 10, 30, 26, 30],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface TrainingHoursRow {
  departmentName: string;
  name: string;
  title: string;
  rankLabel: string;
  required: number | null;
  total: number;
  metOn: string | null;
}

/** 干部教育培训学时统计表 (ahzaxy 第9条): hours this year against the hours owed, the unmet first. */
export async function trainingHoursWorkbook(college: string, year: number, asOf: string, citation: string | null, rows: TrainingHoursRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '干部管理监督平台';
  titledSheet(
    wb, '培训学时', `${college}${year}年度干部教育培训学时统计表`, `统计截至 ${zhDate(asOf)}${citation ? `　应达学时依据：${citation}` : ''}　未达标：${rows.filter((r) => !r.metOn).length} 人`,
    ['序号', '部门（单位）', '姓名', '职务', '职级', '应达学时', '已完成学时', '差额', '是否达标', '达标日期'],
    rows.map((r, i) => [i + 1, r.departmentName, r.name, r.title, r.rankLabel, r.required, r.total, r.required === null ? null : Math.max(0, r.required - r.total), r.metOn ? '已达标' : '未达标', r.metOn]),
    [6, 26, 10, 22, 12, 10, 12, 8, 10, 12],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
