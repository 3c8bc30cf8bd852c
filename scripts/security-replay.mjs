// Replays the outside attacks of security round two against running instances, the way an attacker would: raw HTTP
// over a socket, no access to the code. Usage (a fresh `npm start`, or two instances on one PostgreSQL):
//
//   node scripts/security-replay.mjs http://127.0.0.1:3000 [http://127.0.0.1:3001]
//
// The demo accounts must be there (password Cadre@2026) and the administrators' second factor off (TOTP_ADMINS=false),
// or the reset attack is skipped. It locks pc.staff and an unknown name for the lock period: run it on a trial instance.
// Prints one line per attack with what was observed; exits 1 when an attack succeeded.
import net from 'node:net';

const targets = process.argv.slice(2).map((u) => new URL(u));
if (!targets.length) {
  console.error('用法：node scripts/security-replay.mjs <实例地址> [第二个实例地址]');
  process.exit(2);
}
const PASSWORD = 'Cadre@2026';
let failed = 0;
const report = (ok, what, seen) => {
  if (!ok) failed++;
  console.log(`${ok ? '✓ refused ' : '✗ SUCCEEDED'}  ${what}: ${seen}`);
};

function raw(target, head, body = '') {
  return new Promise((resolve, reject) => {
    const s = net.connect(Number(target.port || 80), target.hostname, () =>
      s.write(`${head}\r\nHost: ${target.host}\r\nConnection: close\r\n${body ? `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` : ''}\r\n${body}`),
    );
    let text = '';
    s.setEncoding('utf8');
    s.on('data', (d) => (text += d));
    s.on('end', () => resolve({ status: Number(text.split(' ')[1]), body: text.slice(text.indexOf('\r\n\r\n') + 4) }));
    s.on('error', reject);
  });
}

async function api(target, method, path, body, cookie) {
  const started = performance.now();
  const res = await fetch(new URL(path, target), { method, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}) }, body: body ? JSON.stringify(body) : undefined });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, json, text, ms: performance.now() - started, cookie: res.headers.get('set-cookie')?.split(';')[0] };
}
const signIn = async (target, username, password = PASSWORD) => {
  const r = await api(target, 'POST', '/api/auth/login', { username, password });
  if (r.status !== 200) throw new Error(`sign-in ${username}: ${r.status} ${r.text}`);
  return r.cookie;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const [a, b] = targets;
const both = targets.length > 1;

// 1. Deny by default: absolute-form and percent-encoded targets without a session.
{
  const abs = await raw(a, `GET http://x/api/persons HTTP/1.1`);
  const absPost = await raw(a, `POST http://x/api/talks HTTP/1.1`, '{}');
  const enc = await raw(a, `GET /%61pi/persons HTTP/1.1`);
  report(abs.status === 400 && absPost.status === 400 && enc.status === 401, '1 absolute-form / percent-encoded target, no session', `GET abs ${abs.status}, POST abs ${absPost.status}, /%61pi/persons ${enc.status}`);
}

// 2. Lockout burst: 30 wrong passwords at once (split over both instances): how many were checked before the lock.
{
  const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => api(targets[i % targets.length], 'POST', '/api/auth/login', { username: 'pc.staff', password: `Wrong#${i}pass` })));
  const checked = burst.filter((r) => r.json?.error?.code === 'AUTH.BAD_CREDENTIALS').length;
  const locked = burst.filter((r) => r.status === 423).length;
  const right = await api(a, 'POST', '/api/auth/login', { username: 'pc.staff', password: PASSWORD });
  report(checked <= 5 && right.status === 423, `2 lockout burst of 30${both ? ' over two instances' : ''}`, `${checked} passwords checked, ${locked} refused as locked; the right password afterwards: ${right.status}`);
}

// 8. Enumeration: an unknown name and a real one, before and after the lock.
{
  const times = { real: [], unknown: [] };
  for (let i = 0; i < 4; i++) {
    times.real.push((await api(a, 'POST', '/api/auth/login', { username: 'fj.staff', password: `Wrong#${i}pass` })).ms);
    times.unknown.push((await api(a, 'POST', '/api/auth/login', { username: `nobody${Date.now()}`, password: `Wrong#${i}pass` })).ms);
  }
  const ghost = `ghost${Date.now()}`;
  let real;
  let unknown;
  for (let i = 0; i < 6; i++) {
    real = await api(a, 'POST', '/api/auth/login', { username: 'wj.staff', password: `Wrong#${i}pass` });
    unknown = await api(a, 'POST', '/api/auth/login', { username: ghost, password: `Wrong#${i}pass` });
  }
  const same = real.status === unknown.status && real.json?.error?.code === unknown.json?.error?.code && real.json?.error?.message === unknown.json?.error?.message;
  report(same, '8 user enumeration', `after 6 failures real ${real.status} / unknown ${unknown.status} (same body: ${same}); median time real ${median(times.real).toFixed(0)} ms, unknown ${median(times.unknown).toFixed(0)} ms`);
}

// 6. Bad input: ids beyond int4, NUL, lone surrogates.
const org = await signIn(a, 'org');
{
  const big = await api(a, 'GET', '/api/persons/2147483648', null, org);
  const nul = await api(a, 'GET', '/api/persons?q=%00', null, org);
  const nulBody = await api(a, 'POST', '/api/talks', { kind: 'routine', form: 'individual', status: 'held', talkDate: '2026-11-20', talkTime: '10:00', place: 'a\u0000b', keyPoints: 'x', talkerIds: [1], subjectIds: [2] }, org);
  const surrogate = await fetch(new URL('/api/persons?q=%ED%A0%80', a), { headers: { cookie: org } });
  report(big.status === 400 && nul.status === 400 && nulBody.status === 400 && surrogate.status < 500, '6 id 2^31, NUL in query and body, lone surrogate', `${big.status}, ${nul.status}, ${nulBody.status}, ${surrogate.status}`);
}

// 7. A second factor replaced with a session alone.
{
  const staff = await signIn(a, 'staff');
  const setup = await api(a, 'POST', '/api/auth/totp/setup', {}, staff);
  report(setup.status === 400, '7 TOTP setup without the password', `${setup.status} ${setup.json?.error?.code ?? ''}`);
}

// 10. Existence oracle: cancelling a talk one cannot see vs an unknown id.
{
  const talks = (await api(a, 'GET', '/api/talks?scope=all&pageSize=200', null, org)).json.items;
  const staff = await signIn(a, 'staff');
  const me = (await api(a, 'GET', '/api/auth/me', null, staff)).json.personId;
  const theirs = talks.find((t) => ![...(t.talkers ?? []), ...(t.subjects ?? [])].some((p) => p.id === me));
  const hidden = await api(a, 'POST', `/api/talks/${theirs.id}/cancel`, { reason: '试探是否存在' }, staff);
  const unknown = await api(a, 'POST', '/api/talks/2147483000/cancel', { reason: '试探是否存在' }, staff);
  report(hidden.status === unknown.status && hidden.json?.error?.code === unknown.json?.error?.code, '10 existence oracle (cancel a talk one cannot see)', `hidden ${hidden.status} ${hidden.json?.error?.code}, unknown ${unknown.status} ${unknown.json?.error?.code}`);
}

// 3. 三员分立: the system administrator resets the discipline office's account and tries what they were shown.
{
  const sys = await api(a, 'POST', '/api/auth/login', { username: 'sysadmin', password: PASSWORD });
  if (sys.status !== 200) console.log(`-  3 skipped: sysadmin cannot sign in without a second factor here (${sys.status}); start with TOTP_ADMINS=false`);
  else {
    const accounts = (await api(a, 'GET', '/api/accounts', null, sys.cookie)).json;
    const list = Array.isArray(accounts) ? accounts : accounts.items;
    const discipline = list.find((x) => x.username === 'discipline');
    const reset = await api(a, 'POST', `/api/accounts/${discipline.id}/reset-password`, {}, sys.cookie);
    const shown = Object.values(reset.json ?? {}).filter((v) => typeof v === 'string');
    const tries = await Promise.all(shown.map((s) => api(a, 'POST', '/api/auth/login', { username: 'discipline', password: s })));
    const stillOld = await api(a, 'POST', '/api/auth/login', { username: 'discipline', password: PASSWORD });
    report(!tries.some((t) => t.status === 200) && !('initialPassword' in (reset.json ?? {})), '3 system administrator becomes 纪委 by a reset', `reset ${reset.status}, shown ${Object.keys(reset.json ?? {}).join('/')}; sign-in with anything shown: ${tries.map((t) => t.status).join(',')}; old password until approval: ${stillOld.status}`);
  }
}

// 9. Ten identical talk records at once (split over both instances).
{
  const people = (await api(a, 'GET', '/api/persons?pageSize=50', null, org)).json.items;
  const day = `2026-11-${String(10 + Math.floor(Math.random() * 15)).padStart(2, '0')}`;
  const record = { kind: 'routine', form: 'individual', status: 'held', talkDate: day, talkTime: '09:30', place: '组织部谈话室', keyPoints: '重放攻击：同一谈话十次登记', talkerIds: [people[3].id], subjectIds: [people[4].id] };
  const orgB = both ? await signIn(b, 'org') : org;
  const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => api(i % 2 ? b ?? a : a, 'POST', '/api/talks', record, i % 2 ? orgB : org)));
  const created = answers.filter((r) => r.status === 201).length;
  report(created === 1, `9 ten identical talks at once${both ? ' over two instances' : ''}`, `${created} created, ${answers.filter((r) => r.status === 409).length} told it may be a duplicate`);
}

console.log(failed ? `\n${failed} 项攻击仍然成功 / attacks succeeded` : '\n全部攻击均被拒绝 / every attack refused');
process.exit(failed ? 1 : 0);
