import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { person } from './schema/people';
import { account, signInThrottle } from './schema/auth';
import { talk } from '../../areas/talks/db';
import { interview, interviewTarget, writtenInquiry } from '../../areas/interviews/db';
import { petition, toleranceReview } from '../../areas/tolerance/db';
import { careCase } from '../../areas/incentives/db';
import { personDossier } from '../../areas/people/db';
import { personContact } from './schema/delivery';

/**
 * 个人信息保护法: every column holding personal information, why it is collected (the form or rule that needs it) and
 * whether it is sensitive personal information (第二十八条). Tests check that each listed column exists and that no
 * new column with personal information goes unlisted by name pattern. Retention is in the README (运维 · 个人信息).
 */
export interface PersonalColumn {
  table: PgTable;
  column: string;
  purpose: string;
  sensitive: boolean;
}

export const PERSONAL_INFORMATION: PersonalColumn[] = [
  { table: person, column: 'name', purpose: '花名册、各类表格', sensitive: false },
  { table: person, column: 'gender', purpose: '花名册、干部任免审批表', sensitive: false },
  { table: person, column: 'birthDate', purpose: '年龄（任职、轮岗规则）、干部任免审批表', sensitive: false },
  { table: person, column: 'idNumber', purpose: '唯一识别人员、干部任免审批表（LRMX 按身份证号对应）；SM4 加密存储', sensitive: true },
  { table: person, column: 'idNumberIndex', purpose: '身份证号的盲索引（HMAC-SM3），仅用于查重和匹配，不可还原', sensitive: false },
  { table: person, column: 'politicalStatus', purpose: '谈话、约谈、兼职审批等规则按政治面貌区分', sensitive: true },
  { table: person, column: 'hireDate', purpose: '任职年限、轮岗交流规则', sensitive: false },
  { table: person, column: 'phone', purpose: '联系本人（可不填）', sensitive: false },
  { table: personContact, column: 'email', purpose: '按本人选择发送提醒邮件（可不填）', sensitive: false },
  { table: personContact, column: 'wecomUserId', purpose: '按本人选择发送企业微信提醒（可不填，未填时按工号）', sensitive: false },
  { table: personContact, column: 'dingtalkUserId', purpose: '按本人选择发送钉钉工作通知（可不填，未填时按工号）', sensitive: false },
  { table: account, column: 'username', purpose: '登录', sensitive: false },
  { table: signInThrottle, column: 'username', purpose: '登录失败计数和锁定（按输入的用户名计数，一天无尝试且未锁定的删除）', sensitive: false },
  { table: talk, column: 'keyPoints', purpose: '谈心谈话记录（第十条）', sensitive: true },
  { table: talk, column: 'preparationNotes', purpose: '谈心谈话准备', sensitive: true },
  { table: talk, column: 'followUps', purpose: '谈心谈话后续跟进', sensitive: true },
  { table: interview, column: 'record', purpose: '约谈情况登记表（六（一））', sensitive: true },
  { table: interview, column: 'outline', purpose: '约谈提纲', sensitive: true },
  { table: interviewTarget, column: 'materialText', purpose: '约谈对象提交的说明或承诺（五（三））', sensitive: true },
  { table: writtenInquiry, column: 'reply', purpose: '函询答复', sensitive: true },
  { table: petition, column: 'reporterName', purpose: '实名举报人（仅纪委可见）', sensitive: true },
  { table: petition, column: 'reporterContact', purpose: '举报人联系方式（仅纪委可见）', sensitive: true },
  { table: petition, column: 'allegation', purpose: '举报内容', sensitive: true },
  { table: toleranceReview, column: 'facts', purpose: '容错申请的事实和理由', sensitive: true },
  { table: toleranceReview, column: 'hearingSummary', purpose: '本人陈述和申辩', sensitive: true },
  { table: careCase, column: 'description', purpose: '关怀帮扶的困难情况（第10条）', sensitive: true },
  { table: personDossier, column: 'fields', purpose: '干部任免审批表（民族、籍贯、学历、简历、奖惩等）', sensitive: true },
  { table: personDossier, column: 'family', purpose: '干部任免审批表的家庭主要成员及重要社会关系', sensitive: true },
  { table: personDossier, column: 'photo', purpose: '干部任免审批表照片', sensitive: true },
];

/** `table.column` in database names, for documentation and tests. */
export const personalColumnNames = () =>
  PERSONAL_INFORMATION.map((c) => {
    // Columns are named in camelCase here and snake_case in the database (the connection's casing option).
    const col = getTableColumns(c.table)[c.column];
    return `${getTableName(c.table)}.${col ? c.column.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`) : `?${c.column}`}`;
  });
