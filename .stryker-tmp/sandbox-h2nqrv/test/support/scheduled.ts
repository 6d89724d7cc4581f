// @ts-nocheck
import { Scheduler } from '../../src/core/scheduler.ts';
import { Harness } from './harness.ts';

/** A bot at `now` with a scheduler that only runs when a test moves the clock with `tickAt`. */
export async function startScheduled(now: string): Promise<{ harness: Harness; scheduler: Scheduler }> {
  const harness = await Harness.create({ now });
  const scheduler = new Scheduler(harness.bot);
  await scheduler.start({ timer: false });
  return { harness, scheduler };
}

/** Sets the clock to `instant` and lets the scheduler do what is due then. */
export async function tickAt(harness: Harness, scheduler: Scheduler, instant: string): Promise<void> {
  harness.clock.set(new Date(instant));
  await scheduler.tick();
}

export async function stopScheduled(parts: { harness: Harness; scheduler: Scheduler }): Promise<void> {
  parts.scheduler.stop();
  await parts.harness.close();
}
