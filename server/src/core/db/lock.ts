import fs from 'node:fs';
import os from 'node:os';

export class DataDirLockedError extends Error {
  constructor(readonly dir: string, readonly holderPid: number | null) {
    const who = holderPid ? `（PID ${holderPid}）` : '';
    super(
      `数据目录 ${dir} 正被另一个进程${who}使用，本进程不会打开它，以免损坏数据。请先停止那个进程再启动。\n` +
        `The data directory ${dir} is in use by another process${holderPid ? ` (PID ${holderPid})` : ''}; ` +
        'refusing to open it so as not to corrupt the data. Stop that process first.',
    );
  }
}

interface Holder {
  pid: number;
  host: string;
  /** The holder's start time from /proc, so a recycled PID is not mistaken for the holder. */
  started: string | null;
}

function processStart(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function alive(h: Holder): boolean {
  if (h.host !== os.hostname()) return true; // another machine's process: cannot tell, so assume it runs
  try {
    process.kill(h.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const started = processStart(h.pid);
  return !(h.started && started && started !== h.started);
}

/**
 * Takes an exclusive lock on a PGlite data directory (PGlite has none of its own and corrupts a directory two
 * processes open). The lock is a file `<dir>.lock`, created atomically, naming the holder's PID and start time.
 * A lock whose holder no longer runs (killed, crashed) is taken over. Needs no timer, so a long synchronous
 * WASM call cannot make the lock look abandoned.
 */
export function lockDataDir(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  const me: Holder = { pid: process.pid, host: os.hostname(), started: processStart(process.pid) };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const h = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Holder;
          if (h.pid === me.pid && h.host === me.host) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let holder: Holder | null;
    try {
      holder = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Holder;
    } catch {
      holder = null; // being written or removed right now: try again
    }
    if (holder && alive(holder)) throw new DataDirLockedError(dir, holder.pid);
    if (holder) {
      // Stale: move it aside atomically so that only one contender removes it.
      const aside = `${lockPath}.stale-${process.pid}`;
      try {
        fs.renameSync(lockPath, aside);
        fs.unlinkSync(aside);
      } catch {
        /* another contender got there first */
      }
    }
  }
  throw new DataDirLockedError(dir, null);
}
