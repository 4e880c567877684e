import { DescribeOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { runPlan } from '../../src/commands/plan.js';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';
import { describeAwsError } from '../../src/observe/aws-errors.js';
import { observeOrganization } from '../../src/observe/read-organization.js';
import { EXAMPLE_REPOSITORY } from '../support/fixture-repository.js';
import { referenceDesiredState } from '../support/plan-fixtures.js';

/**
 * Which problem vend names first when the credentials, the organization or the endpoint is wrong. The emulator
 * cannot show AWS's side: an account in no organization answers DescribeOrganization with
 * AWSOrganizationsNotInUseException (Organizations API Reference, "DescribeOrganization", errors), and a closed port
 * fails as Node reports it (`connect ECONNREFUSED`, with the SDK's `$metadata` attached after its retries).
 */
const sts = mockClient(STSClient);
const organizations = mockClient(OrganizationsClient);
const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5112'), {
    code: 'ECONNREFUSED',
    $metadata: { attempts: 10 },
  });
const notInUse = () =>
  Object.assign(new Error('Your account is not a member of an organization.'), {
    name: 'AWSOrganizationsNotInUseException',
    $metadata: { httpStatusCode: 400 },
  });
let savedEndpoint: string | undefined;

beforeEach(() => {
  sts.reset();
  organizations.reset();
  savedEndpoint = process.env.AWS_ENDPOINT_URL;
  delete process.env.AWS_ENDPOINT_URL;
});

afterEach(() => {
  if (savedEndpoint === undefined) delete process.env.AWS_ENDPOINT_URL;
  else process.env.AWS_ENDPOINT_URL = savedEndpoint;
});

async function observe() {
  const clients = createAwsClients({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  try {
    return await observeOrganization(clients, { desired: referenceDesiredState() });
  } finally {
    destroyAwsClients(clients);
  }
}

describe('an endpoint nothing answers at', () => {
  test('names the emulator endpoint and says to restart the sandbox and paste its exports again', () => {
    const message = describeAwsError(refused(), 'Reading the organization', {
      AWS_ENDPOINT_URL: 'http://127.0.0.1:5112',
    }).message;
    expect(message).toBe(
      "Reading the organization failed: nothing answers at http://127.0.0.1:5112 (AWS_ENDPOINT_URL): connect ECONNREFUSED 127.0.0.1:5112. If it was the sandbox's emulator, it has stopped, or a restart gave it another port: run `npm run sandbox` in vend’s repository and use the export lines it prints.",
    );
  });

  test('a connection dropped mid-request is said to have dropped, not the endpoint to be gone', () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    expect(describeAwsError(reset, 'Tagging', { AWS_ENDPOINT_URL: 'http://127.0.0.1:5112' }).message).toBe(
      'Tagging failed: the connection to http://127.0.0.1:5112 (AWS_ENDPOINT_URL) dropped before it answered: read ECONNRESET. Check the network connection and any proxy between, then re-run.',
    );
  });

  test('a request unanswered in time is said to be unanswered, not the emulator to have stopped', () => {
    const timeout = Object.assign(new Error('a request has exceeded the configured 30000 ms requestTimeout.'), {
      name: 'TimeoutError',
      code: 'ETIMEDOUT',
    });
    expect(describeAwsError(timeout, 'Creating', { AWS_ENDPOINT_URL: 'http://127.0.0.1:5112' }).message).toBe(
      'Creating failed: http://127.0.0.1:5112 (AWS_ENDPOINT_URL) did not answer in time: a request has exceeded the configured 30000 ms requestTimeout. Check the network connection and any proxy between, then re-run.',
    );
  });

  test('against AWS, says AWS could not be reached and what to check, with no sandbox advice', () => {
    const message = describeAwsError(refused(), 'Reading the organization', {}).message;
    expect(message).toBe(
      'Reading the organization failed: AWS could not be reached: connect ECONNREFUSED 127.0.0.1:5112. Check the network connection and any proxy settings (HTTPS_PROXY), then re-run.',
    );
  });

  test('vend plan stops with that one line, not a bare socket error', async () => {
    process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:5112';
    sts.on(GetCallerIdentityCommand).rejects(refused());
    const clients = createAwsClients({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    const settings = {
      command: 'plan' as const,
      repositoryRoot: EXAMPLE_REPOSITORY,
      outputFormat: 'text' as const,
      comment: false,
      allowDestructive: false,
      allowHighImpact: false,
      autoApprove: false,
    };
    try {
      await expect(runPlan(settings, { clients })).rejects.toThrow(
        'Reading the organization failed: nothing answers at http://127.0.0.1:5112 (AWS_ENDPOINT_URL)',
      );
    } finally {
      destroyAwsClients(clients);
    }
  });
});

describe('credentials in no organization', () => {
  test('the sandbox is suggested only against an emulator: mid-apply against AWS it would send a person astray', () => {
    const hint = (env: NodeJS.ProcessEnv) =>
      describeAwsError(notInUse(), 'Reading the organization again before the next stage', env).message;
    expect(hint({})).toMatch(/or create the organization first\.$/);
    expect(hint({ AWS_ENDPOINT_URL: 'http://127.0.0.1:5112' })).toMatch(
      /or create the organization first\. To try vend locally, run `npm run sandbox`\.$/,
    );
  });

  test('against an emulator, the missing organization is named even when the keys map to another account', async () => {
    process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:5112';
    sts.on(GetCallerIdentityCommand).resolves({ Account: '123456789012' });
    organizations.on(DescribeOrganizationCommand).rejects(notInUse());
    await expect(observe()).rejects.toThrow(
      'The AWS endpoint http://127.0.0.1:5112 (AWS_ENDPOINT_URL) has no organization for account 123456789012',
    );
  });

  test('against AWS, credentials of another account are still refused as the wrong account', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '123456789012' });
    organizations.on(DescribeOrganizationCommand).rejects(notInUse());
    await expect(observe()).rejects.toThrow(
      'The AWS credentials belong to account 123456789012, but baselines/organization.yaml declares management account',
    );
  });

  test('against AWS, credentials of another account that DescribeOrganization refuses are refused as the wrong account', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '123456789012' });
    organizations
      .on(DescribeOrganizationCommand)
      .rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException', $metadata: {} }));
    await expect(observe()).rejects.toThrow('The AWS credentials belong to account 123456789012');
  });
});
