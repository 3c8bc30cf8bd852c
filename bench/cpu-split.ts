import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

/**
 * CPU time used so far, in ms, read from /proc (Linux only): this process's main thread, its other threads (V8's
 * helpers, autocannon's worker), every PostgreSQL process on the machine, and the machine's busy and idle time over
 * all its cores. Two readings around a load, divided by the requests served, say what a request costs each side
 * (`cpuPerRequest`) — the CPU profile cannot: it counts time the thread waited for a core inside a system call.
 */
export interface CpuReading {
  main: number;
  otherThreads: number;
  postgres: number;
  machineBusy: number;
  machineIdle: number;
}

const tick = 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim() || 100);

/** utime + stime of a /proc stat file, in ms (0 if it is gone). */
function used(statFile: string): number {
  try {
    const fields = fs.readFileSync(statFile, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * tick;
  } catch {
    return 0;
  }
}

export function readCpu(): CpuReading {
  const tasks = fs.readdirSync('/proc/self/task');
  const main = used(`/proc/self/task/${process.pid}/stat`);
  const all = tasks.reduce((s, t) => s + used(`/proc/self/task/${t}/stat`), 0);
  let postgres = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres')) postgres += used(`/proc/${pid}/stat`);
    } catch {
      /* gone meanwhile */
    }
  }
  const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return { main, otherThreads: all - main, postgres, machineBusy: (cpu[0]! + cpu[1]! + cpu[2]! + cpu[5]! + cpu[6]!) * tick, machineIdle: (cpu[3]! + cpu[4]!) * tick };
}

/** What each side spent per request between two readings (ms), and how busy the machine was. */
export function cpuPerRequest(before: CpuReading, after: CpuReading, requests: number) {
  const per = (k: keyof CpuReading) => Number(((after[k] - before[k]) / requests).toFixed(3));
  const busy = after.machineBusy - before.machineBusy;
  const idle = after.machineIdle - before.machineIdle;
  return { requests, mainThreadMs: per('main'), otherThreadsMs: per('otherThreads'), postgresMs: per('postgres'), machineBusyPct: Math.round((100 * busy) / (busy + idle)) };
}
