import { computePlan } from '../../src/plan/compute-plan.js';
import {
  accountIdOf,
  convergedObservation,
  desiredAccountNamed,
  observedAccount,
  organizationalUnitIdOf,
  referenceDesiredState,
} from '../support/plan-fixtures.js';

// Email is the join key between a manifest and an account (DESIGN.md); AWS lets any number of accounts share a
// name. An edit to a manifest's email must therefore never hand the manifest, and with it a rename, a move, tags,
// SCPs and baselines, to an account that was not this manifest's.
describe('a manifest keeps the account it had when its email is edited', () => {
  const foreign = {
    id: '299999999990',
    name: 'finance-ledger',
    email: 'ledger@finance.example.com',
    status: 'ACTIVE',
    parentId: organizationalUnitIdOf('Security'),
    parentPath: 'Security',
    tags: { Team: 'finance' },
  };

  test("changed to another team's account's email: a problem, and that account is neither adopted, renamed nor moved", () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observed.accounts.push({ ...foreign });
    desiredAccountNamed(desired, 'payments-prod').email = foreign.email;
    const plan = computePlan(desired, observed);
    expect(plan.changes).toEqual([]);
    expect(plan.problems).toEqual([
      {
        target: 'account:payments-prod',
        message: expect.stringContaining(
          `The email in accounts/payments-prod.yaml, ledger@finance.example.com, is that of account 299999999990 ('finance-ledger'), which is not vend's, while vend's account ${accountIdOf('payments-prod')} ('payments-prod', aws+payments-prod@example.com) carries this account's name and no manifest declares it any more`,
        ),
      },
    ]);
    // The problem names vend's account; it is not also listed among the accounts no manifest declares.
    expect(plan.unmanagedAccounts).toEqual([]);
  });

  test('the way out it offers works: with vend’s old account given up, the other account is adopted as asked', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observed.accounts.push({ ...foreign });
    desiredAccountNamed(desired, 'payments-prod').email = foreign.email;
    observedAccount(observed, 'payments-prod').tags = {};
    const plan = computePlan(desired, observed);
    expect(plan.problems).toEqual([]);
    expect(plan.changes.map((change) => change.kind)).toEqual(
      expect.arrayContaining(['adopt-account', 'rename-account', 'move-account']),
    );
  });

  test('swapped between two manifests: a problem on both, and no account renamed into the other’s place', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const payments = desiredAccountNamed(desired, 'payments-prod');
    const audit = desiredAccountNamed(desired, 'security-audit');
    [payments.email, audit.email] = [audit.email, payments.email];
    const plan = computePlan(desired, observed);
    expect(plan.changes).toEqual([]);
    expect(plan.problems.map((problem) => problem.target).sort()).toEqual([
      'account:payments-prod',
      'account:security-audit',
    ]);
    expect(plan.problems.find((problem) => problem.target === 'account:payments-prod')?.message).toContain(
      `accounts/payments-prod.yaml and accounts/security-audit.yaml have swapped emails: aws+security-audit@example.com is the email of account ${accountIdOf('security-audit')}, named 'security-audit'`,
    );
  });

  test('closed: true set in the same edit as a new email: a problem, not a close of nothing', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    Object.assign(desiredAccountNamed(desired, 'payments-prod'), { email: 'aws+gone@example.com', closed: true });
    const plan = computePlan(desired, observed);
    expect(plan.changes).toEqual([]);
    expect(plan.problems).toEqual([
      {
        target: 'account:payments-prod',
        message: expect.stringContaining(
          `accounts/payments-prod.yaml sets closed: true, but no account has the email aws+gone@example.com, and account ${accountIdOf('payments-prod')} ('payments-prod', aws+payments-prod@example.com) carries this account's name and ManagedBy=vend: the email was changed in the same edit, so vend would close nothing. Restore the email aws+payments-prod@example.com`,
        ),
      },
    ]);
  });

  test('closed: true for an account that is gone already plans nothing and reports nothing', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desiredAccountNamed(desired, 'payments-prod').closed = true;
    observed.accounts = observed.accounts.filter((account) => account.name !== 'payments-prod');
    const plan = computePlan(desired, observed);
    expect(plan.problems).toEqual([]);
    expect(plan.changes.filter((change) => change.scope.account === 'payments-prod')).toEqual([]);
  });
});
