import { computePlan } from '../../src/plan/compute-plan.js';
import {
  convergedObservation,
  desiredAccountNamed,
  organizationalUnitIdOf,
  referenceDesiredState,
} from '../support/plan-fixtures.js';

// The accounts table shows what each account ends up with; for accounts being closed or held back by a problem,
// that is not what their manifests' SCPs and baselines say.
describe('the accounts table', () => {
  test('an account being closed keeps its SCPs to the end and loses every stack instance', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desiredAccountNamed(desired, 'payments-dev').closed = true;
    const row = computePlan(desired, observed).accounts.find((account) => account.name === 'payments-dev')!;
    expect(row.status).toBe('closing');
    expect(row.baselines).toEqual([]);
    expect(row.gainsAndLosses).toEqual({
      gains: { scps: [], instances: [] },
      loses: { scps: [], instances: ['automation-roles/us-east-1', 'permissions-boundary/us-east-1'] },
    });
  });

  test('an account whose close is refused stays where it is: an SCP attached above it reaches it, as the radius says', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observed.accounts.push({
      id: '299999999996',
      name: 'other-team',
      email: 'other-team@example.com',
      status: 'ACTIVE',
      parentId: organizationalUnitIdOf('Workloads/NonProd'),
      parentPath: 'Workloads/NonProd',
      tags: { Team: 'other' },
    });
    desired.accounts.push({
      ...desiredAccountNamed(desired, 'payments-dev'),
      name: 'other-team',
      accountName: 'other-team',
      email: 'other-team@example.com',
      file: 'accounts/other-team.yaml',
      closed: true,
    });
    desired.organizationalUnits.find((unit) => unit.path === 'Workloads/NonProd')!.scps.push('deny-leave-organization');
    const plan = computePlan(desired, observed);
    expect(plan.problems.map((problem) => problem.target)).toEqual(['account:other-team']);
    const radius = plan.blastRadius.find((entry) => entry.changeId.startsWith('attach-scp:deny-leave-organization@'));
    expect(radius).toMatchObject({ kind: 'scp', accounts: expect.arrayContaining(['other-team']) });
    expect(plan.accounts.find((account) => account.name === 'other-team')?.gainsAndLosses).toBeUndefined();
  });

  test("a moved account gains another team's SCP attached to its new OU, as it gains vend's", () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observed.foreignScpsByTarget[organizationalUnitIdOf('Workloads/Prod')] = [
      { id: 'p-foreign1', name: 'finance-deny-gpu' },
    ];
    desiredAccountNamed(desired, 'payments-dev').ou = 'Workloads/Prod';
    const plan = computePlan(desired, observed);
    expect(plan.accounts.find((account) => account.name === 'payments-dev')?.gainsAndLosses?.gains.scps).toEqual([
      'deny-unapproved-regions',
      'finance-deny-gpu',
    ]);
    const move = plan.blastRadius.find((entry) => entry.changeId.startsWith('move-account:'));
    expect(move).toMatchObject({ kind: 'move', gains: { scps: ['deny-unapproved-regions', 'finance-deny-gpu'] } });
  });
});
