import { computePlan } from '../../src/plan/compute-plan.js';
import {
  convergedObservation,
  desiredAccountNamed,
  observedAccount,
  referenceDesiredState,
} from '../support/plan-fixtures.js';

// AWS Organizations User Guide, "Quotas": "Number of tags that you can attach to a root, OU, or account: 50". A
// TagResource past it fails (ConstraintViolationException, MAX_TAG_LIMIT_EXCEEDED), which the emulator does not
// enforce: the plan orders and checks what AWS would refuse.
test('a renamed tag key is removed before the new one is set, so an account at the limit never holds both', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const account = desiredAccountNamed(desired, 'payments-dev');
  const { CostCenter, ...rest } = account.tags;
  account.tags = { ...rest, Cost: CostCenter! };
  const plan = computePlan(desired, observed);
  expect(plan.changes.map((change) => change.id)).toEqual([
    'untag-account:account:payments-dev',
    'tag-account:account:payments-dev',
  ]);
  expect(plan.changes[1]!.dependsOn).toEqual(['untag-account:account:payments-dev']);
});

test('adopting an account that already holds 50 tags is a problem: its ManagedBy tag would be the 51st', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const account = observedAccount(observed, 'payments-dev');
  account.tags = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`T${index}`, 'x']));
  const plan = computePlan(desired, observed);
  expect(plan.problems).toEqual([
    expect.objectContaining({
      rule: 'tag-limit',
      target: 'account:payments-dev',
      message: expect.stringMatching(
        /^Account payments-dev holds 50 tags, and adopting it adds ManagedBy .* untag-resource/,
      ),
    }),
  ]);
  // One tag fewer, and the adoption fits: the undeclared tags go before the declared ones are set.
  delete account.tags.T49;
  expect(computePlan(desired, observed).problems).toEqual([]);
});

test('declared tags that reach 50 only once the parameter-overrides record is gone are a problem: the record changes last', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const account = desiredAccountNamed(desired, 'payments-dev');
  observedAccount(observed, 'payments-dev').tags!['vend:parameter-overrides'] = 'regional-guardrails';
  const room = 50 - Object.keys(account.tags).length;
  account.tags = {
    ...account.tags,
    ...Object.fromEntries(Array.from({ length: room }, (_, index) => [`t${index}`, 'x'])),
  };
  expect(Object.keys(account.tags)).toHaveLength(50);
  const plan = computePlan(desired, observed);
  expect(plan.problems).toContainEqual(
    expect.objectContaining({
      rule: 'tag-limit',
      target: 'account:payments-dev',
      message: expect.stringMatching(/^Account payments-dev would hold 51 tags once apply sets its declared ones/),
    }),
  );
});
