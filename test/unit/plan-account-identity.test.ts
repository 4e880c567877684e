import { computePlan } from '../../src/plan/compute-plan.js';
import {
  accountIdOf,
  convergedObservation,
  desiredAccountNamed,
  desiredScp,
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
        rule: 'account-email-taken',
        file: 'accounts/payments-prod.yaml',
        message: expect.stringContaining(
          `The email in accounts/payments-prod.yaml, ledger@finance.example.com, is that of account 299999999990 ('finance-ledger'), which is not vend's, while vend's account ${accountIdOf('payments-prod')} ('payments-prod', aws+payments-prod@example.com) carries this account's name and no manifest declares it any more`,
        ),
      },
    ]);
    // The problem names vend's account; it is not also listed among the accounts no manifest declares.
    expect(plan.unmanagedAccounts).toEqual([]);
  });

  test('an SCP change that reaches the held-back account does not call it another team’s', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observed.accounts.push({ ...foreign });
    desiredAccountNamed(desired, 'payments-prod').email = foreign.email;
    desired.scps.push(desiredScp('deny-s3-public', { Effect: 'Deny', Action: 's3:PutBucketPolicy', Resource: '*' }));
    desired.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!.scps.push('deny-s3-public');
    const plan = computePlan(desired, observed);
    const attach = plan.blastRadius.find((entry) => entry.changeId === 'attach-scp:deny-s3-public@ou:Workloads/Prod');
    expect(attach).toMatchObject({ kind: 'scp', affected: [`payments-prod (${accountIdOf('payments-prod')})`] });
    expect(attach).not.toHaveProperty('undeclared');
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

  // An imported organization whose member is named as the management account (moto names it 'master'): the manifest
  // has that member's email and name, so it adopts the member; nothing was changed in git.
  test('a member that already has the management account’s name is adopted, not called an email change', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const member = { ...foreign, id: '299999999991', name: 'management', email: 'member@finance.example.com' };
    observed.accounts.push(member);
    const manifest = desiredAccountNamed(desired, 'payments-prod');
    Object.assign(manifest, { name: 'management-299999999991', accountName: 'management', email: member.email });
    observedAccount(observed, 'payments-prod').tags = {};
    const plan = computePlan(desired, observed);
    expect(plan.problems).toEqual([]);
    expect(plan.changes.find((change) => change.kind === 'adopt-account')).toMatchObject({
      target: 'account:management-299999999991',
    });
    expect(plan.changes.map((change) => change.kind)).not.toContain('rename-account');
  });

  test('another account renamed to the management account’s name is still held back while the management account is declared nowhere', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observed.accounts.push({ ...foreign });
    const manifest = desiredAccountNamed(desired, 'payments-prod');
    Object.assign(manifest, { accountName: 'management', email: foreign.email });
    observedAccount(observed, 'payments-prod').tags = {};
    const plan = computePlan(desired, observed);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        rule: 'account-email-taken',
        message: expect.stringContaining("account 299999999990 ('finance-ledger'), which is not vend's"),
      }),
    ]);
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

  test('rotated among three manifests: a problem on each, and no account renamed or moved into another’s place', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const [dev, prod, audit] = ['payments-dev', 'payments-prod', 'security-audit'].map((name) =>
      desiredAccountNamed(desired, name),
    );
    [dev!.email, prod!.email, audit!.email] = [prod!.email, audit!.email, dev!.email];
    const plan = computePlan(desired, observed);
    expect(plan.changes).toEqual([]);
    expect(plan.problems.map((problem) => problem.target).sort()).toEqual([
      'account:payments-dev',
      'account:payments-prod',
      'account:security-audit',
    ]);
    expect(plan.problems.find((problem) => problem.target === 'account:payments-dev')?.message).toContain(
      `The email in accounts/payments-dev.yaml, aws+payments-prod@example.com, is that of vend's account ${accountIdOf('payments-prod')}, named 'payments-prod': the name accounts/payments-prod.yaml declares, whose email is that of account ${accountIdOf('security-audit')} ('security-audit'). Either emails were moved among manifests`,
    );
  });

  test("moved to the account of a manifest deleted in the same edit: a problem that names vend's account left behind", () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const audit = desiredAccountNamed(desired, 'security-audit');
    desired.accounts = desired.accounts.filter((account) => account !== audit);
    desiredAccountNamed(desired, 'payments-prod').email = audit.email;
    const plan = computePlan(desired, observed);
    expect(plan.changes.filter((change) => change.scope.account === 'payments-prod')).toEqual([]);
    expect(plan.problems).toEqual([
      {
        target: 'account:payments-prod',
        rule: 'account-email-taken',
        file: 'accounts/payments-prod.yaml',
        message: expect.stringContaining(
          `The email in accounts/payments-prod.yaml, aws+security-audit@example.com, is that of vend's account ${accountIdOf('security-audit')}, named 'security-audit', while vend's account ${accountIdOf('payments-prod')} ('payments-prod', aws+payments-prod@example.com) carries this account's name and no manifest declares it any more`,
        ),
      },
    ]);
  });

  test('renaming one of two accounts that share a name is a rename: the other keeps the name it already has', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    // As `vend import` writes duplicate names: each manifest keeps the AWS name, Shared.
    for (const name of ['payments-dev', 'payments-prod']) {
      observedAccount(observed, name).name = 'Shared';
      desiredAccountNamed(desired, name).accountName = 'Shared';
    }
    desiredAccountNamed(desired, 'payments-dev').accountName = 'Shared-dev';
    const plan = computePlan(desired, observed);
    expect(plan.problems).toEqual([]);
    expect(plan.changes.map((change) => change.description)).toContain(
      `Rename account ${accountIdOf('payments-dev')} from 'Shared' to 'Shared-dev'`,
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
        rule: 'account-email-changed',
        file: 'accounts/payments-prod.yaml',
        message: expect.stringContaining(
          `accounts/payments-prod.yaml sets closed: true, but no account has the email aws+gone@example.com, and account ${accountIdOf('payments-prod')} ('payments-prod', aws+payments-prod@example.com) carries this account's name and ManagedBy=vend: the email was changed in the same edit, so vend would close nothing. Restore the email aws+payments-prod@example.com`,
        ),
      },
    ]);
  });

  test('reopened in git with another email after it was closed: the creation notes the closed account of that name', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observedAccount(observed, 'payments-dev').status = 'SUSPENDED';
    desiredAccountNamed(desired, 'payments-dev').email = 'aws+payments-dev-2@example.com';
    const plan = computePlan(desired, observed);
    expect(plan.changes.map((change) => change.id)).toContain('create-account:account:payments-dev');
    expect(plan.accounts.find((account) => account.name === 'payments-dev')?.notes).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Account ${accountIdOf('payments-dev')} \\('payments-dev', aws\\+payments-dev@example.com\\) has this account's name and is SUSPENDED\\. If this manifest was that account's`,
        ),
      ),
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
