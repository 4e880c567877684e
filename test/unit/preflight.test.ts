import { configuredEndpoint } from '../../src/observe/aws-clients.js';
import { checkCaller, checkOrganization, noOrganization, PreflightError } from '../../src/observe/preflight.js';
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

  // CreateStackSet, CallAs: "If you are signed in to the management account, specify SELF. If you are signed in to
  // a delegated administrator account, specify DELEGATED_ADMIN." moto ignores CallAs, so only this test covers it.
  test('service-managed StackSets are called as the caller is: SELF from the management account, DELEGATED_ADMIN otherwise', () => {
    const withCallAs = (callAs: 'SELF' | 'DELEGATED_ADMIN' | undefined) => ({
      ...desired,
      organization: {
        ...desired.organization,
        delegatedAdministratorAccountId: '222222222222',
        stackSets: { ...desired.organization.stackSets, permissionModel: 'SERVICE_MANAGED' as const, callAs },
      },
    });
    expect(() => checkCaller(withCallAs('DELEGATED_ADMIN'), '222222222222')).not.toThrow();
    expect(() => checkCaller(withCallAs(undefined), desired.organization.managementAccountId)).not.toThrow();
    expect(() => checkCaller(withCallAs(undefined), '222222222222')).toThrow(/Set callAs: DELEGATED_ADMIN/);
    expect(() => checkCaller(withCallAs('DELEGATED_ADMIN'), desired.organization.managementAccountId)).toThrow(
      /Use the delegated administrator's credentials \(222222222222\), or remove callAs/,
    );
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

describe('credentials of an account in no organization', () => {
  test('against an emulator, the message names its endpoint and says the sandbox starts one with the organization', () => {
    expect(noOrganization('111111111111', 'http://127.0.0.1:5000', {}).message).toBe(
      'The AWS endpoint http://127.0.0.1:5000 (AWS_ENDPOINT_URL) has no organization for account 111111111111. If it is an emulator, it starts empty: ' +
        'run `npm run sandbox` in vend’s repository, which starts the emulator with the organization baselines/organization.yaml declares, and use the export lines it prints. ' +
        'If it reaches AWS (a proxy, a VPC endpoint), the account is in no organization: create it there, or unset AWS_ENDPOINT_URL to see the check against AWS itself.',
    );
    // The service's own variable, which the SDK takes first, is the one named.
    expect(
      noOrganization('111111111111', 'http://127.0.0.1:5000', {
        AWS_ENDPOINT_URL_ORGANIZATIONS: 'http://127.0.0.1:5000',
      }).message,
    ).toContain('(AWS_ENDPOINT_URL_ORGANIZATIONS)');
  });

  // An emulator that holds the organization answers keys of an account outside it (another one assumed, stale
  // exports) as that account, in no organization: the keys are what to fix.
  test('against an emulator, keys of another account than the declared management account are named as such', () => {
    const message = noOrganization('222222222222', 'http://127.0.0.1:5000', {}, '111111111111').message;
    expect(message).toContain(
      'has no organization for account 222222222222. The keys are not for management account 111111111111, which baselines/organization.yaml declares: if the emulator holds that organization, use that account',
    );
    expect(noOrganization('111111111111', 'http://127.0.0.1:5000', {}, '111111111111').message).not.toContain(
      'The keys are not for',
    );
  });

  test('against AWS, the message says the organization must exist first, or managementAccountId is wrong', () => {
    const message = noOrganization('111111111111', undefined).message;
    expect(message).toContain('Account 111111111111, whose credentials these are');
    expect(message).toContain('aws organizations create-organization --feature-set ALL');
    expect(message).toContain('set managementAccountId to it');
    expect(message).toContain('`npm run sandbox`');
  });

  test('the endpoint is the one the SDK would use: the Organizations-specific variable first, none when ignored', () => {
    expect(configuredEndpoint('ORGANIZATIONS', { AWS_ENDPOINT_URL: 'http://a' })).toBe('http://a');
    expect(
      configuredEndpoint('ORGANIZATIONS', { AWS_ENDPOINT_URL: 'http://a', AWS_ENDPOINT_URL_ORGANIZATIONS: 'http://b' }),
    ).toBe('http://b');
    expect(
      configuredEndpoint('ORGANIZATIONS', {
        AWS_ENDPOINT_URL: 'http://a',
        AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true',
      }),
    ).toBe(undefined);
    expect(configuredEndpoint('ORGANIZATIONS', {})).toBe(undefined);
  });
});
