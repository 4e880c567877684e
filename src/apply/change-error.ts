import { describeAwsError, errorName, isEndpointUnreachable } from '../observe/aws-errors.js';

/** A change that did not complete, with a message that says what to do about it. */
export class ChangeError extends Error {
  override readonly name = 'ChangeError';
  constructor(
    message: string,
    /** Worth trying again in this run: the cause (throttling, a 5xx, a dropped connection) passes by itself. */
    readonly retryable = false,
    /** Nothing answers at the endpoint: every further call would fail the same way, so apply stops. */
    readonly unreachable = false,
    /**
     * With `unreachable`: the request may have reached AWS all the same (a connection reset or timed out under it, or
     * an earlier attempt of the SDK's did), so its change is not known to be undone.
     */
    readonly mayHaveArrived = false,
  ) {
    super(message);
  }
}

/** Errors that pass by themselves: throttling, and Organizations refusing while another change is under way. */
const TRANSIENT_ERROR_NAMES = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'ConcurrentModificationException',
]);
const NETWORK_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
/** Whether an error from the SDK, after its own retries, is still likely to pass if the stage runs again. */
function isTransientAwsError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { $metadata, code, message } = error as {
    $metadata?: { httpStatusCode?: number };
    code?: string;
    message?: unknown;
  };
  if (TRANSIENT_ERROR_NAMES.has(errorName(error))) return true;
  if (($metadata?.httpStatusCode ?? 0) >= 500) return true;
  return NETWORK_CODES.has(code ?? '') || /ECONNRESET|socket hang up|ETIMEDOUT/.test(String(message ?? ''));
}

/** Turns whatever an executor threw into a ChangeError: ours pass through, AWS errors get the operation and a hint. */
export function toChangeError(error: unknown, operation: string): ChangeError {
  if (error instanceof ChangeError) return error;
  const unreachable = isEndpointUnreachable(error);
  return new ChangeError(
    describeAwsError(error, operation).message,
    !unreachable && isTransientAwsError(error),
    unreachable,
    unreachable && mayHaveArrived(error),
  );
}

/**
 * Whether a request that found the endpoint unreachable may still have been carried out: a connection refused, or a
 * host that does not resolve, never took it; one reset, timed out or hung up on may have, and so may any earlier
 * attempt of the SDK's retries, whatever the last one met.
 */
function mayHaveArrived(error: unknown): boolean {
  const { $metadata, code, message } = error as {
    $metadata?: { attempts?: number };
    code?: unknown;
    message?: unknown;
  };
  if (($metadata?.attempts ?? 1) > 1) return true;
  return !/\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)\b/.test(
    `${String(code ?? '')} ${String(message ?? '')}`,
  );
}
