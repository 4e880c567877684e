import { pendingApplyComment } from '../../src/action/plan-action.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import {
  convergedObservation,
  desiredAccount,
  desiredAccountNamed,
  observedPolicy,
  referenceDesiredState,
} from '../support/plan-fixtures.js';

// What the merged pull request reads while its apply job waits: as exact in number as the plan comment was.
const RUN = 'https://github.com/acme/org/actions/runs/7';
const SHA = '0123456789abcdef0123';

test('one problem is one problem: "The problem is", not "The problems are"', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  Object.assign(observedPolicy(observed, 'deny-leave-organization'), { tags: {}, content: '{"Statement":[]}' });
  const plan = computePlan(desired, observed);
  expect(plan.problems).toHaveLength(1);
  expect(pendingApplyComment(plan, SHA, RUN)).toContain(
    'Apply is blocked by 1 problem: it changes nothing until it is fixed. The problem is in the job summary of [this workflow run](https://github.com/acme/org/actions/runs/7).',
  );
});

test('waiting for approval counts the destructive and high-impact changes it includes', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  desiredAccountNamed(desired, 'security-audit').closed = true;
  desired.accounts.push(desiredAccount('new-app', { ou: 'Workloads/NonProd' }));
  const plan = computePlan(desired, observed);
  const body = pendingApplyComment(plan, SHA, RUN);
  const destructive = plan.changes.filter((change) => change.destructive).length;
  expect(destructive).toBe(1);
  expect(body).toMatch(
    new RegExp(
      `^## Vend apply: waiting for approval\n\nThe plan of merge commit \`0123456789ab\` makes ${plan.changes.length} changes: \\d+ to create, `,
    ),
  );
  expect(body).toContain(', including 1 destructive change');
  expect(body).not.toContain('changes changes');
});
