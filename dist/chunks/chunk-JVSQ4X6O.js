import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/apply/polling.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds))
};
async function pollUntil(clock, schedule, read, isDone) {
  const deadline = clock.now() + schedule.timeoutMs;
  let delay = schedule.initialDelayMs;
  for (; ; ) {
    const value = await read();
    if (isDone(value)) return { value, timedOut: false };
    const left = deadline - clock.now();
    if (left <= 0) return { value, timedOut: true };
    await clock.sleep(Math.min(delay, left));
    delay = Math.min(Math.round(delay * 1.5), schedule.maxDelayMs);
  }
}
function describeDuration(milliseconds) {
  const minutes = Math.round(milliseconds / 6e4);
  return minutes >= 1 ? `${minutes} minute${minutes === 1 ? "" : "s"}` : `${Math.round(milliseconds / 1e3)} seconds`;
}

export {
  systemClock,
  pollUntil,
  describeDuration
};
