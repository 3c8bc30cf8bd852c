import type { WecomConfig } from '../channel-config';
import { DeliveryError, fetchJson, type Channel } from './channel';

const TOKEN_INVALID = new Set([40014, 42001]);
const RATE_LIMITED = new Set([45009, 45033]);
const NO_SUCH_USER = new Set([81013, 60111, 40031]);

/**
 * 企业微信 application messages: GET /cgi-bin/gettoken → access_token (kept until shortly before expires_in), then POST
 * /cgi-bin/message/send. An invalid or expired token (40014, 42001) is fetched again once; a rate limit (45009) is
 * retried later; an unknown user (81013) fails for good.
 */
export function wecomChannel(c: WecomConfig): Channel {
  let token: { value: string; until: number } | null = null;
  const getToken = async (fresh: boolean) => {
    if (!fresh && token && token.until > Date.now()) return token.value;
    const q = new URLSearchParams({ corpid: c.corpId, corpsecret: c.secret });
    const r = await fetchJson('企业微信', `${c.baseUrl}/cgi-bin/gettoken?${q}`);
    if (r.errcode !== 0 || typeof r.access_token !== 'string') {
      token = null;
      throw new DeliveryError(`企业微信取令牌失败（错误码 ${String(r.errcode)}：${String(r.errmsg ?? '')}），请检查 WECOM_CORP_ID、WECOM_SECRET`);
    }
    const ttl = Number(r.expires_in ?? 7200);
    token = { value: r.access_token, until: Date.now() + Math.max(60, ttl - 300) * 1000 };
    return token.value;
  };
  return {
    id: 'wecom',
    label: '企业微信',
    async send(to, msg) {
      const payload = msg.url
        ? { touser: to.address, msgtype: 'textcard', agentid: c.agentId, textcard: { title: msg.title.slice(0, 128), description: msg.body.slice(0, 512), url: msg.url, btntxt: '办理' } }
        : { touser: to.address, msgtype: 'text', agentid: c.agentId, text: { content: `${msg.title}\n${msg.body}`.slice(0, 2000) } };
      for (let attempt = 0; ; attempt++) {
        const t = await getToken(attempt > 0);
        const r = await fetchJson('企业微信', `${c.baseUrl}/cgi-bin/message/send?access_token=${encodeURIComponent(t)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
        const code = Number(r.errcode);
        if (code === 0) {
          if (typeof r.invaliduser === 'string' && r.invaliduser.split('|').includes(to.address)) throw new DeliveryError(`企业微信中没有此成员（userid ${to.address}），请核对本人的企业微信账号`, true);
          return;
        }
        if (TOKEN_INVALID.has(code) && attempt === 0) continue;
        if (RATE_LIMITED.has(code)) throw new DeliveryError(`企业微信接口调用频率超限（错误码 ${code}），稍后重试`);
        if (NO_SUCH_USER.has(code)) throw new DeliveryError(`企业微信中没有此成员（userid ${to.address}，错误码 ${code}），请核对本人的企业微信账号`, true);
        if (code === 60020) throw new DeliveryError(`企业微信拒绝本服务器的地址（错误码 60020，IP 不在可信范围），请在企业微信后台配置可信 IP`);
        throw new DeliveryError(`企业微信发送失败（错误码 ${code}：${String(r.errmsg ?? '')}），稍后重试`);
      }
    },
  };
}
