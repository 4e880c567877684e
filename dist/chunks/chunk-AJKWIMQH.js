import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  describeAwsError
} from "./chunk-24SCDO2P.js";

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
    if (clock.now() + delay > deadline) return { value, timedOut: true };
    await clock.sleep(delay);
    delay = Math.min(Math.round(delay * 1.5), schedule.maxDelayMs);
  }
}
function describeDuration(milliseconds) {
  const minutes = Math.round(milliseconds / 6e4);
  return minutes >= 1 ? `${minutes} minute${minutes === 1 ? "" : "s"}` : `${Math.round(milliseconds / 1e3)} seconds`;
}

// src/apply/change-error.ts
var ChangeError = class extends Error {
  constructor(message, retryable = false, unreachable = false) {
    super(message);
    this.retryable = retryable;
    this.unreachable = unreachable;
  }
  retryable;
  unreachable;
  name = "ChangeError";
};
var TRANSIENT_ERROR_NAMES = /* @__PURE__ */ new Set([
  "ThrottlingException",
  "Throttling",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "ConcurrentModificationException"
]);
var NETWORK_CODES = /* @__PURE__ */ new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT"]);
var UNREACHABLE = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ECONNRESET|ETIMEDOUT|EPIPE)\b|socket hang up/;
function isEndpointUnreachable(error) {
  if (typeof error !== "object" || error === null) return false;
  if (errorName(error) === "TimeoutError") return true;
  const { code, message } = error;
  return UNREACHABLE.test(String(code ?? "")) || UNREACHABLE.test(String(message ?? ""));
}
function isTransientAwsError(error) {
  if (typeof error !== "object" || error === null) return false;
  const { $metadata, code, message } = error;
  if (TRANSIENT_ERROR_NAMES.has(errorName(error))) return true;
  if (($metadata?.httpStatusCode ?? 0) >= 500) return true;
  return NETWORK_CODES.has(code ?? "") || /ECONNRESET|socket hang up|ETIMEDOUT/.test(String(message ?? ""));
}
function toChangeError(error, operation) {
  if (error instanceof ChangeError) return error;
  const unreachable = isEndpointUnreachable(error);
  return new ChangeError(
    describeAwsError(error, operation).message,
    !unreachable && isTransientAwsError(error),
    unreachable
  );
}
function errorName(error) {
  const name = typeof error === "object" && error !== null ? error.name : void 0;
  return typeof name === "string" ? name : "";
}

export {
  ChangeError,
  isEndpointUnreachable,
  toChangeError,
  errorName,
  systemClock,
  pollUntil,
  describeDuration
};
