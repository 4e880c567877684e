import {
  CreateAccountCommand,
  DescribeAccountCommand,
  DescribeCreateAccountStatusCommand,
  ListAccountsCommand,
  ListParentsCommand,
  ListTagsForResourceCommand,
  MoveAccountCommand,
  OrganizationsClient,
  TagResourceCommand,
} from '@aws-sdk/client-organizations';
import type { CreateAccountFailureReason } from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import type { DesiredState } from '../../src/config/desired-state.js';
import { applyExitCode } from '../../src/apply/apply-report.js';
import type { ApplyReport } from '../../src/apply/apply-report.js';
import { applyPlan, DEFAULT_SCHEDULES } from '../../src/apply/execute-plan.js';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';
import type { ObservedState } from '../../src/observe/observed-state.js';
import {
  accountIdOf,
  convergedObservation,
  organizationalUnitIdOf,
  referenceDesiredState,
  ROOT_ID,
} from '../support/plan-fixtures.js';

/** Real AWS account creation paths moto cannot produce: it creates every account at once, and never refuses one. */
const organizations = mockClient(OrganizationsClient);
const NEW_ACCOUNT = 'security-audit';
const NEW_ACCOUNT_ID = accountIdOf(NEW_ACCOUNT);

/** The reference organization without security-audit: the plan creates it, then attaches its SCP. */
function before(desired: DesiredState): ObservedState {
  const observed = convergedObservation(desired);
  observed.accounts = observed.accounts.filter((account) => account.name !== NEW_ACCOUNT);
  for (const policy of observed.policies) policy.targetIds = policy.targetIds.filter((id) => id !== NEW_ACCOUNT_ID);
  return observed;
}

function fakeClock() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (milliseconds: number) => void (sleeps.push(milliseconds), (now += milliseconds)),
    sleeps,
  };
}

/** Runs apply against scripted observations; the last one repeats. */
async function apply(observations: ObservedState[], desired = referenceDesiredState()) {
  const clients = createAwsClients({
    region: 'us-east-1',
    credentials: { accessKeyId: 'unit', secretAccessKey: 'unit' },
  });
  const clock = fakeClock();
  const remaining = [...observations];
  try {
    const report = await applyPlan({
      clients,
      desired,
      allowDestructive: false,
      allowHighImpact: false,
      approval: { kind: 'first-plan', source: '--auto-approve' },
      commit: null,
      clock,
      schedules: DEFAULT_SCHEDULES,
      observe: async () => structuredClone(remaining.length > 1 ? remaining.shift()! : remaining[0]!),
    });
    return { report, clock, exitCode: applyExitCode(report) };
  } finally {
    destroyAwsClients(clients);
  }
}

const failureOf = (report: ApplyReport, id: string) => report.failures.find((failure) => failure.id === id)?.message;
const CREATE_ID = `create-account:account:${NEW_ACCOUNT}`;

beforeEach(() => {
  organizations.reset();
  organizations.on(MoveAccountCommand).resolves({});
});

/** The tags vend's CreateAccount gives the new account, and its place under the root, as AWS then reports them. */
function madeByVendsRequest(desired: DesiredState): void {
  const tags = desired.accounts.find((account) => account.name === NEW_ACCOUNT)!.tags;
  organizations
    .on(ListTagsForResourceCommand, { ResourceId: NEW_ACCOUNT_ID })
    .resolves({ Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) });
  organizations
    .on(ListParentsCommand, { ChildId: NEW_ACCOUNT_ID })
    .resolves({ Parents: [{ Id: ROOT_ID, Type: 'ROOT' }] });
}

// CreateAccount, RoleName: Organizations creates OrganizationAccountAccessRole unless told another name, and
// CreateStackSet, ExecutionRoleName: SELF_MANAGED StackSets assume AWSCloudFormationStackSetExecutionRole unless told.
test.each([
  ['the execution role organization.yaml names', { executionRoleName: 'PlatformExecution' }, 'PlatformExecution'],
  ["CloudFormation's default execution role when it names none", {}, 'AWSCloudFormationStackSetExecutionRole'],
])('a new account is created with %s, so its StackSet instances can deploy', async (_, roles, expected) => {
  organizations
    .on(CreateAccountCommand)
    .resolves({ CreateAccountStatus: { Id: 'car-1', State: 'SUCCEEDED', AccountId: NEW_ACCOUNT_ID } });
  const desired = referenceDesiredState();
  delete desired.organization.stackSets.executionRoleName;
  Object.assign(desired.organization.stackSets, roles);

  await apply([before(desired), convergedObservation(desired)], desired);

  expect(organizations.commandCalls(CreateAccountCommand)[0]!.args[0].input.RoleName).toBe(expected);
});

test('a new account moved back to the root by hand during the run is still planned, as undone, not just to move', async () => {
  organizations
    .on(CreateAccountCommand)
    .resolves({ CreateAccountStatus: { Id: 'car-1', State: 'SUCCEEDED', AccountId: NEW_ACCOUNT_ID } });
  const desired = referenceDesiredState();
  // Every read after the account stage finds it in the root, with its SCP attachments made.
  const backInRoot = convergedObservation(desired);
  Object.assign(
    backInRoot.accounts.find((account) => account.id === NEW_ACCOUNT_ID)!,
    {
      parentId: ROOT_ID,
      parentPath: '',
    },
  );

  const { report, exitCode } = await apply([before(desired), backInRoot], desired);

  expect(report.createdAccounts).toEqual([{ name: NEW_ACCOUNT, id: NEW_ACCOUNT_ID }]);
  expect(report.pending).toEqual([
    expect.objectContaining({ id: `move-account:account:${NEW_ACCOUNT}`, undoneDuringRun: true }),
  ]);
  expect(exitCode).toBe(1);
});

test('an account that is IN_PROGRESS and then SUCCEEDED is created once, tagged at creation and moved into its OU', async () => {
  organizations.on(CreateAccountCommand).resolves({ CreateAccountStatus: { Id: 'car-1', State: 'IN_PROGRESS' } });
  organizations
    .on(DescribeCreateAccountStatusCommand)
    .resolvesOnce({ CreateAccountStatus: { Id: 'car-1', State: 'IN_PROGRESS' } })
    .resolves({ CreateAccountStatus: { Id: 'car-1', State: 'SUCCEEDED', AccountId: NEW_ACCOUNT_ID } });
  const desired = referenceDesiredState();

  const { report, clock, exitCode } = await apply([before(desired), convergedObservation(desired)], desired);

  expect(exitCode).toBe(0);
  expect(report.createdAccounts).toEqual([{ name: NEW_ACCOUNT, id: NEW_ACCOUNT_ID }]);
  expect(organizations.commandCalls(CreateAccountCommand)).toHaveLength(1);
  expect(organizations.commandCalls(CreateAccountCommand)[0]!.args[0].input.Tags).toEqual(
    expect.arrayContaining([
      { Key: 'ManagedBy', Value: 'vend' },
      { Key: 'CostCenter', Value: '4711' },
    ]),
  );
  expect(organizations.commandCalls(MoveAccountCommand)[0]!.args[0].input).toEqual({
    AccountId: NEW_ACCOUNT_ID,
    SourceParentId: ROOT_ID,
    DestinationParentId: organizationalUnitIdOf('Security'),
  });
  expect(clock.sleeps).toEqual([DEFAULT_SCHEDULES.accountCreation.initialDelayMs]);
});

test('a CreateAccount request already IN_PROGRESS for the name is awaited; its account with the email is this one', async () => {
  organizations
    .on(DescribeCreateAccountStatusCommand, { CreateAccountRequestId: 'car-earlier' })
    .resolves({ CreateAccountStatus: { State: 'SUCCEEDED', AccountId: NEW_ACCOUNT_ID } });
  organizations
    .on(DescribeAccountCommand, { AccountId: NEW_ACCOUNT_ID })
    .resolves({ Account: { Id: NEW_ACCOUNT_ID, Email: `AWS+${NEW_ACCOUNT}@example.com` } });
  const desired = referenceDesiredState();
  madeByVendsRequest(desired);
  const observed = before(desired);
  observed.accountCreationsInProgress = [{ requestId: 'car-earlier', accountName: NEW_ACCOUNT }];

  const { report, exitCode } = await apply([observed, convergedObservation(desired)], desired);

  expect(organizations.commandCalls(CreateAccountCommand)).toHaveLength(0);
  expect(report.createdAccounts).toEqual([{ name: NEW_ACCOUNT, id: NEW_ACCOUNT_ID }]);
  expect(exitCode).toBe(0);
});

test("a request in progress for the name whose account has the email but not vend's tags is another tool's: nothing is done to it", async () => {
  // AWS Organizations API Reference, CreateAccount: the request sets the account's tags; another tool's sets its own.
  organizations
    .on(DescribeCreateAccountStatusCommand, { CreateAccountRequestId: 'car-other-tool' })
    .resolves({ CreateAccountStatus: { State: 'SUCCEEDED', AccountId: NEW_ACCOUNT_ID } });
  organizations
    .on(DescribeAccountCommand, { AccountId: NEW_ACCOUNT_ID })
    .resolves({ Account: { Id: NEW_ACCOUNT_ID, Name: NEW_ACCOUNT, Email: `aws+${NEW_ACCOUNT}@example.com` } });
  organizations.on(ListTagsForResourceCommand).resolves({ Tags: [{ Key: 'ManagedBy', Value: 'terraform' }] });
  organizations.on(ListParentsCommand).resolves({ Parents: [{ Id: ROOT_ID, Type: 'ROOT' }] });
  const desired = referenceDesiredState();
  const observed = before(desired);
  observed.accountCreationsInProgress = [{ requestId: 'car-other-tool', accountName: NEW_ACCOUNT }];

  const { report, exitCode } = await apply([observed], desired);

  expect(organizations.commandCalls(CreateAccountCommand)).toHaveLength(0);
  expect(organizations.commandCalls(MoveAccountCommand)).toHaveLength(0);
  expect(report.createdAccounts).toEqual([]);
  expect(failureOf(report, CREATE_ID)).toMatch(
    new RegExp(
      `^Account ${NEW_ACCOUNT}: request car-other-tool for that name produced ${NEW_ACCOUNT} \\(${NEW_ACCOUNT_ID}\\), which was made since the plan and not by vend`,
    ),
  );
  expect(exitCode).toBe(1);
});

test("another team's request for an account of the same name is waited on, never taken over: vend creates its own", async () => {
  // AWS lets two accounts share a name (CreateAccount AccountName is not unique), and a request names no email.
  const theirs = '288888888888';
  organizations
    .on(DescribeCreateAccountStatusCommand, { CreateAccountRequestId: 'car-finance' })
    .resolves({ CreateAccountStatus: { State: 'SUCCEEDED', AccountId: theirs } });
  organizations
    .on(DescribeAccountCommand, { AccountId: theirs })
    .resolves({ Account: { Id: theirs, Email: 'finance-app@other-team.example.com' } });
  organizations
    .on(CreateAccountCommand)
    .resolves({ CreateAccountStatus: { Id: 'car-ours', State: 'SUCCEEDED', AccountId: NEW_ACCOUNT_ID } });
  const desired = referenceDesiredState();
  const observed = before(desired);
  observed.accountCreationsInProgress = [{ requestId: 'car-finance', accountName: NEW_ACCOUNT }];

  const { report, exitCode } = await apply([observed, convergedObservation(desired)], desired);

  expect(organizations.commandCalls(CreateAccountCommand)).toHaveLength(1);
  expect(organizations.commandCalls(CreateAccountCommand)[0]!.args[0].input.Email).toBe(
    `aws+${NEW_ACCOUNT}@example.com`,
  );
  expect(organizations.commandCalls(MoveAccountCommand).map((call) => call.args[0].input.AccountId)).toEqual([
    NEW_ACCOUNT_ID,
  ]);
  expect(report.createdAccounts).toEqual([{ name: NEW_ACCOUNT, id: NEW_ACCOUNT_ID }]);
  expect(exitCode).toBe(0);
});

test('an earlier request for the name still in progress at the timeout is not passed off as this account', async () => {
  // Organizations API Reference, CreateAccountStatus: a request carries the account name, never the email.
  organizations
    .on(DescribeCreateAccountStatusCommand, { CreateAccountRequestId: 'car-finance' })
    .resolves({ CreateAccountStatus: { Id: 'car-finance', State: 'IN_PROGRESS' } });
  const desired = referenceDesiredState();
  const observed = before(desired);
  observed.accountCreationsInProgress = [{ requestId: 'car-finance', accountName: NEW_ACCOUNT }];

  const { report, exitCode } = await apply([observed], desired);

  expect(organizations.commandCalls(CreateAccountCommand)).toHaveLength(0);
  expect(failureOf(report, CREATE_ID)).toBe(
    `Request car-finance for an account named ${NEW_ACCOUNT}, made before this run (perhaps by an interrupted apply, perhaps by another team: a request names no email), was still in progress after 30 minutes. Account ${NEW_ACCOUNT} has not been requested yet. Re-run apply once that request has finished; if it produces an account with another email, vend leaves that account alone and requests ${NEW_ACCOUNT}.`,
  );
  expect(exitCode).toBe(1);
});

test('with two requests for the name in progress, both are awaited, and the one with the email is this account', async () => {
  // Another team's request comes first; vend's own, from an interrupted apply, second. Requesting a third account
  // while vend's own is still creating it would make two accounts, or fail on the email once it lands.
  const theirs = '288888888888';
  organizations
    .on(DescribeCreateAccountStatusCommand, { CreateAccountRequestId: 'car-finance' })
    .resolves({ CreateAccountStatus: { State: 'SUCCEEDED', AccountId: theirs } });
  organizations
    .on(DescribeAccountCommand, { AccountId: theirs })
    .resolves({ Account: { Id: theirs, Email: 'finance-app@other-team.example.com' } });
  organizations
    .on(DescribeCreateAccountStatusCommand, { CreateAccountRequestId: 'car-ours' })
    .resolves({ CreateAccountStatus: { State: 'SUCCEEDED', AccountId: NEW_ACCOUNT_ID } });
  organizations
    .on(DescribeAccountCommand, { AccountId: NEW_ACCOUNT_ID })
    .resolves({ Account: { Id: NEW_ACCOUNT_ID, Email: `aws+${NEW_ACCOUNT}@example.com` } });
  const desired = referenceDesiredState();
  madeByVendsRequest(desired);
  const observed = before(desired);
  observed.accountCreationsInProgress = [
    { requestId: 'car-finance', accountName: NEW_ACCOUNT },
    { requestId: 'car-ours', accountName: NEW_ACCOUNT },
  ];

  const { report, exitCode } = await apply([observed, convergedObservation(desired)], desired);

  expect(organizations.commandCalls(CreateAccountCommand)).toHaveLength(0);
  expect(report.createdAccounts).toEqual([{ name: NEW_ACCOUNT, id: NEW_ACCOUNT_ID }]);
  expect(exitCode).toBe(0);
});

test.each([
  [
    'ACCOUNT_LIMIT_EXCEEDED',
    "the organization has reached its account quota. Request a higher 'Default maximum number of accounts' quota",
  ],
  [
    'INVALID_EMAIL',
    'AWS rejected the email aws+security-audit@example.com as invalid. Fix it in accounts/security-audit.yaml.',
  ],
  [
    'MISSING_PAYMENT_INSTRUMENT',
    "the management account's billing or business details are incomplete (MISSING_PAYMENT_INSTRUMENT). Complete them in the AWS Billing console",
  ],
  ['INTERNAL_FAILURE', 'AWS Organizations failed internally (INTERNAL_FAILURE). Re-run apply'],
  [
    'CONCURRENT_ACCOUNT_MODIFICATION',
    "another change to the organization's accounts was still in progress after 4 attempts",
  ],
  ['SOMETHING_NEW', 'AWS reported SOMETHING_NEW. Look the reason up under CreateAccountStatus'],
])('IN_PROGRESS then FAILED with %s fails the account with what to do, and exit code 1', async (reason, message) => {
  organizations.on(CreateAccountCommand).resolves({ CreateAccountStatus: { Id: 'car-1', State: 'IN_PROGRESS' } });
  organizations.on(DescribeCreateAccountStatusCommand).resolves({
    CreateAccountStatus: { Id: 'car-1', State: 'FAILED', FailureReason: reason as CreateAccountFailureReason },
  });
  const desired = referenceDesiredState();

  const { report, exitCode } = await apply([before(desired)], desired);

  expect(failureOf(report, CREATE_ID)).toContain(`AWS could not create account ${NEW_ACCOUNT} (request car-1): `);
  expect(failureOf(report, CREATE_ID)).toContain(message);
  expect(report.createdAccounts).toEqual([]);
  expect(organizations.commandCalls(MoveAccountCommand)).toHaveLength(0);
  // Retried only for the concurrent-modification reason, which passes by itself.
  expect(organizations.commandCalls(CreateAccountCommand)).toHaveLength(
    reason === 'CONCURRENT_ACCOUNT_MODIFICATION' ? 4 : 1,
  );
  expect(exitCode).toBe(1);
});

test('CONCURRENT_ACCOUNT_MODIFICATION is retried and the next request succeeds', async () => {
  organizations
    .on(CreateAccountCommand)
    .resolvesOnce({ CreateAccountStatus: { Id: 'car-1', State: 'IN_PROGRESS' } })
    .resolves({ CreateAccountStatus: { Id: 'car-2', State: 'IN_PROGRESS' } });
  organizations
    .on(DescribeCreateAccountStatusCommand, { CreateAccountRequestId: 'car-1' })
    .resolves({ CreateAccountStatus: { State: 'FAILED', FailureReason: 'CONCURRENT_ACCOUNT_MODIFICATION' } });
  organizations
    .on(DescribeCreateAccountStatusCommand, { CreateAccountRequestId: 'car-2' })
    .resolves({ CreateAccountStatus: { State: 'SUCCEEDED', AccountId: NEW_ACCOUNT_ID } });
  const desired = referenceDesiredState();

  const { report, exitCode } = await apply([before(desired), convergedObservation(desired)], desired);

  expect(organizations.commandCalls(CreateAccountCommand)).toHaveLength(2);
  expect(report.createdAccounts).toEqual([{ name: NEW_ACCOUNT, id: NEW_ACCOUNT_ID }]);
  expect(exitCode).toBe(0);
});

test('EMAIL_ALREADY_EXISTS for an account a request of vend made since the plan adopts that account instead', async () => {
  organizations
    .on(CreateAccountCommand)
    .resolves({ CreateAccountStatus: { Id: 'car-1', State: 'FAILED', FailureReason: 'EMAIL_ALREADY_EXISTS' } });
  organizations.on(ListAccountsCommand).resolves({
    Accounts: [
      { Id: '299999999999', Name: 'Audit (legacy)', Email: 'AWS+Security-Audit@example.com', State: 'ACTIVE' },
    ],
  });
  const desired = referenceDesiredState();
  // Every tag its CreateAccount sets, as a request of vend's leaves them.
  const creationTags = desired.accounts.find((account) => account.name === NEW_ACCOUNT)!.tags;
  organizations
    .on(ListTagsForResourceCommand)
    .resolves({ Tags: Object.entries(creationTags).map(([Key, Value]) => ({ Key, Value })) });
  organizations.on(ListParentsCommand).resolves({ Parents: [{ Id: ROOT_ID, Type: 'ROOT' }] });
  organizations.on(TagResourceCommand).resolves({});

  const { report, exitCode } = await apply([before(desired), convergedObservation(desired)], desired);

  expect(report.adoptedAccounts).toEqual([{ name: NEW_ACCOUNT, id: '299999999999' }]);
  expect(report.createdAccounts).toEqual([]);
  // It carries the creation's tags already: only its place is written.
  expect(organizations.commandCalls(TagResourceCommand)).toHaveLength(0);
  expect(organizations.commandCalls(MoveAccountCommand)[0]!.args[0].input.DestinationParentId).toBe(
    organizationalUnitIdOf('Security'),
  );
  expect(exitCode).toBe(0);
});

test.each([
  [
    'someone else made since the plan',
    [{ Key: 'Team', Value: 'audit' }],
    'already belongs to their-audit (299999999999), which was made since the plan and not by vend (it has no ManagedBy: vend tag). Nothing was changed on it; plan again, and the new plan shows its adoption for approval.',
  ],
  [
    'tagged ManagedBy: vend by hand, without the rest',
    [{ Key: 'ManagedBy', Value: 'vend' }],
    "but not the tags vend's CreateAccount would have given it",
  ],
])('EMAIL_ALREADY_EXISTS for an account %s changes nothing on it: plan again', async (_case, tags, message) => {
  organizations
    .on(CreateAccountCommand)
    .resolves({ CreateAccountStatus: { Id: 'car-1', State: 'FAILED', FailureReason: 'EMAIL_ALREADY_EXISTS' } });
  organizations.on(ListAccountsCommand).resolves({
    Accounts: [{ Id: '299999999999', Name: 'their-audit', Email: 'aws+security-audit@example.com', State: 'ACTIVE' }],
  });
  organizations.on(ListTagsForResourceCommand).resolves({ Tags: tags });
  organizations.on(ListParentsCommand).resolves({ Parents: [{ Id: ROOT_ID, Type: 'ROOT' }] });
  const desired = referenceDesiredState();

  const { report, exitCode } = await apply([before(desired), convergedObservation(desired)], desired);

  expect(organizations.commandCalls(TagResourceCommand)).toHaveLength(0);
  expect(organizations.commandCalls(MoveAccountCommand)).toHaveLength(0);
  expect(report.adoptedAccounts).toEqual([]);
  expect(JSON.stringify(report)).toContain(message);
  expect(exitCode).toBe(1);
});

test('EMAIL_ALREADY_EXISTS for an account someone put in another OU changes nothing on it: plan again', async () => {
  // Not what an interrupted create leaves (that sits under the root): moving it out of its OU was never approved.
  organizations
    .on(CreateAccountCommand)
    .resolves({ CreateAccountStatus: { Id: 'car-1', State: 'FAILED', FailureReason: 'EMAIL_ALREADY_EXISTS' } });
  organizations.on(ListAccountsCommand).resolves({
    Accounts: [{ Id: '299999999999', Name: 'audit', Email: 'aws+security-audit@example.com', State: 'ACTIVE' }],
  });
  organizations.on(ListTagsForResourceCommand).resolves({ Tags: [{ Key: 'ManagedBy', Value: 'vend' }] });
  organizations
    .on(ListParentsCommand)
    .resolves({ Parents: [{ Id: organizationalUnitIdOf('Workloads'), Type: 'ORGANIZATIONAL_UNIT' }] });
  const desired = referenceDesiredState();

  const { report, exitCode } = await apply([before(desired), convergedObservation(desired)], desired);

  expect(organizations.commandCalls(TagResourceCommand)).toHaveLength(0);
  expect(organizations.commandCalls(MoveAccountCommand)).toHaveLength(0);
  expect(report.adoptedAccounts).toEqual([]);
  expect(JSON.stringify(report)).toContain('not the root where a created account would be');
  expect(exitCode).toBe(1);
});

test('EMAIL_ALREADY_EXISTS for an account outside the organization explains how to proceed', async () => {
  organizations.on(CreateAccountCommand).resolves({ CreateAccountStatus: { Id: 'car-1', State: 'IN_PROGRESS' } });
  organizations
    .on(DescribeCreateAccountStatusCommand)
    .resolves({ CreateAccountStatus: { Id: 'car-1', State: 'FAILED', FailureReason: 'EMAIL_ALREADY_EXISTS' } });
  organizations.on(ListAccountsCommand).resolves({ Accounts: [] });
  const desired = referenceDesiredState();

  const { report, exitCode } = await apply([before(desired)], desired);

  expect(failureOf(report, CREATE_ID)).toBe(
    `AWS could not create account ${NEW_ACCOUNT} (request car-1): the email aws+security-audit@example.com already belongs to an AWS account outside this organization (or to one closed less than 90 days ago). Invite that account into the organization and re-run apply to adopt it, or use another email in accounts/security-audit.yaml.`,
  );
  expect(exitCode).toBe(1);
});

test('creation still IN_PROGRESS after the timeout is reported as resumable, without waiting in real time', async () => {
  organizations.on(CreateAccountCommand).resolves({ CreateAccountStatus: { Id: 'car-1', State: 'IN_PROGRESS' } });
  organizations
    .on(DescribeCreateAccountStatusCommand)
    .resolves({ CreateAccountStatus: { Id: 'car-1', State: 'IN_PROGRESS' } });
  const desired = referenceDesiredState();
  const started = Date.now();

  const { report, clock, exitCode } = await apply([before(desired)], desired);

  expect(failureOf(report, CREATE_ID)).toBe(
    `Account ${NEW_ACCOUNT} was still being created after 30 minutes (request car-1). Nothing is lost: AWS keeps creating it, and the next apply finds the request and continues from there. Re-run apply in a few minutes.`,
  );
  expect(clock.now()).toBeLessThanOrEqual(DEFAULT_SCHEDULES.accountCreation.timeoutMs);
  expect(Math.max(...clock.sleeps)).toBe(DEFAULT_SCHEDULES.accountCreation.maxDelayMs);
  expect(Date.now() - started).toBeLessThan(5_000);
  // The SCP attachment for the account waits for it rather than failing on a missing id.
  expect(failureOf(report, `attach-scp:deny-unapproved-regions@account:${NEW_ACCOUNT}`)).toBe(
    `Not attempted: it needs Create account ${NEW_ACCOUNT} <aws+${NEW_ACCOUNT}@example.com> in Security (${CREATE_ID}), which did not complete.`,
  );
  expect(exitCode).toBe(1);
});

test('an endpoint lost right after AWS created the account lists it as created, and only its move as still planned', async () => {
  organizations.on(CreateAccountCommand).resolves({ CreateAccountStatus: { Id: 'car-1', State: 'IN_PROGRESS' } });
  organizations
    .on(DescribeCreateAccountStatusCommand)
    .resolves({ CreateAccountStatus: { State: 'SUCCEEDED', AccountId: NEW_ACCOUNT_ID } });
  organizations
    .on(MoveAccountCommand)
    .rejects(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4566'), { code: 'ECONNREFUSED' }));
  const desired = referenceDesiredState();

  const { report, exitCode } = await apply([before(desired)], desired);

  expect(exitCode).toBe(1);
  expect(report.createdAccounts).toEqual([{ name: NEW_ACCOUNT, id: NEW_ACCOUNT_ID }]);
  expect(report.failures.map((failure) => failure.id)).toEqual(['endpoint']);
  expect(report.pending).toContainEqual(
    expect.objectContaining({
      id: `create-account:account:${NEW_ACCOUNT}`,
      description: `Move account ${NEW_ACCOUNT} (${NEW_ACCOUNT_ID}), created by this run, from the root to Security`,
      action: 'change',
    }),
  );
  expect(report.pending.map((change) => change.description)).not.toContainEqual(
    expect.stringMatching(/^Create account security-audit/),
  );
});

// CreateAccount is not idempotent: a request whose answer a dropped connection lost may have started the account, so
// it is never sent again (AWS Organizations API Reference, CreateAccount: "an asynchronous request"; a second request
// for the same email fails once the first has the address). One AWS answered as throttled was refused before it acted.
test('a CreateAccount whose connection drops is sent once, and its account is not confirmed rather than undone', async () => {
  organizations.on(CreateAccountCommand).rejects(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
  const desired = referenceDesiredState();

  const { report, exitCode } = await apply([before(desired)], desired);

  expect(exitCode).toBe(1);
  expect(organizations.commandCalls(CreateAccountCommand)).toHaveLength(1);
  expect(report.pending).toContainEqual(expect.objectContaining({ id: CREATE_ID, unanswered: true }));
});

test('a throttled CreateAccount is sent again after a doubling wait: AWS refused it before acting on it', async () => {
  const throttled = Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException', $metadata: {} });
  organizations
    .on(CreateAccountCommand)
    .rejectsOnce(throttled)
    .rejectsOnce(throttled)
    .resolves({ CreateAccountStatus: { Id: 'car-1', State: 'SUCCEEDED', AccountId: NEW_ACCOUNT_ID } });
  const desired = referenceDesiredState();

  const { report, clock, exitCode } = await apply([before(desired), convergedObservation(desired)], desired);

  expect(exitCode).toBe(0);
  expect(report.createdAccounts).toEqual([{ name: NEW_ACCOUNT, id: NEW_ACCOUNT_ID }]);
  expect(organizations.commandCalls(CreateAccountCommand)).toHaveLength(3);
  expect(clock.sleeps.slice(0, 2)).toEqual([1_000, 2_000]);
});
