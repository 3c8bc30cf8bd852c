/**
 * The outside channels' settings from the environment (README 通知渠道): a channel whose variables are all absent is
 * off; a channel half configured or with a malformed value refuses the start with a Chinese message (ConfigError),
 * never a failure later. Pure.
 */
export interface EmailConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  pass: string | null;
  from: string;
}
export interface WecomConfig {
  corpId: string;
  agentId: number;
  secret: string;
  baseUrl: string;
}
export interface DingtalkConfig {
  appKey: string;
  appSecret: string;
  agentId: number;
  baseUrl: string;
}
export interface DeliveryConfig {
  email: EmailConfig | null;
  wecom: WecomConfig | null;
  dingtalk: DingtalkConfig | null;
  /** The daily digest's default time (HH:MM, China time): NOTIFY_DIGEST_TIME, default 08:30. */
  digestTime: string;
  /** Default quiet hours (HH:MM–HH:MM, China time): NOTIFY_QUIET_HOURS, default 22:00-07:30. */
  quietStart: string;
  quietEnd: string;
  /** Seconds between two sweeps of due deliveries and due jobs: JOBS_POLL_SECONDS, default 15. */
  pollSeconds: number;
}

export const CHANNEL_IDS = ['email', 'wecom', 'dingtalk'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];
export const CHANNEL_LABELS: Record<ChannelId | 'in_app', string> = { in_app: '站内提醒', email: '电子邮件', wecom: '企业微信', dingtalk: '钉钉' };

export class ChannelConfigError extends Error {}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
export const isHhmm = (v: string) => HHMM.test(v);

type Env = Record<string, string | undefined>;
const val = (env: Env, k: string) => {
  const v = env[k]?.trim();
  return v ? v : undefined;
};

/** All or none of a channel's required variables. */
function group(env: Env, label: string, required: string[], optional: string[]): Record<string, string> | null {
  const present = [...required, ...optional].filter((k) => val(env, k) !== undefined);
  if (!present.length) return null;
  const missing = required.filter((k) => val(env, k) === undefined);
  if (missing.length) throw new ChannelConfigError(`${label}配置不完整：已设置 ${present.join('、')}，还缺少 ${missing.join('、')}（全部不设置则不启用${label}） / ${label}: missing ${missing.join(', ')}`);
  return Object.fromEntries(present.map((k) => [k, val(env, k)!]));
}

function integer(label: string, key: string, v: string, min: number, max: number): number {
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new ChannelConfigError(`${label}：${key} 应为 ${min}–${max} 之间的整数，当前为“${v}” / ${key} must be an integer`);
  return Number(v);
}

function baseUrl(label: string, key: string, v: string | undefined, fallback: string): string {
  const s = v ?? fallback;
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    throw new ChannelConfigError(`${label}：${key} 应为 http:// 或 https:// 开头的地址，当前为“${s}” / ${key} must be a URL`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ChannelConfigError(`${label}：${key} 应为 http:// 或 https:// 开头的地址，当前为“${s}” / ${key} must be a URL`);
  return s.replace(/\/+$/, '');
}

function hhmm(key: string, v: string): string {
  if (!isHhmm(v)) throw new ChannelConfigError(`${key} 应为 24 小时制时刻 HH:MM（如 08:30），当前为“${v}” / ${key} must be HH:MM`);
  return v;
}

export function parseDeliveryConfig(env: Env): DeliveryConfig {
  const e = group(env, '电子邮件（SMTP）', ['SMTP_HOST', 'SMTP_FROM'], ['SMTP_PORT', 'SMTP_SECURE', 'SMTP_USER', 'SMTP_PASS']);
  let email: EmailConfig | null = null;
  if (e) {
    if (!/^[^\s@<>]+@[^\s@<>]+$/.test(e.SMTP_FROM.replace(/^.*<(.+)>\s*$/, '$1'))) throw new ChannelConfigError(`电子邮件（SMTP）：SMTP_FROM 应为发件地址（如 noreply@example.edu.cn 或 "干部管理监督平台 <noreply@example.edu.cn>"），当前为“${e.SMTP_FROM}” / SMTP_FROM must be an address`);
    if (e.SMTP_SECURE && !['true', 'false'].includes(e.SMTP_SECURE)) throw new ChannelConfigError(`电子邮件（SMTP）：SMTP_SECURE 应为 true 或 false，当前为“${e.SMTP_SECURE}” / SMTP_SECURE must be true or false`);
    if (!!e.SMTP_USER !== !!e.SMTP_PASS) throw new ChannelConfigError('电子邮件（SMTP）：SMTP_USER 和 SMTP_PASS 须同时设置（或都不设置） / SMTP_USER and SMTP_PASS go together');
    const secure = e.SMTP_SECURE === 'true';
    email = { host: e.SMTP_HOST, port: e.SMTP_PORT ? integer('电子邮件（SMTP）', 'SMTP_PORT', e.SMTP_PORT, 1, 65535) : secure ? 465 : 587, secure, user: e.SMTP_USER ?? null, pass: e.SMTP_PASS ?? null, from: e.SMTP_FROM };
  }
  const w = group(env, '企业微信', ['WECOM_CORP_ID', 'WECOM_AGENT_ID', 'WECOM_SECRET'], ['WECOM_BASE_URL']);
  const wecom: WecomConfig | null = w && { corpId: w.WECOM_CORP_ID, agentId: integer('企业微信', 'WECOM_AGENT_ID', w.WECOM_AGENT_ID, 1, 2 ** 31 - 1), secret: w.WECOM_SECRET, baseUrl: baseUrl('企业微信', 'WECOM_BASE_URL', w.WECOM_BASE_URL, 'https://qyapi.weixin.qq.com') };
  const d = group(env, '钉钉', ['DINGTALK_APP_KEY', 'DINGTALK_APP_SECRET', 'DINGTALK_AGENT_ID'], ['DINGTALK_BASE_URL']);
  const dingtalk: DingtalkConfig | null = d && { appKey: d.DINGTALK_APP_KEY, appSecret: d.DINGTALK_APP_SECRET, agentId: integer('钉钉', 'DINGTALK_AGENT_ID', d.DINGTALK_AGENT_ID, 1, Number.MAX_SAFE_INTEGER), baseUrl: baseUrl('钉钉', 'DINGTALK_BASE_URL', d.DINGTALK_BASE_URL, 'https://oapi.dingtalk.com') };
  const digestTime = hhmm('NOTIFY_DIGEST_TIME', val(env, 'NOTIFY_DIGEST_TIME') ?? '08:30');
  const quiet = val(env, 'NOTIFY_QUIET_HOURS') ?? '22:00-07:30';
  const m = /^(\d\d:\d\d)-(\d\d:\d\d)$/.exec(quiet);
  if (!m || !isHhmm(m[1]) || !isHhmm(m[2])) throw new ChannelConfigError(`NOTIFY_QUIET_HOURS 应写作 HH:MM-HH:MM（如 22:00-07:30），不需要免打扰时写 00:00-00:00，当前为“${quiet}” / NOTIFY_QUIET_HOURS must be HH:MM-HH:MM`);
  const poll = val(env, 'JOBS_POLL_SECONDS');
  return { email, wecom, dingtalk, digestTime, quietStart: m[1], quietEnd: m[2], pollSeconds: poll ? integer('系统任务', 'JOBS_POLL_SECONDS', poll, 1, 3600) : 15 };
}

export const configuredChannels = (c: Pick<DeliveryConfig, ChannelId>): ChannelId[] => CHANNEL_IDS.filter((id) => c[id] !== null);
