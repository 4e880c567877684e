/** Time, injectable so polling and retry logic is tested without waiting. */
export interface ApplyClock {
  now(): number;
  sleep(milliseconds: number): Promise<void>;
}

export const systemClock: ApplyClock = {
  now: () => Date.now(),
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
};

export interface PollSchedule {
  /** Give up (and report) after this long. */
  timeoutMs: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

/**
 * Reads until `isDone`, sleeping with exponential backoff in between; the first read is immediate, and the last is
 * at the deadline, so what finishes within the timeout is seen finished (a sleep that would pass the deadline is cut
 * short to it). Returns the last value read and whether the schedule ran out first.
 */
export async function pollUntil<T>(
  clock: ApplyClock,
  schedule: PollSchedule,
  read: () => Promise<T>,
  isDone: (value: T) => boolean,
): Promise<{ value: T; timedOut: boolean }> {
  const deadline = clock.now() + schedule.timeoutMs;
  let delay = schedule.initialDelayMs;
  for (;;) {
    const value = await read();
    if (isDone(value)) return { value, timedOut: false };
    const left = deadline - clock.now();
    if (left <= 0) return { value, timedOut: true };
    await clock.sleep(Math.min(delay, left));
    delay = Math.min(Math.round(delay * 1.5), schedule.maxDelayMs);
  }
}

export function describeDuration(milliseconds: number): string {
  const minutes = Math.round(milliseconds / 60_000);
  return minutes >= 1 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : `${Math.round(milliseconds / 1000)} seconds`;
}
