/**
 * Procedure events as notices, in one table: when a step waits for someone they are told at once (urgent, with the
 * page), and the applicant or subject is told of each decision. The texts name the regulation in Chinese. Pure: the
 * callers record the notices (tell.ts) inside the command that creates or advances the step.
 */

export type EventKey =
  | 'sideline.step_waiting'
  | 'sideline.decided'
  | 'tolerance.filed'
  | 'tolerance.proposed'
  | 'tolerance.step_done'
  | 'inquiry.sent'
  | 'inquiry.replied'
  | 'inquiry.assessed'
  | 'interview.scheduled'
  | 'interview.material_due'
  | 'reserve.nominated'
  | 'reserve.reviewed'
  | 'appraisal.graded'
  | 'account.created';

/** What a text may use; each event reads the fields it needs. */
export interface EventContext {
  /** The record's id, for the link. */
  id: number;
  /** Whose case it is (the applicant, the person inquired of, the nominee…). */
  who: string;
  /** What it is about (the post applied for, the matter, the interview's topic…). */
  what?: string;
  /** The step waiting or decided. */
  step?: string;
  /** The decision in words (同意, 退回修改, 免责…). */
  decision?: string;
  reason?: string | null;
  /** A date the recipient must act by, or the date and place of a meeting. */
  due?: string | null;
  /** The article, as users read it (《…》第N条). */
  article?: string | null;
  /** Whether the decision needs the recipient to act (a return for changes): then it is urgent. */
  needsAction?: boolean;
}

export interface EventSpec {
  kind: 'step_waiting' | 'decision_made';
  urgent: boolean | ((c: EventContext) => boolean);
  title: (c: EventContext) => string;
  body: (c: EventContext) => string;
  link: (c: EventContext) => string;
}

const basis = (c: EventContext) => (c.article ? `依据：${c.article}。` : '');
const why = (c: EventContext) => (c.reason ? `意见：${c.reason}。` : '');

export const EVENTS: Record<EventKey, EventSpec> = {
  'sideline.step_waiting': {
    kind: 'step_waiting',
    urgent: true,
    title: (c) => `待您办理：${c.who}的兼职申请（${c.step}）`,
    body: (c) => `${c.who}申请兼任${c.what}，现到“${c.step}”环节，等待您办理。${basis(c)}`,
    link: (c) => `/sidelines/applications/${c.id}`,
  },
  'sideline.decided': {
    kind: 'decision_made',
    urgent: (c) => !!c.needsAction,
    title: (c) => `您的兼职申请已办理“${c.step}”：${c.decision}`,
    body: (c) => `您申请兼任${c.what}，“${c.step}”环节${c.decision}。${why(c)}${c.needsAction ? '请修改后重新提交。' : ''}${basis(c)}`,
    link: (c) => `/sidelines/applications/${c.id}`,
  },
  'tolerance.filed': {
    kind: 'step_waiting',
    urgent: true,
    title: (c) => `容错申请待受理：${c.who}`,
    body: (c) => `${c.who}就“${c.what}”提出容错申请，请及时审查是否受理${c.due ? `（应于 ${c.due} 前）` : ''}。${basis(c)}`,
    link: (c) => `/tolerance/reviews/${c.id}`,
  },
  'tolerance.proposed': {
    kind: 'step_waiting',
    urgent: true,
    title: (c) => `容错认定待党委研究：${c.who}`,
    body: (c) => `${c.who}的容错申请（${c.what}）已提出认定意见：${c.decision}，请提交学院党委集体研究认定。${basis(c)}`,
    link: (c) => `/tolerance/reviews/${c.id}`,
  },
  'tolerance.step_done': {
    kind: 'decision_made',
    urgent: false,
    title: (c) => `您的容错申请：${c.step}`,
    body: (c) => `您就“${c.what}”提出的容错申请已办理“${c.step}”${c.decision ? `：${c.decision}` : ''}。${why(c)}${basis(c)}`,
    link: (c) => `/tolerance/reviews/${c.id}`,
  },
  'inquiry.sent': {
    kind: 'step_waiting',
    urgent: true,
    title: (c) => `谈话函询待您答复（${c.due} 前）`,
    body: (c) => `纪检监察室就“${c.what}”向您发出谈话函询，请于 ${c.due} 前如实作出书面答复。${basis(c)}`,
    link: () => '/interviews',
  },
  'inquiry.replied': {
    kind: 'step_waiting',
    urgent: true,
    title: (c) => `函询答复待评估：${c.who}`,
    body: (c) => `${c.who}已答复谈话函询（${c.what}），请评估答复。${basis(c)}`,
    link: () => '/interviews',
  },
  'inquiry.assessed': {
    kind: 'decision_made',
    urgent: false,
    title: (c) => `您的函询答复已评估：${c.decision}`,
    body: (c) => `纪检监察室对您就“${c.what}”所作答复的评估：${c.decision}。${why(c)}${basis(c)}`,
    link: () => '/interviews',
  },
  'interview.scheduled': {
    kind: 'step_waiting',
    urgent: true,
    title: (c) => `约谈通知：${c.due}`,
    body: (c) => `您被安排${c.step}（${c.what}），时间地点：${c.due}。${c.reason ? `约谈事由：${c.reason}。` : ''}${basis(c)}`,
    link: (c) => `/interviews/${c.id}`,
  },
  'interview.material_due': {
    kind: 'step_waiting',
    urgent: true,
    title: (c) => `请提交${c.step}`,
    body: (c) => `约谈（${c.what}）已实施，请及时提交${c.step}。${basis(c)}`,
    link: (c) => `/interviews/${c.id}`,
  },
  'reserve.nominated': {
    kind: 'step_waiting',
    urgent: true,
    title: (c) => `后备干部推荐待审核：${c.who}`,
    body: (c) => `${c.who}被推荐为后备干部（拟任${c.what}），请审核。${basis(c)}`,
    link: () => '/incentives',
  },
  'reserve.reviewed': {
    kind: 'decision_made',
    urgent: false,
    title: (c) => `后备干部推荐审核结果：${c.who}${c.decision}`,
    body: (c) => `您推荐的${c.who}（拟任${c.what}）审核结果：${c.decision}。${why(c)}${basis(c)}`,
    link: () => '/incentives',
  },
  'appraisal.graded': {
    kind: 'decision_made',
    urgent: false,
    title: (c) => `您的 ${c.what} 年度考核等次：${c.decision}`,
    body: (c) => `您的 ${c.what} 年度考核等次评定为“${c.decision}”。${c.reason ? `评定依据：${c.reason}。` : ''}${basis(c)}`,
    link: () => '/incentives',
  },
  'account.created': {
    kind: 'step_waiting',
    urgent: true,
    title: () => '您的账号已建立，请设置密码',
    body: (c) => `已为您建立本系统账号，用户名 ${c.what}。账号尚无密码：请向系统管理员和安全管理员各领取一段激活码，在登录页“使用激活码设置密码”自行设置。`,
    link: () => '/login',
  },
};

/** A notice's fields for an event (without recipient and institution). */
export function noticeOf(key: EventKey, c: EventContext): { kind: string; title: string; body: string; link: string; urgent: boolean } {
  const e = EVENTS[key];
  return { kind: e.kind, title: e.title(c), body: e.body(c), link: e.link(c), urgent: typeof e.urgent === 'function' ? e.urgent(c) : e.urgent };
}
