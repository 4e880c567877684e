import { computePlan } from '../../src/plan/compute-plan.js';
import {
  convergedObservation,
  desiredAccount,
  desiredAccountNamed,
  desiredOrganizationalUnit,
  referenceDesiredState,
} from '../support/plan-fixtures.js';

// Organizations API Reference, CreateAccount, MoveAccount, CloseAccount, CreateOrganizationalUnit: "You can only call
// this operation from the management account." A delegated administrator may run vend for SCPs, tags and StackSets
// only; these fail in apply, after the stages before them ran.
const DELEGATED = '999999999999';

const managementOnly = (plan: ReturnType<typeof computePlan>) =>
  plan.problems.filter((problem) => problem.rule === 'management-account-only');

test('run from the delegated administrator, creating an account or an OU, moving or closing an account is a problem', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  desired.organization.delegatedAdministratorAccountId = DELEGATED;
  desired.organizationalUnits.push(desiredOrganizationalUnit('Sandbox', {}));
  desired.accounts.push(desiredAccount('fresh-app', { ou: 'Sandbox' }));
  desiredAccountNamed(desired, 'payments-dev').ou = 'Workloads/Prod';
  desiredAccountNamed(desired, 'security-audit').closed = true;
  expect(managementOnly(computePlan(desired, observed))).toEqual([]);

  observed.callerAccountId = DELEGATED;
  const problems = managementOnly(computePlan(desired, observed));
  expect(
    problems.map(({ target, file }) => ({ target, file })).sort((a, b) => a.target.localeCompare(b.target)),
  ).toEqual([
    { target: 'account:fresh-app', file: 'accounts/fresh-app.yaml' },
    { target: 'account:payments-dev', file: 'accounts/payments-dev.yaml' },
    { target: 'account:security-audit', file: 'accounts/security-audit.yaml' },
    { target: 'ou:Sandbox', file: 'baselines/organization.yaml' },
  ]);
  expect(problems.find((problem) => problem.target === 'account:fresh-app')!.message).toMatch(
    /^Create account fresh-app.*: AWS takes CreateAccount and MoveAccount only from the management account \(\d{12}\), and vend runs as 999999999999, so apply would fail there after the stages before it had run\./,
  );
});

test('run from the delegated administrator, SCP and tag changes alone are no problem', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  desired.organization.delegatedAdministratorAccountId = DELEGATED;
  observed.callerAccountId = DELEGATED;
  desiredAccountNamed(desired, 'payments-dev').tags = {
    ...desiredAccountNamed(desired, 'payments-dev').tags,
    Team: 'x',
  };
  desiredAccountNamed(desired, 'payments-dev').scps = ['deny-unapproved-regions'];
  const plan = computePlan(desired, observed);
  expect(plan.changes.length).toBeGreaterThan(0);
  expect(managementOnly(plan)).toEqual([]);
});
