import type { Db } from '../db/client';
import type { Clock } from '../shared/clock';
import type { Channels } from '../notifications/channels';
import { sendDueDeliveries } from '../notifications/deliveries';
import { createJobRunner } from './runner';
import type { DailyJob } from './registry';

export interface Background {
  /** One round now: due jobs, then due deliveries. */
  tick(): Promise<void>;
  /** Stops the timer and waits for a round in progress to finish. */
  stop(): Promise<void>;
}

/**
 * The service's background work, every `pollSeconds`: the day's scheduled jobs that are due, then the outside
 * deliveries that are due. Runs in every instance; the database decides who does what (see runner.ts, deliveries.ts).
 */
export function startBackground(o: { db: Db; jobs: DailyJob[]; channels: Channels; clock: Clock; pollSeconds: number; origin: string | null; log?: (m: string) => void }): Background {
  const log = o.log ?? ((m: string) => console.warn(m));
  const runner = createJobRunner({ db: o.db, jobs: o.jobs, clock: o.clock });
  let running: Promise<void> | null = null;
  let stopped = false;
  const round = async () => {
    try {
      await runner.runDue();
    } catch (err) {
      log(`系统任务执行出错，稍后重试 / scheduled jobs failed: ${(err as Error).message}`);
    }
    try {
      await sendDueDeliveries(o.db, o.channels, { origin: o.origin });
    } catch (err) {
      log(`通知发送出错，稍后重试 / deliveries failed: ${(err as Error).message}`);
    }
  };
  const tick = () => {
    if (stopped) return Promise.resolve();
    running ??= round().finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => void tick(), o.pollSeconds * 1000);
  timer.unref();
  void tick();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
