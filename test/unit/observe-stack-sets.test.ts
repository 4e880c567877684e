import {
  CloudFormationClient,
  DescribeStackSetCommand,
  ListStackInstancesCommand,
  ListStackSetsCommand,
} from '@aws-sdk/client-cloudformation';
import type { StackInstanceSummary } from '@aws-sdk/client-cloudformation';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { computePlan } from '../../src/plan/compute-plan.js';
import { MOCKED_ACCOUNT, mockSmallOrganization, observeMocked } from '../support/mock-organization.js';
import { desiredAccount, desiredBaseline, referenceDesiredState } from '../support/plan-fixtures.js';

/**
 * What CloudFormation reports that moto does not: a deleted StackSet still listed when the endpoint ignores the
 * ListStackSets Status filter, and the non-success StackInstanceDetailedStatus values (CloudFormation API reference,
 * StackInstanceSummary / StackInstanceComprehensiveStatus: PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED,
 * INOPERABLE, SKIPPED_SUSPENDED_ACCOUNT, FAILED_IMPORT).
 */
const sts = mockClient(STSClient);
const organizations = mockClient(OrganizationsClient);
const cloudFormation = mockClient(CloudFormationClient);
const ACCOUNT = MOCKED_ACCOUNT.Id;

beforeEach(() => {
  sts.reset();
  organizations.reset();
  cloudFormation.reset();
  mockSmallOrganization(sts, organizations);
});

function repository() {
  const desired = referenceDesiredState();
  desired.organizationalUnits = [];
  desired.scps = [];
  desired.organization.root = { scps: [], fullAWSAccess: true };
  desired.baselines = [desiredBaseline('roles', { regions: ['us-east-1', 'eu-west-1', 'us-west-2'] })];
  desired.accounts = [desiredAccount('app', { ou: '', baselines: ['roles'], owner: 'team-app' })];
  desired.accounts[0]!.tags = { ManagedBy: 'vend' };
  return desired;
}

test('a StackSet listed as DELETED is not read, so planning after a deletion does not fail', async () => {
  cloudFormation.on(ListStackSetsCommand).resolves({
    Summaries: [
      { StackSetName: 'vend-roles', Status: 'ACTIVE' },
      { StackSetName: 'vend-retired', Status: 'DELETED' },
    ],
  });
  cloudFormation.on(DescribeStackSetCommand).resolves({ StackSet: { StackSetName: 'vend-roles', Status: 'ACTIVE' } });
  cloudFormation.on(ListStackInstancesCommand).resolves({ Summaries: [] });

  const observed = await observeMocked(repository());

  expect(observed.stackSets.map((stackSet) => stackSet.name)).toEqual(['vend-roles']);
  expect(cloudFormation.commandCalls(DescribeStackSetCommand).map((call) => call.args[0].input.StackSetName)).toEqual([
    'vend-roles',
  ]);
});

/** The roles StackSet, vend's and up to date, with these instances: what the plan then does to them. */
async function rolesInstanceChanges(instances: StackInstanceSummary[]): Promise<[string, string][]> {
  cloudFormation.on(ListStackSetsCommand).resolves({ Summaries: [{ StackSetName: 'vend-roles', Status: 'ACTIVE' }] });
  const desired = repository();
  cloudFormation.on(DescribeStackSetCommand).resolves({
    StackSet: {
      StackSetName: 'vend-roles',
      Status: 'ACTIVE',
      TemplateBody: desired.baselines[0]!.templateBody,
      Tags: [{ Key: 'ManagedBy', Value: 'vend' }],
    },
  });
  cloudFormation.on(ListStackInstancesCommand).resolves({ Summaries: instances });
  const plan = computePlan(desired, await observeMocked(desired));
  return plan.changes
    .filter((change) => change.target === 'stackset:vend-roles')
    .map((change): [string, string] => [change.id, change.description]);
}

test('an instance whose detailed status is not SUCCEEDED is never counted as deployed', async () => {
  expect(
    await rolesInstanceChanges([
      {
        Account: ACCOUNT,
        Region: 'us-east-1',
        Status: 'CURRENT',
        StackInstanceStatus: { DetailedStatus: 'SUCCEEDED' },
      },
      {
        Account: ACCOUNT,
        Region: 'eu-west-1',
        Status: 'OUTDATED',
        StackInstanceStatus: { DetailedStatus: 'SKIPPED_SUSPENDED_ACCOUNT' },
      },
      {
        Account: ACCOUNT,
        Region: 'us-west-2',
        Status: 'OUTDATED',
        StackInstanceStatus: { DetailedStatus: 'CANCELLED' },
      },
    ]),
  ).toEqual([
    [
      'update-stack-instances:stackset:vend-roles',
      'Redeploy 2 roles instances in app, whose last deployment did not succeed (CANCELLED, SKIPPED_SUSPENDED_ACCOUNT)',
    ],
  ]);
});

test('an OUTDATED instance is redeployed even when its detailed status is an earlier operation’s SUCCEEDED', async () => {
  // CloudFormation API reference, StackInstanceSummary: Status OUTDATED means the instance does not run the
  // StackSet's current template or parameters, as when an update made outside vend named other regions only.
  expect(
    await rolesInstanceChanges([
      {
        Account: ACCOUNT,
        Region: 'us-east-1',
        Status: 'OUTDATED',
        StackInstanceStatus: { DetailedStatus: 'SUCCEEDED' },
      },
    ]),
  ).toContainEqual([
    'update-stack-instances:stackset:vend-roles',
    'Redeploy 1 roles instance in app, whose last deployment did not succeed (OUTDATED)',
  ]);
});
