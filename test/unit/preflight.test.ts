import { checkCaller, checkOrganization, PreflightError } from '../../src/observe/preflight.js';
import { referenceDesiredState } from '../support/plan-fixtures.js';

const desired = referenceDesiredState();
const organization = {
  id: 'o-abc123',
  managementAccountId: desired.organization.managementAccountId,
  featureSet: 'ALL',
};

describe('preflight refuses to act on the wrong organization', () => {
  test('credentials of the declared management account pass', () => {
    expect(() => checkCaller(desired, desired.organization.managementAccountId)).not.toThrow();
    expect(() => checkOrganization(desired, organization)).not.toThrow();
  });

  test('credentials of another account are refused, naming both accounts', () => {
    expect(() => checkCaller(desired, '999999999999')).toThrow(PreflightError);
    expect(() => checkCaller(desired, '999999999999')).toThrow(
      `The AWS credentials belong to account 999999999999, but baselines/organization.yaml declares management account ${desired.organization.managementAccountId}`,
    );
  });

  test('the configured delegated administrator may run vend', () => {
    const delegated = {
      ...desired,
      organization: { ...desired.organization, delegatedAdministratorAccountId: '222222222222' },
    };
    expect(() => checkCaller(delegated, '222222222222')).not.toThrow();
  });

  test('an organization managed by another account is refused', () => {
    expect(() => checkOrganization(desired, { ...organization, managementAccountId: '333333333333' })).toThrow(
      /whose management account is 333333333333/,
    );
  });

  test('an organization without all features is refused with what to do', () => {
    expect(() => checkOrganization(desired, { ...organization, featureSet: 'CONSOLIDATED_BILLING' })).toThrow(
      'Organization o-abc123 has feature set CONSOLIDATED_BILLING; SCPs need all features enabled. Enable all features in AWS Organizations, then re-run.',
    );
  });
});
