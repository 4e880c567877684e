import { computePlan } from '../../src/plan/compute-plan.js';
import type { ObservedState } from '../../src/observe/observed-state.js';
import {
  convergedObservation,
  desiredAccount,
  desiredAccountNamed,
  referenceDesiredState,
} from '../support/plan-fixtures.js';

// CloseAccount, Organizations API Reference (@aws-sdk/client-organizations 3.1169): "Within a rolling 30 day period
// you can close the higher of either 250 or 20% of the member accounts in your organization, up to a maximum of
// 1,000." Moto does not enforce it; the plan refuses what AWS would.
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
  test('in an organization under 1,250 members the floor of 250 holds: 250 closures pass, 251 are refused', () => {
    const { desired, observed } = organizationOf(300);
    closures(desired, 250);
    expect(quotaProblems(desired, observed)).toEqual([]);
    closures(desired, 251);
    const [problem] = quotaProblems(desired, observed);
    expect(problem).toMatchObject({ rule: 'account-closure-quota' });
    expect(problem!.message).toMatch(
      /^This plan closes 251 accounts, but CloseAccount closes at most 250 in a rolling 30 days here: 20% of 300 member accounts, at least 250 and at most 1,000/,
    );
    expect(problem!.message).toContain('Set closed: true on at most 250 now');
  });

  test('in a larger organization 20% of the active members, with accounts still closing counted', () => {
    const { desired, observed } = organizationOf(1300);
    // 20% of 1,300 members: 260 may be closed.
    closures(desired, 260);
    expect(quotaProblems(desired, observed)).toEqual([]);
    // One closed by hand is still closing: it counts against the window.
    const closedByHand = observed.accounts.find((account) => account.name === 'member-1200')!;
    closedByHand.status = 'PENDING_CLOSURE';
    desiredAccountNamed(desired, 'member-1200').closed = true;
    const [problem] = quotaProblems(desired, observed);
    expect(problem!.message).toMatch(
      /^This plan closes 260 accounts, and 1 is still closing, but CloseAccount closes at most 259/,
    );
    expect(problem!.message).toContain('Set closed: true on at most 258 now');
  });

  test('with the window already full of accounts still closing, the plan says to close none now', () => {
    const { desired, observed } = organizationOf(300);
    for (const account of observed.accounts.filter((candidate) => candidate.name.startsWith('member-')).slice(-250))
      account.status = 'PENDING_CLOSURE';
    closures(desired, 2);
    expect(quotaProblems(desired, observed)[0]!.message).toContain(
      'Close none now: remove closed: true from these manifests until the accounts still closing are closed',
    );
  });

  test('one closure into a full window is said in the singular', () => {
    const { desired, observed } = organizationOf(300);
    for (const account of observed.accounts.filter((candidate) => candidate.name.startsWith('member-')).slice(-250))
      account.status = 'PENDING_CLOSURE';
    closures(desired, 1);
    const [problem] = quotaProblems(desired, observed);
    expect(problem!.message).toMatch(/^This plan closes 1 account, and 250 are still closing/);
    expect(problem!.message).toContain('remove closed: true from this manifest');
  });

  test('a quotas: override, for the day AWS changes the rule, is used and said', () => {
    const { desired, observed } = organizationOf(40);
    closures(desired, 11);
    expect(quotaProblems(desired, observed)).toEqual([]);
    desired.organization.quotas.accountClosureMinimum = 5;
    expect(quotaProblems(desired, observed)[0]!.message).toContain(
      'at most 8 in a rolling 30 days here: 20% of 40 member accounts, at least 5 and at most 1,000 (as quotas: in baselines/organization.yaml overrides it)',
    );
  });
});
