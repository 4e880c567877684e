import { AccountClient, PutAccountNameCommand } from '@aws-sdk/client-account';
import { mockClient } from 'aws-sdk-client-mock';
import { applyExitCode } from '../../src/apply/apply-report.js';
import { applyPlan, DEFAULT_SCHEDULES } from '../../src/apply/execute-plan.js';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';
import type { ObservedState } from '../../src/observe/observed-state.js';
import {
  accountIdOf,
  convergedObservation,
  desiredAccount,
  MANAGEMENT_ACCOUNT_ID,
  observedAccount,
  referenceDesiredState,
} from '../support/plan-fixtures.js';

/**
 * Renames go through the Account Management API (PutAccountName), which moto 5.2 does not implement. Its rules
 * follow the AWS Account Management API reference, PutAccountName: a member account is named by AccountId from the
 * management account (with trusted access enabled); the management account renames itself without AccountId.
 */
const account = mockClient(AccountClient);
beforeEach(() => account.reset());

async function apply(desired: ReturnType<typeof referenceDesiredState>, observed: ObservedState) {
  const clients = createAwsClients({ region: 'us-east-1', credentials: { accessKeyId: 'u', secretAccessKey: 'u' } });
  const renamed = structuredClone(observed);
  for (const declared of desired.accounts)
    for (const candidate of renamed.accounts)
      if (candidate.email === declared.email) candidate.name = declared.accountName;
  const observations = [observed, renamed];
  try {
    const report = await applyPlan({
      clients,
      desired,
      allowDestructive: false,
      allowHighImpact: false,
      approval: { kind: 'first-plan', source: '--auto-approve' },
      commit: null,
      schedules: DEFAULT_SCHEDULES,
      observe: async () => structuredClone(observations.length > 1 ? observations.shift()! : observations[0]!),
    });
    return { report, exitCode: applyExitCode(report) };
  } finally {
    destroyAwsClients(clients);
  }
}

test('a member account is renamed by id from the management account', async () => {
  account.on(PutAccountNameCommand).resolves({});
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observedAccount(observed, 'payments-prod').name = 'payments-production';

  const { report, exitCode } = await apply(desired, observed);

  expect(exitCode).toBe(0);
  expect(account.commandCalls(PutAccountNameCommand).map((call) => call.args[0].input)).toEqual([
    { AccountId: accountIdOf('payments-prod'), AccountName: 'payments-prod' },
  ]);
  expect(report.changesApplied.map((change) => change.id)).toEqual(['rename-account:account:payments-prod']);
});

test('the management account renames itself without an AccountId, as AWS requires', async () => {
  account.on(PutAccountNameCommand).resolves({});
  const desired = referenceDesiredState();
  desired.accounts.push(desiredAccount('management', { ou: 'Security', email: 'aws+management@example.com' }));
  desired.accounts.at(-1)!.accountName = 'Org Management';
  const observed = convergedObservation(referenceDesiredState());
  observedAccount(observed, 'management').tags = { ...desired.accounts.at(-1)!.tags };

  expect((await apply(desired, observed)).exitCode).toBe(0);
  expect(account.commandCalls(PutAccountNameCommand).map((call) => call.args[0].input)).toEqual([
    { AccountName: 'Org Management' },
  ]);
  expect(MANAGEMENT_ACCOUNT_ID).toBe(observed.callerAccountId);
});

test('without trusted access the rename fails with what to enable, and nothing else is blocked', async () => {
  account
    .on(PutAccountNameCommand)
    .rejects(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException', $metadata: {} }));
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observedAccount(observed, 'payments-prod').name = 'payments-production';

  const { report, exitCode } = await apply(desired, observed);

  expect(exitCode).toBe(1);
  expect(report.failures).toEqual([
    expect.objectContaining({
      id: 'rename-account:account:payments-prod',
      message: expect.stringContaining(
        'aws organizations enable-aws-service-access --service-principal account.amazonaws.com',
      ),
    }),
  ]);
});
