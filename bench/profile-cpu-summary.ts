/** Sums a V8 .cpuprofile's self time by package (node_modules/<name>) or by our own file: `npx tsx bench/profile-cpu-summary.ts <file>`. */
import fs from 'node:fs';

const profile = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as { nodes: { id: number; callFrame: { url: string; functionName: string } }[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const where = (url: string) => {
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1];
  const own = url.match(/\/(server|bench)\/src\/(.*)$/) ?? url.match(/\/(server|bench)\/(.*)$/);
  return own ? `${own[1]}/${own[2]}` : url || '(native / idle / gc)';
};
const totals = new Map<string, number>();
let all = 0;
profile.samples.forEach((id, i) => {
  const n = byId.get(id)!;
  const key = n.callFrame.functionName === '(idle)' ? '(idle)' : where(n.callFrame.url);
  const dt = profile.timeDeltas[i] ?? 0;
  totals.set(key, (totals.get(key) ?? 0) + dt);
  all += dt;
});
for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${((v / all) * 100).toFixed(1).padStart(5)}%  ${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`);
