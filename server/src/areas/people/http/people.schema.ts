import { z } from 'zod';
import { optText, text as namedText } from '../../../core/http/text-fields';
import { ID_NUMBER_MESSAGES, parseIdNumber } from '../rules/id-number';
import { idField, idParam, idQuery, pageQuery } from '../../../core/http/ids';
import { isoDate } from '../../../core/http/iso-date';
import { DEPARTMENT_KINDS, GENDERS, PERSON_STATUSES, POLITICAL_STATUSES, RANKS } from '../../../core/roster/kinds';

const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不能超过 ${max} 个字`);

/** The `:id` of a route: shared by every module (bounded to the id columns' int4). */
export { idParam, isoDate };

const personFields = z.object({
  staffNo: z.string().trim().regex(/^[A-Za-z0-9-]{2,20}$/, '应为 2–20 位字母、数字或连字符'),
  name: z.string().trim().min(2, '至少 2 个字').max(30, '不能超过 30 个字').describe('姓名'),
  gender: z.enum(GENDERS, '应为 male（男）或 female（女）'),
  birthDate: isoDate,
  idNumber: z.string().trim().toUpperCase(),
  politicalStatus: z.enum(POLITICAL_STATUSES, '政治面貌取值不正确'),
  hireDate: isoDate,
  phone: z.string().trim().regex(/^1\d{10}$/, '应为 11 位手机号').nullish().or(z.literal('').transform(() => null)),
  status: z.enum(PERSON_STATUSES, '状态取值不正确').default('active'),
});

/** Cross-field checks a personnel officer would make: the ID number agrees with birth date and gender. */
function checkPerson(p: Partial<z.infer<typeof personFields>>, ctx: z.RefinementCtx) {
  if (p.idNumber !== undefined) {
    const parsed = parseIdNumber(p.idNumber);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: ID_NUMBER_MESSAGES[parsed.problem] });
      return;
    }
    if (p.birthDate && parsed.info.birthDate !== p.birthDate)
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: `与身份证号中的出生日期 ${parsed.info.birthDate} 不一致` });
    if (p.gender && parsed.info.gender !== p.gender)
      ctx.addIssue({ code: 'custom', path: ['gender'], message: `与身份证号所示性别（${parsed.info.gender === 'male' ? '男' : '女'}）不一致` });
  }
  if (p.birthDate && p.hireDate && p.hireDate < p.birthDate.replace(/^(\d{4})/, (y) => String(Number(y) + 16)))
    ctx.addIssue({ code: 'custom', path: ['hireDate'], message: '参加工作时应已年满 16 周岁' });
}

export const personCreate = personFields.superRefine(checkPerson);
/** An edit names the fields it changes; the ID number, birth date and gender are checked together with the stored ones. */
export const personUpdate = personFields.partial().extend({
  /** Required when the status changes to retired: the current posts and oversights end on it (reason 退休). */
  retiredOn: isoDate.optional().describe('退休日期'),
  retirementDocNo: optText(60).describe('退休文号'),
});

export const departmentCreate = z.object({
  code: z.string().trim().regex(/^[A-Za-z0-9_-]{1,20}$/, '应为 1–20 位字母、数字、下划线或连字符'),
  name: text(40).describe('部门名称'),
  kind: z.enum(DEPARTMENT_KINDS, '部门类别取值不正确'),
  sortOrder: z.number().int().min(0).max(9999).default(0),
});
export const departmentUpdate = departmentCreate.partial().extend({ active: z.boolean().optional() });

export const postCreate = z.object({
  departmentId: idField(),
  title: text(40),
  rank: z.enum(RANKS, '职级取值不正确'),
  isHead: z.boolean().default(false),
  isKeyPost: z.boolean().default(false),
  isHighRiskPost: z.boolean().default(false),
  isDualRole: z.boolean().default(false),
});
export const postUpdate = postCreate.omit({ departmentId: true }).partial().extend({ active: z.boolean().optional() });

export const tenureCreate = z.object({
  personId: idField(),
  postId: idField(),
  startDate: isoDate,
  appointDocNo: optText(60),
  appointReason: text(200),
});
export const tenureEnd = z.object({ endDate: isoDate, endDocNo: optText(60), endReason: text(200) });

export const oversightCreate = z.object({ leaderPersonId: idField(), departmentId: idField(), startDate: isoDate });
export const oversightEnd = z.object({ endDate: isoDate });

/** `masked=true`: ID and phone numbers masked, for screens that need names only (a full read is asked for apart). */
export const maskedQuery = z.enum(['true', 'false'], '应为 true 或 false').optional();

export const personListQuery = z.object({
  q: z.string().trim().max(40).optional(),
  departmentId: idQuery().optional(),
  rank: z.enum(RANKS).optional(),
  flag: z.enum(['head', 'key_post', 'high_risk_post', 'dual_role', 'cadre']).optional(),
  status: z.enum(PERSON_STATUSES).optional(),
  ids: z
    .string()
    .regex(/^\d{1,9}(,\d{1,9}){0,199}$/, '人员编号应为以逗号分隔的数字，至多 200 个')
    .optional()
    .describe('只列出这些人员（以逗号分隔的人员编号，如 12,15；选择框显示已选人员时用）'),
  masked: maskedQuery.describe('true：身份证号和手机号打码（人员选择框、部门页如此调用）；不传时同以往'),
  page: pageQuery,
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const currentPostOut = z.object({
  tenureId: z.number(),
  postId: z.number(),
  title: z.string(),
  rank: z.string(),
  departmentId: z.number(),
  departmentName: z.string(),
  isHead: z.boolean(),
  isKeyPost: z.boolean(),
  isHighRiskPost: z.boolean(),
  isDualRole: z.boolean(),
  startDate: z.string(),
  postSince: z.string(),
  departmentSince: z.string(),
  yearsInPost: z.number(),
  yearsInDepartment: z.number(),
});

export const personOut = z.object({
  id: z.number(),
  staffNo: z.string(),
  name: z.string(),
  gender: z.string(),
  birthDate: z.string(),
  idNumber: z.string(),
  politicalStatus: z.string(),
  hireDate: z.string(),
  phone: z.string().nullable(),
  status: z.string(),
  currentPosts: z.array(currentPostOut),
});

export const lrmxFileOut = z.object({
  fileName: z.string(),
  /** matched | unmatched | error */
  status: z.string(),
  personId: z.number().nullable(),
  name: z.string().nullable(),
  staffNo: z.string().nullable(),
  message: z.string().nullable(),
  differences: z.array(z.object({ field: z.string(), label: z.string(), current: z.string(), incoming: z.string() })),
});

export const lrmxImport = z.object({
  fileName: namedText('文件名', 1, 200),
  contentBase64: z.string().min(1, '请选择文件').describe('文件内容'),
  commit: z.boolean().default(false).describe('确认合并'),
  files: z.array(z.string().max(300)).max(2000).optional().describe('要合并的文件（不填则合并全部对应上的文件）'),
});
