import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

/** A real SMTP server on a free local port, keeping what it receives; `reject` addresses are refused with 550. */
export async function startSmtp(reject: string[] = []) {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (reject.includes(address.address)) return cb(Object.assign(new Error('没有这个邮箱'), { responseCode: 550 }));
      cb();
    },
    onData(stream, _session, cb) {
      simpleParser(stream)
        .then((m) => {
          mails.push(m);
          cb();
        })
        .catch(cb);
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.server.address() as AddressInfo).port;
  return { mails, port, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export interface Recorded {
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown> | null;
}

/**
 * A local server answering like the 企业微信 / 钉钉 open APIs: token requests hand out `token-1`, `token-2`, … and
 * message requests are answered from `answers` (a queue; when empty: errcode 0). A message sent with a token other than
 * the newest is answered "expired" (42001) as the real servers do after a token is replaced.
 */
export async function startOpenApi(kind: 'wecom' | 'dingtalk') {
  const requests: Recorded[] = [];
  const answers: Record<string, unknown>[] = [];
  let tokens = 0;
  const tokenPath = kind === 'wecom' ? '/cgi-bin/gettoken' : '/gettoken';
  const sendPath = kind === 'wecom' ? '/cgi-bin/message/send' : '/topapi/message/corpconversation/asyncsend_v2';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://local');
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
      requests.push({ path: url.pathname, query: url.searchParams, body });
      res.setHeader('content-type', 'application/json');
      if (url.pathname === tokenPath) {
        tokens++;
        return res.end(JSON.stringify({ errcode: 0, errmsg: 'ok', access_token: `token-${tokens}`, expires_in: 7200 }));
      }
      if (url.pathname === sendPath) {
        if (url.searchParams.get('access_token') !== `token-${tokens}`) return res.end(JSON.stringify({ errcode: 42001, errmsg: 'access_token expired' }));
        const a = answers.shift() ?? { errcode: 0, errmsg: 'ok', ...(kind === 'dingtalk' ? { task_id: 1 } : { msgid: 'm1' }) };
        return res.end(JSON.stringify(a));
      }
      res.statusCode = 404;
      res.end(JSON.stringify({ errcode: 404, errmsg: 'not found' }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    answers,
    sends: () => requests.filter((r) => r.path === sendPath),
    tokenRequests: () => requests.filter((r) => r.path === tokenPath),
    /** The server replaced its token (as after 7200 s): the client's cached one is now expired. */
    rotateToken: () => void tokens++,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
