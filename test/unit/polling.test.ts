import { pollUntil } from '../../src/apply/polling.js';
import type { ApplyClock } from '../../src/apply/polling.js';

/** A clock whose sleeps only move its time: reads happen at the instants the schedule chooses. */
function fakeClock(): ApplyClock & { readsAt: number[] } {
  let now = 0;
  return { readsAt: [], now: () => now, sleep: async (ms) => void (now += ms) };
}

// A drift detection (or a StackSet operation) that finishes within the time budget must be seen finished: giving up
// when the next backoff step would pass the deadline left up to a whole step (30 s) of the budget unused, and a
// detection ending there was reported "still running" on every run.
test('an operation that finishes before the deadline, but after the last full backoff step, is seen finished', async () => {
  const clock = fakeClock();
  const schedule = { timeoutMs: 60_000, initialDelayMs: 5_000, maxDelayMs: 30_000 };
  const result = await pollUntil(
    clock,
    schedule,
    async () => {
      clock.readsAt.push(clock.now());
      return clock.now() >= 50_000 ? 'SUCCEEDED' : 'RUNNING';
    },
    (status) => status === 'SUCCEEDED',
  );
  expect(result).toEqual({ value: 'SUCCEEDED', timedOut: false });
  expect(clock.readsAt.at(-1)).toBe(60_000);
});

test('an operation still running at the deadline is read once there and reported as timed out', async () => {
  const clock = fakeClock();
  const result = await pollUntil(
    clock,
    { timeoutMs: 60_000, initialDelayMs: 5_000, maxDelayMs: 30_000 },
    async () => {
      clock.readsAt.push(clock.now());
      return 'RUNNING';
    },
    () => false,
  );
  expect(result).toEqual({ value: 'RUNNING', timedOut: true });
  expect(clock.readsAt).toEqual([0, 5_000, 12_500, 23_750, 40_625, 60_000]);
});
