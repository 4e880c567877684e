import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AccountClient, PutAccountNameCommand } from '@aws-sdk/client-account';
import { CloudFormationClient, DetectStackSetDriftCommand } from '@aws-sdk/client-cloudformation';
import { AccessDeniedException, ConstraintViolationException } from '@aws-sdk/client-organizations';
import { describeAwsError } from '../../src/observe/aws-errors.js';

// An endpoint without the API answers with a page, not AWS JSON: what moto 5.2 does for AWS Account Management.
test('an endpoint that answers with a web page gets one line that says so, not the SDK debugging hint', async () => {
  const server = createServer((_request, response) => {
    response.writeHead(404, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>404 Not Found</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = new AccountClient({
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    maxAttempts: 1,
  });
  try {
    const error = await client.send(new PutAccountNameCommand({ AccountName: 'x', AccountId: '123456789012' })).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    const message = describeAwsError(error, 'Renaming account app-prod').message;
    expect(message).toBe(
      'Renaming account app-prod failed: the endpoint answered HTTP 404 with something that is not an AWS API response, so it may not implement this API (the local emulator, moto, has no AWS Account Management API, for one).',
    );
  } finally {
    client.destroy();
    server.close();
  }
});

// A gateway between vend and AWS answers in its own format: the SDK finds no AWS error code in it.
test("a gateway's 503 page is told by its HTTP status, not as 'Unknown: Unknown'", async () => {
  const server = createServer((_request, response) => {
    response.writeHead(503, { 'content-type': 'text/html' });
    response.end('<html><body><h1>503 Service Unavailable</h1></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = new CloudFormationClient({
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    maxAttempts: 1,
  });
  try {
    const error = await client.send(new DetectStackSetDriftCommand({ StackSetName: 'vend-roles' })).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(describeAwsError(error, 'DetectStackSetDrift').message).toMatch(
      /^DetectStackSetDrift failed: the endpoint answered HTTP 503 with no AWS error in it/,
    );
  } finally {
    client.destroy();
    server.close();
  }
});

// IAM User Guide, "Troubleshoot access denied error messages": the message names the policy type that denied.
test('an access denied by an SCP says to fix the SCP, not that vend’s role lacks a permission', () => {
  const denied = (message: string) =>
    describeAwsError(
      new AccessDeniedException({ message, $metadata: { httpStatusCode: 400 } }),
      'Tagging account payments-dev',
    ).message;
  const bySCP = denied(
    'User: arn:aws:sts::222222222222:assumed-role/vend-apply/x is not authorized to perform: organizations:TagResource with an explicit deny in a service control policy',
  );
  expect(bySCP).toContain('An SCP denied the call, not a missing permission: allow it in the SCP that denies it');
  expect(bySCP).not.toContain('lacks a permission');
  expect(
    denied('User: x is not authorized to perform: organizations:TagResource because no permissions boundary allows it'),
  ).toContain('The permissions boundary of the role that made the call denied it');
  expect(
    denied('User: x is not authorized to perform: iam:GetRole with an explicit deny in an identity-based policy'),
  ).toContain('A Deny in a policy of the role that made the call refused it');
  expect(denied('User: x is not authorized to perform: organizations:TagResource')).toContain(
    'The role vend runs as lacks a permission',
  );
});

// AWS Organizations API Reference, ConstraintViolationException: Reason names the constraint, which the message may not.
test("an Organizations error's Reason is shown beside its name", () => {
  const error = new ConstraintViolationException({
    message: 'You have exceeded the allowed number of tags',
    Reason: 'TAG_POLICY_VIOLATION',
    $metadata: { httpStatusCode: 400 },
  });
  expect(describeAwsError(error, 'Tagging account payments-dev').message).toMatch(
    /^Tagging account payments-dev failed: ConstraintViolationException \(TAG_POLICY_VIOLATION\): You have exceeded the allowed number of tags\./,
  );
});

// AWS SDKs and Tools Reference Guide, "Dual-stack and FIPS endpoints": the SDK refuses either with a custom endpoint.
test.each([
  ['useFipsEndpoint', 'AWS_USE_FIPS_ENDPOINT'],
  ['useDualstackEndpoint', 'AWS_USE_DUALSTACK_ENDPOINT'],
] as const)('%s with AWS_ENDPOINT_URL names %s and what to unset', async (setting, variable) => {
  const endpoint = 'http://127.0.0.1:1';
  const client = new CloudFormationClient({
    region: 'us-east-1',
    endpoint,
    [setting]: true,
    credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
  });
  const error = await client.send(new DetectStackSetDriftCommand({ StackSetName: 's' })).catch((caught) => caught);
  client.destroy();
  const message = describeAwsError(error, 'Reading StackSets', { AWS_ENDPOINT_URL: endpoint }).message;
  expect(message).toMatch(new RegExp(`^Reading StackSets failed: ${variable} \\(or `));
  expect(message).toContain(`AWS_ENDPOINT_URL points at ${endpoint}`);
  expect(message).toContain(`Against the emulator, unset ${variable}; against AWS, unset AWS_ENDPOINT_URL.`);
});
