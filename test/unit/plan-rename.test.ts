import { computePlan } from '../../src/plan/compute-plan.js';
import {
  accountIdOf,
  convergedObservation,
  desiredAccount,
  MANAGEMENT_ACCOUNT_ID,
  observedAccount,
  referenceDesiredState,
} from '../support/plan-fixtures.js';

// AWS Account Management API Reference, PutAccountName: a member account is renamed by AccountId, from the
// management account or the delegated administrator, with trusted access for account.amazonaws.com enabled; the
// management account renames only itself. A plan that would fail there is refused before anything changes.
describe('a rename AWS would refuse is a problem in the plan, not a failure half-way through apply', () => {
  function renamed(trustedServicePrincipals: string[] | undefined) {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observedAccount(observed, 'payments-prod').name = 'payments-production';
    if (trustedServicePrincipals) observed.trustedServicePrincipals = trustedServicePrincipals;
    return computePlan(desired, observed);
  }

  test('without trusted access for AWS Account Management, with the command that enables it', () => {
    const plan = renamed(['sso.amazonaws.com']);
    expect(plan.changes).toEqual([]);
    expect(plan.problems).toEqual([
      {
        target: 'account:payments-prod',
        rule: 'account-rename-refused',
        file: 'accounts/payments-prod.yaml',
        message: expect.stringContaining(
          `Renaming account ${accountIdOf('payments-prod')} ('payments-production', accounts/payments-prod.yaml) to 'payments-prod' needs trusted access for AWS Account Management`,
        ),
      },
    ]);
    expect(plan.problems[0]!.message).toContain(
      'aws organizations enable-aws-service-access --service-principal account.amazonaws.com',
    );
    expect(plan.problems[0]!.message).toContain("to the name the account has ('payments-production')");
  });

  test('with trusted access it is planned', () => {
    expect(renamed(['account.amazonaws.com']).changes.map((change) => change.id)).toEqual([
      'rename-account:account:payments-prod',
    ]);
  });

  test('the management account, from a delegated administrator, is refused: it can rename only itself', () => {
    const desired = referenceDesiredState();
    desired.organization.delegatedAdministratorAccountId = accountIdOf('security-audit');
    const observed = convergedObservation(desired);
    // The management account's manifest, declared after the fixture observed it under its name 'management'.
    desired.accounts.push(desiredAccount('management', { ou: 'Security', accountName: 'Management' }));
    observed.callerAccountId = accountIdOf('security-audit');
    observed.trustedServicePrincipals = ['account.amazonaws.com'];
    const plan = computePlan(desired, observed);
    expect(plan.changes.map((change) => change.kind)).not.toContain('rename-account');
    expect(plan.problems).toContainEqual({
      target: 'account:management',
      rule: 'account-rename-refused',
      file: 'accounts/management.yaml',
      message: expect.stringContaining(
        `Renaming the management account (${MANAGEMENT_ACCOUNT_ID}) to 'Management': AWS lets only the management account rename itself, and vend runs as ${accountIdOf('security-audit')}`,
      ),
    });
  });
});
