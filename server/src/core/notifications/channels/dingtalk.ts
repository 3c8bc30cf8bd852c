import type { DingtalkConfig } from '../channel-config';
import { DeliveryError, fetchJson, type Channel } from './channel';

const TOKEN_INVALID = new Set([40014, 42001, 40001]);
/** 90018 and the 9000x family: the company's call frequency is over the limit; -1: system busy. */
const RATE_LIMITED = new Set([90018, 90002, 90005, 90006, -1]);
const NO_SUCH_USER = new Set([33012, 40003]);

/**
 * 钉钉 work notifications: GET /gettoken?appkey&appsecret → access_token, then POST
 * /topapi/message/corpconversation/asyncsend_v2 with agent_id, userid_list and msg. Token errors (40014, 42001) fetch
 * a new token once; rate limits (90018, or 88 with sub_code 90018) are retried later; an unknown userid (33012) fails.
 */
export function dingtalkChannel(c: DingtalkConfig): Channel {
  let token: { value: string; until: number } | null = null;
  const getToken = async (fresh: boolean) => {
    if (!fresh && token && token.until > Date.now()) return token.value;
    const q = new URLSearchParams({ appkey: c.appKey, appsecret: c.appSecret });
    const r = await fetchJson('钉钉', `${c.baseUrl}/gettoken?${q}`);
    if (r.errcode !== 0 || typeof r.access_token !== 'string') {
      token = null;
      throw new DeliveryError(`钉钉取令牌失败（错误码 ${String(r.errcode)}：${String(r.errmsg ?? '')}），请检查 DINGTALK_APP_KEY、DINGTALK_APP_SECRET`);
    }
    token = { value: r.access_token, until: Date.now() + Math.max(60, Number(r.expires_in ?? 7200) - 300) * 1000 };
    return token.value;
  };
  return {
    id: 'dingtalk',
    label: '钉钉',
    async send(to, msg) {
      const content = `${msg.title}\n${msg.body}`;
      const body = {
        agent_id: c.agentId,
        userid_list: to.address,
        msg: msg.url
          ? { msgtype: 'action_card', action_card: { title: msg.title.slice(0, 64), markdown: content.slice(0, 5000), single_title: '办理', single_url: msg.url } }
          : { msgtype: 'text', text: { content: content.slice(0, 5000) } },
      };
      for (let attempt = 0; ; attempt++) {
        const t = await getToken(attempt > 0);
        const r = await fetchJson('钉钉', `${c.baseUrl}/topapi/message/corpconversation/asyncsend_v2?access_token=${encodeURIComponent(t)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        const code = Number(r.errcode);
        const sub = Number(r.sub_code);
        if (code === 0) return;
        if (TOKEN_INVALID.has(code) && attempt === 0) continue;
        if (RATE_LIMITED.has(code) || (code === 88 && RATE_LIMITED.has(sub))) throw new DeliveryError(`钉钉接口调用频率超限（错误码 ${code}${r.sub_code ? `/${String(r.sub_code)}` : ''}），稍后重试`);
        if (NO_SUCH_USER.has(code) || (code === 88 && NO_SUCH_USER.has(sub))) throw new DeliveryError(`钉钉中没有此用户（userid ${to.address}，错误码 ${code}），请核对本人的钉钉账号`, true);
        throw new DeliveryError(`钉钉发送失败（错误码 ${code}：${String(r.errmsg ?? r.sub_msg ?? '')}），稍后重试`);
      }
    },
  };
}
