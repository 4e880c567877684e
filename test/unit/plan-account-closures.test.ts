import { computePlan } from '../../src/plan/compute-plan.js';
import type { ObservedState } from '../../src/observe/observed-state.js';
import {
  convergedObservation,
  desiredAccount,
  desiredAccountNamed,
  referenceDesiredState,
} from '../support/plan-fixtures.js';

// CloseAccount, Organizations API Reference: "You can close only 10% of member accounts, between 10 and 1000,
// within a rolling 30 day period." Moto does not enforce it; the plan refuses what AWS would.
function organizationOf(members: number) {
  const desired = referenceDesiredState();
  const existing = desired.accounts.length;
  for (let index = existing; index < members; index++)
    desired.accounts.push(desiredAccount(`member-${String(index).padStart(3, '0')}`, { ou: 'Workloads' }));
  const observed = convergedObservation(desired);
  return { desired, observed };
}

const closures = (desired: ReturnType<typeof organizationOf>['desired'], count: number) => {
  const names = desired.accounts.filter((account) => account.name.startsWith('member-')).map((account) => account.name);
  for (const name of names.slice(0, count)) desiredAccountNamed(desired, name).closed = true;
};

const quotaProblems = (desired: ReturnType<typeof organizationOf>['desired'], observed: ObservedState) =>
  computePlan(desired, observed).problems.filter((problem) => problem.rule === 'account-closure-quota');

describe('a plan closes no more accounts than CloseAccount allows in 30 days', () => {
  test('in a small organization the floor of 10 holds: 10 closures pass, 11 are refused at the first one', () => {
    const { desired, observed } = organizationOf(40);
    closures(desired, 10);
    expect(quotaProblems(desired, observed)).toEqual([]);
    closures(desired, 11);
    const [problem] = quotaProblems(desired, observed);
    expect(problem).toMatchObject({ target: 'account:member-003', file: 'accounts/member-003.yaml' });
    expect(problem!.message).toMatch(
      /^This plan closes 11 accounts, but CloseAccount closes at most 10 in a rolling 30 days here: 10% of 40 member accounts, at least 10 and at most 1,000/,
    );
    expect(problem!.message).toContain('Set closed: true on at most 10 now');
  });

  test('in a larger organization 10% of the active members, with accounts still closing counted', () => {
    const { desired, observed } = organizationOf(150);
    // 149 active members beside the management account: 14 may be closed.
    closures(desired, 14);
    expect(quotaProblems(desired, observed)).toEqual([]);
    // One closed by hand is still closing: it counts against the window.
    observed.accounts.find((account) => account.name === 'member-100')!.status = 'PENDING_CLOSURE';
    desiredAccountNamed(desired, 'member-100').closed = true;
    const [problem] = quotaProblems(desired, observed);
    expect(problem!.message).toMatch(
      /^This plan closes 14 accounts, and 1 is still closing, but CloseAccount closes at most 14/,
    );
    expect(problem!.message).toContain('Set closed: true on at most 13 now');
  });

  test('with the window already full of accounts still closing, the plan says to close none now', () => {
    const { desired, observed } = organizationOf(40);
    for (const account of observed.accounts.filter((candidate) => candidate.name.startsWith('member-')).slice(-10))
      account.status = 'PENDING_CLOSURE';
    closures(desired, 11);
    expect(quotaProblems(desired, observed)[0]!.message).toContain(
      'Close none now: remove closed: true from these manifests until the accounts still closing are closed',
    );
  });

  test('one closure into a full window is said in the singular', () => {
    const { desired, observed } = organizationOf(40);
    for (const account of observed.accounts.filter((candidate) => candidate.name.startsWith('member-')).slice(-10))
      account.status = 'PENDING_CLOSURE';
    closures(desired, 1);
    const [problem] = quotaProblems(desired, observed);
    expect(problem!.message).toMatch(/^This plan closes 1 account, and 10 are still closing/);
    expect(problem!.message).toContain('remove closed: true from this manifest');
  });

  test('a quotas: override, for the day AWS changes the rule, is used and said', () => {
    const { desired, observed } = organizationOf(40);
    closures(desired, 11);
    desired.organization.quotas.accountClosureMinimum = 20;
    expect(quotaProblems(desired, observed)).toEqual([]);
    desired.organization.quotas.accountClosureMinimum = 5;
    expect(quotaProblems(desired, observed)[0]!.message).toContain(
      'at most 5 in a rolling 30 days here: 10% of 40 member accounts, at least 5 and at most 1,000 (as quotas: in baselines/organization.yaml overrides it)',
    );
  });
});
