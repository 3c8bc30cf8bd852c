/** Chinese names of request fields, so a validation error names the field the way the form does. */
export const FIELD_LABELS: Record<string, string> = {
  username: '用户名',
  password: '密码',
  name: '名称',
  staffNo: '工号',
  gender: '性别',
  birthDate: '出生日期',
  idNumber: '身份证号',
  politicalStatus: '政治面貌',
  hireDate: '参加工作时间',
  phone: '联系电话',
  status: '状态',
  code: '编码',
  kind: '类别',
  departmentId: '部门',
  personId: '人员',
  postId: '职务',
  leaderPersonId: '分管院领导',
  title: '职务名称',
  rank: '职级',
  startDate: '开始日期',
  endDate: '结束日期',
  appointDocNo: '任免文号',
  appointReason: '任职原因',
  endDocNo: '免职文号',
  endReason: '免职原因',
  reason: '理由',
  key: '事项编号',
  date: '日期',
  note: '说明',
  year: '年份',
  page: '页码',
  pageSize: '每页条数',
  q: '搜索词',
  from: '起始日期',
  to: '截止日期',
  id: '编号',
  action: '办理事项',
  on: '日期',
};

interface ZodLike {
  description?: string;
  shape?: Record<string, ZodLike>;
  _zod?: { def?: { innerType?: ZodLike; in?: ZodLike; element?: ZodLike; options?: ZodLike[] } };
}

/** A field of an object schema, or of whichever member of a union has it (the steps of a procedure are unions). */
function fieldOf(s: ZodLike | undefined, key: string): ZodLike | undefined {
  const u = unwrap(s);
  return u?.shape?.[key] ?? u?._zod?.def?.options?.map((o) => fieldOf(o, key)).find((f) => f !== undefined);
}

/** Steps through optional, nullable, default and pipe wrappers to the schema inside. */
function unwrap(s: ZodLike | undefined): ZodLike | undefined {
  for (let i = 0; s && i < 10; i++) {
    const def = s._zod?.def;
    const inner = def?.innerType ?? def?.in;
    if (!inner) return s;
    s = inner;
  }
  return s;
}

/**
 * The Chinese name of a request field: the schema's own description (`.describe('姓名')`) where the route gives one,
 * else the shared table. An index into an array (`subjectIds.0`, `targets.0.personId`) steps into its elements; an
 * element without a name of its own is named by its array.
 */
export function labelOf(path: string, schema?: unknown): string {
  const parts = path.split(/[./]/).filter(Boolean);
  let s = schema as ZodLike | undefined;
  let list: string | undefined;
  for (const key of parts) {
    if (/^\d+$/.test(key)) {
      list = describedOf(s) ?? list;
      s = unwrap(s)?._zod?.def?.element;
    } else s = fieldOf(s, key);
  }
  const described = describedOf(s);
  if (described) return described;
  if (list && /^\d+$/.test(parts[parts.length - 1] ?? '')) return list;
  const last = parts.filter((p) => !/^\d+$/.test(p)).pop() ?? '';
  return FIELD_LABELS[last] ?? last;
}

const describedOf = (s: ZodLike | undefined) => s?.description ?? unwrap(s)?.description;

/** Messages that read on from the field's name (“编号应为数字”); others follow a colon (“被反映人：请选择被反映人”). */
const READS_ON = /^(应|不能|不得|至少|不少于|不超过|不小于|不大于|含有|须|必须|只能|取值|格式|类型)/;

/**
 * A message about one field of a request as the user reads it: the field's Chinese name, then what is wrong. A query
 * condition says so; a path's number is named like any field (the user knows no “path parameter”). One place for the
 * validation errors and the input guard.
 */
export function fieldMessage(part: 'params' | 'querystring' | 'body' | string | undefined, label: string, message: string): string {
  const subject = label ? `${part === 'querystring' ? '查询条件' : ''}${label}` : '';
  if (!subject) return message;
  return READS_ON.test(message) ? `${subject}${message}` : `${subject}：${message}`;
}
