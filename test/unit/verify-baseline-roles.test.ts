import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { verifyBaselineRoles } from '../../src/apply/verify-baseline-roles.js';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';
import { desiredBaseline, referenceDesiredState } from '../support/plan-fixtures.js';

// What a new account's baseline roles are checked against: only the baselines this run deployed there. A deployment
// apply held back (a refused change it needs) is reported as still planned; its roles are not "missing".
const sts = mockClient(STSClient);

test('the roles of a baseline this run did not deploy in the account are not looked for', async () => {
  sts.reset();
  sts.on(AssumeRoleCommand).rejects(new Error('must not be called'));
  const desired = referenceDesiredState();
  desired.baselines.push(
    desiredBaseline('human-roles', {
      templateBody:
        'Resources:\n  Admin:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: vend-admin\n      AssumeRolePolicyDocument: {}\n',
    }),
  );
  desired.accounts.find((account) => account.name === 'payments-dev')!.baselines = ['human-roles'];
  const clients = createAwsClients({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  try {
    const verification = await verifyBaselineRoles(
      clients,
      desired,
      [{ name: 'payments-dev', id: '222222222222' }],
      new Map([['payments-dev', new Set(['human-roles'])]]),
    );
    // Said, so that a report of the roles found does not read as every role being in place.
    expect(verification).toEqual([
      { account: { name: 'payments-dev', id: '222222222222' }, roles: [], notDeployed: ['human-roles'] },
    ]);
    expect(sts.commandCalls(AssumeRoleCommand)).toEqual([]);

    // Deployed, its role is looked for: here the account cannot even be entered, which is reported.
    const checked = await verifyBaselineRoles(clients, desired, [{ name: 'payments-dev', id: '222222222222' }]);
    expect(checked[0]!.error).toMatch(/The baseline roles could not be checked/);
  } finally {
    destroyAwsClients(clients);
  }
});

test('nothing answering is not reported per account as roles that did not check out: verification stops at it', async () => {
  sts.reset();
  sts
    .on(AssumeRoleCommand)
    .rejects(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5200'), { code: 'ECONNREFUSED' }));
  const desired = referenceDesiredState();
  desired.baselines.push(
    desiredBaseline('human-roles', {
      templateBody:
        'Resources:\n  Admin:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: vend-admin\n      AssumeRolePolicyDocument: {}\n',
    }),
  );
  for (const account of desired.accounts) account.baselines = ['human-roles'];
  const clients = createAwsClients({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  try {
    await expect(
      verifyBaselineRoles(clients, desired, [
        { name: 'payments-dev', id: '222222222222' },
        { name: 'payments-prod', id: '333333333333' },
      ]),
    ).rejects.toThrow('ECONNREFUSED');
  } finally {
    destroyAwsClients(clients);
  }
});
