import { applySummaryLine } from '../../src/report/apply-text.js';
import { applyOutcomeByAccount } from '../../src/report/apply-by-account.js';
import {
  CloudFormationClient,
  CreateStackInstancesCommand,
  CreateStackSetCommand,
  DeleteStackInstancesCommand,
  DescribeStackSetCommand,
  DescribeStackSetOperationCommand,
  ListStackSetOperationResultsCommand,
  ListStackSetOperationsCommand,
  UpdateStackSetCommand,
  OperationInProgressException,
} from '@aws-sdk/client-cloudformation';
import { CreateAccountCommand, MoveAccountCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { applyExitCode, undeployedBaselines } from '../../src/apply/apply-report.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import { applyPlan, DEFAULT_SCHEDULES } from '../../src/apply/execute-plan.js';
import { OrganizationTargets } from '../../src/apply/apply-context.js';
import { deploymentTargetBatches, groupByRegions, OUS_PER_OPERATION } from '../../src/apply/stack-set-operations.js';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';
import type { ObservedState } from '../../src/observe/observed-state.js';
import {
  accountIdOf,
  convergedObservation,
  desiredAccountNamed,
  observedStackSet,
  organizationalUnitIdOf,
  referenceDesiredState,
  serviceManagedDesiredState,
} from '../support/plan-fixtures.js';

/** StackSet failures moto cannot produce: its operations always succeed at once. */
const cloudFormation = mockClient(CloudFormationClient);
const organizations = mockClient(OrganizationsClient);
const desired = referenceDesiredState();
const DEV = accountIdOf('payments-dev');
const BOUNDARY = 'vend-permissions-boundary';
const BOUNDARY_CHANGE = `add-stack-instances:stackset:${BOUNDARY}`;
const ROLES_CHANGE = 'add-stack-instances:stackset:vend-automation-roles';

/** The reference organization where payments-dev has neither the boundary nor the roles baseline yet. */
function withoutDevInstances(): ObservedState {
  const observed = convergedObservation(desired);
  for (const baseline of ['permissions-boundary', 'automation-roles']) {
    const stackSet = observedStackSet(observed, baseline);
    stackSet.instances = stackSet.instances.filter((instance) => instance.accountId !== DEV);
  }
  return observed;
}

/** Runs apply against scripted observations; the last one repeats. */
async function apply(
  first: ObservedState,
  then?: ObservedState | ObservedState[],
  state = desired,
  allowDestructive = false,
) {
  const remaining = [first, ...(then === undefined ? [] : Array.isArray(then) ? then : [then])];
  const clients = createAwsClients({
    region: 'us-east-1',
    credentials: { accessKeyId: 'unit', secretAccessKey: 'unit' },
  });
  const log: string[] = [];
  let now = 0;
  const clock = { now: () => now, sleep: async (milliseconds: number) => void (now += milliseconds) };
  try {
    const report = await applyPlan({
      clients,
      desired: state,
      allowDestructive,
      // What is tried here is how apply carries changes out; apply-guards.test.ts covers what it refuses.
      allowHighImpact: true,
      approval: { kind: 'first-plan', source: '--auto-approve' },
      commit: null,
      clock,
      schedules: DEFAULT_SCHEDULES,
      log: (line) => log.push(line),
      observe: async () => structuredClone(remaining.length > 1 ? remaining.shift()! : remaining[0]!),
    });
    return { report, log, exitCode: applyExitCode(report), elapsed: now };
  } finally {
    destroyAwsClients(clients);
  }
}

beforeEach(() => {
  cloudFormation.reset();
  organizations.reset();
  cloudFormation.on(CreateStackInstancesCommand).resolves({ OperationId: 'op-1' });
});

test('a StackSet operation failed in many accounts says each reason once, with its first instances, and no doubled full stop', async () => {
  cloudFormation
    .on(DescribeStackSetOperationCommand)
    .resolves({ StackSetOperation: { OperationId: 'op-1', Status: 'FAILED' } });
  const failed = (account: string, reason: string) => ({
    Account: account,
    Region: 'us-east-1',
    Status: 'FAILED' as const,
    StatusReason: reason,
  });
  cloudFormation.on(ListStackSetOperationResultsCommand).resolves({
    Summaries: [
      // Listed in another order than the accounts' names, which the message follows.
      ...Array.from({ length: 12 }, (_, index) =>
        failed(`2000000000${String(index).padStart(2, '0')}`, 'Topic vend-artifacts already exists.'),
      ).reverse(),
      ...Array.from({ length: 6 }, (_, index) =>
        failed(`3000000000${String(index).padStart(2, '0')}`, `Reason ${index}`),
      ),
    ],
  });
  const { report } = await apply(withoutDevInstances());
  const message = report.failures.find((failure) => failure.id === BOUNDARY_CHANGE)!.message;
  expect(message).toContain(
    'with 18 failed instances: 200000000000 in us-east-1, 200000000001 in us-east-1, 200000000002 in us-east-1, 200000000003 in us-east-1, 200000000004 in us-east-1, 200000000005 in us-east-1, 200000000006 in us-east-1, 200000000007 in us-east-1 and 4 more: Topic vend-artifacts already exists; ',
  );
  expect(message).toContain('300000000003 in us-east-1: Reason 3; and 2 other reasons (CloudFormation console');
  expect(message).not.toContain('..');
  // The report keeps every instance: the message is what is read, the results are what is counted.
  expect(report.baselineResults[0]!.failed).toHaveLength(18);
});

test('after one operation of a change fails, the accounts of its operations never sent are still planned, not failed', async () => {
  // payments-prod (eu-west-1 and us-east-1) and payments-dev (us-east-1) take the regional baseline: two operations.
  const state = structuredClone(desired);
  state.accounts.find((account) => account.name === 'payments-dev')!.baselines.push('regional-guardrails');
  const observed = convergedObservation(state);
  observedStackSet(observed, 'regional-guardrails').instances = [];
  const PROD = accountIdOf('payments-prod');
  cloudFormation
    .on(CreateStackInstancesCommand)
    .rejects(Object.assign(new Error('not allowed'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }));
  const { report } = await apply(observed, undefined, state);
  // Two region sets, two operations; the first is refused, so the second is never sent.
  expect(cloudFormation.commandCalls(CreateStackInstancesCommand)).toHaveLength(1);
  const sent = cloudFormation.commandCalls(CreateStackInstancesCommand)[0]!.args[0].input.Accounts!;
  const [failed] = report.failures.filter((failure) =>
    failure.id.startsWith('add-stack-instances:stackset:vend-regional-guardrails'),
  );
  const notSent = sent.includes(PROD) ? 'payments-dev' : 'payments-prod';
  const sentAccount = notSent === 'payments-dev' ? 'payments-prod' : 'payments-dev';
  expect(failed!.accounts).toEqual([sentAccount]);
  expect(failed!.description).toMatch(
    new RegExp(
      `, of which the \\d stack instances? in ${sentAccount} failed; the 1 other was not sent and is still planned$`,
    ),
  );
  expect(report.pending).toContainEqual(
    expect.objectContaining({
      id: failed!.id,
      accounts: [notSent],
      description: expect.stringMatching(new RegExp(`; left to do in ${notSent}$`)),
    }),
  );
});

test('after a first operation succeeds and the second fails, the first one’s account is reported done there, not failed', async () => {
  const state = structuredClone(desired);
  state.accounts.find((account) => account.name === 'payments-dev')!.baselines.push('regional-guardrails');
  const observed = convergedObservation(state);
  observedStackSet(observed, 'regional-guardrails').instances = [];
  cloudFormation
    .on(CreateStackInstancesCommand)
    .resolvesOnce({ OperationId: 'op-1' })
    .rejects(Object.assign(new Error('not allowed'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }));
  cloudFormation.on(DescribeStackSetOperationCommand).resolves({ StackSetOperation: { Status: 'SUCCEEDED' } });
  cloudFormation.on(ListStackSetOperationResultsCommand).resolves({
    Summaries: ['payments-prod', 'payments-dev'].flatMap((account) =>
      ['eu-west-1', 'us-east-1'].map((region) => ({
        Account: accountIdOf(account),
        Region: region,
        Status: 'SUCCEEDED',
      })),
    ),
  });
  const { report } = await apply(observed, undefined, state);

  const calls = cloudFormation.commandCalls(CreateStackInstancesCommand);
  expect(calls).toHaveLength(2);
  const first = calls[0]!.args[0].input.Accounts!.includes(accountIdOf('payments-prod'))
    ? 'payments-prod'
    : 'payments-dev';
  const second = first === 'payments-prod' ? 'payments-dev' : 'payments-prod';
  const id = report.failures.find((failure) =>
    failure.id.startsWith('add-stack-instances:stackset:vend-regional-guardrails'),
  )!.id;
  expect(report.failures.find((failure) => failure.id === id)!.accounts).toEqual([second]);
  expect(report.changesApplied).toContainEqual(expect.objectContaining({ id, accounts: [first] }));
  const byAccount = applyOutcomeByAccount(report).accounts;
  expect(byAccount.find((account) => account.account === first)!.failed).toEqual([]);
  expect(byAccount.find((account) => account.account === first)!.done.join('; ')).toContain('regional-guardrails');
  // Counted once, as failed: the counts add up to the plan.
  expect(applySummaryLine(report)).toMatch(/, 1 failed,/);
  expect(report.changesApplied.filter((change) => change.id === id)).toHaveLength(1);
});

// ListStackSetOperationResults (CloudFormation API Reference) gives each instance's own result: those SUCCEEDED in an
// operation that ended FAILED were deployed all the same.
test('the instances a failed operation did deploy are done there, and only the failed ones are named as failed', async () => {
  const observed = convergedObservation(desired);
  const regional = observedStackSet(observed, 'regional-guardrails');
  regional.instances = regional.instances.filter((instance) => instance.accountId !== accountIdOf('payments-prod'));
  cloudFormation.on(CreateStackInstancesCommand).resolves({ OperationId: 'op-1' });
  cloudFormation.on(DescribeStackSetOperationCommand).resolves({ StackSetOperation: { Status: 'FAILED' } });
  cloudFormation.on(ListStackSetOperationResultsCommand).resolves({
    Summaries: [
      { Account: accountIdOf('payments-prod'), Region: 'us-east-1', Status: 'SUCCEEDED' },
      { Account: accountIdOf('payments-prod'), Region: 'eu-west-1', Status: 'FAILED', StatusReason: 'Bucket exists' },
    ],
  });
  const { report } = await apply(observed);

  const failure = report.failures.find((candidate) => candidate.id.includes('vend-regional-guardrails'))!;
  expect(failure.members).toEqual(['payments-prod/eu-west-1']);
  expect(failure.description).toMatch(
    /, of which the 1 stack instance in payments-prod failed; the 1 stack instance in payments-prod went through$/,
  );
  expect(report.changesApplied).toContainEqual(
    expect.objectContaining({ id: failure.id, members: ['payments-prod/us-east-1'] }),
  );
  const prod = applyOutcomeByAccount(report).accounts.find((account) => account.account === 'payments-prod')!;
  expect(prod.done).toContain('vend-regional-guardrails deployed in us-east-1');
  expect(prod.failed).toEqual(['deploying vend-regional-guardrails in eu-west-1: Bucket exists']);
  // Its roles are not looked for where one of its instances failed: that failure is reported already.
  expect(undeployedBaselines(report, 'vend-').get('payments-prod')).toEqual(new Set(['regional-guardrails']));
});

test('a failed StackSet operation reports each failed instance with its StatusReason, and what depends on it waits', async () => {
  cloudFormation
    .on(DescribeStackSetOperationCommand)
    .resolvesOnce({ StackSetOperation: { OperationId: 'op-1', Status: 'RUNNING' } })
    .resolves({ StackSetOperation: { OperationId: 'op-1', Status: 'FAILED' } });
  cloudFormation
    .on(ListStackSetOperationResultsCommand)
    .resolvesOnce({ Summaries: [{ Account: DEV, Region: 'us-east-1', Status: 'RUNNING' }] })
    .resolves({
      Summaries: [
        {
          Account: DEV,
          Region: 'us-east-1',
          Status: 'FAILED',
          StatusReason: 'Resource handler returned message: "Policy vend-workload-boundary already exists"',
        },
      ],
    });

  const { report, log, exitCode } = await apply(withoutDevInstances());

  expect(cloudFormation.commandCalls(CreateStackInstancesCommand)).toHaveLength(1);
  expect(log).toContain(`${BOUNDARY}: 0/1 instances`);
  expect(report.baselineResults).toEqual([
    {
      stackSet: BOUNDARY,
      action: 'CREATE',
      operationId: 'op-1',
      changeId: expect.stringMatching(/^add-stack-instances:stackset:vend-permissions-boundary/),
      status: 'FAILED',
      succeeded: 0,
      succeededAccounts: [],
      failed: [
        {
          account: `payments-dev (${DEV})`,
          region: 'us-east-1',
          reason: 'Resource handler returned message: "Policy vend-workload-boundary already exists"',
        },
      ],
    },
  ]);
  expect(report.failures).toEqual([
    {
      id: BOUNDARY_CHANGE,
      description: 'Deploy permissions-boundary to 1 stack instance (1 account: payments-dev)',
      accounts: ['payments-dev'],
      members: ['payments-dev/us-east-1'],
      message: `StackSet ${BOUNDARY} operation op-1 ended FAILED with 1 failed instance: payments-dev (${DEV}) in us-east-1: Resource handler returned message: "Policy vend-workload-boundary already exists". Fix the cause in the baseline template or the account, then re-run apply.`,
    },
    {
      id: ROLES_CHANGE,
      description: 'Deploy automation-roles to 1 stack instance (1 account: payments-dev)',
      accounts: ['payments-dev'],
      members: ['payments-dev/us-east-1'],
      message: `Not attempted: it needs Deploy permissions-boundary to 1 stack instance (1 account: payments-dev) (${BOUNDARY_CHANGE}), which did not complete.`,
      blockedBy: BOUNDARY_CHANGE,
    },
  ]);
  expect(exitCode).toBe(1);
});

// DescribeStackSetOperation (CloudFormation API Reference): StackSetOperation StatusReason says why the operation
// ended as it did, which is all there is when it FAILED with every instance result SUCCEEDED.
test('an operation that fails with no instance failing says why, in AWS words, and fails its change', async () => {
  cloudFormation.on(DescribeStackSetOperationCommand).resolves({
    StackSetOperation: { OperationId: 'op-1', Status: 'FAILED', StatusReason: 'Operation stopped by the caller.' },
  });
  cloudFormation
    .on(ListStackSetOperationResultsCommand)
    .resolves({ Summaries: [{ Account: DEV, Region: 'us-east-1', Status: 'SUCCEEDED' }] });
  const { report, exitCode } = await apply(withoutDevInstances());
  expect(report.failures.find((failure) => failure.id === BOUNDARY_CHANGE)?.message).toBe(
    `StackSet ${BOUNDARY} operation op-1 ended FAILED with no instance failing: Operation stopped by the caller. Fix the cause in the baseline template or the account, then re-run apply.`,
  );
  expect(report.baselineResults[0]).toMatchObject({ statusReason: 'Operation stopped by the caller.' });
  expect(report.failures.find((failure) => failure.id === BOUNDARY_CHANGE)?.description).toBe(
    'Deploy permissions-boundary to 1 stack instance (1 account: payments-dev), whose every stack instance went through (the 1 stack instance in payments-dev), though its operation ended as a failure',
  );
  expect(exitCode).toBe(1);
});

// ListStackSetOperationResults (CloudFormation API Reference): each instance's result is SUCCEEDED, FAILED,
// CANCELLED, PENDING or RUNNING. An operation can end SUCCEEDED with instances that did not: its failure
// tolerance let them go. moto only ever reports SUCCEEDED, so these answers are scripted.
test.each([
  ['still PENDING', [{ Account: DEV, Region: 'us-east-1', Status: 'PENDING' }], 'its result is PENDING'],
  ['without a result', [], 'lists a result for only 0 of its 1 instance,'],
])(
  'an operation that ends SUCCEEDED with an instance %s fails its change, and what depends on it waits',
  async (_case, summaries, message) => {
    cloudFormation
      .on(DescribeStackSetOperationCommand)
      .resolves({ StackSetOperation: { OperationId: 'op-1', Status: 'SUCCEEDED' } });
    cloudFormation.on(ListStackSetOperationResultsCommand).resolves({ Summaries: summaries as never });

    const { report, exitCode } = await apply(withoutDevInstances());

    expect(exitCode).toBe(1);
    expect(report.changesApplied.map((change) => change.id)).not.toContain(BOUNDARY_CHANGE);
    expect(report.failures).toEqual([
      expect.objectContaining({ id: BOUNDARY_CHANGE, message: expect.stringContaining(message) }),
      expect.objectContaining({ id: ROLES_CHANGE, message: expect.stringContaining('Not attempted') }),
    ]);
  },
);

test('a failed operation stays a failure although the next observation lists its instances', async () => {
  cloudFormation.on(DescribeStackSetOperationCommand).resolves({ StackSetOperation: { Status: 'FAILED' } });
  cloudFormation.on(ListStackSetOperationResultsCommand).resolves({
    Summaries: [{ Account: DEV, Region: 'us-east-1', Status: 'FAILED', StatusReason: 'Role already exists' }],
  });
  const observed = withoutDevInstances();
  observedStackSet(observed, 'automation-roles').instances.push({
    accountId: DEV,
    region: 'us-east-1',
    status: 'CURRENT',
    parameterOverrides: {},
  });
  // AWS lists an instance whose deployment failed; a plan that only asks whether it exists no longer wants it.
  const listed = structuredClone(observed);
  observedStackSet(listed, 'permissions-boundary').instances.push({
    accountId: DEV,
    region: 'us-east-1',
    status: 'FAILED',
    parameterOverrides: {},
  });

  const { report, exitCode } = await apply(observed, listed);

  expect(report.failures.map((failure) => failure.id)).toEqual([BOUNDARY_CHANGE]);
  expect(exitCode).toBe(1);
});

test('an operation still running at the timeout is reported, and apply does not wait in real time', async () => {
  cloudFormation
    .on(DescribeStackSetOperationCommand)
    .resolves({ StackSetOperation: { OperationId: 'op-1', Status: 'RUNNING' } });
  cloudFormation
    .on(ListStackSetOperationResultsCommand)
    .resolves({ Summaries: [{ Account: DEV, Region: 'us-east-1', Status: 'RUNNING' }] });

  const { report, exitCode, elapsed } = await apply(withoutDevInstances());

  expect(report.baselineResults[0]).toEqual(expect.objectContaining({ stackSet: BOUNDARY, status: 'TIMED_OUT' }));
  expect(report.failures[0]?.message).toBe(
    `StackSet ${BOUNDARY} operation op-1 was still running after 60 minutes. It goes on in AWS; re-run apply once it has finished (CloudFormation console: StackSets > ${BOUNDARY} > Operations).`,
  );
  expect(elapsed).toBeLessThanOrEqual(DEFAULT_SCHEDULES.stackSetOperation.timeoutMs);
  expect(exitCode).toBe(1);
});

test('an operation already running on the StackSet is waited out, then the instances are added', async () => {
  cloudFormation
    .on(CreateStackInstancesCommand)
    .rejectsOnce(
      new OperationInProgressException({ message: 'Another Operation on StackSet is in progress', $metadata: {} }),
    )
    .resolves({ OperationId: 'op-1' });
  cloudFormation
    .on(ListStackSetOperationsCommand)
    .resolves({ Summaries: [{ OperationId: 'op-other', Status: 'RUNNING' }] });
  cloudFormation
    .on(DescribeStackSetOperationCommand, { OperationId: 'op-other' })
    .resolves({ StackSetOperation: { Status: 'SUCCEEDED' } });
  cloudFormation
    .on(DescribeStackSetOperationCommand, { OperationId: 'op-1' })
    .resolves({ StackSetOperation: { Status: 'SUCCEEDED' } });
  cloudFormation
    .on(ListStackSetOperationResultsCommand)
    .resolves({ Summaries: [{ Account: DEV, Region: 'us-east-1', Status: 'SUCCEEDED' }] });
  const observed = withoutDevInstances();
  // Only the boundary is missing, so one StackSet is involved.
  observedStackSet(observed, 'automation-roles').instances.push({
    accountId: DEV,
    region: 'us-east-1',
    status: 'CURRENT',
    parameterOverrides: {},
  });

  const { report, log, exitCode } = await apply(observed, convergedObservation(desired));

  expect(log).toContain(`${BOUNDARY}: waiting for operation op-other, which was already running`);
  expect(log).toContain(`${BOUNDARY}: operation succeeded, 1/1 instance succeeded`);
  expect(cloudFormation.commandCalls(CreateStackInstancesCommand)).toHaveLength(2);
  expect(report.changesApplied.map((change) => change.id)).toEqual([BOUNDARY_CHANGE]);
  expect(report.failures).toEqual([]);
  expect(exitCode).toBe(0);
});

test('SERVICE_MANAGED StackSets are created with callAs and target accounts within their OUs', async () => {
  cloudFormation.on(CreateStackSetCommand).resolves({ StackSetId: 'vend-regional-guardrails:1' });
  cloudFormation.on(DescribeStackSetOperationCommand).resolves({ StackSetOperation: { Status: 'SUCCEEDED' } });
  cloudFormation.on(ListStackSetOperationResultsCommand).resolves({ Summaries: [] });
  const serviceManaged = serviceManagedDesiredState('DELEGATED_ADMIN');
  const observed = convergedObservation(serviceManaged);
  observed.stackSets = observed.stackSets.filter((stackSet) => stackSet.name !== 'vend-regional-guardrails');

  await apply(observed, convergedObservation(serviceManaged), serviceManaged);

  expect(cloudFormation.commandCalls(CreateStackSetCommand)[0]!.args[0].input).toEqual(
    expect.objectContaining({
      StackSetName: 'vend-regional-guardrails',
      PermissionModel: 'SERVICE_MANAGED',
      CallAs: 'DELEGATED_ADMIN',
      AutoDeployment: { Enabled: false },
      Capabilities: ['CAPABILITY_NAMED_IAM'],
    }),
  );
  expect(cloudFormation.commandCalls(CreateStackInstancesCommand)[0]!.args[0].input).toEqual(
    expect.objectContaining({
      CallAs: 'DELEGATED_ADMIN',
      DeploymentTargets: {
        Accounts: [accountIdOf('payments-prod')],
        OrganizationalUnitIds: [organizationalUnitIdOf('Workloads/Prod')],
        AccountFilterType: 'INTERSECTION',
      },
      Regions: ['eu-west-1', 'us-east-1'],
    }),
  );
});

// CloudFormation API Reference, CreateStackInstances, DeploymentTargets: "The maximum number of organizational units
// (OUs) supported by a CreateStackInstances operation is 50 … split up the operations into multiple calls with less
// than 50 OUs each." moto enforces no such limit, so the batching is checked on what vend would send.
test('SERVICE_MANAGED stack-instance operations name at most 50 OUs each: 120 OUs are three operations', () => {
  const desired = serviceManagedDesiredState('SELF');
  const observed = convergedObservation(desired);
  const template = observed.accounts.find((account) => account.status === 'ACTIVE')!;
  const ids = Array.from({ length: 120 }, (_, index) => `4000000${String(index).padStart(5, '0')}`);
  ids.forEach((id, index) =>
    observed.accounts.push({
      ...template,
      id,
      email: `t${index}@example.com`,
      parentId: `ou-team-${String(index).padStart(3, '0')}`,
    }),
  );
  const batches = deploymentTargetBatches({ desired, targets: new OrganizationTargets(desired, observed) }, ids);
  const units = batches.map((batch) =>
    'DeploymentTargets' in batch.targets ? batch.targets.DeploymentTargets.OrganizationalUnitIds! : [],
  );
  expect(units.map((unitIds) => unitIds.length)).toEqual([OUS_PER_OPERATION, OUS_PER_OPERATION, 20]);
  // Every account once, in the batch of its own OU.
  const accounts = batches.flatMap((batch) =>
    'DeploymentTargets' in batch.targets ? batch.targets.DeploymentTargets.Accounts! : [],
  );
  expect(accounts.sort()).toEqual([...ids].sort());
  expect(batches.map((batch) => batch.accounts)).toEqual([50, 50, 20]);
  // SELF_MANAGED names accounts alone, in one operation.
  const selfManaged = referenceDesiredState();
  expect(
    deploymentTargetBatches({ desired: selfManaged, targets: new OrganizationTargets(selfManaged, observed) }, ids),
  ).toEqual([{ targets: { Accounts: ids }, accounts: 120 }]);
});

// CloudFormation API Reference, UpdateStackSet, AutoDeployment: "[Service-managed permissions] Describes whether
// StackSets automatically deploys to AWS Organizations accounts that are added to a target organization or
// organizational unit (OU)." moto reports no AutoDeployment, so the mock stands for AWS here.
test('a SERVICE_MANAGED update turns automatic deployment off, as the plan showed', async () => {
  cloudFormation.on(UpdateStackSetCommand).resolves({ OperationId: 'op-update' });
  cloudFormation.on(DescribeStackSetOperationCommand).resolves({ StackSetOperation: { Status: 'SUCCEEDED' } });
  cloudFormation.on(ListStackSetOperationResultsCommand).resolves({ Summaries: [] });
  const serviceManaged = serviceManagedDesiredState();
  const observed = convergedObservation(serviceManaged);
  observedStackSet(observed, 'regional-guardrails').autoDeployment = true;
  const after = convergedObservation(serviceManaged);

  const { report } = await apply(observed, after, serviceManaged);

  expect(report.changesApplied.map((change) => change.id)).toEqual([
    'update-stackset:stackset:vend-regional-guardrails',
  ]);
  expect(cloudFormation.commandCalls(UpdateStackSetCommand)[0]!.args[0].input).toEqual(
    expect.objectContaining({
      StackSetName: 'vend-regional-guardrails',
      CallAs: 'SELF',
      AutoDeployment: { Enabled: false },
    }),
  );
});

test('an account whose creation failed holds back only its own instances; the other accounts get their baselines', async () => {
  organizations
    .on(CreateAccountCommand, { AccountName: 'payments-dev' })
    .resolves({ CreateAccountStatus: { Id: 'car-dev', State: 'SUCCEEDED', AccountId: DEV } });
  organizations
    .on(CreateAccountCommand, { AccountName: 'payments-prod' })
    .resolves({ CreateAccountStatus: { Id: 'car-prod', State: 'FAILED', FailureReason: 'ACCOUNT_LIMIT_EXCEEDED' } });
  organizations.on(MoveAccountCommand).resolves({});
  cloudFormation.on(DescribeStackSetOperationCommand).resolves({ StackSetOperation: { Status: 'SUCCEEDED' } });
  cloudFormation
    .on(ListStackSetOperationResultsCommand)
    .resolves({ Summaries: [{ Account: DEV, Region: 'us-east-1', Status: 'SUCCEEDED' }] });
  const PROD = accountIdOf('payments-prod');
  // `deployed`: the StackSets whose instances payments-dev has by then, as each stage adds them.
  const withoutAccounts = (gone: string[], deployed: string[] = []) => {
    const observed = convergedObservation(desired);
    observed.accounts = observed.accounts.filter((account) => !gone.includes(account.id));
    for (const stackSet of observed.stackSets)
      stackSet.instances = stackSet.instances.filter(
        (instance) => (instance.accountId !== DEV || deployed.includes(stackSet.name)) && instance.accountId !== PROD,
      );
    for (const policy of observed.policies) policy.targetIds = policy.targetIds.filter((id) => !gone.includes(id));
    return observed;
  };

  const { report } = await apply(withoutAccounts([DEV, PROD]), [
    withoutAccounts([PROD]),
    withoutAccounts([PROD], [BOUNDARY]),
    withoutAccounts([PROD], [BOUNDARY, 'vend-automation-roles']),
  ]);

  expect(report.createdAccounts).toEqual([{ name: 'payments-dev', id: DEV }]);
  expect(
    cloudFormation
      .commandCalls(CreateStackInstancesCommand)
      .map((call) => [call.args[0].input.StackSetName, call.args[0].input.Accounts]),
  ).toEqual([
    [BOUNDARY, [DEV]],
    ['vend-automation-roles', [DEV]],
  ]);
  expect(report.failures).toEqual([
    expect.objectContaining({
      id: 'create-account:account:payments-prod',
      message: expect.stringContaining('account quota'),
    }),
    {
      id: 'add-stack-instances:stackset:vend-regional-guardrails',
      description: 'Deploy regional-guardrails to 2 stack instances (1 account: payments-prod)',
      accounts: ['payments-prod'],
      members: ['payments-prod/eu-west-1', 'payments-prod/us-east-1'],
      message: expect.stringMatching(
        /^Not attempted: it needs Create account payments-prod .+ \(create-account:account:payments-prod\), which did not complete\.$/,
      ),
      blockedBy: 'create-account:account:payments-prod',
    },
  ]);
  // The boundary went to payments-dev alone: said so, and what is left for payments-prod is still planned.
  expect(report.changesApplied.find((change) => change.id === BOUNDARY_CHANGE)?.description).toBe(
    'Deploy permissions-boundary to 2 stack instances (2 accounts: payments-dev and payments-prod): 1 of 2 now; payments-prod waits until ready',
  );
  expect(report.pending.map((change) => change.id)).toContain(BOUNDARY_CHANGE);
});

test('when a move fails, the stack instances only the move made unwanted stay: the account still needs them where it is', async () => {
  const observed = convergedObservation(desired);
  const state = referenceDesiredState();
  const prod = desiredAccountNamed(state, 'payments-prod');
  // Security declares no baseline: the move drops Workloads' two; the manifest keeps its own regional-guardrails.
  prod.ou = 'Security';
  prod.baselines = ['regional-guardrails'];
  organizations.on(MoveAccountCommand).rejects(
    Object.assign(new Error('You are not authorized to perform organizations:MoveAccount'), {
      name: 'AccessDeniedException',
    }),
  );
  const { report } = await apply(observed, undefined, state, true);
  expect(report.failures.map((failure) => failure.id)).toContain('move-account:account:payments-prod');
  expect(cloudFormation.commandCalls(DeleteStackInstancesCommand)).toEqual([]);
  const removals = report.failures.filter((failure) => failure.id.startsWith('remove-stack-instances:'));
  expect(removals.map((removal) => [removal.id, removal.blockedBy])).toEqual([
    ['remove-stack-instances:stackset:vend-automation-roles', 'move-account:account:payments-prod'],
    ['remove-stack-instances:stackset:vend-permissions-boundary', 'move-account:account:payments-prod'],
  ]);
});

test('a change held back by a refused destructive one is no failure: nothing was sent, and it stays planned', async () => {
  const previous = referenceDesiredState();
  desiredAccountNamed(previous, 'payments-prod').parameters = { 'regional-guardrails': { Extra: 'old' } };
  const observed = convergedObservation(previous);
  // The manifest drops the baseline and its override: the record narrows only once the instances are removed.
  const state = referenceDesiredState();
  const prod = desiredAccountNamed(state, 'payments-prod');
  prod.baselines = prod.baselines.filter((baseline) => baseline !== 'regional-guardrails');
  const { report, log, exitCode } = await apply(observed, undefined, state);
  expect(report.refused.map((change) => change.id)).toEqual([
    'remove-stack-instances:stackset:vend-regional-guardrails',
  ]);
  expect(report.failures).toEqual([]);
  expect(report.pending).toContainEqual(
    expect.objectContaining({
      id: 'record-parameter-overrides:account:payments-prod',
      accounts: ['payments-prod'],
      heldBackBy: 'remove-stack-instances:stackset:vend-regional-guardrails',
      heldBackByDescription: 'Remove 2 regional-guardrails stack instances (stacks and their resources are deleted)',
    }),
  );
  expect(log).toContainEqual(
    expect.stringMatching(
      /^… Record on payments-prod .*: held back, it needs "Remove 2 regional-guardrails stack instances \(stacks and their resources are deleted\)", which was refused$/,
    ),
  );
  // The stage line counts the refusal and what waits on it, and the refused change is named under it.
  const stage = log.findIndex((line) => line.startsWith('Stage 7,'));
  expect(log[stage]).toBe(
    'Stage 7, detachments, removals, deletions, closures and override records (last): 0 changes, 1 refused, 1 waiting on one refused or not completed',
  );
  expect(log[stage + 1]).toMatch(/^– Remove 2 regional-guardrails stack instances .*: refused\. It is destructive\./);
  expect(exitCode).toBe(1);
});

test('instances go in one call per distinct region list, never one per account', () => {
  const instances = [
    { accountId: '2', region: 'us-east-1' },
    { accountId: '1', region: 'eu-west-1' },
    { accountId: '1', region: 'us-east-1' },
    { accountId: '3', region: 'us-east-1' },
  ];
  expect(groupByRegions(instances)).toEqual([
    { accountIds: ['1'], regions: ['eu-west-1', 'us-east-1'] },
    { accountIds: ['2', '3'], regions: ['us-east-1'] },
  ]);
});

test('region groups come in code-point order, the same in every locale', () => {
  // A locale collation puts '-' before ',', so it would order these two groups the other way round.
  const instances = [
    { accountId: '1', region: 'us-east-1-bos-1' },
    { accountId: '2', region: 'us-east-1' },
    { accountId: '2', region: 'us-west-2' },
  ];
  expect(groupByRegions(instances).map((group) => group.regions.join(','))).toEqual([
    'us-east-1,us-west-2',
    'us-east-1-bos-1',
  ]);
});

// AWS's CreateStackSet returns NameAlreadyExistsException for a taken name (CloudFormation API Reference,
// CreateStackSet, Errors); moto accepts a second StackSet of the same name, so the race is scripted here.
test('a StackSet of the planned name that someone else created since the plan is not deployed into', async () => {
  cloudFormation.on(CreateStackSetCommand).rejects(
    Object.assign(new Error('StackSet vend-regional-guardrails already exists'), {
      name: 'NameAlreadyExistsException',
    }),
  );
  cloudFormation
    .on(DescribeStackSetCommand)
    .resolves({ StackSet: { StackSetName: 'vend-regional-guardrails', Tags: [] } });
  const observed = convergedObservation(desired);
  observed.stackSets = observed.stackSets.filter((stackSet) => stackSet.name !== 'vend-regional-guardrails');

  const { report, exitCode } = await apply(observed);

  expect(exitCode).toBe(1);
  expect(report.failures).toEqual([
    expect.objectContaining({
      id: 'create-stackset:stackset:vend-regional-guardrails',
      message: expect.stringContaining('was created since the plan, and not by vend'),
    }),
    expect.objectContaining({
      id: 'add-stack-instances:stackset:vend-regional-guardrails',
      message: expect.stringContaining('Not attempted'),
    }),
  ]);
  expect(cloudFormation.commandCalls(CreateStackInstancesCommand)).toEqual([]);
});

// CreateStackSet, Capabilities (CloudFormation API Reference): a template that references macros needs
// CAPABILITY_AUTO_EXPAND, or the call fails. moto ignores capabilities, so the request itself is checked here.
test.each([
  ['a Transform', 'Transform: AWS::LanguageExtensions\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n'],
  [
    'an Fn::Transform (AWS::Include)',
    "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      Fn::Transform: { Name: AWS::Include, Parameters: { Location: 's3://b/p.yaml' } }\n",
  ],
])('a template with %s is sent with CAPABILITY_AUTO_EXPAND; one without, with named IAM only', async (_, body) => {
  cloudFormation.on(CreateStackSetCommand).resolves({ StackSetId: 'x:1' });
  cloudFormation.on(DescribeStackSetOperationCommand).resolves({ StackSetOperation: { Status: 'SUCCEEDED' } });
  cloudFormation.on(ListStackSetOperationResultsCommand).resolves({ Summaries: [] });
  const withTransform = referenceDesiredState();
  withTransform.baselines.find((baseline) => baseline.name === 'regional-guardrails')!.templateBody = body;
  const observed = convergedObservation(withTransform);
  observed.stackSets = observed.stackSets.filter(
    (stackSet) => stackSet.name !== 'vend-regional-guardrails' && stackSet.name !== 'vend-automation-roles',
  );

  await apply(observed, convergedObservation(withTransform), withTransform);

  const created = Object.fromEntries(
    cloudFormation
      .commandCalls(CreateStackSetCommand)
      .map((call) => [call.args[0].input.StackSetName, call.args[0].input.Capabilities]),
  );
  expect(created).toEqual({
    'vend-regional-guardrails': ['CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'],
    'vend-automation-roles': ['CAPABILITY_NAMED_IAM'],
  });
});

test('a change AWS refuses is logged once under its title, with AWS reason', async () => {
  cloudFormation.on(CreateStackInstancesCommand).rejects(
    Object.assign(new Error('not authorized to perform cloudformation:CreateStackInstances'), {
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 403 },
    }),
  );

  const { log, exitCode } = await apply(withoutDevInstances());

  expect(exitCode).toBe(1);
  const failed = log.filter((line) => line.startsWith('✗ Deploy permissions-boundary'));
  expect(failed).toEqual([
    expect.stringMatching(
      /^✗ Deploy permissions-boundary to 1 stack instance \(1 account: payments-dev\) failed: AccessDeniedException: not authorized/,
    ),
  ]);
});

test('a removal a region edit makes does not wait for the account’s move: the move does not change that baseline', async () => {
  const state = referenceDesiredState();
  const prod = desiredAccountNamed(state, 'payments-prod');
  // regional-guardrails is the account's own, not its OU's; the move keeps it, the region edit drops eu-west-1.
  prod.ou = 'Workloads/NonProd';
  prod.regions = ['us-east-1'];
  const plan = computePlan(state, convergedObservation(desired));
  const removal = plan.changes.find(
    (change) => change.id === 'remove-stack-instances:stackset:vend-regional-guardrails',
  );
  expect(removal?.scope.members).toEqual(['payments-prod/eu-west-1']);
  expect(removal?.dependsOn).not.toContain('move-account:account:payments-prod');
  expect(plan.changes.map((change) => change.id)).toContain('move-account:account:payments-prod');
});

test('when one account’s move fails, a removal it shares with another account still removes the other’s instance', async () => {
  const state = referenceDesiredState();
  // payments-dev leaves Workloads, which gives it automation-roles; payments-prod opts out of it where it is.
  const dev = desiredAccountNamed(state, 'payments-dev');
  dev.ou = 'Security';
  dev.baselines = [];
  desiredAccountNamed(state, 'payments-prod').baselines = ['permissions-boundary', 'regional-guardrails'];
  organizations.on(MoveAccountCommand).rejects(
    Object.assign(new Error('You are not authorized to perform organizations:MoveAccount'), {
      name: 'AccessDeniedException',
    }),
  );
  cloudFormation.on(DeleteStackInstancesCommand).resolves({ OperationId: 'op-delete' });
  cloudFormation.on(DescribeStackSetOperationCommand).resolves({ StackSetOperation: { Status: 'SUCCEEDED' } });
  cloudFormation.on(ListStackSetOperationResultsCommand).resolves({
    Summaries: [{ Account: accountIdOf('payments-prod'), Region: 'us-east-1', Status: 'SUCCEEDED' }],
  });
  // The read after the removal shows payments-prod's instance gone.
  const removed = convergedObservation(desired);
  const roles = removed.stackSets.find((stackSet) => stackSet.name === 'vend-automation-roles')!;
  roles.instances = roles.instances.filter((instance) => instance.accountId !== accountIdOf('payments-prod'));
  const { report, log } = await apply(
    convergedObservation(desired),
    [convergedObservation(desired), removed],
    state,
    true,
  );
  const deleted = cloudFormation
    .commandCalls(DeleteStackInstancesCommand)
    .map((call) => [call.args[0].input.StackSetName, call.args[0].input.Accounts]);
  expect(deleted).toEqual([['vend-automation-roles', [accountIdOf('payments-prod')]]]);
  const note = log.findIndex((line) =>
    line.includes('keeping the instances of payments-dev, whose move did not complete'),
  );
  expect(note).toBeGreaterThan(-1);
  // Under the header of the stage that removes the instances, not the stage before it.
  const header = log.slice(0, note).findLast((line) => line.startsWith('Stage '));
  expect(header).toMatch(/^Stage 7, detachments, removals/);
  expect(report.changesApplied.map((change) => change.description)).toContainEqual(
    expect.stringContaining('1 of 2 now; payments-dev keeps its instances until its move completes'),
  );
});
