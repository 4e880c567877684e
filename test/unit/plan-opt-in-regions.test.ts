import { computePlan } from '../../src/plan/compute-plan.js';
import { convergedObservation, desiredAccount, referenceDesiredState } from '../support/plan-fixtures.js';

// AWS Account Management Reference Guide, "Enable or disable AWS Regions in your account": opt-in Regions (launched
// after March 20, 2019) are disabled in every account Organizations creates, and a stack instance there fails.
test('an account the plan creates with an opt-in Region among its baselines’ regions blocks the plan', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  desired.organization.allowedRegions.push('ap-east-1');
  desired.accounts.push(
    desiredAccount('hk-app', {
      ou: 'Workloads/NonProd',
      regions: ['us-east-1', 'ap-east-1'],
      baselines: ['permissions-boundary', 'regional-guardrails'],
    }),
  );
  const plan = computePlan(desired, observed);
  expect(plan.problems).toEqual([
    expect.objectContaining({
      rule: 'region-not-enabled',
      target: 'account:hk-app',
      message: expect.stringMatching(
        /^Account hk-app does not exist yet, and ap-east-1 is an opt-in Region, disabled in every account AWS Organizations creates: the stack instances of regional-guardrails there would fail/,
      ),
    }),
  ]);
});

test('an existing account, or a new one in Regions every account has enabled, is not refused', () => {
  const desired = referenceDesiredState();
  desired.organization.allowedRegions.push('ap-east-1');
  desired.accounts.push(
    desiredAccount('sg-app', {
      ou: 'Workloads/NonProd',
      regions: ['us-east-1', 'ap-southeast-1'],
      baselines: ['regional-guardrails'],
    }),
  );
  const observed = convergedObservation(desired);
  // Existing now: it may have the Region enabled, which validate's warning leaves to the team.
  desired.accounts.find((account) => account.name === 'sg-app')!.regions.push('ap-east-1');
  expect(computePlan(desired, observed).problems).toEqual([]);
});
