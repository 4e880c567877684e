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
    'The role vend runs as lacks a permission; the roles of baselines/bootstrap/management-account.yaml grant exactly what vend calls (plan role: reads; apply role: reads and writes).',
  AccessDenied:
    'The role vend runs as lacks a permission; the roles of baselines/bootstrap/management-account.yaml grant exactly what vend calls.',
  AWSOrganizationsNotInUseException:
    'The account these credentials belong to is in no AWS organization: use the management account’s credentials (or the delegated administrator’s), or create the organization first. To try vend locally, run `npm run sandbox`.',
  ExpiredTokenException: 'The AWS credentials expired; re-run the job so the OIDC role is assumed afresh.',
  UnrecognizedClientException: 'AWS does not recognise these credentials.',
  InvalidClientTokenId: 'AWS does not recognise these credentials.',
};

/** Wraps an AWS SDK error with the operation and a hint, so users see one clear line and never a stack. */
export function describeAwsError(error: unknown, operation: string): Error {
  if (isUndecodableResponse(error))
    return new AwsCallError(
      `${operation} failed: the endpoint answered${error.$response.statusCode ? ` HTTP ${error.$response.statusCode}` : ''} with something that is not an AWS API response, so it may not implement this API (the local emulator, moto, has no AWS Account Management API, for one).`,
    );
  if (!isServiceError(error)) return error instanceof Error ? error : new Error(String(error));
  const hint = HINTS[error.name];
  return new AwsCallError(
    `${operation} failed: ${error.name}: ${error.message.replace(/\.$/, '')}.${hint ? ` ${hint}` : ''}`,
  );
}
