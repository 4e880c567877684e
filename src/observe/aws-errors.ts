import { configuredEndpoint } from './aws-clients.js';

/** Errors the AWS SDK throws for a service response carry `$metadata`; anything else is ours or the network's. */
function isServiceError(error: unknown): error is Error & { name: string; $metadata: { httpStatusCode?: number } } {
  return error instanceof Error && typeof (error as { $metadata?: unknown }).$metadata === 'object';
}

/**
 * The SDK's error for a response body it cannot parse, such as an HTML page from an endpoint that lacks the API: it
 * carries the raw `$response` and a message meant for a debugger.
 */
function isUndecodableResponse(error: unknown): error is Error & { $response: { statusCode?: number } } {
  return (
    error instanceof Error &&
    typeof (error as { $response?: unknown }).$response === 'object' &&
    /Deserialization error/.test(error.message)
  );
}

/** Thrown when AWS refuses or fails a call; the message says what the caller can do about it. */
export class AwsCallError extends Error {
  override readonly name = 'AwsCallError';
}

const HINTS: Record<string, string> = {
  AccessDeniedException:
    'The role vend runs as lacks a permission; the roles of baselines/bootstrap/management-account.yaml grant exactly what vend calls (plan role: reads; apply role: reads and writes; drift role: reads, StackSet drift detection and CloudTrail event history).',
  AccessDenied:
    'The role vend runs as lacks a permission; the roles of baselines/bootstrap/management-account.yaml grant exactly what vend calls.',
  AWSOrganizationsNotInUseException:
    'The account these credentials belong to is in no AWS organization: use the management account’s credentials (or the delegated administrator’s), or create the organization first.',
  ExpiredTokenException: 'The AWS credentials expired; re-run the job so the OIDC role is assumed afresh.',
  UnrecognizedClientException: 'AWS does not recognise these credentials.',
  InvalidClientTokenId: 'AWS does not recognise these credentials.',
};

/**
 * An access-denied message names the policy type that denied the call ("… with an explicit deny in a service control
 * policy", "… because no permissions boundary allows the … action"; IAM User Guide, "Troubleshoot access denied
 * error messages"). A role lacking a permission is then the wrong advice: the fix is in that policy.
 */
function policyTypeHint(name: string, message: string): string | undefined {
  if (name !== 'AccessDeniedException' && name !== 'AccessDenied') return undefined;
  // The call may have run as vend's own role or as the execution role in a member account: the hint names neither.
  if (/service control polic/i.test(message))
    return 'An SCP denied the call, not a missing permission: allow it in the SCP that denies it, attached to the account the call ran in or an OU above it (the management account is never under SCPs; a delegated administrator account is).';
  if (/resource control polic/i.test(message))
    return 'A resource control policy (RCP) denied the call, not a missing permission: allow it in that RCP.';
  if (/permissions boundary/i.test(message))
    return 'The permissions boundary of the role that made the call denied it: allow the call in that boundary.';
  if (/session polic/i.test(message))
    return 'A session policy passed when the role was assumed denied the call: assume the role without one that narrows vend’s calls.';
  if (/explicit deny in an identity-based policy/i.test(message))
    return 'A Deny in a policy of the role that made the call refused it, not a missing permission: remove or narrow that Deny.';
  return undefined;
}

/**
 * Network failures, as Node and @smithy/node-http-handler report them: `never-sent` (refused, no such host, no
 * route: the request did not leave), `dropped` (a connection reset or cut under it) and `timed-out` (no answer
 * within the request timeout). The last two may have reached AWS. Undefined for anything else, such as an answer
 * from AWS.
 */
export type ConnectionFailure = 'never-sent' | 'dropped' | 'timed-out';

const NEVER_SENT = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)\b/;
const DROPPED = /\b(ECONNRESET|EPIPE)\b|socket hang up/;
const TIMED_OUT = /\bETIMEDOUT\b/;

export function connectionFailure(error: unknown): ConnectionFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = `${String(code ?? '')} ${String(message ?? '')}`;
  if (DROPPED.test(text)) return 'dropped';
  if (errorName(error) === 'TimeoutError' || TIMED_OUT.test(text)) return 'timed-out';
  return NEVER_SENT.test(text) ? 'never-sent' : undefined;
}

/**
 * Whether an error says the AWS endpoint cannot be reached (connectionFailure). The SDK has already retried each
 * call up to ten times, so one of these that reaches vend means the endpoint is gone, not that a call was unlucky.
 */
export function isEndpointUnreachable(error: unknown): boolean {
  return connectionFailure(error) !== undefined;
}

/** AWS refusing the caller (its role lacks a permission, or its credentials are not good), not the resource asked of. */
const CALLER_REFUSED = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'ExpiredTokenException',
]);

/** Whether AWS refused the caller itself (CALLER_REFUSED), which HINTS explain. */
export function isCallerRefused(error: unknown): boolean {
  return CALLER_REFUSED.has(errorName(error));
}

/**
 * The SDK's refusal to combine a FIPS or dual-stack endpoint with a custom one ("Invalid Configuration: FIPS and
 * custom endpoint are not supported"), said with the settings that cause it and what to do; undefined for any other
 * error. AWS SDKs and Tools Reference Guide, "Dual-stack and FIPS endpoints": AWS_USE_FIPS_ENDPOINT and
 * AWS_USE_DUALSTACK_ENDPOINT, or use_fips_endpoint and use_dualstack_endpoint in the shared config file.
 */
function endpointConflict(error: unknown, env: NodeJS.ProcessEnv): string | undefined {
  const message = error instanceof Error ? error.message : '';
  const kind = /^Invalid Configuration: (FIPS|Dualstack) and custom endpoint are not supported/.exec(message)?.[1];
  if (kind === undefined) return undefined;
  const variable = kind === 'FIPS' ? 'AWS_USE_FIPS_ENDPOINT' : 'AWS_USE_DUALSTACK_ENDPOINT';
  const endpoint = configuredEndpoint(undefined, env);
  return `${variable} (or ${variable.slice(4).toLowerCase()} in the AWS config profile) asks for ${kind === 'FIPS' ? 'FIPS' : 'dual-stack'} endpoints, and ${endpoint ? `AWS_ENDPOINT_URL points at ${endpoint}` : 'a custom endpoint is set (AWS_ENDPOINT_URL_<SERVICE>)'}: the AWS SDK takes one or the other. Against the emulator, unset ${variable}; against AWS, unset AWS_ENDPOINT_URL.`;
}

/** Read without instanceof: errors from another realm (a test runner's sandbox, say) are errors too. */
export function errorName(error: unknown): string {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : '';
}

/**
 * Wraps an AWS SDK error with the operation and a hint, so users see one clear line and never a stack. An endpoint
 * nothing answers at is named, with what to do: against an emulator (AWS_ENDPOINT_URL) that is a sandbox stopped or
 * restarted on another port, whose old export lines are still set.
 */
export function describeAwsError(error: unknown, operation: string, env: NodeJS.ProcessEnv = process.env): Error {
  const failure = connectionFailure(error);
  if (failure) {
    const cause = String((error as { message?: unknown }).message ?? error).replace(/\.$/, '');
    const endpoint = configuredEndpoint(undefined, env);
    // A connection dropped, or a request unanswered in time, is not an endpoint gone: it took the request, and may
    // answer the next.
    const where = endpoint ? `${endpoint} (AWS_ENDPOINT_URL)` : 'AWS';
    if (failure === 'dropped')
      return new AwsCallError(
        `${operation} failed: the connection to ${where} dropped before it answered: ${cause}. Check the network connection and any proxy between, then re-run.`,
      );
    if (failure === 'timed-out')
      return new AwsCallError(
        `${operation} failed: ${where} did not answer in time: ${cause}. Check the network connection and any proxy between, then re-run.`,
      );
    return new AwsCallError(
      endpoint
        ? `${operation} failed: nothing answers at ${endpoint} (AWS_ENDPOINT_URL): ${cause}. If it was the sandbox's emulator, it has stopped, or a restart gave it another port: run \`npm run sandbox\` in vend’s repository and use the export lines it prints.`
        : `${operation} failed: AWS could not be reached: ${cause}. Check the network connection and any proxy settings (HTTPS_PROXY), then re-run.`,
    );
  }
  if (isUndecodableResponse(error))
    return new AwsCallError(
      `${operation} failed: the endpoint answered${error.$response.statusCode ? ` HTTP ${error.$response.statusCode}` : ''} with something that is not an AWS API response, so it may not implement this API (the local emulator, moto, has no AWS Account Management API, for one).`,
    );
  const conflict = endpointConflict(error, env);
  if (conflict) return new AwsCallError(`${operation} failed: ${conflict}`);
  if (!isServiceError(error)) return error instanceof Error ? error : new Error(String(error));
  // The SDK names an error it found no AWS error code for 'Unknown': a gateway's or proxy's own error page.
  if (error.name === 'Unknown' && error.$metadata.httpStatusCode !== undefined)
    return new AwsCallError(
      `${operation} failed: the endpoint answered HTTP ${error.$metadata.httpStatusCode} with no AWS error in it, as a proxy or gateway in the way does, or AWS while briefly unavailable. Re-run later; if it persists, check the network path to AWS (HTTPS_PROXY).`,
    );
  // The sandbox is the likely fix only against an emulator (AWS_ENDPOINT_URL); against AWS it would mislead.
  const sandbox =
    error.name === 'AWSOrganizationsNotInUseException' && configuredEndpoint(undefined, env)
      ? ' To try vend locally, run `npm run sandbox`.'
      : '';
  const hint = (policyTypeHint(error.name, error.message) ?? HINTS[error.name] ?? '') + sandbox;
  // Organizations names the constraint apart from the message (ConstraintViolationException, InvalidInputException,
  // HandshakeConstraintViolationException, AccessDeniedForDependencyException: Reason), and the message alone may
  // not say it, such as TAG_POLICY_VIOLATION.
  const reason = (error as { Reason?: unknown }).Reason;
  const code = typeof reason === 'string' && reason !== '' ? ` (${reason})` : '';
  return new AwsCallError(
    `${operation} failed: ${error.name}${code}: ${error.message.replace(/\.$/, '')}.${hint ? ` ${hint}` : ''}`,
  );
}
