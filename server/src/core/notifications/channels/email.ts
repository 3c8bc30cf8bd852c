import nodemailer from 'nodemailer';
import type { EmailConfig } from '../channel-config';
import { DeliveryError, type Channel } from './channel';

/** E-mail over SMTP (nodemailer). A refused recipient (5xx) is permanent; a server down or busy is retried. */
export function emailChannel(c: EmailConfig): Channel {
  const transport = nodemailer.createTransport({
    host: c.host,
    port: c.port,
    secure: c.secure,
    auth: c.user ? { user: c.user, pass: c.pass ?? '' } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    // Internal relays often use self-issued certificates; STARTTLS is used when offered.
    tls: { rejectUnauthorized: false },
  });
  return {
    id: 'email',
    label: '电子邮件',
    async send(to, msg) {
      const text = `${to.name}：\n\n${msg.body}${msg.url ? `\n\n办理：${msg.url}` : ''}\n\n——干部管理监督平台（系统自动发送，请勿回复）`;
      try {
        await transport.sendMail({ from: c.from, to: { name: to.name, address: to.address }, subject: msg.title, text });
      } catch (err) {
        const e = err as { responseCode?: number; code?: string; message: string };
        if (e.code === 'EENVELOPE' || e.responseCode === 550 || e.responseCode === 551 || e.responseCode === 553)
          throw new DeliveryError(`邮件服务器拒收（${e.responseCode ?? e.code}）：${e.message}`, true);
        if (e.code === 'EAUTH') throw new DeliveryError(`邮件服务器登录失败，请检查 SMTP_USER、SMTP_PASS（${e.message}）`);
        if (e.code === 'ECONNECTION' || e.code === 'ETIMEDOUT' || e.code === 'ESOCKET' || e.code === 'EDNS') throw new DeliveryError(`邮件服务器 ${c.host}:${c.port} 无法连接（${e.code}），稍后重试`);
        throw new DeliveryError(`邮件发送失败（${e.responseCode ?? e.code ?? '未知'}）：${e.message}，稍后重试`);
      }
    },
  };
}
