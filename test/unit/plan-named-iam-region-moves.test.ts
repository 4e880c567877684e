import { computePlan } from '../../src/plan/compute-plan.js';
import { convergedObservation, desiredAccountNamed, referenceDesiredState } from '../support/plan-fixtures.js';

const NAMED_ROLE =
  'Resources:\n  Auditor:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: acme-auditor\n      AssumeRolePolicyDocument: { Statement: [] }\n';

// IAM names are global to an account, and apply adds stack instances before it removes them: moving a named role's
// instance to another Region in one plan fails the new stack with AlreadyExists, then removes the old one.
test('moving the instance of a baseline that names IAM resources to another Region blocks the plan', () => {
  const desired = referenceDesiredState();
  desired.baselines.find((baseline) => baseline.name === 'regional-guardrails')!.templateBody = NAMED_ROLE;
  const dev = desiredAccountNamed(desired, 'payments-dev');
  dev.baselines.push('regional-guardrails');
  dev.regions = ['us-east-1'];
  const observed = convergedObservation(desired);
  dev.regions = ['eu-west-1'];
  expect(computePlan(desired, observed).problems).toEqual([
    expect.objectContaining({
      rule: 'named-iam-region-move',
      target: 'account:payments-dev',
      message: expect.stringMatching(
        /^This plan moves payments-dev's regional-guardrails stack instance from us-east-1 to eu-west-1, but its template names IAM resources \(Auditor\)/,
      ),
    }),
  ]);
  // A role named per Region is no such collision.
  desired.baselines.find((baseline) => baseline.name === 'regional-guardrails')!.templateBody = NAMED_ROLE.replace(
    'RoleName: acme-auditor',
    "RoleName: !Sub 'acme-auditor-${AWS::Region}'",
  );
  expect(computePlan(desired, observed).problems.map((problem) => problem.rule)).not.toContain('named-iam-region-move');
});
