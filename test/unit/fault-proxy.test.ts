import { isMutatingOperation } from '../harness/fault-proxy.js';

describe('isMutatingOperation', () => {
  test.each([
    'organizations:ListAccounts',
    'organizations:DescribeOrganization',
    'cloudformation:DescribeStackSet',
    'iam:GetRole',
    'sts:GetCallerIdentity',
    'sts:AssumeRole',
    'cloudformation:ValidateTemplate',
  ])('%s is read-only', (operation) => {
    expect(isMutatingOperation(operation)).toBe(false);
  });

  test.each([
    'organizations:CreateAccount',
    'organizations:AttachPolicy',
    'organizations:TagResource',
    'cloudformation:CreateStackInstances',
    'cloudformation:DetectStackSetDrift',
    'organizations:unknown',
  ])('%s may change AWS', (operation) => {
    expect(isMutatingOperation(operation)).toBe(true);
  });
});
