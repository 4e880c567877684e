import { connectionFailure, describeAwsError, errorName, isEndpointUnreachable } from '../observe/aws-errors.js';

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

  /**
   * The stack instances (`account/region`) of the change that were never sent: a change runs one StackSet operation
   * per group, and none after one fails. The report lists them as still planned, not as failed.
   */
  notSent?: readonly string[];

  /** The stack instances of the change whose operations succeeded before the one that failed: deployed, not failed. */
  succeeded?: readonly string[];

  /** With `unreachable`: AWS answered, refusing the credentials themselves (expired or not valid), not the endpoint. */
  credentialsRefused?: boolean;
}

/**
 * AWS's answers that the credentials themselves are not good (STS: "The security token included in the request is
 * expired" or "invalid"): every further call fails the same way, as at an endpoint nothing answers at. An
 * AccessDenied is one permission, not the credentials, and is not among them.
 */
const CREDENTIALS_REFUSED = new Set([
  'ExpiredTokenException',
  'ExpiredToken',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
]);

/** AWS's answers that it throttled a request: it refused it before acting on it, so sending it again is safe. */
const THROTTLING_ERROR_NAMES = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
]);

export function isThrottled(error: unknown): boolean {
  return THROTTLING_ERROR_NAMES.has(errorName(error));
}

/**
 * Whether an error from the SDK, after its own retries, is still likely to pass if the stage runs again: throttling,
 * Organizations refusing while another change is under way, a 5xx. Network failures are the endpoint's
 * (isEndpointUnreachable), on which apply stops instead.
 */
function isTransientAwsError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if (isThrottled(error) || errorName(error) === 'ConcurrentModificationException') return true;
  return ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode ?? 0) >= 500;
}

/** Turns whatever an executor threw into a ChangeError: ours pass through, AWS errors get the operation and a hint. */
export function toChangeError(error: unknown, operation: string): ChangeError {
  if (error instanceof ChangeError) return error;
  if (CREDENTIALS_REFUSED.has(errorName(error))) {
    const refused = new ChangeError(describeAwsError(error, operation).message, false, true, false);
    refused.credentialsRefused = true;
    return refused;
  }
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
  const { $metadata } = error as { $metadata?: { attempts?: number } };
  return ($metadata?.attempts ?? 1) > 1 || connectionFailure(error) !== 'never-sent';
}
