import { withEarlierRun } from '../../src/action/post-sticky-comment.js';
import { applyExitCode, changedNothing, emptyApplyReport } from '../../src/apply/apply-report.js';
import { dropApplied } from '../../src/apply/still-planned.js';
import { changeDetail } from '../../src/apply/change-detail.js';
import type { ApplyReport } from '../../src/apply/apply-report.js';
import { applyOutcomeByAccount } from '../../src/report/apply-by-account.js';
import { APPLY_COMMENT_MARKER, renderApplyComment } from '../../src/report/apply-markdown.js';
import { applySummaryLine, renderApplyText } from '../../src/report/apply-text.js';
import { GITHUB_COMMENT_LIMIT } from '../../src/report/fit-comment.js';
import { escapeMarkdown } from '../../src/report/markdown-escape.js';

/** An apply that created payments-prod, retagged `appliedChanges` accounts, and failed a baseline there. */
function reportWithEverything(appliedChanges: number): ApplyReport {
  const report = emptyApplyReport({
    source: 'plan file plan.json',
    approved: true,
    digest: 'sha256:abc',
    commit: 'c0ffee'.padEnd(40, '0'),
  });
  report.changesApplied = [
    { id: 'create-ou:ou:Workloads', description: 'Create OU Workloads' },
    { id: 'create-ou:ou:Workloads/Prod', description: 'Create OU Workloads/Prod' },
    { id: 'create-scp:scp:deny-root-user', description: 'Create SCP deny-root-user from scps/deny-root-user.json' },
    {
      id: 'create-account:account:payments-prod',
      description: 'Create account payments-prod <aws+payments-prod@example.com> in Workloads/Prod',
      accounts: ['payments-prod'],
    },
    {
      id: 'attach-scp:deny-internet-gateways@account:payments-prod',
      description: 'Attach SCP deny-internet-gateways to account payments-prod',
      accounts: ['payments-prod'],
    },
    {
      id: 'add-stack-instances:stackset:vend-boundary#1a2b3c4d',
      description: 'Deploy boundary to 1 stack instance (1 account)',
      accounts: ['payments-prod'],
      members: ['payments-prod/us-east-1'],
    },
    ...Array.from({ length: appliedChanges }, (_, index) => ({
      id: `tag-account:account:team-${index}`,
      description: `Set tags CostCenter, Owner on team-${index} ${'x'.repeat(40)}`,
      accounts: [`team-${index}`],
      detail: 'CostCenter: "0000" → "4711", Owner: (not set) → "team-a"',
    })),
  ];
  report.createdAccounts = [{ name: 'payments-prod', id: '210987654321' }];
  report.baselineResults = [
    {
      stackSet: 'vend-roles',
      action: 'CREATE',
      operationId: 'op-1',
      status: 'FAILED',
      succeeded: 0,
      failed: [{ account: 'payments-prod (210987654321)', region: 'us-east-1', reason: 'Role reader already exists' }],
    },
  ];
  report.failures = [
    {
      id: 'add-stack-instances:stackset:vend-roles',
      description: 'Deploy roles',
      accounts: ['payments-prod'],
      message: 'StackSet vend-roles failed: <img src=x> @security-team',
    },
    {
      id: 'tag-account:account:legacy',
      description: 'Set tags Owner on legacy',
      accounts: ['legacy'],
      detail: 'Owner: "old" → "team-legacy"',
      // AWS errors start with the operation, which is the change's title (describeAwsError).
      message:
        'Set tags Owner on legacy failed: AccessDeniedException: not authorized to perform organizations:TagResource',
    },
  ];
  report.refused = [
    {
      id: 'close-account:account:legacy',
      description: 'Close account legacy',
      accounts: ['legacy'],
      reason: 'allow-destructive is not set.',
    },
  ];
  return report;
}

describe('what apply did, by account', () => {
  test('each account lists what was done in it, and what failed there with the AWS reason', () => {
    const { accounts, organization } = applyOutcomeByAccount(reportWithEverything(1));
    expect(accounts).toEqual([
      {
        account: 'legacy',
        done: [],
        // Which tag failed is said as a success would say it.
        failed: [
          'setting its tags (Owner: "old" → "team-legacy") failed: AccessDeniedException: not authorized to perform organizations:TagResource',
        ],
        // Refused is not failed: AWS was never asked.
        notDone: ['refused: closing it'],
      },
      {
        account: 'payments-prod',
        id: '210987654321',
        done: ['created', 'SCP deny-internet-gateways attached', 'vend-boundary deployed in us-east-1'],
        // The operation's reason per instance, not the change's summary of it.
        failed: ['deploying vend-roles in us-east-1: Role reader already exists'],
        notDone: [],
      },
      {
        account: 'team-0',
        done: ['tags set: CostCenter: "0000" → "4711", Owner: (not set) → "team-a"'],
        failed: [],
        notDone: [],
      },
    ]);
    expect(organization).toEqual(['2 OUs created', '1 SCP created']);
  });

  test('a move that failed names the OU it was for, and each failure in the comment is marked', () => {
    const report = reportWithEverything(0);
    report.failures.push({
      id: 'move-account:account:legacy',
      description: 'Move account legacy from Workloads/NonProd to Workloads/Prod',
      accounts: ['legacy'],
      detail: 'Workloads/NonProd → Workloads/Prod; gains SCP require-imdsv2',
      message:
        'Move account legacy from Workloads/NonProd to Workloads/Prod failed: AccessDeniedException: not authorized',
    });
    const { accounts } = applyOutcomeByAccount(report);
    expect(accounts.find((account) => account.account === 'legacy')!.failed).toContain(
      'moving it (Workloads/NonProd → Workloads/Prod) failed: AccessDeniedException: not authorized',
    );
    const row = renderApplyComment(report)
      .split('\n')
      .find((line) => line.startsWith('| **legacy**'))!;
    expect(row).toContain('| ❌ setting its tags');
    expect(row).toContain('<br>❌ moving it (Workloads/NonProd → Workloads/Prod) failed');
  });

  test('a change at an OU that failed whole is named on each account it would reach, its AWS reason told once', () => {
    const report = reportWithEverything(0);
    const reason = 'ConstraintViolationException: the policy exceeds the maximum number of policies';
    report.failures.push({
      id: 'attach-scp:deny-root-user@ou:Workloads',
      description: 'Attach SCP deny-root-user to OU Workloads',
      reaches: ['payments-dev', 'payments-prod'],
      message: reason,
    });
    const { accounts } = applyOutcomeByAccount(report);
    expect(accounts.find((account) => account.account === 'payments-dev')?.failed).toEqual([
      "through: Attach SCP deny-root-user to OU Workloads, which failed before it reached any account (AWS's reason is with the failed change)",
    ]);
    expect(renderApplyComment(report).split(reason)).toHaveLength(2);
  });

  test('an account this run failed to create is credited with no SCP change above it: nothing is in force there', () => {
    const report = reportWithEverything(0);
    report.failures.push({
      id: 'create-account:account:ml-sandbox',
      description: 'Create account ml-sandbox <aws+ml-sandbox@example.com> in Sandbox',
      accounts: ['ml-sandbox'],
      message: 'Not attempted: it needs create-ou:ou:Sandbox, which did not complete.',
      blockedBy: 'create-ou:ou:Sandbox',
    });
    report.changesApplied.push({
      id: 'attach-scp:deny-root-user@root',
      description: 'Attach SCP deny-root-user to the root',
      reaches: ['ml-sandbox', 'payments-prod'],
    });
    // Nor is an SCP attachment that failed pinned on it as a failure there: it never existed to be reached.
    report.failures.push({
      id: 'attach-scp:deny-internet-gateways@ou:Sandbox',
      description: 'Attach SCP deny-internet-gateways to OU Sandbox',
      reaches: ['ml-sandbox'],
      message:
        'Attach SCP deny-internet-gateways to OU Sandbox failed: ConstraintViolationException: too many policies',
    });
    const { accounts } = applyOutcomeByAccount(report);
    expect(accounts.find((account) => account.account === 'ml-sandbox')).toMatchObject({
      done: [],
      failed: [],
      notDone: ['not attempted: creating it, since create-ou:ou:Sandbox did not complete'],
    });
    // Counted apart from the changes that failed, in the header and the text alike.
    expect(renderApplyComment(report)).toContain('3 failed, 1 refused, 1 not attempted');
    expect(renderApplyComment(report)).toMatch(
      /\*\*1 change not attempted\*\*, each for want of a change that did not complete:\n> - Create account ml-sandbox/,
    );
    expect(renderApplyText(report)).toContain(
      'Not attempted (each needs a change that did not complete):\n  - Create account ml-sandbox <aws+ml-sandbox@example.com> in Sandbox (create-account:account:ml-sandbox), needs create-ou:ou:Sandbox',
    );
    expect(accounts.find((account) => account.account === 'payments-prod')?.done).toContain(
      'through: SCP deny-root-user attached to the root',
    );
  });

  // Issue 10: group ids give way to the accounts they stand for, in the apply result as in the plan.
  test('a change not attempted is shown without its instance-group id, and needs the failed change by its description', () => {
    const report = reportWithEverything(0);
    report.failures.push(
      {
        id: 'update-stackset:stackset:vend-human-roles',
        description: 'Update StackSet vend-human-roles: parameters changed',
        message: 'ValidationError: the SAML provider does not exist',
      },
      {
        id: 'update-stack-instances:stackset:vend-human-roles#1600cb01',
        description: 'Update 1 human-roles stack instance (payments-dev)',
        accounts: ['payments-dev'],
        message: 'Not attempted: it needs update-stackset:stackset:vend-human-roles, which did not complete.',
        blockedBy: 'update-stackset:stackset:vend-human-roles',
      },
    );
    for (const output of [renderApplyComment(report), renderApplyText(report)]) {
      expect(output).not.toContain('#1600cb01');
      expect(output).toContain('needs Update StackSet vend-human-roles: parameters changed');
    }
  });

  test('a change that ran before this run created an account is not said to have reached it: it joined with it in force', () => {
    const report = reportWithEverything(0);
    const update = {
      id: 'update-scp:deny-root-user',
      description: 'Update SCP deny-root-user',
      reaches: ['payments-prod', 'payments-dev'],
    };
    const attach = {
      id: 'attach-scp:deny-s3-public@root',
      description: 'Attach SCP deny-s3-public to the root',
      reaches: ['payments-prod', 'payments-dev'],
    };
    // In the order they ran: the update before payments-prod was created, the attachment after.
    report.changesApplied.unshift(update);
    report.changesApplied.push(attach);
    const done = (name: string) =>
      applyOutcomeByAccount(report).accounts.find((account) => account.account === name)?.done ?? [];
    expect(done('payments-prod').join('\n')).not.toContain('deny-root-user');
    expect(done('payments-prod')).toContain('through: SCP deny-s3-public attached to the root');
    expect(done('payments-dev')).toEqual(expect.arrayContaining(['through: SCP deny-s3-public attached to the root']));
    expect(done('payments-dev').join('\n')).toContain('deny-root-user');
  });

  test('an account lists what a refusal at its OU left undone, and what is still planned there, with what holds it', () => {
    const report = reportWithEverything(0);
    report.refused.push({
      id: 'detach-scp:protect-security-services@ou:Sandbox',
      description: 'Detach SCP protect-security-services from OU Sandbox',
      reaches: ['ml-sandbox'],
      reason: 'It is destructive.',
    });
    report.pending.push({
      id: 'add-stack-instances:stackset:vend-human-roles',
      description: 'Deploy human-roles to 1 stack instance (1 account)',
      accounts: ['new-two'],
      action: 'create',
      heldBackBy: 'update-stackset:stackset:vend-human-roles',
      heldBackByDescription: 'Update StackSet vend-human-roles',
    });
    const { accounts } = applyOutcomeByAccount(report);
    expect(accounts.find((account) => account.account === 'ml-sandbox')?.notDone).toContain(
      'through: Detach SCP protect-security-services from OU Sandbox (refused)',
    );
    expect(accounts.find((account) => account.account === 'new-two')?.notDone).toEqual([
      // Named as the report names it, not by its internal id.
      'still planned: held back by the refused "Update StackSet vend-human-roles": Deploy human-roles to 1 stack instance (1 account)',
    ]);
    expect(renderApplyText(report)).toContain(
      '  + Deploy human-roles to 1 stack instance (1 account) (held back: it needs "Update StackSet vend-human-roles", which was refused; a re-run with the same flags holds it again)',
    );
  });

  test('a StackSet update still planned behind a stale plan names the accounts it reaches, and says to plan again', () => {
    const report = reportWithEverything(0);
    report.refused.push({
      id: 'remove-stack-instances:stackset:vend-roles',
      description: 'Remove roles from 1 stack instance (1 account)',
      accounts: ['payments-dev'],
      reason: 'It is not in the approved plan (plan file plan.json): the organization or the repository changed since.',
      outdated: true,
    });
    report.pending.push({
      id: 'update-stackset:stackset:vend-human-roles',
      description: 'Update StackSet vend-human-roles: template changed (redeploying 2 existing instances)',
      reaches: ['log-archive', 'network-hub'],
      action: 'change',
    });
    const { accounts } = applyOutcomeByAccount(report);
    expect(accounts.find((account) => account.account === 'network-hub')?.notDone).toEqual([
      'through: Update StackSet vend-human-roles: template changed (redeploying 2 existing instances) (still planned)',
    ]);
    // Re-running the same plan file is refused again: the way on is a new plan.
    const text = renderApplyText(report);
    expect(text).toContain(
      'Still planned (plan again and have the new plan approved: the plan file plan.json is refused again as it is):',
    );
    expect(text).not.toContain('re-run apply once the causes above are fixed');
  });

  test('an account lists the SCP and StackSet changes that reached it, though they acted on an OU or the StackSet', () => {
    const report = reportWithEverything(0);
    report.changesApplied.push(
      {
        id: 'detach-scp:require-imdsv2@ou:Workloads/Prod',
        description: 'Detach SCP require-imdsv2 from OU Workloads/Prod',
        reaches: ['cardholder-data-prod', 'payments-prod'],
      },
      {
        id: 'update-stackset:stackset:vend-logging',
        description: 'Update StackSet vend-logging: template changed (redeploying 2 existing instances)',
        reaches: ['cardholder-data-prod'],
      },
    );
    const { accounts } = applyOutcomeByAccount(report);
    expect(accounts.find((account) => account.account === 'cardholder-data-prod')).toEqual({
      account: 'cardholder-data-prod',
      // Said as done, not in the plan's future tense.
      done: [
        'through: SCP require-imdsv2 detached from OU Workloads/Prod',
        // Its operation listed no instance results (as the emulator's UpdateStackSet): done, but not confirmed here.
        'through: StackSet vend-logging updated; its operation listed no instance results, so the redeployment here is not confirmed (check it in CloudFormation)',
      ],
      failed: [],
      notDone: [],
    });
    expect(accounts.find((account) => account.account === 'payments-prod')!.done).toContain(
      'through: SCP require-imdsv2 detached from OU Workloads/Prod',
    );
  });

  // The comment's table is trimmed from its end: a root SCP edit reaching hundreds of accounts alike must not push out
  // the one account changed itself, or the one where something failed.
  test('accounts with failures, then accounts changed themselves, come before those reached only through an SCP', () => {
    const report = reportWithEverything(0);
    const reached = Array.from({ length: 400 }, (_, index) => `aa-bulk-${String(index).padStart(3, '0')}`);
    report.changesApplied.push(
      {
        id: 'update-scp:scp:deny-root-user',
        description: 'Update SCP deny-root-user from scps/deny-root-user.json',
        reaches: [...reached, 'zz-tagged'],
      },
      {
        id: 'tag-account:account:zz-tagged',
        description: 'Set tag CostCenter on zz-tagged',
        accounts: ['zz-tagged'],
        detail: 'CostCenter: "5204" → "5205"',
      },
    );
    const { accounts } = applyOutcomeByAccount(report);
    expect(accounts.slice(0, 4).map((account) => account.account)).toEqual([
      'legacy',
      'payments-prod',
      'zz-tagged',
      'aa-bulk-000',
    ]);
    const comment = renderApplyComment(report, { commitSha: '0123456789abcdef' });
    expect(comment).toContain('| **zz-tagged** |');
  });

  test('a StackSet update is credited per account by its instances’ results; a partly failed one blames no account that succeeded', () => {
    const report = reportWithEverything(0);
    const update = {
      id: 'update-stackset:stackset:vend-logging',
      description: 'Update StackSet vend-logging: template changed (redeploying 3 existing instances)',
      // An account no manifest declares is reached as `Name (id)`; its results name it by id alone.
      reaches: ['cardholder-data-prod', 'payments-dev', 'payments-prod', 'Other Team (345678901234)'],
    };
    report.failures.push({
      ...update,
      message: 'StackSet vend-logging operation op-9 ended FAILED with 1 failed instance',
    });
    report.baselineResults.push({
      stackSet: 'vend-logging',
      action: 'UPDATE',
      operationId: 'op-9',
      changeId: update.id,
      status: 'FAILED',
      succeeded: 1,
      succeededAccounts: ['cardholder-data-prod (123456789012)', '345678901234'],
      failed: [{ account: 'payments-dev (234567890123)', region: 'us-east-1', reason: 'Bucket already exists' }],
    });
    const { accounts } = applyOutcomeByAccount(report);
    const of = (name: string) => accounts.find((account) => account.account === name)!;
    expect(of('cardholder-data-prod')).toMatchObject({
      done: [
        'through: StackSet vend-logging updated, its stack instances redeployed (here, before the operation stopped)',
      ],
      failed: [],
    });
    expect(of('payments-dev').failed).toEqual(['updating vend-logging in us-east-1: Bucket already exists']);
    // Another change on the same StackSet that failed in the same account is told too, not hidden by that reason.
    report.failures.push({
      id: 'remove-stack-instances:stackset:vend-logging',
      description: 'Remove 1 logging stack instance',
      accounts: ['payments-dev'],
      members: ['payments-dev/eu-west-1'],
      message: 'DeleteStackInstances: OperationInProgressException',
    });
    expect(
      applyOutcomeByAccount(report).accounts.find((account) => account.account === 'payments-dev')!.failed,
    ).toEqual([
      'updating vend-logging in us-east-1: Bucket already exists',
      expect.stringMatching(/^removing vend-logging in eu-west-1 failed: /),
    ]);
    expect(of('Other Team (345678901234)')).toMatchObject({ failed: [] });
    expect(of('payments-prod').failed).toContainEqual(
      expect.stringMatching(/^through: updating StackSet vend-logging: not reached, the operation op-9 stopped first/),
    );
  });

  test('another operation on the same StackSet (one account’s overrides) does not stand for the StackSet update', () => {
    const report = reportWithEverything(0);
    const update = {
      id: 'update-stackset:stackset:vend-logging',
      description: 'Update StackSet vend-logging: template changed (redeploying 2 existing instances)',
      reaches: ['cardholder-data-prod', 'payments-dev'],
    };
    report.changesApplied.push(update, {
      id: 'update-stack-instances:stackset:vend-logging#1a2b3c4d',
      description: 'Update parameter overrides of 1 logging instance',
      accounts: ['payments-dev'],
    });
    // The emulator lists no results for UpdateStackSet; the overrides' own operation lists its one instance.
    report.baselineResults.push({
      stackSet: 'vend-logging',
      action: 'UPDATE',
      operationId: 'op-overrides',
      changeId: 'update-stack-instances:stackset:vend-logging#1a2b3c4d',
      status: 'SUCCEEDED',
      succeeded: 1,
      succeededAccounts: ['payments-dev (234567890123)'],
      failed: [],
    });
    const { accounts } = applyOutcomeByAccount(report);
    expect(accounts.find((account) => account.account === 'cardholder-data-prod')).toMatchObject({
      done: [
        'through: StackSet vend-logging updated; its operation listed no instance results, so the redeployment here is not confirmed (check it in CloudFormation)',
      ],
      failed: [],
      notDone: [],
    });

    // Once apply's last read planned nothing more, every instance's status is current: that confirms it.
    const settled = { ...report, failures: [], refused: [], problems: [], pending: [], verification: [] };
    expect(
      applyOutcomeByAccount(settled).accounts.find((account) => account.account === 'cardholder-data-prod'),
    ).toMatchObject({
      done: [
        "through: StackSet vend-logging updated, its stack instances redeployed (its operation listed no instance results; apply's last read of the organization found nothing left to do)",
      ],
    });
  });

  test('a failure whose reason alone would fill the comment is shortened, and every other failure is still listed', () => {
    const report = reportWithEverything(10);
    report.failures.push({
      id: 'add-stack-instances:stackset:vend-huge',
      description: 'Deploy huge to 3000 stack instances',
      message: `StackSet vend-huge failed: ${'an instance failed; '.repeat(30_000)}`,
    });
    const comment = renderApplyComment(report, { commitSha: '0123456789abcdef' });
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(comment).toContain('> **3 changes failed:**');
    expect(comment).toContain('> - Deploy huge to 3000 stack instances (`add-stack-instances:stackset:vend-huge`): ');
    expect(comment).toContain('… (whole in the job summary)');
    expect(comment).toContain('> - Deploy roles (`add-stack-instances:stackset:vend-roles`): ');
  });

  test('hundreds of changes failing for one reason are counted past the first, so refusals and the plan line stay', () => {
    const report = reportWithEverything(10);
    // Retagging every account with a role that lacks organizations:TagResource: one reason, 400 times.
    report.failures.push(
      ...Array.from({ length: 400 }, (_, index) => ({
        id: `tag-account:account:team-${String(index).padStart(3, '0')}`,
        description: `Set tags CostCenter on team-${String(index).padStart(3, '0')}`,
        accounts: [`team-${index}`],
        message: `Set tags CostCenter on team-${index} failed: AccessDeniedException: User: arn:aws:sts::111111111111:assumed-role/vend-apply/GitHubActions is not authorized to perform: organizations:TagResource on resource: arn:aws:organizations::111111111111:account/o-example/${String(index).padStart(12, '0')} because no identity-based policy allows the organizations:TagResource action`,
      })),
    );
    const comment = renderApplyComment(report, { commitSha: '0123456789abcdef' });
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(comment).toContain('> **402 changes failed:**');
    expect(comment).toMatch(/> - … and \d+ more failed changes, each in the job summary/);
    expect(comment).toContain(
      '> **1 change refused:**\n> - Close account legacy (`close-account:account:legacy`): allow-destructive is not set.',
    );
    expect(comment).toContain('sha256:abc');
  });

  test('the comment shows the table by account, keeps failures and refusals whole, and escapes user text', () => {
    const comment = renderApplyComment(reportWithEverything(3000), { commitSha: '0123456789abcdef' });

    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(
      comment.startsWith(`${APPLY_COMMENT_MARKER}\n## Vend apply: ❌ 3,006 changes applied, 2 failed, 1 refused`),
    ).toBe(true);
    expect(comment).toContain('> **2 changes failed:**');
    expect(comment).toContain(
      `> - Deploy roles (\`add-stack-instances:stackset:vend-roles\`): ${escapeMarkdown('StackSet vend-roles failed: <img src=x> @security-team')}`,
    );
    expect(comment).toContain(
      '> **1 change refused:**\n> - Close account legacy (`close-account:account:legacy`): allow-destructive is not set.',
    );
    expect(comment).toContain(
      '| **payments-prod** `210987654321` | created<br>SCP deny-internet-gateways attached<br>vend-boundary deployed in us-east-1 | ❌ deploying vend-roles in us-east-1: Role reader already exists | — |',
    );
    expect(comment).toContain('trimmed to fit');
    expect(comment).not.toContain('<img');
    expect(comment).not.toMatch(/(^|[^\u2060])@security-team/);
  });

  test('a one-change apply says "1 change", never "1 changes" or "change(s)"', () => {
    const report = emptyApplyReport({ source: '--auto-approve', approved: true, digest: 'sha256:abc', commit: null });
    report.changesApplied = [{ id: 'create-ou:ou:Workloads', description: 'Create OU Workloads' }];
    report.failures = [{ id: 'create-ou:ou:Sandbox', description: 'Create OU Sandbox', message: 'denied' }];
    const comment = renderApplyComment(report);
    expect(comment).toContain('1 change applied, 1 failed, 0 refused');
    expect(comment).toContain('**1 change failed:**');
    expect(comment).not.toMatch(/\(s\)|1 changes/);
    expect(comment).toContain('1 OU created');
    expect(comment).toContain('<summary>1 applied change, in order</summary>');
  });

  test('an AWS account name holding a line break cannot pass for a result, in the comment or the text', () => {
    const report = emptyApplyReport({ source: '--auto-approve', approved: true, digest: 'sha256:abc', commit: null });
    const name = 'evil\n~ Detach SCP deny-root-user from the root';
    report.changesApplied = [{ id: 'tag-account:account:evil', description: 'Tag account evil', accounts: [name] }];
    const comment = renderApplyComment(report);
    expect(comment).toContain('**evil&lt;U+000A&gt;\\~ Detach SCP deny-root-user from the root**');
    expect(comment).not.toContain('evil \\~');
    const text = renderApplyText(report);
    expect(text).toContain('  evil<U+000A>~ Detach SCP deny-root-user from the root: ');
    expect(text.split('\n').some((line) => line.startsWith('~ Detach'))).toBe(false);
  });
});

test('a refused change names its stack instances in the comment, and its account and region in the table, apart from failures', () => {
  const report = reportWithEverything(1);
  // One region's instance of a baseline the account keeps elsewhere: the table must not say the whole baseline goes.
  report.refused.push({
    id: 'remove-stack-instances:stackset:vend-human-roles',
    description: 'Remove 1 human-roles stack instance',
    accounts: ['ml-sandbox'],
    members: ['ml-sandbox/eu-west-1'],
    reason: 'It is destructive.',
  });
  const comment = renderApplyComment(report);
  expect(comment).toContain('>   - stack instances: ml-sandbox/eu-west-1');
  expect(comment).toContain('| **ml-sandbox** | — | — | refused: removing vend-human-roles in eu-west-1 |');
});

test('the still-planned list and the applied list say where stack-instance changes act, as the plan did', () => {
  const report = reportWithEverything(0);
  report.pending = [
    {
      id: 'remove-stack-instances:stackset:vend-automation-roles',
      description: 'Remove 1 automation-roles stack instance (its stack and its resources are deleted)',
      action: 'destroy',
      accounts: ['ml-sandbox'],
      members: ['ml-sandbox/us-east-1'],
    },
  ];
  const comment = renderApplyComment(report);
  expect(comment).toContain(
    '- Remove 1 automation-roles stack instance (its stack and its resources are deleted): ml-sandbox in us-east-1',
  );
  expect(comment).toContain('- Deploy boundary to 1 stack instance (1 account): payments-prod in us-east-1');
  expect(renderApplyText(report)).toContain(
    'Remove 1 automation-roles stack instance (its stack and its resources are deleted): ml-sandbox in us-east-1',
  );
});

test('where apply ran says how to plan again, only when a refusal is one a new plan fixes', () => {
  const replan = 'In the workflow, re-running only the apply job applies the same saved plan.';
  const clean = emptyApplyReport({ source: 'environment', approved: true, digest: 'sha256:abc', commit: null });
  expect(renderApplyComment(clean, { replan })).not.toContain(replan);
  // Refused for a flag it lacks: planning again gives the same refusal.
  const flagged = reportWithEverything(1);
  flagged.refused = [{ id: 'attach-scp:scp:a@root', description: 'Attach a', reason: 'It is high impact.' }];
  expect(renderApplyComment(flagged, { replan })).not.toContain(replan);
  const outdated = reportWithEverything(1);
  outdated.refused = [
    { id: 'move-account:account:a', description: 'Move a', reason: 'It is not in the approved plan.', outdated: true },
  ];
  expect(renderApplyComment(outdated, { replan })).toContain(replan);
  expect(renderApplyComment(outdated)).not.toContain(replan);
});

test('the text report says per account what was done and what failed, and a no-op apply says so', () => {
  const text = renderApplyText(reportWithEverything(1));
  expect(text).toContain(
    [
      'By account:',
      '  legacy: nothing done',
      '      ✗ setting its tags (Owner: "old" → "team-legacy") failed: AccessDeniedException: not authorized to perform organizations:TagResource',
      '      - refused: closing it',
      '  payments-prod (210987654321): created; SCP deny-internet-gateways attached; vend-boundary deployed in us-east-1',
      '      ✗ deploying vend-roles in us-east-1: Role reader already exists',
      '  team-0: tags set: CostCenter: "0000" → "4711", Owner: (not set) → "team-a"',
    ].join('\n'),
  );
  expect(text).toContain('Across the organization:\n  2 OUs created; 1 SCP created');
  // The applied changes are not listed again one by one: the plan already showed them.
  expect(text).not.toContain('Create OU Workloads');
  expect(text.split('\n').pop()).toBe('Apply: 7 changes applied, 2 failed, 1 refused.');

  const noop = emptyApplyReport({ source: '--auto-approve', approved: true, digest: 'sha256:abc', commit: null });
  expect(renderApplyText(noop).split('\n')[0]).toBe('No changes. The organization already matches the repository.');
  expect(applyExitCode(noop)).toBe(0);
  // Vend's instances in accounts no manifest declares stay: never "matches" without them, as the plan says.
  const besides = { ...noop, undeclaredInstances: 2 };
  expect(renderApplyText(besides).split('\n')[0]).toBe(
    "No changes. The organization already matches the repository, but for 2 stack instances of vend's StackSets in accounts no manifest declares, which apply does not remove (vend plan lists them).",
  );
  expect(renderApplyComment(besides)).toContain(
    "The organization now matches this commit, but for 2 stack instances of vend's StackSets in accounts no manifest declares",
  );
});

test('a run that changed nothing, every change refused, is not reported as failed part-way', () => {
  const report = emptyApplyReport({
    source: 'plan file plan.json',
    approved: true,
    digest: 'sha256:abc',
    commit: null,
  });
  report.refused = [
    {
      id: 'remove-stack-instances:stackset:vend-regional',
      description: 'Remove 1 regional stack instance',
      reason: 'destructive, and allow-destructive is not set',
    },
  ];
  const comment = renderApplyComment(report);
  expect(comment.split('\n')[1]).toBe('## Vend apply: ⛔ 0 changes applied, 0 failed, 1 refused; nothing changed');
  // A later run of the merge carries only a report that may have changed AWS beneath its own.
  expect(withEarlierRun('## Vend apply: ✅ 1 change applied', comment)).toBe('## Vend apply: ✅ 1 change applied');
  // Once anything was made, the same refusal is a part-way failure, which a later run keeps.
  report.changesApplied = [{ id: 'create-ou:ou:Sandbox', description: 'Create OU Sandbox' }];
  const partWay = renderApplyComment(report);
  expect(partWay.split('\n')[1]).toBe('## Vend apply: ❌ 1 change applied, 0 failed, 1 refused');
  expect(withEarlierRun('## Vend apply: ✅ 1 change applied', partWay)).toContain('failed part-way');
});

test('a baseline role without its boundary fails the apply', () => {
  const report = emptyApplyReport({ source: '--auto-approve', approved: true, digest: 'sha256:abc', commit: null });
  report.verification = [
    {
      account: { name: 'payments-prod', id: '210987654321' },
      roles: [{ baseline: 'roles', roleName: 'reader', exists: true, boundaryExpected: true, ok: false }],
    },
  ];
  expect(renderApplyText(report)).toContain('✗ reader (roles): NO permissions boundary');
  expect(applyExitCode(report)).toBe(1);
  // The header counts it, and does not send the reader to a re-run that would not check it again.
  const comment = renderApplyComment(report);
  expect(comment).toContain(
    '## Vend apply: ❌ 0 changes applied, 0 failed, 0 refused, 1 new account whose baseline roles did not check out',
  );
  expect(comment).toContain('A re-run does not check them again, since it creates no account');
  expect(comment).not.toContain('re-run the apply workflow');
});

test('roles of a baseline this run did not deploy in a new account are said to be unchecked, beside the ones that checked out', () => {
  const report = emptyApplyReport({ source: '--auto-approve', approved: true, digest: 'sha256:abc', commit: null });
  report.verification = [
    {
      account: { name: 'bulk-00', id: '210987654321' },
      roles: [
        {
          baseline: 'automation-roles',
          roleName: 'vend-deployer',
          exists: true,
          boundaryExpected: true,
          permissionsBoundaryArn: 'arn:aws:iam::210987654321:policy/vend-boundary',
          ok: true,
        },
      ],
      notDeployed: ['human-roles'],
    },
  ];
  expect(renderApplyText(report)).toContain(
    '      - not checked: the roles of human-roles, which this run did not deploy here (see what failed, was refused or was not done)',
  );
  expect(renderApplyComment(report)).toContain(
    '| bulk-00 | — | ⏸️ not checked: the roles of human-roles, which this run did not deploy here (see what failed, was refused or was not done) |',
  );
});

test('an account AWS created before apply stopped, but never moved, is reported as such, not as nothing done', () => {
  // The endpoint went away after CreateAccount answered and before MoveAccount did.
  const report = emptyApplyReport({ source: '--auto-approve', approved: true, digest: 'sha256:abc', commit: null });
  report.createdAccounts.push({ name: 'extra-7', id: '161822125372' });
  report.pending.push({ id: 'create-account:account:extra-7', description: 'Create account extra-7' });
  expect(renderApplyText(report)).toContain(
    "  extra-7 (161822125372): created, but apply stopped before it was in its OU (it may be under the root, without its OU's SCPs): re-run apply",
  );
  // The summary line, which a reader looks at first, does not read as though nothing changed.
  expect(renderApplyText(report)).toContain(
    '0 changes applied, 0 failed, 0 refused, 1 still planned, 1 account created but not yet in its OU (re-run apply)',
  );
});

test('a failure is listed once under its title, with the AWS reason but not the title again', () => {
  const comment = renderApplyComment(reportWithEverything(1));
  expect(comment).toContain(
    '> - Set tags Owner on legacy (`tag-account:account:legacy`): AccessDeniedException: not authorized to perform organizations:TagResource',
  );
  expect(comment).not.toContain('on legacy failed');
  expect(renderApplyText(reportWithEverything(1))).toContain(
    '  ✗ Set tags Owner on legacy (tag-account:account:legacy)\n      AccessDeniedException: not authorized',
  );
});

test('what a tag, move or rename did is said in values, old → new, and a move with the SCPs it gained and lost', () => {
  const change = (kind: string, before: unknown, after: unknown) =>
    ({ id: `${kind}:account:a`, kind, before, after }) as Parameters<typeof changeDetail>[0];
  expect(changeDetail(change('tag-account', { CostCenter: '0000' }, { CostCenter: '4711', Owner: 'team-a' }))).toBe(
    'CostCenter: "0000" → "4711", Owner: (not set) → "team-a"',
  );
  expect(changeDetail(change('untag-account', { Stale: 'x' }, null))).toBe('Stale: "x"');
  expect(changeDetail(change('move-account', { id: '1', ou: '(root)' }, { id: '1', ou: 'Sandbox' }))).toBe(
    '(root) → Sandbox',
  );
  expect(changeDetail(change('rename-account', { name: 'old' }, { name: 'new' }))).toBe("'old' → 'new'");
  // Narrowed to nothing, the record is removed: the report by account must not read as if it were written.
  const narrowed = change(
    'record-parameter-overrides',
    { baselines: ['automation-roles', 'human-roles'] },
    { baselines: [] },
  );
  expect(changeDetail(narrowed)).toBe('vend:parameter-overrides: "automation-roles human-roles" → (removed)');
  const report = emptyApplyReport({ source: 'plan file p.json', approved: true, digest: 'sha256:abc', commit: null });
  report.changesApplied = [
    { id: narrowed.id, description: 'Record on a…', accounts: ['a'], detail: changeDetail(narrowed)! },
  ];
  expect(applyOutcomeByAccount(report).accounts[0]!.done).toEqual([
    'record of baselines with parameter overrides updated: vend:parameter-overrides: "automation-roles human-roles" → (removed)',
  ]);
  // A move says which SCPs the account gained and lost by it, as the plan did; not the baseline it loses, whose
  // removal is a stack-instance change of its own that may be refused or fail while the move succeeds.
  const moved = change('move-account', { id: '1', ou: 'Workloads/NonProd' }, { id: '1', ou: 'Workloads/Prod' });
  expect(
    changeDetail(moved, {
      changeId: moved.id,
      kind: 'move',
      gains: { scps: ['require-imdsv2', 'deny-regions'], baselines: [] },
      loses: { scps: [], baselines: ['sandbox-roles'] },
    }),
  ).toBe('Workloads/NonProd → Workloads/Prod; gains SCPs require-imdsv2 and deny-regions');
  // An SCP whose attachment on the new path did not take effect is not one the account gained.
  expect(
    changeDetail(
      moved,
      {
        changeId: moved.id,
        kind: 'move',
        gains: { scps: ['require-imdsv2', 'deny-regions'], baselines: [] },
        loses: { scps: [], baselines: [] },
      },
      new Set(['deny-regions']),
    ),
  ).toBe(
    'Workloads/NonProd → Workloads/Prod; gains SCP require-imdsv2; is not yet under SCP deny-regions, whose attachment did not take effect',
  );
  // Nor is one whose detachment from an OU on the new path was refused a loss: the account is still under it.
  const lost = {
    changeId: moved.id,
    kind: 'move' as const,
    gains: { scps: [], baselines: [] },
    loses: { scps: ['protect-security', 'sandbox-only'], baselines: [] },
  };
  expect(changeDetail(moved, lost, new Set(), new Set(['protect-security@ou:Workloads']))).toBe(
    'Workloads/NonProd → Workloads/Prod; loses SCP sandbox-only; is still under SCP protect-security, whose detachment did not take effect',
  );
  // A detachment elsewhere than the new path changes nothing of what the move took away.
  expect(changeDetail(moved, lost, new Set(), new Set(['protect-security@ou:Sandbox']))).toBe(
    'Workloads/NonProd → Workloads/Prod; loses SCPs protect-security and sandbox-only',
  );
});

test('the text report lines up the StackSet operations in columns, as a terminal reader scans them', () => {
  const report = reportWithEverything(0);
  report.baselineResults.push({
    stackSet: 'vend-permissions-boundary',
    action: 'UPDATE',
    operationId: 'op-22',
    status: 'SUCCEEDED',
    succeeded: 12,
    failed: [],
  });
  expect(renderApplyText(report)).toContain(
    [
      'Baselines (StackSet operations):',
      '  vend-roles                 CREATE  FAILED     0 succeeded, 1 failed   (operation op-1)',
      '  vend-permissions-boundary  UPDATE  SUCCEEDED  12 succeeded, 0 failed  (operation op-22)',
    ].join('\n'),
  );
});

// A stack instance change can be applied for some accounts, undone by hand for one and made again when its stage
// runs again: one change, whose regions done before are still done.
describe('a change with several records is counted once, where it is not done', () => {
  const id = 'add-stack-instances:stackset:vend-deployment-artifacts';
  const record = (members: string[]) => ({
    id,
    description: 'Deploy deployment-artifacts',
    accounts: [...new Set(members.map((member) => member.split('/')[0]!))],
    members,
  });
  const report = (): ApplyReport => ({
    ...emptyApplyReport({ source: 'plan file plan.json', approved: true, digest: 'd', commit: null }),
    changesApplied: [
      record(['network-hub/eu-west-1', 'network-hub/us-east-1', 'log-archive/us-east-1']),
      { id: 'attach-scp:deny-leave@root', description: 'Attach SCP deny-leave to the root' },
    ],
  });

  test('made again in a stage run again: one change applied, and the account keeps every region it got', () => {
    const rerun = report();
    dropApplied(rerun, id, { accounts: ['network-hub'], members: ['network-hub/eu-west-1'] });
    rerun.changesApplied.push(record(['network-hub/eu-west-1']));
    expect(applySummaryLine(rerun)).toContain('2 changes applied, 0 failed, 0 refused');
    const hub = applyOutcomeByAccount(rerun).accounts.find((account) => account.account === 'network-hub')!;
    expect(hub.done.join('; ')).toMatch(/eu-west-1/);
    expect(hub.done.join('; ')).toMatch(/us-east-1/);
  });

  test('undone for one account: counted as still planned, not also as applied', () => {
    const undone = report();
    undone.pending = [{ ...record(['log-archive/us-east-1']), undoneDuringRun: true }];
    expect(applySummaryLine(undone)).toContain('1 change applied, 0 failed, 0 refused, 1 still planned');
  });
});

test('a change held back for one undone during the run names that change by its description, not its id', () => {
  const report: ApplyReport = {
    ...emptyApplyReport({ source: 'plan file plan.json', approved: true, digest: 'd', commit: null }),
    failures: [
      {
        id: 'create-account:account:app-prod',
        description: 'Create account app-prod',
        accounts: ['app-prod'],
        message: 'Not attempted',
        blockedBy: 'attach-scp:deny-leave@root',
      },
    ],
    pending: [
      { id: 'attach-scp:deny-leave@root', description: 'Attach SCP deny-leave to the root', undoneDuringRun: true },
    ],
  };
  const text = renderApplyText(report);
  expect(text).toContain('since Attach SCP deny-leave to the root did not complete');
  expect(text).not.toContain('since attach-scp:');
});

test('a change failed for some instances and not sent for others is counted once, as failed', () => {
  const id = 'add-stack-instances:stackset:vend-deployment-artifacts';
  const report: ApplyReport = {
    ...emptyApplyReport({ source: 'plan file plan.json', approved: true, digest: 'd', commit: null }),
    changesApplied: [{ id: 'attach-scp:deny-leave@root', description: 'Attach SCP deny-leave to the root' }],
    failures: [{ id, description: 'Deploy deployment-artifacts', accounts: ['network-hub'], message: 'AccessDenied' }],
    pending: [
      { id, description: 'Deploy deployment-artifacts; left to do in payments-dev', accounts: ['payments-dev'] },
    ],
  };
  expect(applySummaryLine(report)).toBe('1 change applied, 1 failed, 0 refused');
});

test('a run whose one change was made and then undone by hand did change AWS: not headed as changing nothing', () => {
  const report: ApplyReport = {
    ...emptyApplyReport({ source: 'plan file plan.json', approved: true, digest: 'd', commit: null }),
    refused: [
      { id: 'detach-scp:x@root', description: 'Detach SCP x from the root', reason: 'needs allow-destructive' },
    ],
    pending: [
      { id: 'attach-scp:deny-leave@root', description: 'Attach SCP deny-leave to the root', undoneDuringRun: true },
    ],
  };
  expect(changedNothing(report)).toBe(false);
  expect(changedNothing({ ...report, pending: [{ ...report.pending[0]!, undoneDuringRun: false }] })).toBe(true);
});

test('a new account moved back to the root during the run is counted once, as its creation still planned', () => {
  const report: ApplyReport = {
    ...emptyApplyReport({ source: 'plan file plan.json', approved: true, digest: 'd', commit: null }),
    changesApplied: [{ id: 'create-account:account:ml-sandbox', description: 'Create account ml-sandbox' }],
    createdAccounts: [{ name: 'ml-sandbox', id: '111122223333' }],
    pending: [{ id: 'move-account:account:ml-sandbox', description: 'Move account ml-sandbox', undoneDuringRun: true }],
  };
  expect(applySummaryLine(report)).toBe('0 changes applied, 0 failed, 0 refused, 1 still planned');
});
