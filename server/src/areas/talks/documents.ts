import ExcelJS from 'exceljs';
import { titledSheet } from '../../core/documents/excel';
import { zhDate } from '../../core/documents/format';
import { pair, wide, type DocSpec } from '../../core/documents/spec';
import type { completion } from './rules/completion';
import type { talkerRow } from './queries/talker-completion';
import { talkNotes, type TalkWithPeople } from './queries/talks.repository';

import { VALUE_LABELS } from '../../core/policy/vocabulary';

const word = (id: string) => VALUE_LABELS[id] ?? id;


/**
 * 年度谈心谈话完成情况表: the completion page's numbers, one sheet per view; with `people`, a sheet of talkers (persons),
 * least complete first, each with the names they still owe (共同待谈 included, as the page lists them).
 */
export async function completionWorkbook(college: string, year: number, asOf: string, basis: string, c: ReturnType<typeof completion>, people?: ReturnType<typeof talkerRow>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '干部管理监督平台';
  const note = `统计截至 ${zhDate(asOf)}　依据：${basis}`;
  const sheet = (name: string, headers: string[], rows: (string | number | null)[][], widths: number[]) => titledSheet(wb, name, `${college}${year}年度谈心谈话完成情况表`, note, headers, rows, widths);
  sheet(
    '汇总',
    ['谈话关系', '依据', '谈话关系数', '应谈次数', '已谈次数', '未完成', '完成率(%)'],
    [...c.byRelation.map((r) => [word(r.relation), r.citation, r.total, r.required, r.held, r.behind, r.percent]), ['合计', null, c.total.total, c.total.required, c.total.held, c.total.behind, c.total.percent]],
    [26, 28, 12, 12, 12, 10, 12],
  );
  sheet('按部门', ['部门（单位）', '谈话关系数', '应谈次数', '已谈次数', '未完成', '完成率(%)'], c.byDepartment.map((d) => [d.name, d.total, d.required, d.held, d.behind, d.percent]), [30, 12, 12, 12, 10, 12]);
  sheet('按谈话人', ['谈话人', '谈话关系数', '应谈次数', '已谈次数', '未完成', '完成率(%)'], c.byTalker.map((t) => [t.label, t.total, t.required, t.held, t.behind, t.percent]), [30, 12, 12, 12, 10, 12]);
  if (people)
    sheet(
      '按谈话人（个人）',
      ['谈话人', '部门（单位）', '职务', '负责对象数', '应谈次数', '已谈次数', '已完成对象', '未完成对象', '其中共同待谈', '完成率(%)', '尚未谈话的对象'],
      people.map((p) => [p.name, p.departmentName, p.postTitle, p.total, p.required, p.held, p.done, p.behind, p.shared, p.percent, p.owedNames.join('、')]),
      [12, 24, 16, 10, 10, 10, 10, 10, 12, 10, 60],
    );
  return Buffer.from(await wb.xlsx.writeBuffer());
}


/** 谈心谈话记录表 (第十条: time, place, key content), with signature lines. */
export function talkRecordSpec(college: string, t: TalkWithPeople): DocSpec {
  const names = (ps: { name: string }[]) => ps.map((p) => p.name).join('、');
  const notes = talkNotes(t);
  return {
    college,
    title: '谈心谈话记录表',
    number: `记录编号：TX-${t.id}`,
    blocks: [
      {
        form: {
          widths: [18, 32, 18, 32],
          rows: [
            pair('谈话种类', word(t.kind), '谈话方式', word(t.form)),
            pair('谈话人', names(t.talkers), '谈话对象', names(t.subjects)),
            pair('谈话时间', `${zhDate(t.talkDate)} ${t.talkTime ?? ''}`, '谈话地点', t.place ?? ''),
            wide('谈话前准备', notes.preparationNotes ?? ''),
            wide('内容要点', notes.keyPoints ?? ''),
            wide('后续跟进', notes.followUps ?? ''),
            wide('记录人', t.recorder?.name ?? ''),
          ],
        },
      },
    ],
    signatures: ['谈话人', '谈话对象'],
    seal: { date: null },
  };
}
